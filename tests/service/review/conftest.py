"""Fixtures of the web desk's tests: an app on a fresh embedded store, people with accounts, and a browser-like
client helper that signs in through the login form (CSRF token included)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
PEOPLE = {"ann": "reviewer", "ben": "reviewer", "sup": "supervisor"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

CREDIBLE_TEXTS = [
    "ผู้รับเหมาเทถนนคอนกรีตหมู่ 5 อบต.หนองบัว หนาเพียง 10 ซม. แต่สัญญาเลขที่ 12/2568 กำหนด 15 ซม. มูลค่า 1,200,000 บาท",
    "นายก เทศบาลตำบลบางพลี เรียกรับเงิน 50,000 บาท จากผู้รับเหมาเมื่อวันที่ 5 เมษายน 2568 เพื่อให้ชนะการประมูล",
]
MALICIOUS_TEXTS = [
    "ไอ้นายกโกงกินทุกโครงการ ไล่มันออกไปเลย ชั่วมาก",
    "ไอ้ปลัดหน้าโง่รับสินบนแน่นอน ไล่มันออก ระวังตัวไว้",
    "เจ้าหน้าที่โง่ทุกคน ไล่ออกให้หมด ทำงานไม่เป็น",
    "ผอ.มันชั่วช้า ต้องโดนลงโทษให้หนัก ระวังตัวไว้",
]


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "no csrf_token in the page"
    return match.group(1)


class Browser:
    """One person's cookie jar over the shared client (whose lifespan holds the store and the model)."""

    def __init__(self, client: TestClient) -> None:
        import httpx

        self.client = client
        self.jar = httpx.Cookies()

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        import httpx

        self.client.cookies = self.jar
        kwargs.setdefault("follow_redirects", False)
        try:
            return self.client.request(method, url, **kwargs)
        finally:
            self.jar = httpx.Cookies(self.client.cookies)
            self.client.cookies = httpx.Cookies()

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self.request("POST", url, **kwargs)


class Desk:
    """An app on its own store with helpers: intake through the API, sign-in through the form."""

    def __init__(self, client: TestClient, kit: Any, db_url: str) -> None:
        self.client = client
        self.kit = kit
        self.db_url = db_url

    def intake(self, text: str, **extra: Any) -> dict[str, Any]:
        body = {"external_id": f"x-{uuid.uuid4().hex[:10]}", "text": text, **extra}
        r = self.client.post("/v1/cases", json=body, headers=self.kit.auth("intake"))
        assert r.status_code == 201, r.text
        return dict(r.json())

    def browser(self) -> Browser:
        """A browser of its own (its own cookies) on the running app."""
        return Browser(self.client)

    def person(self, name: str) -> Browser:
        """A browser signed in as ``name``."""
        b = self.browser()
        r = login(b, name, PASSWORD)
        assert r.status_code == 303, r.text
        return b

    def engine(self) -> Any:
        from service import db

        return db.make_engine(db.resolve_url(self.db_url))


def login(c: Any, name: str, password: str) -> Any:
    page = c.get("/review/login")
    return c.post(
        "/review/login",
        data={"username": name, "password": password, "csrf_token": csrf_of(page.text), "next": "/review"},
        follow_redirects=False,
    )


def add_people(db_url: str) -> None:
    from service import db
    from service.review import accounts

    engine = db.make_engine(db.resolve_url(db_url))
    try:
        db.upgrade(engine)
        with db.sessions(engine)() as session:
            for name, role in PEOPLE.items():
                accounts.add_user(session, name=name, role=role, password=PASSWORD)
    finally:
        engine.dispose()


POSTGRES_ENV = "KHATKRONG_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Fresh stores on one backend: the embedded SQLite file, or a schema of its own on the real PostgreSQL
    server (``KHATKRONG_TEST_POSTGRES_URL``, set by ``.ci/run``; skipped locally without it, a failure in CI)."""
    import os
    from urllib.parse import quote

    schemas: list[str] = []
    server = os.environ.get(POSTGRES_ENV)
    if request.param == "postgresql" and not server:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{POSTGRES_ENV} is unset in CI: .ci/run must start PostgreSQL and export it")
        pytest.skip(f"the PostgreSQL half needs {POSTGRES_ENV}")

    def new() -> str:
        if request.param == "sqlite":
            root = tmp_path / uuid.uuid4().hex[:8]
            root.mkdir()
            return f"sqlite:///{root / 'cases.db'}"
        import psycopg

        assert server is not None
        schema = f"r_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        sep = "&" if "?" in server else "?"
        return f"{server}{sep}options={quote(f'-csearch_path={schema}')}"

    yield new
    if schemas:
        import psycopg

        assert server is not None
        with psycopg.connect(server, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def make_desk(kit: Any, tmp_path: Path, store_urls: Callable[[], str]) -> Iterator[Callable[..., Desk]]:
    """``make_desk(**settings)``: a running app on a fresh store with ann, ben (reviewers) and sup."""
    clients: list[TestClient] = []

    def make(**overrides: Any) -> Desk:
        root = tmp_path / uuid.uuid4().hex[:8]
        root.mkdir()
        db_url = store_urls()
        add_people(db_url)
        from service.main import create_app

        app = create_app(kit.settings(root / "cache", database_url=db_url, **overrides))
        client = TestClient(app, follow_redirects=False)
        client.__enter__()
        clients.append(client)
        return Desk(client, kit, db_url)

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture
def desk(make_desk: Callable[..., Desk]) -> Desk:
    return make_desk(review_audit_rate=0.0, review_double_rate=0.0)


@pytest.fixture
def kit_helpers() -> Any:
    class H:
        PASSWORD = PASSWORD
        CREDIBLE = CREDIBLE_TEXTS
        MALICIOUS = MALICIOUS_TEXTS
        csrf_of = staticmethod(csrf_of)
        login = staticmethod(login)
        add_people = staticmethod(add_people)

    return H


class LiveServer:
    """The app served by uvicorn on 127.0.0.1 with a port the OS picks, in a thread of this process."""

    def __init__(self, app: Any) -> None:
        import socket
        import threading

        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        import time

        import httpx

        self.thread.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if (
                    httpx.get(self.url + "/readyz", timeout=2).status_code in (200, 503)
                    and self.server.started
                ):
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the live server did not start within 60 s")

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture
def live_server() -> Any:
    return LiveServer
