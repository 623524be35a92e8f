"""model.store: URIs, resolving against a real (temporary SQLite) registry, loading, caching, smoke tests,
environment defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from model import store
from model.pipeline import Screener

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"
NAME = "store-test"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import mlflow
    from mlflow.tracking import MlflowClient

    from model.pyfunc import log_screener

    root = tmp_path_factory.mktemp("store")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    client = MlflowClient(uri, uri)
    exp = client.create_experiment("store", artifact_location=(root / "artifacts").as_uri())
    df = pd.read_csv(SAMPLE).iloc[:300]
    screener = Screener(max_iter=200).fit(
        df["text"].tolist(), category=df["category"].tolist(), credibility=df["credibility"].tolist()
    )
    previous = mlflow.get_tracking_uri(), mlflow.get_registry_uri()
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    try:
        runs = []
        for _ in range(2):
            with mlflow.start_run(experiment_id=exp) as run:
                log_screener(screener, registered_model_name=NAME, pip_requirements=["mlflow"])
                runs.append(run.info.run_id)
        client.set_registered_model_alias(NAME, "champion", "1")
        store.clear_cache()
        yield client, runs
    finally:
        mlflow.set_tracking_uri(previous[0])
        mlflow.set_registry_uri(previous[1])
        store.clear_cache()


def test_parse_names_every_form() -> None:
    assert store.parse("models:/a@champion") == store.ModelURI(
        "models:/a@champion", "models", "a", "champion"
    )
    assert store.parse("models:/a/2").version == "2"
    assert store.parse("runs:/abc/model").run_id == "abc"
    assert store.parse("/tmp/model").scheme == "other"
    for bad in ("models:/a", "models:/a/latest", "models:/a@", "runs:/abc", " "):
        with pytest.raises(store.ModelURIError):
            store.parse(bad)


def test_resolve_pins_an_alias_to_a_version(registry: Any) -> None:
    client, runs = registry
    resolved = store.resolve(f"models:/{NAME}@champion", client=client)
    assert (resolved.name, resolved.version, resolved.run_id) == (NAME, "1", runs[0])
    assert resolved.download_uri.startswith("file:")
    assert store.resolve(f"models:/{NAME}/2", client=client).run_id == runs[1]
    with pytest.raises(store.ModelURIError, match="unknown model"):
        store.resolve(f"models:/{NAME}@nobody", client=client)
    with pytest.raises(store.ModelURIError, match="unknown model"):
        store.resolve("models:/no-such-model/1", client=client)


def test_load_smoke_tests_and_caches_by_version(registry: Any) -> None:
    client, runs = registry
    first = store.load(f"models:/{NAME}@champion", client=client)
    assert isinstance(first.screener, Screener) and first.model.version == "1"
    assert first.description["heads"] == ["category", "credibility"]
    assert store.load(f"models:/{NAME}/1", client=client) is first  # the same files: the kept object
    client.set_registered_model_alias(NAME, "champion", "2")
    moved = store.load(f"models:/{NAME}@champion", client=client)
    assert moved.model.version == "2" and moved is not first
    by_run = store.load(f"runs:/{runs[0]}/model", client=client)
    assert by_run.model.run_id == runs[0]
    assert store.load(f"models:/{NAME}/1", client=client, cache=False) is not first


def test_smoke_test_rejects_a_broken_screener() -> None:
    class Broken:
        class features_:  # noqa: N801 - mimics the fitted attribute
            engine = "nlpo3"

        def screen(self, texts: list[str]) -> list[Any]:
            raise RuntimeError("broken on purpose")

        def describe(self) -> dict[str, Any]:
            return {}

    with pytest.raises(store.SmokeTestError, match="broken on purpose"):
        store.smoke_test(Broken())


def test_environment_defaults_never_override_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLFLOW_HTTP_REQUEST_TIMEOUT", "3")
    monkeypatch.delenv("PYTHAINLP_OFFLINE", raising=False)
    store.set_environment_defaults()
    import os

    assert os.environ["MLFLOW_HTTP_REQUEST_TIMEOUT"] == "3"
    assert os.environ["PYTHAINLP_OFFLINE"] == "1"


def test_the_logged_pyfunc_takes_explain_and_evidence_params(registry: Any) -> None:
    import json

    client, _ = registry
    pyfunc_model = store.load_pyfunc(store.resolve(f"models:/{NAME}/1", client=client).download_uri)
    frame = pd.DataFrame({"text": ["ปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท โทร 081-234-5678"]})
    full = pyfunc_model.predict(frame)
    assert 0 < len(json.loads(full["evidence"][0])) <= 8 + 4
    lean = pyfunc_model.predict(frame, params={"explain": False})
    assert json.loads(lean["evidence"][0]) == [] and lean["decision"][0] == full["decision"][0]
    one = pyfunc_model.predict(frame, params={"evidence": 1})
    assert len(json.loads(one["evidence"][0])) <= 2


def test_the_logged_pyfunc_refuses_a_missing_text_instead_of_scoring_none(registry: Any) -> None:
    from mlflow.exceptions import MlflowException

    client, _ = registry
    pyfunc_model = store.load_pyfunc(store.resolve(f"models:/{NAME}/1", client=client).download_uri)
    frame = pd.DataFrame({"text": ["ถนนพังหน้าบ้าน", None, "ไฟดับทั้งซอย"]})
    with pytest.raises(MlflowException, match=r"missing in 1 of 3 rows \(rows 1\)") as caught:
        pyfunc_model.predict(frame)
    assert caught.value.error_code == "INVALID_PARAMETER_VALUE"  # mlflow models serve answers 400
    assert len(pyfunc_model.predict(frame.dropna())) == 2
