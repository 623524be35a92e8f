"""``khatkrong db upgrade`` and ``khatkrong cases rotate-key|purge``: the case store from the command line.

They read the same ``KHATKRONG_*`` settings as the service (``KHATKRONG_DATABASE_URL``,
``KHATKRONG_SECRET_KEY``, ``KHATKRONG_SECRET_KEYS_OLD``); API keys are not needed here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Annotated

import typer

db_app = typer.Typer(help="The case store's schema (Alembic migrations).", no_args_is_help=True)
cases_app = typer.Typer(help="The case store: key rotation and retention.", no_args_is_help=True)

DatabaseURL = Annotated[
    str | None,
    typer.Option(
        "--database-url", help="Default: KHATKRONG_DATABASE_URL, else the embedded .khatkrong/cases.db."
    ),
]
CLI_ACTOR_NAME = "cli"


def _url(database_url: str | None) -> str:
    import os

    from service import db

    return db.resolve_url(database_url or os.environ.get("KHATKRONG_DATABASE_URL") or None)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


def _engine(database_url: str | None):  # type: ignore[no-untyped-def]
    from service import db

    return db.make_engine(_url(database_url))


@db_app.command("upgrade")
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    database_url: DatabaseURL = None,
) -> None:
    """Apply the migrations up to REVISION (default: the newest)."""
    from sqlalchemy.exc import OperationalError

    from service import db

    engine = _engine(database_url)
    try:
        before = db.current_revision(engine)
        db.upgrade(engine, revision)
        after = db.current_revision(engine)
    except OperationalError as exc:
        raise _fail(f"the case store is unreachable: {type(exc.orig).__name__}") from exc
    finally:
        engine.dispose()
    typer.echo(f"case store: {before or 'empty'} -> {after}" if before != after else f"case store at {after}")


@db_app.command("downgrade")
def downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision ('base' removes every table).")],
    database_url: DatabaseURL = None,
) -> None:
    """Revert the migrations down to REVISION."""
    from service import db

    engine = _engine(database_url)
    try:
        db.downgrade(engine, revision)
        typer.echo(f"case store at {db.current_revision(engine) or 'base'}")
    finally:
        engine.dispose()


@db_app.command("current")
def current(database_url: DatabaseURL = None) -> None:
    """Print the store's revision and the newest one."""
    from service import db

    engine = _engine(database_url)
    try:
        typer.echo(f"current: {db.current_revision(engine) or 'empty'}; newest: {db.head_revision(engine)}")
    finally:
        engine.dispose()


def _store_parts(database_url: str | None):  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from service.cases.store import vault_from
    from service.settings import Settings

    try:
        import secrets

        settings = Settings(  # the CLI needs the case secrets, not API keys nor the key-id secret
            api_keys=f"{secrets.token_urlsafe(24)}:admin", key_id_secret=secrets.token_urlsafe(32)
        )
        vault = vault_from(settings)
    except (ValidationError, ValueError) as exc:
        raise _fail(str(exc).splitlines()[-1] if isinstance(exc, ValidationError) else str(exc)) from exc
    return _engine(database_url), vault


@cases_app.command("rotate-key")
def rotate_key(database_url: DatabaseURL = None) -> None:
    """Re-encrypt every case with KHATKRONG_SECRET_KEY (older secrets in KHATKRONG_SECRET_KEYS_OLD)."""
    from service import db
    from service.cases import service as svc
    from service.cases.crypto import UnreadableSecret

    engine, vault = _store_parts(database_url)
    try:
        db.upgrade(engine) if db.is_embedded(str(engine.url)) else None
        with db.sessions(engine)() as session:
            n = svc.rotate_keys(session, vault=vault, actor=svc.Actor(CLI_ACTOR_NAME, "admin"))
    except UnreadableSecret as exc:
        raise _fail(f"{exc}; add the secret it was written with to KHATKRONG_SECRET_KEYS_OLD") from exc
    finally:
        engine.dispose()
    typer.echo(f"re-encrypted {n} cases with the current secret; the old secrets can now be retired")


def _day(value: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(value), time.min, tzinfo=UTC)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@cases_app.command("purge")
def purge(
    closed_before: Annotated[
        str, typer.Option("--closed-before", help="Purge cases closed before this day (YYYY-MM-DD, UTC).")
    ],
    database_url: DatabaseURL = None,
) -> None:
    """Remove the text and reporter of cases closed before a day; a tombstone stays in each case's audit."""
    from service import db
    from service.cases import service as svc

    before = _day(closed_before)
    engine, _vault = _store_parts(database_url)
    try:
        with db.sessions(engine)() as session:
            n = svc.purge(session, actor=svc.Actor(CLI_ACTOR_NAME, "admin"), closed_before=before)
    finally:
        engine.dispose()
    typer.echo(f"purged {n} cases closed before {before.date()}")
