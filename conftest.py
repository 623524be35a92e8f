"""Shared test set-up: offline, quiet libraries; no test touches the network or the real mlruns/."""

from __future__ import annotations

from model.store import set_environment_defaults

set_environment_defaults(MLFLOW_HTTP_REQUEST_TIMEOUT="5")
