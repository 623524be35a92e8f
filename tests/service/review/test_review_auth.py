"""Accounts, sign-in, sessions, CSRF, lock-out and the security headers of the web desk."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("path", ["/review", "/review/cases/abc", "/review/dashboard", "/review?view=all"])
def test_every_page_redirects_to_login_without_a_session(desk: Any, path: str) -> None:
    r = desk.client.get(path)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/review/login?next=")


def test_a_forged_or_tampered_cookie_is_no_session(desk: Any) -> None:
    desk.client.cookies.set("khatkrong_review", "eyJ1IjoxLCJuIjoieCJ9.forged.sig", path="/review")
    assert desk.client.get("/review").status_code == 303
    desk.client.cookies.clear()


def test_login_sets_a_signed_httponly_samesite_strict_cookie_and_pages_carry_a_csp(
    desk: Any, kit_helpers: Any
) -> None:
    c = desk.browser()
    r = kit_helpers.login(c, "ann", kit_helpers.PASSWORD)
    assert r.status_code == 303 and r.headers["location"] == "/review"
    cookie = r.headers["set-cookie"]
    assert (
        "khatkrong_review=" in cookie
        and "HttpOnly" in cookie
        and "SameSite=strict" in cookie.replace("Strict", "strict")
    )
    page = c.get("/review")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert "https://" not in page.text and "http://" not in page.text.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert c.post("/review/logout", data={}).status_code == 403  # signing out is a POST like any other
    assert c.get("/review").status_code == 200
    assert 'action="/review/logout"' in c.get("/review/logout").text
    out = c.post("/review/logout", data={"csrf_token": kit_helpers.csrf_of(page.text)})
    assert out.status_code == 303
    assert c.get("/review").status_code == 303


def test_wrong_password_and_unknown_user_are_refused_alike(desk: Any, kit_helpers: Any) -> None:
    c = desk.browser()
    wrong = kit_helpers.login(c, "ann", "not the password")
    unknown = kit_helpers.login(c, "nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in wrong.text and "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in unknown.text
    assert "khatkrong_review=" not in wrong.headers.get("set-cookie", "")


def test_lock_out_after_five_failures_even_for_the_right_password(desk: Any, kit_helpers: Any) -> None:
    c = desk.browser()
    codes = [kit_helpers.login(c, "ben", f"wrong-{i}").status_code for i in range(5)]
    assert codes == [401, 401, 401, 401, 429]
    right = kit_helpers.login(c, "ben", kit_helpers.PASSWORD)
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 60
    assert "khatkrong_review=" not in right.headers.get("set-cookie", "")
    assert kit_helpers.login(c, "ann", kit_helpers.PASSWORD).status_code == 303  # others are not locked


def test_csrf_token_is_checked_on_every_post(desk: Any, kit_helpers: Any) -> None:
    case = desk.intake(kit_helpers.MALICIOUS[0])
    ann = desk.person("ann")
    form = {"credibility": "malicious", "category": "procurement", "version": str(case["version"])}
    for token in (None, "", "0" * 64):
        data = dict(form) if token is None else {**form, "csrf_token": token}
        r = ann.post(f"/review/cases/{case['id']}/decision", data=data)
        assert r.status_code == 403, r.text
        assert "csrf_token" in r.text
    assert ann.post("/review/bulk", data={"case": f"{case['id']}:1", **form}).status_code == 403
    assert (
        ann.post(f"/review/cases/{case['id']}/reopen", data={"version": "1", "reason": "x"}).status_code
        == 403
    )
    # a token from another session does not work either
    ben = desk.person("ben")
    bens_token = kit_helpers.csrf_of(ben.get("/review").text)
    assert (
        ann.post(f"/review/cases/{case['id']}/decision", data={**form, "csrf_token": bens_token}).status_code
        == 403
    )
    # and the login form has its own token
    c = desk.browser()
    assert (
        c.post("/review/login", data={"username": "ann", "password": kit_helpers.PASSWORD}).status_code == 403
    )
    # nothing was decided
    view = desk.client.get(f"/v1/cases/{case['id']}", headers=desk.kit.auth("reviewer")).json()
    assert view["decisions"] == []


def test_users_cli_add_list_disable(desk: Any, kit_helpers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from service.review.cli import users_app

    monkeypatch.setenv("KHATKRONG_SECRET_KEY", desk.kit.SECRET_KEY)
    runner = CliRunner()
    args = ["--database-url", desk.db_url]
    r = runner.invoke(
        users_app,
        ["add", "dao", "--role", "reviewer", "--password-stdin", *args],
        input="a long password 1\n",
    )
    assert r.exit_code == 0, r.output
    again = runner.invoke(
        users_app,
        ["add", "dao", "--role", "reviewer", "--password-stdin", *args],
        input="a long password 1\n",
    )
    assert again.exit_code == 1 and "exists" in again.output
    bad = runner.invoke(
        users_app, ["add", "eve", "--role", "owner", "--password-stdin", *args], input="a long password 1\n"
    )
    assert bad.exit_code == 1 and "role" in bad.output
    short = runner.invoke(
        users_app, ["add", "eve", "--role", "reviewer", "--password-stdin", *args], input="short\n"
    )
    assert short.exit_code == 1 and "shorter" in short.output
    listing = runner.invoke(users_app, ["list", *args])
    assert "dao\treviewer\tactive" in listing.output and "sup\tsupervisor" in listing.output
    c = desk.browser()
    assert kit_helpers.login(c, "dao", "a long password 1").status_code == 303
    assert c.get("/review").status_code == 200
    assert runner.invoke(users_app, ["disable", "dao", *args]).exit_code == 0
    assert c.get("/review").status_code == 303  # the open session ends at once
    assert kit_helpers.login(c, "dao", "a long password 1").status_code == 401
    # the hash is argon2, never the password
    from sqlalchemy import text

    engine = desk.engine()
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM user_account WHERE name='dao'")).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$") and "a long password" not in stored
