"""Benchmark of the case desk's store on SQLite and PostgreSQL.

Prints Markdown tables:

1. intake: screening + the store's transaction per case (service level, no HTTP: ``screen_case`` then
   ``intake`` through ``call_db``, exactly what ``POST /v1/cases`` runs after parsing), p50/p99 latency and
   cases/s, sequential and with 4 threads;
2. the near-duplicate check (LSH band lookup in the store + signature confirmation) with 1k, 10k and 100k
   stored cases;
3. the queue query (first page by priority, by time, filtered, the second page by cursor, campaigns
   collapsed) with the largest store.

The stored cases for 2 and 3 are bulk-loaded (real signatures, band keys and encrypted tokens of realistic
size, not screened one by one). The machine's load average is printed with the figures.

Usage (from the project root)::

    .venv/bin/python bench/cases.py                                   # SQLite, and PostgreSQL if the URL is set
    KHATKRONG_TEST_POSTGRES_URL=postgresql://u:p@127.0.0.1:5432/db .venv/bin/python bench/cases.py
    .venv/bin/python bench/cases.py --sizes 1000,10000 --intake 100 --backends sqlite
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

SECRET = "bench-secret-key-0123456789-abcdefghij"
SUFFIXES = ["", " ช่วยตรวจสอบด้วย", " ขอความเป็นธรรม", " เรื่องนี้เกิดขึ้นจริง", " ขอบคุณครับ", " ด่วนมาก"]


def load_texts() -> list[str]:
    import pandas as pd

    texts = pd.read_csv(ROOT / "datasets" / "sample.csv")["text"].astype(str).tolist()
    random.Random(1).shuffle(texts)
    return texts


def build_model(texts: list[str]) -> Any:
    import pandas as pd

    from model.pipeline import Screener

    df = pd.read_csv(ROOT / "datasets" / "sample.csv")
    t = time.perf_counter()
    screener = Screener().fit(
        df["text"].tolist(), category=df["category"].tolist(), credibility=df["credibility"].tolist()
    )
    print(f"model: trained on {len(df)} sample texts in {time.perf_counter() - t:.1f} s")
    screener.screen(texts[:2])  # warm up the tokenizer
    return SimpleNamespace(screener=screener, ref={"name": "bench", "version": "1", "run_id": None})


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Backend:
    def __init__(self, name: str, url: str, cleanup: Callable[[], None]) -> None:
        self.name, self.url, self.cleanup = name, url, cleanup


def sqlite_backend(tmp: Path) -> Backend:
    return Backend("SQLite", f"sqlite:///{tmp / 'bench-cases.db'}", lambda: None)


def postgres_backend(server: str) -> Backend:
    from urllib.parse import quote

    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")

    sep = "&" if "?" in server else "?"
    return Backend("PostgreSQL", f"{server}{sep}options={quote(f'-csearch_path={schema}')}", drop)


def open_store(url: str) -> Any:
    from service import db
    from service.cases.crypto import Vault
    from service.cases.service import DedupSettings
    from service.cases.store import CaseStore

    engine = db.make_engine(db.resolve_url(url))
    db.upgrade(engine)
    return CaseStore(
        engine=engine,
        sessions=db.sessions(engine),
        vault=Vault(SECRET),
        dedup=DedupSettings(threshold=0.65, window_days=90, campaign_min_cases=3, campaign_window_days=14),
        retry_after=5,
        embedded=db.is_embedded(db.resolve_url(url)),
    )


def intake_bench(store: Any, model: Any, texts: list[str], n: int, threads: int) -> dict[str, float]:
    from service.cases import service as svc
    from service.cases.screening import screen_case
    from service.cases.store import call_db

    actor = svc.Actor("bench", "intake")
    tag = uuid.uuid4().hex[:6]

    def one(i: int) -> float:
        text = texts[i % len(texts)] + SUFFIXES[i % len(SUFFIXES)] + f" [{tag}-{i}]"
        t = time.perf_counter()
        screened = screen_case(model, text)
        _, created = call_db(
            store,
            svc.intake,
            {
                "vault": store.vault,
                "dedup_settings": store.dedup,
                "actor": actor,
                "external_id": f"bench-{tag}-{i}",
                "text": text,
                "screened": screened,
                "reporter": {"phone": "0812345678", "name": "ผู้ร้อง ทดสอบ"},
            },
        )
        assert created
        return (time.perf_counter() - t) * 1000

    start = time.perf_counter()
    if threads == 1:
        lat = [one(i) for i in range(n)]
    else:
        with ThreadPoolExecutor(threads) as pool:
            lat = list(pool.map(one, range(n)))
    wall = time.perf_counter() - start
    return {"p50_ms": pct(lat, 0.5), "p99_ms": pct(lat, 0.99), "cases_s": n / wall}


def screen_only(model: Any, texts: list[str], n: int) -> float:
    from service.cases.screening import screen_case

    lat = []
    for i in range(n):
        t = time.perf_counter()
        screen_case(model, texts[i % len(texts)])
        lat.append((time.perf_counter() - t) * 1000)
    return pct(lat, 0.5)


def bulk_load(store: Any, texts: list[str], start: int, stop: int, rng: random.Random) -> None:
    """Store cases ``start..stop-1`` directly (real signatures and band keys; one encrypted token reused)."""
    from sqlalchemy import insert

    from model.details import mask_personal
    from service.cases import dedup
    from service.cases.models import Case, LshBand

    vault = store.vault
    token = vault.encrypt(texts[0])
    base = datetime.now(UTC) - timedelta(days=30)
    batch = 2000
    statuses = ["new", "new", "new", "in_review", "closed"]
    decisions = ["proceed", "proceed", "review", "deprioritize"]
    categories = ["procurement", "bribery", "embezzlement", "misconduct", "service_issue", "other"]
    for lo in range(start, stop, batch):
        cases, bands = [], []
        for i in range(lo, min(stop, lo + batch)):
            a, b = rng.randrange(len(texts)), rng.randrange(len(texts))  # distinct reports, not copies
            text = mask_personal(texts[a]) + " " + texts[b][:80] + SUFFIXES[i % len(SUFFIXES)]
            sig = dedup.signature(text)
            cid = uuid.UUID(int=rng.getrandbits(128)).hex
            at = base + timedelta(seconds=i * 20)
            cases.append(
                {
                    "id": cid,
                    "external_id": f"bulk-{i}",
                    "channel": "web",
                    "status": rng.choice(statuses),
                    "received_at": at,
                    "updated_at": at,
                    "version": 1,
                    "text_enc": token,
                    "masked_enc": token,
                    "signature": vault.encrypt(base64.b64encode(dedup.to_bytes(sig)).decode()).encode(),
                    "decision": rng.choice(decisions),
                    "credibility": "credible",
                    "category": rng.choice(categories),
                    "credibility_score": 0.8,
                    "uncertainty": rng.random(),
                    "priority": round(rng.random() * 2, 6),
                    "flags": [],
                }
            )
            bands += [
                {"case_id": cid, "band": n, "bucket": vault.digest_int(b)} for n, b in dedup.band_bytes(sig)
            ]
        with store.engine.begin() as conn:
            conn.execute(insert(Case), cases)
            conn.execute(insert(LshBand), bands)
    with store.engine.begin() as conn:  # fresh planner statistics, as autovacuum/ANALYZE keeps them
        conn.exec_driver_sql("ANALYZE")


def dedup_bench(store: Any, texts: list[str], probes: int = 40, novel: bool = False) -> dict[str, float]:
    """``novel``: probes with no near-duplicate stored (the reversed text), i.e. the lookup alone."""
    from service.cases import dedup
    from service.cases import service as svc

    since = datetime.now(UTC) - timedelta(days=90)
    lat, found = [], 0
    for i in range(probes):
        text = texts[(i * 7) % len(texts)] + (" ช่วยด้วย" if i % 2 else " ขอบคุณ")
        text = text[::-1] if novel else text
        t = time.perf_counter()
        sig = dedup.signature(text)
        with store.sessions() as session:
            hits = svc.near_duplicates(
                session, vault=store.vault, sig=sig, since=since, exclude_id=None, threshold=0.65
            )
        lat.append((time.perf_counter() - t) * 1000)
        found += len(hits)
    return {"p50_ms": pct(lat, 0.5), "p99_ms": pct(lat, 0.99), "hits_per_probe": found / probes}


def queue_bench(store: Any, runs: int = 30) -> list[tuple[str, float, float]]:
    from service.cases import service as svc

    def timed(**kw: Any) -> tuple[float, float, dict[str, Any]]:
        lat, page = [], {}
        for _ in range(runs):
            t = time.perf_counter()
            with store.sessions() as session:
                page = svc.queue(session, **kw)
            lat.append((time.perf_counter() - t) * 1000)
        return pct(lat, 0.5), pct(lat, 0.99), page

    rows = []
    p50, p99, first = timed(sort="priority", limit=50)
    rows.append(("by priority, first 50", p50, p99))
    p50, p99, _ = timed(sort="priority", limit=50, cursor=first["next_cursor"])
    rows.append(("by priority, page 2 (cursor)", p50, p99))
    p50, p99, _ = timed(sort="received", limit=50)
    rows.append(("by time received, first 50", p50, p99))
    p50, p99, _ = timed(sort="priority", limit=50, status="new", decision="review", category="bribery")
    rows.append(("status+decision+category filter", p50, p99))
    p50, p99, _ = timed(sort="priority", limit=50, status="new", category="no_such_category")
    rows.append(("a filter nothing matches", p50, p99))
    p50, p99, _ = timed(sort="priority", limit=50, collapse_campaigns=True)
    rows.append(("campaigns collapsed", p50, p99))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--postgres-url", default=os.environ.get("KHATKRONG_TEST_POSTGRES_URL"))
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="stored cases for the near-duplicate check"
    )
    parser.add_argument("--intake", type=int, default=300, help="cases per intake run")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    texts = load_texts()
    model = build_model(texts)
    print(f"screen_case alone (model + masking), p50: {screen_only(model, texts, 100):.2f} ms")
    print(f"load average at start: {os.getloadavg()}")
    backends: list[Backend] = []
    with tempfile.TemporaryDirectory() as tmp:
        if "sqlite" in args.backends:
            backends.append(sqlite_backend(Path(tmp)))
        if "postgresql" in args.backends:
            if args.postgres_url:
                backends.append(postgres_backend(args.postgres_url))
            else:
                print("PostgreSQL skipped: set KHATKRONG_TEST_POSTGRES_URL or --postgres-url")
        intake_rows, dedup_rows, queue_rows = [], [], []
        for b in backends:
            store = open_store(b.url)
            try:
                for threads in (1, 4):
                    r = intake_bench(store, model, texts, args.intake, threads)
                    intake_rows.append((b.name, threads, r))
                    print(f"{b.name} intake x{threads}: {r}", flush=True)
                loaded, rng = args.intake * 2, random.Random(3)
                for size in sizes:
                    bulk_load(store, texts, loaded, size, rng)
                    loaded = max(loaded, size)
                    r = dedup_bench(store, texts)
                    dedup_rows.append((b.name, size, "resubmitted report", r))
                    dedup_rows.append((b.name, size, "new report", dedup_bench(store, texts, novel=True)))
                    print(f"{b.name} near-duplicate check at {size}: {r}", flush=True)
                queue_rows += [(b.name, sizes[-1], *row) for row in queue_bench(store)]
            finally:
                store.close()
                b.cleanup()
    load = os.getloadavg()
    print(
        f"\nload average at the end (1, 5, 15 min): {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} on {os.cpu_count()} cores\n"
    )
    print("| backend | threads | intake p50 ms | intake p99 ms | cases/s |")
    print("|---|---|---|---|---|")
    for name, threads, r in intake_rows:
        print(f"| {name} | {threads} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['cases_s']:.1f} |")
    print("\n| backend | stored cases | probe | near-dup check p50 ms | p99 ms | matches per probe |")
    print("|---|---|---|---|---|---|")
    for name, size, kind, r in dedup_rows:
        print(
            f"| {name} | {size:,} | {kind} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['hits_per_probe']:.1f} |"
        )
    print("\n| backend | stored cases | queue query | p50 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for name, size, what, p50, p99 in queue_rows:
        print(f"| {name} | {size:,} | {what} | {p50:.2f} | {p99:.2f} |")
    print("\n(service level, without HTTP; percentiles are nearest-rank)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
