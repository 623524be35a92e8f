"""The khatkrong CLI end to end on a temporary SQLite MLflow store, and every error it names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from training.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('mlflow') / 'mlflow.db'}"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    df = pd.read_csv(SAMPLE).head(900)
    path = tmp_path_factory.mktemp("data") / "small.csv"
    df.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def trained(store: str, small: Path) -> str:
    code, out, err = invoke(
        "train", "--data", str(small), "--tracking-uri", store, "--register-as", "t-screener"
    )
    assert code == 0, err + out
    return store


def test_train_logs_a_run_with_the_named_metrics_and_a_challenger(trained: str) -> None:
    import mlflow
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(trained)
    client = MlflowClient(trained, trained)
    mv = client.get_model_version_by_alias("t-screener", "challenger")
    run = client.get_run(mv.run_id)
    for key in (
        "test_category_macro_f1",
        "test_category_accuracy",
        "test_credibility_macro_f1",
        "credible_not_flagged_rate",
        "malicious_flag_precision",
        "ece_credibility",
    ):
        assert key in run.data.metrics, key
    assert run.data.params["split"] == "group"
    assert run.data.params["data_digest"]
    artefacts = {a.path for a in client.list_artifacts(mv.run_id, "evaluation")}
    for name in (
        "confusion_credibility.png",
        "reliability_credibility.png",
        "misclassified.csv",
        "classification_report_category.txt",
        "test_split.parquet",
    ):
        assert f"evaluation/{name}" in artefacts
    loaded = mlflow.pyfunc.load_model("models:/t-screener@challenger")
    out = loaded.predict(pd.DataFrame({"text": ["ถนนพัง", "ปลัดเรียกเงิน 3,000 บาท"]}))
    assert len(out) == 2 and {"credibility", "category", "decision", "evidence"} <= set(out.columns)


def test_promote_with_no_champion_then_refuses_a_worse_model(
    trained: str, small: Path, tmp_path: Path
) -> None:
    code, out, err = invoke("promote", "--model", "t-screener", "--tracking-uri", trained)
    assert code == 0, err + out
    assert "promoted" in out
    # a category-shuffled model is clearly worse: the gate must refuse it
    df = pd.read_csv(small)
    df["category"] = df["category"].sample(frac=1, random_state=0).to_numpy()
    df["credibility"] = df["credibility"].sample(frac=1, random_state=1).to_numpy()
    bad = tmp_path / "bad.csv"
    df.to_csv(bad, index=False)
    assert (
        invoke("train", "--data", str(bad), "--tracking-uri", trained, "--register-as", "t-screener")[0] == 0
    )
    # judged on correctly labelled data: by default the gate uses the candidate's own test split, whose labels
    # are the shuffled ones here, so the champion looks as bad as the candidate there
    code, out, err = invoke("promote", "--model", "t-screener", "--tracking-uri", trained, "--data", str(small))
    assert code == 1
    assert "refused" in err
    assert "--force" in err


def test_evaluate_json_keys(trained: str, small: Path) -> None:
    code, out, err = invoke(
        "evaluate",
        "--model",
        "models:/t-screener/1",
        "--data",
        str(small),
        "--json",
        "--tracking-uri",
        trained,
    )
    assert code == 0, err
    payload = json.loads(out)
    assert {
        "category_macro_f1",
        "category_accuracy",
        "credibility_macro_f1",
        "credible_not_flagged_rate",
    } <= set(payload)


def test_score_prints_the_api_shape(trained: str, tmp_path: Path) -> None:
    f = tmp_path / "reports.txt"
    f.write_text("ไฟถนนดับสามดวงหน้าวัด\nนายก อบต.รับเงินใต้โต๊ะ 50,000 บาท\n", encoding="utf-8")
    code, out, err = invoke(
        "score", "--model", "models:/t-screener/1", "--file", str(f), "--tracking-uri", trained
    )
    assert code == 0, err
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert len(lines) == 2
    for obj in lines:
        assert {"label", "score", "probabilities"} <= set(obj["credibility"])
        assert {"label", "probabilities"} <= set(obj["category"])
        assert obj["decision"] in {"proceed", "review", "deprioritize"}
        assert isinstance(obj["evidence"], list)


def test_score_path_returns_no_planted_data(trained: str, tmp_path: Path, planted: list) -> None:
    f = tmp_path / "planted.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": str(i), "text": c.text}, ensure_ascii=False) + "\n"
            for i, c in enumerate(planted)
        ),
        encoding="utf-8",
    )
    code, out, err = invoke(
        "score", "--model", "models:/t-screener/1", "--file", str(f), "--tracking-uri", trained
    )
    assert code == 0, err
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert [obj["id"] for obj in lines] == [str(i) for i in range(len(planted))]
    leaks = [leak for case, obj in zip(planted, lines, strict=True) for leak in case.leaks_in(obj)]
    assert not leaks, leaks[:5]


def test_category_only_data_trains_a_one_head_model(store: str, small: Path, tmp_path: Path) -> None:
    df = pd.read_csv(small)[["text", "category"]]
    path = tmp_path / "cat.jsonl"
    df.to_json(path, orient="records", lines=True, force_ascii=False)
    code, out, err = invoke("train", "--data", str(path), "--tracking-uri", store, "--register-as", "t-cat")
    assert code == 0, err
    assert "test_credibility_macro_f1" not in out


def test_given_validation_and_test_files_replace_the_carved_split(
    store: str, small: Path, tmp_path: Path
) -> None:
    import mlflow
    from mlflow.tracking import MlflowClient

    df = pd.read_csv(small)
    train, val, test = df.iloc[:600], df.iloc[600:750], df.iloc[750:]
    paths = {}
    for name, part in (("train", train), ("val", val), ("test", test)):
        paths[name] = tmp_path / f"{name}.csv"
        part.drop(columns=["frame"]).to_csv(paths[name], index=False)
    code, out, err = invoke(
        "train",
        "--data",
        str(paths["train"]),
        "--val-data",
        str(paths["val"]),
        "--test-data",
        str(paths["test"]),
        "--tracking-uri",
        store,
        "--register-as",
        "t-given",
    )
    assert code == 0, err
    mlflow.set_tracking_uri(store)
    client = MlflowClient(store, store)
    run = client.get_run(client.get_model_version_by_alias("t-given", "challenger").run_id)
    assert run.data.params["n_train"] == "600" and run.data.params["n_val"] == "150"
    assert run.data.params["n_test"] == str(len(test))


# --- errors: a message and exit code 1, never a traceback -----------------------------------


def _error(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 1, out + err
    assert "Traceback" not in out + err
    return err


def test_missing_file(store: str) -> None:
    assert "no such file" in _error("train", "--data", "/nonexistent/x.csv", "--tracking-uri", store)


def test_missing_named_column(store: str, small: Path) -> None:
    err = _error("train", "--data", str(small), "--category-column", "destination", "--tracking-uri", store)
    assert "missing column(s) destination" in err


def test_empty_file(store: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert "empty" in _error("train", "--data", str(empty), "--tracking-uri", store)
    header_only = tmp_path / "header.csv"
    header_only.write_text("text,category\n", encoding="utf-8")
    assert "no rows" in _error("train", "--data", str(header_only), "--tracking-uri", store)


def test_label_too_rare_to_split(store: str, small: Path, tmp_path: Path) -> None:
    df = pd.read_csv(small)
    df.loc[0, "category"] = "tax_evasion"
    path = tmp_path / "rare.csv"
    df.to_csv(path, index=False)
    err = _error("train", "--data", str(path), "--tracking-uri", store)
    assert "'tax_evasion' (1)" in err and "--drop-rare" in err


def test_unknown_model_uri(store: str, small: Path) -> None:
    err = _error(
        "evaluate", "--model", "models:/no-such-model@champion", "--data", str(small), "--tracking-uri", store
    )
    assert "unknown model" in err


def test_unreachable_tracking_store(small: Path) -> None:
    err = _error("train", "--data", str(small), "--tracking-uri", "http://127.0.0.1:9")
    assert "unreachable" in err


def test_up_trains_and_promotes_only_when_no_champion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import training.cli as cli

    served: list[dict[str, object]] = []
    monkeypatch.setattr(cli, "_plugin", lambda name: lambda **kw: served.append(kw))
    monkeypatch.chdir(tmp_path)
    for var in (
        "KHATKRONG_API_KEYS",
        "KHATKRONG_API_KEYS_FILE",
        "KHATKRONG_KEY_ID_SECRET",
        "KHATKRONG_SECRET_KEY",
        "KHATKRONG_SECRET_KEY_FILE",
    ):
        monkeypatch.setenv(var, "")  # recorded, so what `up` sets is undone after the test
        monkeypatch.delenv(var)
    store = f"sqlite:///{tmp_path / 'up.db'}"
    code, out, err = invoke("up", "--rows", "600", "--port", "8123", "--tracking-uri", store)
    assert code == 0, err + out
    assert "training the default model" in err and "promoted" in out
    assert (tmp_path / "datasets" / "generated" / "corpus.csv").exists()
    assert served == [
        {"model": "models:/khatkrong-screener@champion", "host": "127.0.0.1", "port": 8123, "workers": 1}
    ]
    keys = (tmp_path / ".khatkrong" / "api-keys").read_text(encoding="utf-8")
    assert {line.rsplit(":", 1)[1] for line in keys.splitlines() if not line.startswith("#")} == {
        "intake",
        "reviewer",
        "admin",
    }
    code, out, err = invoke("up", "--rows", "600", "--tracking-uri", store)
    assert code == 0 and "training" not in err, "a registered champion is served as it is"
    assert len(served) == 2
    assert (tmp_path / ".khatkrong" / "api-keys").read_text(encoding="utf-8") == keys, "keys are made once"
    secret = (tmp_path / ".khatkrong" / "key-id-secret").read_text(encoding="utf-8").strip()
    assert len(secret) >= 32 and os.environ["KHATKRONG_KEY_ID_SECRET"] == secret
    case_secret = tmp_path / ".khatkrong" / "secret-key"
    assert (
        len(case_secret.read_text(encoding="utf-8").strip()) >= 32 and case_secret.stat().st_mode & 0o077 == 0
    )


def test_data_synth_and_split_commands(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    code, _, err = invoke("data", "synth", "--rows", "500", "--seed", "3", "--out", str(out))
    assert code == 0, err
    df = pd.read_json(out, lines=True)
    assert len(df) == 500 and df["id"].is_unique
    code, _, err = invoke("data", "split", "--data", str(out), "--out-dir", str(tmp_path / "split"))
    assert code == 0, err
    parts = {n: pd.read_json(tmp_path / "split" / f"{n}.jsonl", lines=True) for n in ("train", "val", "test")}
    assert sum(len(p) for p in parts.values()) == 500
    assert not set(parts["train"]["frame"]) & set(parts["test"]["frame"])
    assert "by frame" in err


def test_data_synth_rejects_unknown_format(tmp_path: Path) -> None:
    assert "unsupported file type .xlsx" in _error(
        "data", "synth", "--rows", "10", "--out", str(tmp_path / "c.xlsx")
    )


def test_hyper_parameters_from_the_command_line(store: str, small: Path) -> None:
    import mlflow
    from mlflow.tracking import MlflowClient

    code, out, err = invoke(
        "train",
        "--data",
        str(small),
        "--param",
        "C_category=2",
        "--param",
        "char_ngram_max=4",
        "--tracking-uri",
        store,
        "--register-as",
        "t-param",
    )
    assert code == 0, err
    mlflow.set_tracking_uri(store)
    client = MlflowClient(store, store)
    params = client.get_run(client.get_model_version_by_alias("t-param", "challenger").run_id).data.params
    assert params["C_category"] == "2.0" and params["char_ngram_max"] == "4"
    assert "not a hyper-parameter" in _error(
        "train", "--data", str(small), "--param", "depth=3", "--tracking-uri", store
    )
    assert "C_category" in _error(
        "train", "--data", str(small), "--param", "C_category=-1", "--tracking-uri", store
    )
    assert "KEY=VALUE" in _error(
        "train", "--data", str(small), "--param", "C_category", "--tracking-uri", store
    )
