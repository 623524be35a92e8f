"""Faults: with the database unreachable the case routes answer 503 with Retry-After while /v1/screen keeps
answering; when it is back, intake works again and nothing accepted is lost.

PostgreSQL is reached through a TCP relay on 127.0.0.1 that the test cuts and restores (the server itself
keeps running for the other tests)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

TEXT = "ปลัด อบต.หนองบัว เรียกรับเงิน 30,000 บาท เพื่อออกใบอนุญาตก่อสร้าง เมื่อวันที่ 2 เมษายน 2568"


class Relay:
    """A TCP relay 127.0.0.1:port -> target that can be cut (every connection dropped) and restored."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self._conns: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
            self._listener.close()
            self._listener = None
        with self._lock:
            conns, self._conns = self._conns, []
        for s in conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


@pytest.fixture
def relayed(backend: Any) -> Iterator[tuple[Relay, str]]:
    if backend.name != "postgresql":
        pytest.skip("the relay cuts a network database; the SQLite case is test_unopenable_sqlite_store")
    parts = urlsplit(backend.url)
    relay = Relay(parts.hostname or "127.0.0.1", parts.port or 5432)
    relay.start()
    netloc = (
        parts.netloc.rsplit(":", 1)[0] + f":{relay.port}" if parts.port else parts.netloc + f":{relay.port}"
    )
    try:
        yield relay, urlunsplit(parts._replace(netloc=netloc))
    finally:
        relay.cut()


def screen_ok(client: Any, kit: Any) -> None:
    r = client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake"))
    assert r.status_code == 200, r.text


def post(client: Any, kit: Any, ext: str, text: str = TEXT) -> Any:
    return client.post("/v1/cases", json={"external_id": ext, "text": text}, headers=kit.auth("intake"))


def test_database_down_503_then_back_and_nothing_lost(
    kit: Any, desk: Any, relayed: tuple[Relay, str], tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from service.main import create_app

    relay, url = relayed
    with TestClient(
        create_app(kit.settings(tmp_path / "c", database_url=url, store_retry_after=7))
    ) as client:
        before = post(client, kit, "fault-before")
        assert before.status_code == 201, before.text

        relay.cut()
        down = post(client, kit, "fault-during")
        assert down.status_code == 503, down.text
        assert down.headers["retry-after"] == "7"
        assert down.json()["detail"].startswith("the case store is unreachable")
        for path in ("/v1/cases", f"/v1/cases/{before.json()['id']}"):
            r = client.get(path, headers=kit.auth("reviewer"))
            assert r.status_code == 503 and r.headers["retry-after"] == "7"
        screen_ok(client, kit)
        assert client.get("/healthz").status_code == 200

        relay.start()  # the database is back, on the same address
        retried = post(client, kit, "fault-during")
        assert retried.status_code == 201, retried.text
        again = post(client, kit, "fault-before")
        assert again.status_code == 200 and again.json()["id"] == before.json()["id"], "accepted before: kept"
        assert (
            client.get(f"/v1/cases/{retried.json()['id']}", headers=kit.auth("reviewer")).status_code == 200
        )


def test_service_starts_with_the_database_down(
    kit: Any, desk: Any, relayed: tuple[Relay, str], tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from service.main import create_app

    relay, url = relayed
    relay.cut()
    with TestClient(create_app(kit.settings(tmp_path / "c", database_url=url))) as client:
        assert post(client, kit, "start-down").status_code == 503
        screen_ok(client, kit)
        relay.start()
        assert post(client, kit, "start-down").status_code == 201


def test_unopenable_sqlite_store(kit: Any, backend: Any, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from service.main import create_app

    if backend.name != "sqlite":
        pytest.skip("SQLite only")
    folder = tmp_path / "not-a-file.db"
    folder.mkdir()  # a directory where the database file should be: SQLite cannot open it
    with TestClient(create_app(kit.settings(tmp_path / "c", database_url=f"sqlite:///{folder}"))) as client:
        r = post(client, kit, "sqlite-down")
        assert r.status_code == 503 and r.headers["retry-after"] == "5"
        screen_ok(client, kit)


def test_unmigrated_postgres_is_503_with_the_command_to_run(kit: Any, backend: Any, tmp_path: Path) -> None:
    import uuid

    import psycopg
    from fastapi.testclient import TestClient

    from service.main import create_app

    if backend.name != "postgresql":
        pytest.skip("the embedded store upgrades itself")
    schema = f"t_empty_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(backend.server_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        url = backend.url.replace(backend.schema, schema)
        with TestClient(create_app(kit.settings(tmp_path / "c", database_url=url))) as client:
            r = post(client, kit, "unmigrated")
            assert r.status_code == 503
            from service import db

            head = db.head_revision(db.make_engine("sqlite://"))  # the newest migration, whichever it is
            assert r.json()["detail"] == (
                f"the case store is at migration none, the service needs {head}: run `khatkrong db upgrade`"
            )
    finally:
        with psycopg.connect(backend.server_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
