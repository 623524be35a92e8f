"""The case store's engine, sessions and migrations.

One :class:`Base` for every domain's ORM models (its ``MetaData`` names constraints, so migrations are
stable across backends). The engine is made in the app's lifespan (:func:`open_store`) and handed to the
routes through a dependency, never at import.

Backends: an embedded SQLite file (the default, ``.khatkrong/cases.db``, WAL mode, upgraded to the newest
migration at start-up) or PostgreSQL through psycopg 3 (``KHATKRONG_DATABASE_URL``; upgrade it with
``khatkrong db upgrade``).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

log = logging.getLogger("khatkrong.service")

DEFAULT_SQLITE = Path(".khatkrong/cases.db")
MIGRATIONS = Path(__file__).with_name("migrations")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """The one declarative base of the service's ORM models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def resolve_url(url: str | None) -> str:
    """The SQLAlchemy URL for a configured ``KHATKRONG_DATABASE_URL`` (``None``: the embedded SQLite file).

    ``postgresql://`` and ``postgres://`` URLs get the psycopg 3 driver.

    >>> resolve_url("postgresql://u:p@db/khatkrong")
    'postgresql+psycopg://u:p@db/khatkrong'
    >>> resolve_url(None)
    'sqlite:///.khatkrong/cases.db'
    """
    if not url:
        return f"sqlite:///{DEFAULT_SQLITE}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_embedded(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see make_engine)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, connect_timeout: int = 3) -> Engine:
    """An engine for ``url`` (already resolved): WAL SQLite, or PostgreSQL with a short connect timeout.

    ``pool_pre_ping`` replaces connections that died while the database was away, so the store works again
    as soon as it is back.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 10}, pool_pre_ping=True
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite defers BEGIN until the first write, and a deferred transaction that read first cannot
        # take the write lock once another writer committed (SQLITE_BUSY at once, no waiting). Take the
        # write lock up front instead: transactions queue on busy_timeout and never fail half-way.
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        pool_timeout=10,
        connect_args={"connect_timeout": connect_timeout},
    )


def sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine) -> Any:
    """An Alembic ``Config`` for the store's migrations, bound to ``engine`` (no ``alembic.ini`` needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option(
        "file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s"
    )  # dated file names
    config.set_main_option("version_path_separator", "os")
    config.attributes["engine"] = engine
    return config


@contextlib.contextmanager
def _upgrade_lock(engine: Engine) -> Iterator[None]:
    """Serialise start-up upgrades of one embedded SQLite file across worker processes."""
    database = make_url(str(engine.url)).database or ""
    if not is_embedded(str(engine.url)) or not database or database == ":memory:":
        yield
        return
    lock_path = Path(database + ".migrate-lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision``."""
    from alembic import command

    with _upgrade_lock(engine):
        command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the store is at (``None`` before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
