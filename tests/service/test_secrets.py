"""Secrets never leave: credentials in URIs, API keys in settings errors, key ids in logs."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.auth import key_id
from service.cli import app as cli_app
from service.logging import LOGGER, JsonFormatter
from service.main import create_app
from service.redact import redact
from service.settings import Settings, get_settings

PASSWORD = "pa55-Very-Secret"
DOWN_WITH_CREDENTIALS = f"http://mlflow-user:{PASSWORD}@127.0.0.1:9"
TEXT = "ผู้รับเหมาเทถนนหมู่ 5 บางกว่าแบบ สัญญาเลขที่ 12/2568 มูลค่า 1,200,000 บาท"


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def log_lines() -> Iterator[Lines]:
    handler = Lines()
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("http://u:p@h:5000/x", "http://***@h:5000/x"),
        ("https://token@host/api", "https://***@host/api"),
        ("postgresql+psycopg://khat:s3cr3t@db:5432/mlflow", "postgresql+psycopg://***@db:5432/mlflow"),
        ("error at 'http://a:b@h/x' and http://c:d@i", "error at 'http://***@h/x' and http://***@i"),
        (
            "s3://b/k?X-Amz-Credential=AKIA&X-Amz-Signature=ff&x=1",
            "s3://b/k?X-Amz-Credential=***&X-Amz-Signature=***&x=1",
        ),
        ("https://h/x?token=abc#top", "https://h/x?token=***#top"),
        ("models:/khatkrong-screener@champion", "models:/khatkrong-screener@champion"),
        ("ส่งเรื่องที่ user@example.com", "ส่งเรื่องที่ user@example.com"),
    ],
)
def test_redact(given: str, shown: str) -> None:
    assert redact(given) == shown


def test_credentials_are_redacted_in_model_info_errors_and_logs(
    kit: Any, tmp_path: Path, log_lines: Lines
) -> None:
    cache = tmp_path / "cache"
    with TestClient(create_app(kit.settings(cache))) as c:  # fill the local copy
        assert c.get("/readyz").status_code == 200
    down = kit.settings(cache, tracking_uri=DOWN_WITH_CREDENTIALS)
    with TestClient(create_app(down)) as c:
        card = c.get("/v1/model", headers=kit.auth("reviewer"))
        assert card.status_code == 200 and card.json()["source"] == "cache"
        note = card.json()["source_note"]
        assert "could not resolve" in note and "***@127.0.0.1:9" in note, note
        assert PASSWORD not in card.text and "mlflow-user" not in card.text
        r = c.post("/v1/admin/reload", headers=kit.auth("admin"))
        assert r.status_code == 502
        assert "***@127.0.0.1:9" in r.json()["detail"] and PASSWORD not in r.text
        assert "mlflow-user" not in r.text
    logged = "\n".join(log_lines.lines)
    assert "registry_load_failed" in logged and "***@127.0.0.1:9" in logged
    assert PASSWORD not in logged and "mlflow-user" not in logged


def test_the_filter_redacts_other_loggers_too(capsys: pytest.CaptureFixture[str]) -> None:
    from service.redact import RedactingFilter

    record = logging.LogRecord(
        "mlflow", logging.WARNING, __file__, 1, "retrying %s", (DOWN_WITH_CREDENTIALS,), None
    )
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "retrying http://***@127.0.0.1:9"
    try:
        raise RuntimeError(f"cannot reach {DOWN_WITH_CREDENTIALS}")
    except RuntimeError:
        import sys

        record = logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    RedactingFilter().filter(record)
    assert PASSWORD not in (record.exc_text or "") and "***@127.0.0.1:9" in (record.exc_text or "")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    import os

    names = {n for n in os.environ if n.startswith("KHATKRONG_")} | {
        "MLFLOW_TRACKING_URI",
        "KHATKRONG_STATE_DIR",
        "KHATKRONG_SUPERVISOR_PID",
        "KHATKRONG_MODEL_URI",
        "KHATKRONG_CREATE_STORE",
    }
    for name in names:
        monkeypatch.setenv(name, "")  # recorded: what `serve` sets in os.environ is undone after the test
        monkeypatch.delenv(name)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.mark.parametrize(
    "keys",
    [
        "SuperSecret-123:owner",
        "SuperSecret-123:admin",
        "SuperSecret-123-long-enough-now:intake,SuperSecret-123-long-enough-now:admin",
        "SuperSecret-123",
    ],
)
def test_settings_errors_never_echo_the_key(clean_env: pytest.MonkeyPatch, keys: str) -> None:
    clean_env.setattr("uvicorn.run", lambda *a, **k: pytest.fail("must not start"))
    clean_env.setenv("KHATKRONG_API_KEYS", keys)
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", "x" * 32)
    result = CliRunner().invoke(cli_app, ["serve"])
    assert result.exit_code == 2
    assert "KHATKRONG_API_KEYS" in result.output or "API key entry" in result.output
    assert "SuperSecret" not in result.output
    with pytest.raises(ValueError) as info:
        Settings()
    assert "SuperSecret" not in str(info.value)


def test_settings_errors_never_echo_the_secret(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("KHATKRONG_API_KEYS", "k" * 24 + ":intake")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", "TooShortSecret")
    result = CliRunner().invoke(cli_app, ["serve"])
    assert result.exit_code == 2 and "shorter than 32" in result.output
    assert "TooShortSecret" not in result.output


def test_key_ids_in_logs_are_hmacs_with_the_deployment_secret(
    client: TestClient, kit: Any, log_lines: Lines
) -> None:
    assert client.post("/v1/screen", json={"text": TEXT}, headers=kit.auth("intake")).status_code == 200
    [line] = [json.loads(x) for x in log_lines.lines if '"event":"request"' in x]
    key = kit.KEYS["intake"]
    assert line["key_id"] == key_id(key, kit.KEY_ID_SECRET.encode())
    assert line["key_id"] != hashlib.sha256(key.encode()).hexdigest()[: len(line["key_id"])], "not unsalted"
    assert key_id(key, b"another-deployment-secret-0123456789") != line["key_id"]
    assert isinstance(line["pid"], int)


def test_a_missing_sqlite_store_is_an_error_at_start_up(kit: Any, tmp_path: Path) -> None:
    from service.startup import StoreMissing

    missing = tmp_path / "typo" / "mlflow.db"
    settings = kit.settings(tmp_path / "cache", tracking_uri=f"sqlite:///{missing}")
    with pytest.raises(StoreMissing, match="does not exist"), TestClient(create_app(settings)):
        pass
    assert not missing.exists(), "no new, empty store"


def test_serve_refuses_a_missing_sqlite_store(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setattr("uvicorn.run", lambda *a, **k: pytest.fail("must not start"))
    clean_env.chdir(tmp_path)
    clean_env.setenv("KHATKRONG_API_KEYS", "k" * 24 + ":intake")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", "x" * 32)
    clean_env.setenv("KHATKRONG_TRACKING_URI", "sqlite:///mlrun/mlflow.db")  # mlrun, not mlruns
    result = CliRunner().invoke(cli_app, ["serve"])
    assert result.exit_code == 2
    assert "the MLflow tracking store mlrun/mlflow.db does not exist" in result.output
    assert not (tmp_path / "mlrun").exists()


def test_serve_creates_the_store_when_asked(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Any] = []
    clean_env.setattr("uvicorn.run", lambda *a, **k: calls.append(k))
    clean_env.chdir(tmp_path)
    clean_env.setenv("KHATKRONG_API_KEYS", "k" * 24 + ":intake")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", "x" * 32)
    clean_env.setenv("KHATKRONG_TRACKING_URI", "sqlite:///fresh/mlflow.db")
    result = CliRunner().invoke(cli_app, ["serve", "--create-store", "--port", "0"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fresh" / "mlflow.db").is_file() and len(calls) == 1
    assert (tmp_path / ".khatkrong" / "run" / "127.0.0.1-0" / "server.json").is_file()
