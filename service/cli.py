"""``khatkrong serve``: run the scoring service with uvicorn.

Before any worker starts, the parent checks the settings (errors name the setting, never its value), the
tracking store (a missing SQLite file is an error unless ``--create-store``) and the port (a port in use
names the process holding it), and makes the per-run state directory the workers share
(``.khatkrong/run/<host>-<port>/``: reload lock, served version, ``server.json`` with the parent's pid).
Workers stop with the parent: on SIGTERM/SIGINT uvicorn stops them gracefully, and after ``kill -9`` of the
parent each worker notices within a second and stops (:func:`service.startup.watch_parent`).
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Khatkrong scoring service.", no_args_is_help=True)

PROTOCOL = "service.http:GuardedHttpToolsProtocol"
RUN_ROOT = Path(".khatkrong/run")


@app.callback()
def main() -> None:
    """Khatkrong scoring service."""


def _settings_error(exc: Exception) -> str:
    """A settings error as ``setting: message`` lines, without any value (pydantic hides inputs too)."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        return str(exc)
    lines = []
    for error in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(p) for p in error.get("loc", ()))
        msg = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        lines.append(f"{loc}: {msg}" if loc else msg)
    return "invalid settings: " + "; ".join(lines)


def prepare_state_dir(directory: Path, host: str, port: int) -> None:
    """A fresh per-run state directory: nothing a previous run left behind is trusted."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    (directory / "server.json").write_text(
        json.dumps(
            {"pid": os.getpid(), "host": host, "port": port, "started_at": datetime.now(UTC).isoformat()}
        ),
        encoding="utf-8",
    )


@app.command()
def serve(
    model: Annotated[
        str | None,
        typer.Option(help="Model URI (default: KHATKRONG_MODEL_URI or models:/khatkrong-screener@champion)."),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (scoring is CPU-bound: use the cores).")
    ] = 1,
    create_store: Annotated[
        bool, typer.Option("--create-store", help="Create a missing SQLite tracking store (else an error).")
    ] = False,
) -> None:
    """Serve the model over HTTP. Settings come from ``KHATKRONG_*`` variables; workers inherit them."""
    import uvicorn

    from model.store import set_environment_defaults
    from service.settings import Settings, get_settings
    from service.startup import SUPERVISOR_ENV, StoreMissing, check_store, port_in_use, port_message

    set_environment_defaults()  # the workers inherit them
    if model is not None:
        os.environ["KHATKRONG_MODEL_URI"] = model  # the workers build their settings from the environment
    if create_store:
        os.environ["KHATKRONG_CREATE_STORE"] = "true"
    try:
        settings = Settings()  # fail here, once, rather than in every worker
    except ValueError as exc:
        raise typer.BadParameter(_settings_error(exc)) from None
    try:
        check_store(settings.tracking_uri, create=settings.create_store)
    except StoreMissing as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    if port_in_use(host, port):
        typer.echo(f"Error: cannot listen on {port_message(host, port)}", err=True)
        raise typer.Exit(1)
    state_dir = (settings.state_dir or RUN_ROOT / f"{host}-{port}").resolve()
    prepare_state_dir(state_dir, host, port)
    os.environ["KHATKRONG_STATE_DIR"] = str(state_dir)
    os.environ[SUPERVISOR_ENV] = str(os.getpid())
    get_settings.cache_clear()
    _shared_metrics(workers)
    uvicorn.run(
        "service.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        http=PROTOCOL,
        timeout_keep_alive=settings.keep_alive_timeout,  # type: ignore[arg-type]
        limit_concurrency=settings.max_connections,
        h11_max_incomplete_event_size=settings.max_header_bytes,
        timeout_graceful_shutdown=30,
        access_log=False,  # the service writes its own JSON line per request
        log_level="info",
    )


def _shared_metrics(workers: int) -> None:
    """With several workers ``/metrics`` aggregates them: a metrics directory for this run, emptied at start
    (``PROMETHEUS_MULTIPROC_DIR`` if set, else a temporary one, removed at exit)."""
    import atexit

    from service.metrics import MULTIPROC_ENV, prepare_multiprocess_dir

    given = os.environ.get(MULTIPROC_ENV)
    if workers == 1 and not given:
        return
    path = prepare_multiprocess_dir(given)
    if not given:
        atexit.register(shutil.rmtree, path, True)


if __name__ == "__main__":
    app()
