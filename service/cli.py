"""``khatkrong serve``: run the scoring service with uvicorn."""

from __future__ import annotations

import os
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
    uvicorn.run(
        "service.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # the service writes its own JSON line per request
        log_level="info",
    )


if __name__ == "__main__":
    app()
