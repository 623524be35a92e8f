"""``khatkrong users add|list|disable`` (people's accounts in the case store) and ``khatkrong reviews export``
(reviewed cases as training data: CSV, JSONL or Parquet).

They read the same ``KHATKRONG_*`` settings as the service (``KHATKRONG_DATABASE_URL``,
``KHATKRONG_SECRET_KEY``); the embedded store is upgraded first, like at the service's start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from service.cases.cli import DatabaseURL, _engine, _fail, _store_parts

users_app = typer.Typer(help="People who work the web desk (/review).", no_args_is_help=True)
reviews_app = typer.Typer(help="Reviewers' decisions as training data.", no_args_is_help=True)

EXPORT_FORMATS = (".csv", ".jsonl", ".parquet")


@reviews_app.callback()
def _reviews() -> None:
    """Reviewers' decisions as training data."""


def _ready(engine: Any) -> None:
    from service import db

    if db.is_embedded(str(engine.url)):
        db.upgrade(engine)
    elif db.current_revision(engine) != db.head_revision(engine):
        raise _fail("the case store is not at the newest migration: run `khatkrong db upgrade`")


def _password(password_stdin: bool) -> str:
    if password_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
        if not value:
            raise _fail("no password on standard input")
        return value
    return str(typer.prompt("password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name (lower case).")],
    role: Annotated[str, typer.Option("--role", help="reviewer, supervisor or admin.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input (one line).")
    ] = False,
    database_url: DatabaseURL = None,
) -> None:
    """Add a person; the password (prompted, or one line on stdin) is stored as an argon2 hash."""
    from service import db
    from service.errors import ServiceError
    from service.review import accounts

    password = _password(password_stdin)
    engine = _engine(database_url)
    try:
        _ready(engine)
        with db.sessions(engine)() as session:
            person = accounts.add_user(session, name=name, role=role, password=password)
    except ServiceError as exc:
        raise _fail(exc.detail) from None
    finally:
        engine.dispose()
    typer.echo(f"added {person.name} ({person.role})")


@users_app.command("list")
def list_(database_url: DatabaseURL = None) -> None:
    """List the accounts (name, role, state, last login)."""
    from service import db
    from service.review import accounts

    engine = _engine(database_url)
    try:
        _ready(engine)
        with db.sessions(engine)() as session:
            users = accounts.list_users(session)
    finally:
        engine.dispose()
    for u in users:
        state = "disabled" if u["disabled"] else ("locked" if u["locked_until"] else "active")
        last = u["last_login_at"].isoformat(timespec="seconds") if u["last_login_at"] else "never"  # type: ignore[attr-defined]
        typer.echo(f"{u['name']}\t{u['role']}\t{state}\tlast login {last}")


@users_app.command("disable")
def disable(name: Annotated[str, typer.Argument()], database_url: DatabaseURL = None) -> None:
    """Disable an account: its sessions end at once; its decisions keep its name."""
    from service import db
    from service.errors import ServiceError
    from service.review import accounts

    engine = _engine(database_url)
    try:
        _ready(engine)
        with db.sessions(engine)() as session:
            accounts.disable_user(session, name=name)
    except ServiceError as exc:
        raise _fail(exc.detail) from None
    finally:
        engine.dispose()
    typer.echo(f"disabled {name}")


@reviews_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file: .csv, .jsonl or .parquet.")],
    database_url: DatabaseURL = None,
) -> None:
    """Reviewed cases with the masked text and the reviewers' final labels (text, category, credibility),
    the model's labels and version, the decision time and whether the case was an audit sample."""
    import pandas as pd

    from service import db
    from service.review import service as rsvc

    if out.suffix.lower() not in EXPORT_FORMATS:
        raise _fail(f"{out}: use one of {', '.join(EXPORT_FORMATS)}")
    engine, vault = _store_parts(database_url)
    try:
        _ready(engine)
        with db.sessions(engine)() as session:
            rows = rsvc.reviewed_rows(session, vault=vault)
    finally:
        engine.dispose()
    df = pd.DataFrame.from_records(rows, columns=list(rsvc.EXPORT_COLUMNS))
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        df.to_csv(out, index=False, lineterminator="\n")
    elif suffix == ".jsonl":
        df.to_json(out, orient="records", lines=True, force_ascii=False)
    else:
        df.to_parquet(out, index=False)
    audit = int(df["audit_sample"].sum()) if len(df) else 0
    typer.echo(f"exported {len(df)} reviewed cases ({audit} audit samples) to {out}")
