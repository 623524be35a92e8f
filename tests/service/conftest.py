"""Fixtures of the service tests: a tiny real screener registered in a temporary SQLite MLflow store.

The screener is fitted on the shared tiny corpus of ``tests/conftest.py``. Nothing touches the network or the
project's own ``mlruns``.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

for _key, _value in (
    ("MLFLOW_DISABLE_TELEMETRY", "true"),
    ("PYTHAINLP_READ_ONLY", "1"),
    ("PYTHAINLP_OFFLINE", "1"),
    ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"),
):
    os.environ.setdefault(_key, _value)

from fastapi.testclient import TestClient  # noqa: E402

from service.main import create_app  # noqa: E402
from service.settings import Settings  # noqa: E402

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once
NAME = "khatkrong-screener"
RELOAD_NAME = "khatkrong-reload-test"
KEYS = {
    "intake": "k-intake-0123456789abcdefgh",
    "reviewer": "k-reviewer-0123456789abcdefgh",
    "admin": "k-admin-0123456789abcdefgh",
}
KEY_ID_SECRET = "test-key-id-secret-0123456789abcdef"
CANARY_MIN_CREDIBLE_PROCEED = 0.5
"""The tiny test screener sends 9 of the 16 credible canaries to proceed (a real model: all 16)."""
API_KEYS = ",".join(f"{key}:{role}" for role, key in KEYS.items())

BROKEN_MODEL_CODE = textwrap.dedent(
    """
    import mlflow.pyfunc


    class Broken(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input, params=None):
            raise RuntimeError("this model is broken on purpose")


    mlflow.models.set_model(Broken())
    """
)


@dataclass(frozen=True)
class Store:
    """The temporary MLflow store and what is registered in it."""

    uri: str
    root: Path
    run_id: str
    good_model_uri: str  # the logged model, registrable under other names
    versions: dict[str, str]  # "good", "broken", "corrupt" -> version of RELOAD_NAME


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory, train_tiny: Callable[[], Any]) -> Store:
    import mlflow
    from mlflow.tracking import MlflowClient

    from model.pyfunc import log_screener

    root = tmp_path_factory.mktemp("mlflow")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    client = MlflowClient(uri, uri)
    exp = client.create_experiment("service-tests", artifact_location=(root / "artifacts").as_uri())
    screener = train_tiny()
    with mlflow.start_run(experiment_id=exp) as run:
        mlflow.log_param("data_digest", "sha256:test-corpus")
        mlflow.log_metrics({"test_credibility_macro_f1": 0.93, "test_category_macro_f1": 0.88})
        info = log_screener(screener, registered_model_name=NAME, pip_requirements=["mlflow"])
    client.set_registered_model_alias(NAME, "champion", "1")

    versions = {"good": mlflow.register_model(info.model_uri, RELOAD_NAME).version}
    code = root / "broken_model.py"
    code.write_text(BROKEN_MODEL_CODE, encoding="utf-8")
    with mlflow.start_run(experiment_id=exp):
        broken = mlflow.pyfunc.log_model(name="model", python_model=str(code), pip_requirements=["mlflow"])
    versions["broken"] = mlflow.register_model(broken.model_uri, RELOAD_NAME).version
    corrupt = train_tiny()
    corrupt.heads_["credibility"].coef_ = corrupt.heads_["credibility"].coef_[
        :, :5
    ]  # wrong width: screen raises
    with mlflow.start_run(experiment_id=exp):
        bad = log_screener_unchecked(corrupt)
    versions["corrupt"] = mlflow.register_model(bad.model_uri, RELOAD_NAME).version
    versions = {k: str(v) for k, v in versions.items()}
    client.set_registered_model_alias(RELOAD_NAME, "champion", versions["good"])
    # The service must use its settings, never MLflow's process-wide URIs: point those nowhere.
    mlflow.set_tracking_uri(UNREACHABLE)
    mlflow.set_registry_uri(UNREACHABLE)
    return Store(uri=uri, root=root, run_id=run.info.run_id, good_model_uri=info.model_uri, versions=versions)


def log_screener_unchecked(screener: Any) -> Any:
    """Log a screener whose ``screen`` raises (``log_screener`` would fail computing its signature)."""
    import os
    import tempfile

    import joblib
    import mlflow

    import model as model_pkg
    from model.pyfunc import ARTIFACT_KEY, ScreenerModel

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "screener.joblib")
        joblib.dump(screener, path)
        return mlflow.pyfunc.log_model(
            name="model",
            python_model=ScreenerModel(),
            artifacts={ARTIFACT_KEY: path},
            code_paths=[os.path.dirname(model_pkg.__file__)],
            pip_requirements=["mlflow"],
        )


SECRET_KEY = "test-secret-key-of-at-least-32-characters"


def make_settings(store: Store, cache: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "model_uri": f"models:/{NAME}@champion",
        "tracking_uri": store.uri,
        "model_cache_dir": cache,
        "api_keys": API_KEYS,
        "secret_key": SECRET_KEY,
        "database_url": f"sqlite:///{cache.parent / (cache.name + '-cases.db')}",
        "key_id_secret": KEY_ID_SECRET,
        "canary_min_credible_proceed": CANARY_MIN_CREDIBLE_PROCEED,
    }
    values.update(overrides)
    return Settings(**values)


def auth(role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEYS[role]}"}


class Kit:
    """What the tests need from here (test modules cannot import ``conftest`` under importlib mode)."""

    NAME = NAME
    RELOAD_NAME = RELOAD_NAME
    KEYS = KEYS
    SECRET_KEY = SECRET_KEY
    API_KEYS = API_KEYS
    KEY_ID_SECRET = KEY_ID_SECRET

    def __init__(self, store: Store, train_tiny: Callable[[], Any]) -> None:
        self.store = store
        self._train_tiny = train_tiny

    @staticmethod
    def auth(role: str) -> dict[str, str]:
        return auth(role)

    def settings(self, cache: Path, **overrides: Any) -> Settings:
        return make_settings(self.store, cache, **overrides)

    def train_screener(self) -> Any:
        """A fresh screener fitted on the shared tiny corpus (``tests/conftest.py``)."""
        return self._train_tiny()

    def register_good_version(self, name: str) -> str:
        """Register the good model once more under ``name``; returns the new version."""
        import mlflow

        mlflow.set_tracking_uri(self.store.uri)  # MLflow resolves the logged model through its global URIs
        mlflow.set_registry_uri(self.store.uri)
        try:
            return str(mlflow.register_model(self.store.good_model_uri, name).version)
        finally:
            mlflow.set_tracking_uri(UNREACHABLE)
            mlflow.set_registry_uri(UNREACHABLE)


@pytest.fixture(scope="session")
def kit(store: Store, train_tiny: Callable[[], Any]) -> Kit:
    return Kit(store, train_tiny)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def client(store: Store, cache_dir: Path) -> Iterator[TestClient]:
    """A client of an app serving version 1 of the champion, lifespan running for the whole session."""
    app = create_app(make_settings(store, cache_dir))
    with TestClient(app) as c:
        yield c
