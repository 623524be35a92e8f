"""MLflow tracking store, model URIs, registration, aliases and the promotion gate."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model import store

DEFAULT_TRACKING_URI = "sqlite:///mlruns/mlflow.db"
DEFAULT_MODEL_NAME = "khatkrong-screener"
DEFAULT_EXPERIMENT = "khatkrong"
CHAMPION, CHALLENGER = "champion", "challenger"


class TrackingError(RuntimeError):
    """The tracking store cannot be reached or used."""


ModelURIError = store.ModelURIError
"""A model URI is malformed, names no model, or does not load as a Khatkrong model."""


def configure(tracking_uri: str | None = None) -> str:
    """Point MLflow at the tracking store: the argument, ``MLFLOW_TRACKING_URI``, or the local SQLite store.

    Also sets quiet, fail-fast defaults (no telemetry, few HTTP retries) unless the caller set them.
    """
    store.set_environment_defaults()
    import mlflow

    quiet_mlflow()
    uri = tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI
    if uri.startswith("sqlite:///") and not uri.startswith("sqlite:////"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    return uri


def quiet_mlflow() -> None:
    """MLflow's chatter (table creation, cloudpickle notes, type-hint advice) is not for CLI users."""
    import logging
    import warnings

    logging.getLogger("mlflow").setLevel(logging.ERROR)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # MLflow wraps its type-hint advice in its own catch_warnings(), so a filter cannot silence it
    shown = warnings.showwarning
    if not getattr(shown, "_khatkrong", False):

        def showwarning(message: Warning | str, *args: Any, **kwargs: Any) -> None:
            if "type hint" not in str(message).lower():
                shown(message, *args, **kwargs)

        showwarning._khatkrong = True  # type: ignore[attr-defined]
        warnings.showwarning = showwarning


def check_reachable() -> None:
    """Fail with :class:`TrackingError` when the tracking store does not answer."""
    from mlflow.tracking import MlflowClient

    try:
        MlflowClient().search_experiments(max_results=1)
    except Exception as exc:  # any transport or store error: say which store and why
        import mlflow

        raise TrackingError(
            f"tracking store {mlflow.get_tracking_uri()} is unreachable: {_first_line(exc)}"
        ) from None


def ensure_experiment(name: str) -> str:
    """The experiment id, creating it with artefacts under ``mlruns/artifacts`` for the local store."""
    import mlflow
    from mlflow.tracking import MlflowClient

    client = MlflowClient()
    exp = client.get_experiment_by_name(name)
    if exp is not None:
        return exp.experiment_id
    location = None
    uri = mlflow.get_tracking_uri()
    if uri.startswith("sqlite:///"):
        db = Path(uri.removeprefix("sqlite:///"))
        location = (db.parent / "artifacts").resolve().as_uri()
    return client.create_experiment(name, artifact_location=location)


def load_screener(uri: str) -> tuple[Any, dict[str, Any]]:
    """Load and smoke-test the screener behind ``uri`` (``models:/name@alias``, ``models:/name/N``,
    ``runs:/...`` or a path), through :func:`model.store.load`.

    Returns the screener and what is known of its origin (name, version, run id, uri).
    """
    from mlflow.exceptions import MlflowException

    try:
        loaded = store.load(uri)
    except (store.ModelLoadError, store.SmokeTestError, MlflowException) as exc:
        raise ModelURIError(f"cannot load model {uri!r}: {_first_line(exc)}") from None
    return loaded.screener, loaded.model.as_dict()


def resolve(uri: str) -> dict[str, Any]:
    """Name, version and run id of a ``models:/`` URI (only the URI for others)."""
    from mlflow.exceptions import MlflowException

    try:
        return store.resolve(uri).as_dict()
    except MlflowException as exc:
        raise ModelURIError(f"unknown model {uri!r}: {_first_line(exc)}") from None


def set_alias(name: str, alias: str, version: str) -> None:
    from mlflow.tracking import MlflowClient

    MlflowClient().set_registered_model_alias(name, alias, version)


def alias_version(name: str, alias: str) -> str | None:
    """The version an alias points at, or ``None`` when the model or alias does not exist."""
    from mlflow.exceptions import MlflowException
    from mlflow.tracking import MlflowClient

    try:
        return str(MlflowClient().get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None


@dataclass(frozen=True)
class GateResult:
    promote: bool
    rows: list[tuple[str, float | None, float | None, str]]  # metric, champion, candidate, verdict
    reason: str


GATE_METRICS = ("credibility_macro_f1", "category_macro_f1", "credible_not_flagged_rate")


def gate(
    champion: dict[str, float] | None,
    candidate: dict[str, float],
    *,
    tolerance: float,
    min_not_flagged: float,
) -> GateResult:
    """Promote when the candidate is not worse than the champion beyond ``tolerance`` on every gate metric,
    and keeps at least ``min_not_flagged`` of credible reports unflagged (whistleblowers first).

    With no champion the candidate is promoted; a floor it misses is reported as a warning.
    """
    rows: list[tuple[str, float | None, float | None, str]] = []
    failures: list[str] = []
    for metric in GATE_METRICS:
        new = candidate.get(metric)
        old = champion.get(metric) if champion else None
        if new is None:
            continue
        verdict = "ok"
        if old is not None and new < old - tolerance:
            verdict = f"worse by {old - new:.4f}"
            failures.append(f"{metric} {new:.4f} < champion {old:.4f} - {tolerance}")
        if metric == "credible_not_flagged_rate" and new < min_not_flagged:
            verdict = f"below {min_not_flagged}"
            failures.append(f"{metric} {new:.4f} below the floor {min_not_flagged}")
        rows.append((metric, old, new, verdict))
    if (
        champion is None
    ):  # the first model is promoted whatever its figures, with a warning if below the floor
        warning = f" (warning: {'; '.join(failures)})" if failures else ""
        return GateResult(True, rows, f"no champion yet{warning}")
    if failures:
        return GateResult(False, rows, "; ".join(failures))
    return GateResult(True, rows, "not worse than the champion")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
