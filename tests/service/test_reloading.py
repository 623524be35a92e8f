"""The pieces behind reloads: the cross-process lock, the shared state, the canary check, 409 vs 502."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.canary import CanaryFailed, canaries, check, macro_f1
from service.main import create_app
from service.reloading import RunState

HOLD = """
import sys, time
from pathlib import Path
from service.reloading import RunState
with RunState(Path(sys.argv[1])).exclusive() as mine:
    print("held" if mine else "busy", flush=True)
    sys.stdin.readline()
"""


def test_the_reload_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with RunState(tmp_path).exclusive() as mine:
            assert not mine, "another process holds it"
    finally:
        holder.communicate("\n", timeout=30)
    with RunState(tmp_path).exclusive() as mine:
        assert mine, "free again once the holder let go (flock is released with the process, too)"


def test_the_shared_state_merges_and_replaces_atomically(tmp_path: Path) -> None:
    state = RunState(tmp_path / "run")
    assert state.read() == {} and state.stamp() is None
    state.write(served={"name": "m", "version": "2", "run_id": "r"})
    first = state.stamp()
    state.write(refused_version="3")
    data = state.read()
    assert (
        data["served"]["version"] == "2" and data["refused_version"] == "3" and isinstance(data["pid"], int)
    )
    assert state.stamp() != first
    assert [p.name for p in (tmp_path / "run").iterdir()] == ["served.json"], "no temporary file left"


class Fake:
    """A screener answering every text with the same decision and labels."""

    def __init__(self, decision: str, credibility: str = "credible", category: str = "procurement") -> None:
        self.decision, self.credibility, self.category = decision, credibility, category

    def screen(self, texts: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "decision": self.decision,
                "credibility": {"label": self.credibility},
                "category": {"label": self.category},
            }
            for _ in texts
        ]


DESCRIPTION = {
    "labels": {"credibility": ["credible", "frivolous", "malicious"], "category": ["procurement", "bribery"]}
}


def test_the_canary_set_is_bundled_and_balanced() -> None:
    items = canaries()
    kinds = {c.credibility for c in items}
    assert kinds == {"credible", "frivolous", "malicious"}
    assert sum(c.credibility == "credible" for c in items) >= 12
    assert len({c.text for c in items}) == len(items)


def test_a_model_that_deprioritises_everything_fails_the_canary() -> None:
    with pytest.raises(CanaryFailed) as info:
        check(Fake("deprioritize"), DESCRIPTION, {}, min_credible_proceed=0.9, max_drop=0.2)
    assert info.value.status == 409
    assert info.value.detail.startswith(
        "the model failed the canary check: only 0% of the credible canary reports get proceed (at least 90%)"
    )


def test_a_model_far_below_its_logged_metrics_fails_the_canary() -> None:
    logged = {"test_credibility_macro_f1": 0.95, "credible_not_flagged_rate": 0.99}
    with pytest.raises(CanaryFailed, match="credibility_macro_f1 is 0.25 on the canary set but 0.95"):
        check(Fake("proceed"), DESCRIPTION, logged, min_credible_proceed=0.9, max_drop=0.2)
    measured = check(Fake("proceed"), DESCRIPTION, {}, min_credible_proceed=0.9, max_drop=0.2)
    assert measured["credible_not_flagged_rate"] == 1.0


def test_macro_f1() -> None:
    assert macro_f1(["a", "b"], ["a", "b"], ["a", "b"]) == 1.0
    assert macro_f1(["a", "a"], [None, None], ["a"]) == 0.0


def test_a_version_that_is_not_a_model_at_all_is_409_not_502(kit: Any, tmp_path: Path) -> None:
    import mlflow
    from mlflow.tracking import MlflowClient

    name = "khatkrong-not-a-model"
    mlflow.set_tracking_uri(kit.store.uri)
    mlflow.set_registry_uri(kit.store.uri)
    try:
        junk = tmp_path / "junk"
        junk.mkdir()
        (junk / "notes.txt").write_text("not a model", encoding="utf-8")
        with mlflow.start_run() as run:
            mlflow.log_artifacts(str(junk), artifact_path="junk")
        client = MlflowClient(kit.store.uri, kit.store.uri)
        client.create_registered_model(name)
        mv = client.create_model_version(name, f"{run.info.artifact_uri}/junk", run_id=run.info.run_id)
        good = kit.register_good_version(name)
    finally:
        mlflow.set_tracking_uri("http://127.0.0.1:9")
        mlflow.set_registry_uri("http://127.0.0.1:9")
    client.set_registered_model_alias(name, "champion", good)
    with TestClient(create_app(kit.settings(tmp_path / "cache", model_uri=f"models:/{name}@champion"))) as c:
        client.set_registered_model_alias(name, "champion", str(mv.version))
        r = c.post("/v1/admin/reload", headers=kit.auth("admin"))
        assert r.status_code == 409, r.text
        assert r.json()["detail"].startswith(
            f"the model is not a Khatkrong screener: models:/{name}/{mv.version} does not load as an MLflow pyfunc model"
        )
        assert c.get("/v1/model", headers=kit.auth("reviewer")).json()["version"] == good
