"""``khatkrong serve``: run the scoring service with uvicorn."""

from __future__ import annotations

import os
import shutil
from typing import Annotated

import typer

app = typer.Typer(help="Khatkrong scoring service.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """Khatkrong scoring service."""


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
) -> None:
    """Serve the model over HTTP. Settings come from ``KHATKRONG_*`` variables; workers inherit them."""
    import uvicorn

    from model.store import set_environment_defaults
    from service.settings import Settings

    set_environment_defaults()  # the workers inherit them
    if model is not None:
        os.environ["KHATKRONG_MODEL_URI"] = model  # the workers build their settings from the environment
    try:
        Settings()  # fail here, once, rather than in every worker
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    _shared_metrics(workers)
    uvicorn.run(
        "service.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
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
