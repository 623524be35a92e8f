"""The case desk's fixtures: every test module runs on the embedded SQLite store AND on a real PostgreSQL
server (``KHATKRONG_TEST_POSTGRES_URL``, which ``.ci/run`` sets after starting Debian's ``postgresql``).

Locally the PostgreSQL half is skipped with a message when the variable is unset; in CI (``CI=true``) an
unset variable fails the run, so the suite can never pass on SQLite alone there. Each module gets its own
PostgreSQL schema (dropped afterwards), so runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

POSTGRES_ENV = "KHATKRONG_TEST_POSTGRES_URL"


def postgres_url_or_skip() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{POSTGRES_ENV} is unset in CI: .ci/run must start PostgreSQL and export it")
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV}=postgresql://user:password@127.0.0.1:PORT/db")
    return url


def _with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@dataclass
class Backend:
    name: str  # "sqlite" or "postgresql"
    url: str  # what KHATKRONG_DATABASE_URL would hold
    path: Path | None = None  # the SQLite file
    schema: str | None = None
    server_url: str | None = None  # PostgreSQL without the schema option
    extra: dict[str, Any] = field(default_factory=dict)


def _sql(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("casedb") / "cases.db"
        yield Backend("sqlite", f"sqlite:///{path}", path=path)
        return
    server = postgres_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _sql(server, f"CREATE SCHEMA {schema}")
    try:
        yield Backend("postgresql", _with_schema(server, schema), schema=schema, server_url=server)
    finally:
        _sql(server, f"DROP SCHEMA {schema} CASCADE")


class Desk:
    """A running app on one backend, with helpers the tests share."""

    def __init__(self, client: TestClient, kit: Any, backend: Backend) -> None:
        self.client = client
        self.kit = kit
        self.backend = backend
        self._n = 0

    def new_id(self, prefix: str = "t") -> str:
        self._n += 1
        return f"{prefix}-{uuid.uuid4().hex[:8]}-{self._n}"

    def post(self, text: str, external_id: str | None = None, role: str = "intake", **extra: Any) -> Any:
        body = {"external_id": external_id or self.new_id(), "text": text, **extra}
        return self.client.post("/v1/cases", json=body, headers=self.kit.auth(role))

    def case(self, case_id: str, role: str = "reviewer") -> Any:
        return self.client.get(f"/v1/cases/{case_id}", headers=self.kit.auth(role))

    def engine(self) -> Any:
        from service import db

        return db.make_engine(db.resolve_url(self.backend.url))


def make_desk_client(kit: Any, backend: Backend, cache: Path, **overrides: Any) -> TestClient:
    from service.main import create_app

    return TestClient(create_app(kit.settings(cache, database_url=backend.url, **overrides)))


@pytest.fixture(scope="module")
def desk(kit: Any, backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    if (
        backend.name == "postgresql"
    ):  # the embedded store upgrades itself; PostgreSQL is upgraded by its admin
        from service import db

        engine = db.make_engine(db.resolve_url(backend.url))
        db.upgrade(engine)
        engine.dispose()
    with make_desk_client(kit, backend, tmp_path_factory.mktemp("desk-cache")) as client:
        yield Desk(client, kit, backend)


@pytest.fixture
def desk_app(kit: Any, backend: Backend, tmp_path: Path) -> Any:
    """Another app on the same store: ``with desk_app(**settings_overrides) as client: ...``."""

    def make(**overrides: Any) -> TestClient:
        return make_desk_client(kit, backend, tmp_path / uuid.uuid4().hex, **overrides)

    return make
