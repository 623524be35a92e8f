"""The web desk in a real browser: Debian's Chromium driven by Playwright (``executable_path``; nothing is
downloaded). A reviewer logs in, opens a flagged case, decides it with the keyboard, sees the queue update and
finds the decision in the export. Screenshots of the queue, a case and the dashboard are taken on the way;
with ``KHATKRONG_UPDATE_SCREENSHOTS=1`` they are written to ``docs/`` (what the README shows).

Locally the test is skipped without ``/usr/bin/chromium``; under ``CI=true`` a missing browser fails it
(``.ci/run`` installs ``chromium`` and ``fonts-thai-tlwg``).
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path(os.environ.get("KHATKRONG_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DOCS = Path(__file__).resolve().parents[3] / "docs"


def _browser_or_skip() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
    pytest.skip(f"the browser test needs Debian's chromium at {CHROMIUM}")


@pytest.mark.slow
def test_a_reviewer_decides_a_flagged_case_with_the_keyboard(
    kit: Any, kit_helpers: Any, tmp_path: Path, live_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _browser_or_skip()
    import httpx
    import pandas as pd
    from playwright.sync_api import expect, sync_playwright
    from typer.testing import CliRunner

    from service.main import create_app
    from service.review.cli import reviews_app

    db_url = f"sqlite:///{tmp_path / 'cases.db'}"
    kit_helpers.add_people(db_url)
    settings = kit.settings(
        tmp_path / "cache", database_url=db_url, review_double_rate=0.0, review_audit_rate=0.0
    )
    shots = tmp_path / "shots"
    shots.mkdir()
    with live_server(create_app(settings)) as server:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            cases = []
            for n, text in enumerate(
                kit_helpers.MALICIOUS + [t + " ช่วยตรวจสอบด้วย" for t in kit_helpers.MALICIOUS]
            ):
                r = http.post(
                    "/v1/cases",
                    json={"external_id": f"line-{n:03d}-{uuid.uuid4().hex[:4]}", "text": text},
                    headers=kit.auth("intake"),
                )
                assert r.status_code == 201, r.text
                cases.append(r.json())
        flagged = [c for c in cases if c["screening"]["decision"] != "proceed"]
        assert flagged, "the test model flagged none of the malicious reports"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="th-TH")
                errors: list[str] = []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.goto(server.url + "/review")
                assert "/review/login" in page.url  # no session: the login page
                page.fill('input[name="username"]', "ann")
                page.fill('input[name="password"]', kit_helpers.PASSWORD)
                page.click('button[type="submit"]')
                page.wait_for_url(server.url + "/review")
                rows = page.locator("#queue tbody tr[data-case]")
                expect(rows.first).to_be_visible()
                before_new = int(page.locator('[data-status="new"]').inner_text())
                page.screenshot(path=str(shots / "review-queue.png"))

                page.locator("#queue tbody tr[data-case] a.case-link").first.click()
                page.wait_for_selector("#decision-form")
                case_id = page.url.rstrip("/").split("/")[-1].split("?")[0]
                expect(page.locator("#report")).to_be_visible()
                page.screenshot(path=str(shots / "review-case.png"), full_page=True)

                page.locator("body").press("3")  # credibility: malicious
                assert page.locator('input[name="credibility"][value="malicious"]').is_checked()
                page.keyboard.press("s")  # submit (the focused radio button does not swallow shortcuts)
                page.wait_for_url(lambda url: "done=" + case_id in url)

                page.goto(server.url + "/review")
                after_new = int(page.locator('[data-status="new"]').inner_text())
                in_review = int(page.locator('[data-status="in_review"]').inner_text())
                assert after_new == before_new - 1 and in_review == 1
                row = page.locator(f'#queue tr[data-case="{case_id}"]')
                expect(row).to_contain_text("กำลังตรวจ")

                phone = browser.new_page(
                    viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
                )
                phone.context.add_cookies(page.context.cookies())
                for path in ("/review", f"/review/cases/{case_id}"):
                    phone.goto(server.url + path)
                    assert "/review/login" not in phone.url
                    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                    assert overflow <= 1, f"{path} is wider than a phone screen by {overflow}px"
                phone.close()

                page.goto(server.url + "/review/dashboard")
                expect(page.locator("#kpi-reviewed")).to_have_text("1")
                page.screenshot(path=str(shots / "review-dashboard.png"), full_page=True)
                assert not [e for e in errors if "Content Security Policy" in e], errors
            finally:
                browser.close()

    monkeypatch.setenv("KHATKRONG_SECRET_KEY", kit.SECRET_KEY)
    out = tmp_path / "reviews.csv"
    r = CliRunner().invoke(reviews_app, ["export", "--out", str(out), "--database-url", db_url])
    assert r.exit_code == 0, r.output
    export = pd.read_csv(out)
    mine = export[export["case_id"] == case_id]
    assert len(mine) == 1
    assert mine.iloc[0]["credibility"] == "malicious" and mine.iloc[0]["reviewer"] == "user:ann"
    for name in ("review-queue.png", "review-case.png", "review-dashboard.png"):
        assert (shots / name).stat().st_size > 5_000
        if os.environ.get("KHATKRONG_UPDATE_SCREENSHOTS") == "1":
            DOCS.mkdir(exist_ok=True)
            shutil.copy(shots / name, DOCS / name)
