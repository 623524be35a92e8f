"""``khatkrong serve`` and the settings: environment variables, key files, validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.settings import Settings, get_settings, parse_api_keys

runner = CliRunner()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "KHATKRONG_API_KEYS",
        "KHATKRONG_API_KEYS_FILE",
        "KHATKRONG_KEY_ID_SECRET",
        "KHATKRONG_STATE_DIR",
        "KHATKRONG_SUPERVISOR_PID",
        "KHATKRONG_CREATE_STORE",
        "KHATKRONG_MODEL_URI",
        "KHATKRONG_TRACKING_URI",
        "MLFLOW_TRACKING_URI",
        "PROMETHEUS_MULTIPROC_DIR",
        "KHATKRONG_SECRET_KEY_FILE",
        "KHATKRONG_SECRET_KEYS_OLD",
        "KHATKRONG_CASES_ENABLED",
    ):
        monkeypatch.setenv(name, "")  # recorded: what `serve` sets in os.environ is undone after the test
        monkeypatch.delenv(name)
    monkeypatch.setenv("KHATKRONG_SECRET_KEY", "a-test-secret-of-at-least-32-characters")
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


KEY = "k1-0123456789abcdefghijklmn"
SECRET = "s" * 32


def test_serve_runs_uvicorn_with_the_factory(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    clean_env.setattr("uvicorn.run", lambda *a, **k: calls.append((a, k)))
    clean_env.chdir(tmp_path)
    clean_env.setenv("KHATKRONG_API_KEYS", f"{KEY}:intake")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", SECRET)
    clean_env.setenv("KHATKRONG_TRACKING_URI", f"sqlite:///{tmp_path / 'store.db'}")
    (tmp_path / "store.db").touch()
    result = runner.invoke(
        app, ["serve", "--model", "models:/m@challenger", "--port", "9001", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    [(args, kwargs)] = calls
    assert args == ("service.main:create_app",)
    assert kwargs["factory"] is True and kwargs["workers"] == 2 and kwargs["port"] == 9001
    assert kwargs["host"] == "127.0.0.1" and kwargs["http"] == "service.http:GuardedHttpToolsProtocol"
    assert (kwargs["timeout_keep_alive"], kwargs["limit_concurrency"]) == (30.0, 1000)
    import os

    assert os.environ["KHATKRONG_MODEL_URI"] == "models:/m@challenger"  # the workers read it
    assert get_settings().model_uri == "models:/m@challenger"


def test_serve_with_workers_shares_a_clean_metrics_directory(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os
    import socket

    seen: list[str | None] = []
    clean_env.setattr("uvicorn.run", lambda *a, **k: seen.append(os.environ.get("PROMETHEUS_MULTIPROC_DIR")))
    clean_env.chdir(tmp_path)
    clean_env.setenv("KHATKRONG_API_KEYS", f"{KEY}:intake")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", SECRET)
    clean_env.setenv("KHATKRONG_TRACKING_URI", f"sqlite:///{tmp_path / 'store.db'}")
    (tmp_path / "store.db").touch()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = str(s.getsockname()[1])

    def serve(workers: str) -> None:
        result = runner.invoke(app, ["serve", "--port", port, "--workers", workers])
        assert result.exit_code == 0, result.output

    serve("1")
    assert seen == [None]  # one worker: the app's own registry, no directory
    serve("2")
    made = Path(str(seen[-1]))
    assert made.is_dir() and not any(made.iterdir())
    given = tmp_path / "metrics"
    given.mkdir()
    (given / "counter_123.db").write_bytes(b"an earlier run")
    (given / "README").write_text("not ours", encoding="utf-8")
    clean_env.setenv("PROMETHEUS_MULTIPROC_DIR", str(given))
    serve("2")
    assert seen[-1] == str(given)
    assert sorted(p.name for p in given.iterdir()) == ["README"]  # earlier values gone, nothing else touched


def test_serve_without_keys_fails_before_starting(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setattr("uvicorn.run", lambda *a, **k: pytest.fail("must not start"))
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "KHATKRONG_API_KEYS" in result.output


def test_settings_defaults_and_environment(clean_env: pytest.MonkeyPatch) -> None:
    a, b = "a" * 24, "b" * 24
    clean_env.setenv("KHATKRONG_API_KEYS", f"{a}:intake,{b}:admin")
    clean_env.setenv("KHATKRONG_KEY_ID_SECRET", SECRET)
    s = Settings()
    assert s.model_uri == "models:/khatkrong-screener@champion"
    assert s.tracking_uri == "sqlite:///mlruns/mlflow.db"
    assert s.model_cache_dir == Path(".khatkrong/model-cache")
    assert (s.max_body_bytes, s.max_text_chars, s.batch_max) == (None, 20_000, 256)
    assert s.body_limit == 37_453_888, "a valid batch at the schema's limits fits"
    assert s.key_roles() == {a: "intake", b: "admin"}
    assert a not in repr(s) and SECRET not in repr(s), "keys are secret"
    clean_env.setenv("MLFLOW_TRACKING_URI", "http://mlflow.internal:5000")
    assert Settings().tracking_uri == "http://mlflow.internal:5000"
    clean_env.setenv("KHATKRONG_TRACKING_URI", "sqlite:///other.db")
    assert Settings().tracking_uri == "sqlite:///other.db"


def test_settings_reject_bad_keys_and_limits(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="set KHATKRONG_API_KEYS"):
        Settings()
    a, b = "a" * 24, "b" * 24
    with pytest.raises(ValueError, match="API key entry 2 has role 'root'"):
        Settings(api_keys=f"{a}:intake,{b}:root", key_id_secret=SECRET)
    with pytest.raises(ValueError, match="not of the form key:role"):
        Settings(api_keys="justakey", key_id_secret=SECRET)
    with pytest.raises(ValueError, match="API key entry 1 is shorter than 24 characters"):
        Settings(api_keys="x:intake", key_id_secret=SECRET)
    with pytest.raises(ValueError, match="set KHATKRONG_KEY_ID_SECRET"):
        Settings(api_keys=f"{a}:intake")
    with pytest.raises(ValueError, match="KHATKRONG_KEY_ID_SECRET is shorter than 32"):
        Settings(api_keys=f"{a}:intake", key_id_secret="short")
    with pytest.raises(ValueError, match="less than or equal to 256"):
        Settings(api_keys=f"{a}:intake", key_id_secret=SECRET, batch_max=1000)
    with pytest.raises(ValueError, match="less than or equal to 20000"):
        Settings(api_keys=f"{a}:intake", key_id_secret=SECRET, max_text_chars=50_000)


def test_parse_api_keys_allows_colons_in_keys() -> None:
    k1, k2 = "abc:def" + "x" * 20, "xyz" * 8
    assert parse_api_keys(f"{k1}:admin\n{k2}:reviewer") == {k1: "admin", k2: "reviewer"}
    with pytest.raises(ValueError, match="repeats a key"):
        parse_api_keys(f"{k2}:intake,{k2}:admin")
