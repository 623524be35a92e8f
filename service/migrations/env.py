"""Alembic environment of the case store: runs on the engine that :func:`service.db.alembic_config` binds."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Engine

import service.cases.models  # noqa: F401  (registers the tables on Base.metadata)
import service.review.models  # noqa: F401
from service.db import Base, make_engine, resolve_url

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:  # the plain ``alembic`` command: the URL from -x url=... or the embedded default
        engine = make_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("url")))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run them against the database")
run_migrations_online()
