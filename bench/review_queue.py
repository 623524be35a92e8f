"""Benchmark of the reviewers' queue page (``GET /review``) with 10,000 open cases.

Prints Markdown tables: the page's weight (HTML, gzip-compressed HTML, the CSS and JS it loads: nothing
else) and the time to render it server-side (the whole ASGI app through ``TestClient``: session check,
the queue query with its counts, sampling marks, the Jinja2 template; no network), for the first page by
priority, by uncertainty, a filtered page, the second page by cursor, and the very first render (which draws
the audit and double-review samples for 10,000 unmarked cases). The service-function time alone
(``queue_page``) is printed next to it. The machine's load average is printed with the figures.

Usage (from the project root)::

    .venv/bin/python bench/review_queue.py                 # 10,000 open cases, SQLite
    .venv/bin/python bench/review_queue.py --cases 2000 --runs 10
    KHATKRONG_TEST_POSTGRES_URL=postgresql://u:p@127.0.0.1:5432/db .venv/bin/python bench/review_queue.py --backend postgresql
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for key, value in (
    ("PYTHAINLP_READ_ONLY", "1"),
    ("PYTHAINLP_OFFLINE", "1"),
    ("MLFLOW_DISABLE_TELEMETRY", "true"),
    ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"),
):
    os.environ.setdefault(key, value)

SECRET = "bench-secret-key-0123456789-abcdefghij"
PASSWORD = "bench password 123"


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load(url: str, n: int, seed: int = 7) -> None:
    """``n`` open cases (new or in review), each with one screening, bulk-inserted."""
    from sqlalchemy import insert

    from service import db
    from service.cases.crypto import Vault
    from service.cases.models import Case, Screening
    from service.review import accounts

    rng = random.Random(seed)
    vault = Vault(SECRET)
    token = vault.encrypt("ปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท แลกกับใบอนุญาตก่อสร้าง เมื่อวันที่ 15 ม.ค. 68")
    engine = db.make_engine(db.resolve_url(url))
    db.upgrade(engine)
    base = datetime.now(UTC) - timedelta(days=30)
    decisions = ["review", "review", "deprioritize", "proceed"]
    categories = ["procurement", "bribery", "embezzlement", "misconduct", "service_issue", "other"]
    creds = {"review": "malicious", "deprioritize": "frivolous", "proceed": "credible"}
    for lo in range(0, n, 2000):
        cases, screenings = [], []
        for i in range(lo, min(n, lo + 2000)):
            cid = uuid.UUID(int=rng.getrandbits(128)).hex
            at = base + timedelta(seconds=i * 250)
            decision = decisions[i % 4]
            flags = ["abusive_language"] if i % 3 == 0 else []
            cases.append(
                {
                    "id": cid, "external_id": f"line-{i:06d}", "channel": "line", "status": "new" if i % 5 else "in_review",
                    "received_at": at, "updated_at": at, "version": 1, "text_enc": token, "masked_enc": token,
                    "decision": decision, "credibility": creds[decision], "category": categories[i % 6],
                    "credibility_score": round(0.4 + rng.random() * 0.6, 4), "uncertainty": round(rng.random(), 6),
                    "priority": round(rng.random() * 2, 6), "flags": flags,
                }
            )  # fmt: skip
            screenings.append(
                {
                    "case_id": cid, "screened_at": at, "actor": "bench", "model_name": "bench", "model_version": "1",
                    "decision": decision, "credibility": creds[decision], "category": categories[i % 6],
                    "credibility_score": 0.8, "flags": flags,
                }
            )  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(Case), cases)
            conn.execute(insert(Screening), screenings)
    with db.sessions(engine)() as session:
        accounts.add_user(session, name="bench", role="reviewer", password=PASSWORD)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from service.main import create_app
    from service.review import service as rsvc
    from service.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="khatkrong-bench-"))
    if args.backend == "postgresql":
        import psycopg

        server = os.environ["KHATKRONG_TEST_POSTGRES_URL"]
        schema = f"b_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        from urllib.parse import quote

        url = f"{server}{'&' if '?' in server else '?'}options={quote(f'-csearch_path={schema}')}"
    else:
        url = f"sqlite:///{tmp / 'cases.db'}"
    t = time.perf_counter()
    load(url, args.cases)
    print(f"loaded {args.cases} open cases into {args.backend} in {time.perf_counter() - t:.1f} s")
    settings = Settings(
        api_keys="bench-reviewer-key-0123456789abcdef:reviewer",
        key_id_secret="bench-key-id-secret-0123456789-abcdefgh",
        secret_key=SECRET,
        create_store=True,
        database_url=url,
        tracking_uri=f"sqlite:///{tmp / 'mlflow.db'}",  # no model: the desk's pages need none
        model_cache_dir=tmp / "cache",
        log_level="WARNING",
    )
    rows: list[tuple[str, float, float, int]] = []
    with TestClient(create_app(settings), follow_redirects=False) as client:
        login = client.get("/review/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', login.text).group(1)  # type: ignore[union-attr]
        r = client.post(
            "/review/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token}
        )
        assert r.status_code == 303, r.text
        t = time.perf_counter()
        first = client.get("/review")
        first_ms = (time.perf_counter() - t) * 1000
        assert first.status_code == 200
        cursor = re.search(r'href="(/review\?[^"]*cursor=[^"]+)" id="next-page"', first.text)
        pages = {
            "first page, by priority": "/review",
            "first page, by uncertainty": "/review?sort=uncertainty",
            "filtered: category + decision + dates": "/review?category=bribery&decision=review&received_from=2000-01-01",
            "second page (cursor)": cursor.group(1).replace("&amp;", "&") if cursor else "/review",
            "all open cases, by time received": "/review?view=all&sort=received",
        }
        for name, path in pages.items():
            times, size = [], 0
            for _ in range(args.runs):
                t = time.perf_counter()
                page = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                assert page.status_code == 200, (path, page.status_code)
                size = len(page.content)
            rows.append((name, pct(times, 0.5), pct(times, 0.95), size))
        css = client.get("/review/static/review.css").content
        js = client.get("/review/static/review.js").content
        html = client.get("/review").content

    # the service function alone (the queue query, counts, marks), on the same store
    from service import db
    from service.cases.crypto import Vault

    engine = db.make_engine(db.resolve_url(url))
    func_times = []
    with db.sessions(engine)() as session:
        for _ in range(args.runs):
            t = time.perf_counter()
            rsvc.queue_page(session, vault=Vault(SECRET), sampling=rsvc.Sampling())
            func_times.append((time.perf_counter() - t) * 1000)
    engine.dispose()

    load1, load5, _ = os.getloadavg()
    print(
        f"\nload average {load1:.2f} / {load5:.2f} (1 / 5 min) on {os.cpu_count()} cores; {args.runs} runs each\n"
    )
    print("| page weight | bytes |")
    print("|---|---:|")
    print(f"| HTML, one page of 50 rows | {len(html):,} |")
    print(f"| HTML gzip-compressed | {len(gzip.compress(html)):,} |")
    print(f"| review.css | {len(css):,} |")
    print(f"| review.js | {len(js):,} |")
    print(
        f"| total (HTML + CSS + JS; no images, fonts or third-party files) | {len(html) + len(css) + len(js):,} |"
    )
    print(f"\n| render with {args.cases:,} open cases ({args.backend}) | p50 ms | p95 ms | HTML bytes |")
    print("|---|---:|---:|---:|")
    print(
        f"| very first render (draws the samples for {args.cases:,} unmarked cases) | {first_ms:.0f} | - | {len(first.content):,} |"
    )
    for name, p50, p95, size in rows:
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {size:,} |")
    print(
        f"| `queue_page` service function alone (query + counts + marks) | {pct(func_times, 0.5):.1f} | {pct(func_times, 0.95):.1f} | - |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
