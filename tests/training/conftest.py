"""Fixtures of the training tests: a small screener registered as the champion in a temporary store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"
CHAMPION_NAME = "khatkrong-screener"


@dataclass(frozen=True)
class Registered:
    """A temporary MLflow store with one registered screener (version 1, alias ``champion``)."""

    uri: str
    name: str
    version: str
    run_id: str

    @property
    def model_uri(self) -> str:
        return f"models:/{self.name}@champion"


@pytest.fixture(scope="session")
def registered(tmp_path_factory: pytest.TempPathFactory) -> Registered:
    import mlflow
    from mlflow.tracking import MlflowClient

    from model.features import ThaiFeatures
    from model.pipeline import Screener
    from model.pyfunc import log_screener

    df = pd.read_csv(SAMPLE).head(600)
    screener = Screener(features=ThaiFeatures(), max_iter=300).fit(
        df["text"].tolist(), category=df["category"].tolist(), credibility=df["credibility"].tolist()
    )
    root = tmp_path_factory.mktemp("mlflow-batch")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    client = MlflowClient(uri, uri)
    exp = client.create_experiment("batch-tests", artifact_location=(root / "artifacts").as_uri())
    with mlflow.start_run(experiment_id=exp) as run:
        info = log_screener(screener, registered_model_name=CHAMPION_NAME, pip_requirements=["mlflow"])
    version = str(info.registered_model_version)
    client.set_registered_model_alias(CHAMPION_NAME, "champion", version)
    return Registered(uri=uri, name=CHAMPION_NAME, version=version, run_id=run.info.run_id)
