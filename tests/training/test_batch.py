"""Streaming batch scoring: formats, ids, bad rows, workers, resume, and the command's face."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from training import batch, registry
from training.cli import app
from training.io import DataError

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"
runner = CliRunner()
SCALARS = [
    "credibility",
    "credibility_score",
    "flag_score",
    "category",
    "category_score",
    "decision",
    "flags",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return pd.read_csv(SAMPLE)["text"].iloc[600:640].tolist()


@pytest.fixture()
def store(registered: Any) -> Any:
    registry.configure(registered.uri)
    return registered


def write_csv(path: Path, texts: list[str], ids: list[str] | None = None) -> Path:
    frame = pd.DataFrame({"id": ids or [f"case-{i}" for i in range(len(texts))], "text": texts})
    frame.to_csv(path, index=False)
    return path


def expected(store: Any, texts: list[str]) -> pd.DataFrame:
    """What the registered pyfunc says for these texts (the CLI must say the same)."""
    import mlflow.pyfunc

    model = mlflow.pyfunc.load_model(store.model_uri)
    return model.predict(pd.DataFrame({"text": texts}), params={"model_version": store.version})


def test_csv_to_parquet_carries_ids_in_order_and_equals_the_pyfunc(
    store: Any, texts: list[str], tmp_path: Path
) -> None:
    src = write_csv(tmp_path / "in.csv", texts)
    out = tmp_path / "out.parquet"
    summary = batch.score_file(store.model_uri, src, out, chunk_rows=7)
    got = pd.read_parquet(out)
    assert got["id"].tolist() == [f"case-{i}" for i in range(len(texts))]
    assert summary.rows == len(texts) and summary.errors == 0 and summary.chunks == 6
    assert sum(summary.decisions.values()) == len(texts)
    assert got["error"].isna().all()
    assert (got["model_version"] == store.version).all()
    want = expected(store, texts)
    pd.testing.assert_frame_equal(got[SCALARS], want[SCALARS], check_dtype=False)
    assert not (tmp_path / "out.parquet.parts").exists()  # parts are removed once assembled
    assert "text" not in got.columns  # the report text is not copied: join on the id


def test_every_output_format_holds_the_same_rows(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", texts[:12])
    frames = {}
    for suffix in ("parquet", "csv", "jsonl"):
        out = tmp_path / f"out.{suffix}"
        batch.score_file(store.model_uri, src, out, chunk_rows=5, explain=False)
        frames[suffix] = {
            "parquet": pd.read_parquet,
            "csv": lambda p: pd.read_csv(p, dtype={"id": str, "model_version": str}),
            "jsonl": lambda p: pd.read_json(p, lines=True, dtype={"id": str, "model_version": str}),
        }[suffix](out)
    for suffix in ("csv", "jsonl"):
        pd.testing.assert_frame_equal(
            frames[suffix][["id", *SCALARS]],
            frames["parquet"][["id", *SCALARS]],
            check_dtype=False,
            rtol=1e-9,
        )
    assert "evidence" not in frames["parquet"].columns  # --no-explain


def test_explain_adds_whole_word_evidence(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", texts[:3])
    batch.score_file(store.model_uri, src, tmp_path / "out.parquet")
    evidence = [json.loads(e) for e in pd.read_parquet(tmp_path / "out.parquet")["evidence"]]
    assert all(evidence) and all({"feature", "weight", "span"} <= set(e[0]) for e in evidence)


def test_bad_rows_get_an_error_and_never_stop_the_run(store: Any, texts: list[str], tmp_path: Path) -> None:
    long = "ก" * (batch.MAX_TEXT_CHARS + 1)
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": texts[0]}, ensure_ascii=False),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "blank", "text": "   \n "}),
        json.dumps({"id": "null", "text": None}),
        json.dumps({"id": "long", "text": long}),
        json.dumps({"id": "no-text", "body": "x"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "ok-2", "text": texts[1]}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = batch.score_file(store.model_uri, src, tmp_path / "out.parquet", chunk_rows=3)
    rows = pq.read_table(tmp_path / "out.parquet").to_pylist()
    errors = {r["id"]: r["error"] for r in rows}
    assert errors["empty"] == errors["blank"] == errors["null"] == "empty text"
    assert (
        errors["long"] == f"text longer than {batch.MAX_TEXT_CHARS} characters ({batch.MAX_TEXT_CHARS + 1})"
    )
    assert errors["no-text"] == "line 6: no 'text' field"
    assert errors[None] == "line 7: not a JSON object"
    assert errors["ok-1"] is None and errors["ok-2"] is None
    assert summary.rows == 8 and summary.errors == 6 and sum(summary.decisions.values()) == 2
    bad = [r for r in rows if r["error"]]
    assert all(r["decision"] is None and r["credibility_score"] is None for r in bad)


def test_malformed_and_multiline_csv_rows(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        'id,text\nA,"บรรทัดแรก\nบรรทัดที่สอง ถนนพังหน้าโรงเรียน"\nB,too,many,fields\nC,'
        + texts[2].replace("\n", " ").replace(",", " ")
        + "\nD,\n",
        encoding="utf-8",
    )
    summary = batch.score_file(store.model_uri, src, tmp_path / "out.csv")
    got = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert got["id"].tolist() == ["A", "C", "D", ""]
    assert got["error"].tolist()[:3] == ["", "", "empty text"]
    assert got["error"].iloc[3] == "malformed CSV row: 2 columns expected, 4 found"
    assert summary.rows == 4 and summary.errors == 2


def test_parquet_without_an_id_column_numbers_the_rows(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = tmp_path / "in.parquet"
    pd.DataFrame({"body": [*texts[:4], None]}).to_parquet(src)
    batch.score_file(store.model_uri, src, tmp_path / "out.parquet", text_column="body", chunk_rows=2)
    got = pq.read_table(tmp_path / "out.parquet").to_pydict()
    assert got["id"] == ["1", "2", "3", "4", "5"]
    assert got["error"] == [None, None, None, None, "empty text"]
    with pytest.raises(DataError, match="missing column id"):
        batch.score_file(store.model_uri, src, tmp_path / "x.parquet", text_column="body", id_column="id")


def test_two_workers_give_the_same_output_as_one(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", texts)
    batch.score_file(store.model_uri, src, tmp_path / "one.parquet", chunk_rows=6)
    summary = batch.score_file(store.model_uri, src, tmp_path / "two.parquet", chunk_rows=6, jobs=2)
    assert summary.chunks == 7
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "one.parquet"), pd.read_parquet(tmp_path / "two.parquet")
    )


def test_resume_skips_the_chunks_a_stopped_run_wrote(
    store: Any, texts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_csv(tmp_path / "in.csv", texts[:23])
    out = tmp_path / "out.parquet"
    real = batch.score_chunk
    scored: list[int] = []

    def dies_at_chunk_2(chunk: batch.Chunk) -> batch.ChunkStats:
        if chunk.index == 2:
            raise KeyboardInterrupt  # the operator's Ctrl-C, or a killed machine
        scored.append(chunk.index)
        return real(chunk)

    monkeypatch.setattr(batch, "score_chunk", dies_at_chunk_2)
    with pytest.raises(KeyboardInterrupt):
        batch.score_file(store.model_uri, src, out, chunk_rows=5)
    parts = tmp_path / "out.parquet.parts"
    assert sorted(p.name for p in parts.glob("part-*")) == ["part-000000.parquet", "part-000001.parquet"]
    assert not out.exists()
    written = {p.name: p.stat().st_mtime_ns for p in parts.glob("part-*")}

    with pytest.raises(DataError, match="chunk_rows changed"):  # other options: refuse, do not mix
        batch.score_file(store.model_uri, src, out, chunk_rows=4, resume=True)
    assert {p.name: p.stat().st_mtime_ns for p in parts.glob("part-*")} == written

    scored.clear()
    monkeypatch.setattr(batch, "score_chunk", lambda c: (scored.append(c.index), real(c))[1])
    summary = batch.score_file(store.model_uri, src, out, chunk_rows=5, resume=True)
    assert scored == [2, 3, 4] and summary.resumed_chunks == 2 and summary.rows == 23
    assert sum(summary.decisions.values()) == 23
    fresh = tmp_path / "fresh.parquet"
    monkeypatch.setattr(batch, "score_chunk", real)
    batch.score_file(store.model_uri, src, fresh, chunk_rows=5)
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(fresh))


def test_without_resume_old_parts_are_discarded(store: Any, texts: list[str], tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", texts[:4])
    parts = tmp_path / "out.parquet.parts"
    parts.mkdir()
    pq.write_table(pq.read_table(_tiny_part(tmp_path)), parts / "part-000000.parquet")
    summary = batch.score_file(store.model_uri, src, tmp_path / "out.parquet", chunk_rows=2)
    assert summary.resumed_chunks == 0 and len(pd.read_parquet(tmp_path / "out.parquet")) == 4


def _tiny_part(tmp_path: Path) -> Path:
    path = tmp_path / "stale.parquet"
    pd.DataFrame({"id": ["stale"]}).to_parquet(path)
    return path


def test_the_text_limit_is_the_apis() -> None:
    from service.settings import MAX_TEXT_CHARS

    assert batch.MAX_TEXT_CHARS == MAX_TEXT_CHARS


# --- the command ------------------------------------------------------------------------------


def test_score_command_streams_a_file_and_prints_a_summary(
    store: Any, texts: list[str], tmp_path: Path
) -> None:
    src = write_csv(tmp_path / "in.csv", [*texts[:9], ""], ids=[f"r{i}" for i in range(10)])
    out = tmp_path / "scored.jsonl"
    result = runner.invoke(
        app,
        [
            "score",
            "--data",
            str(src),
            "--out",
            str(out),
            "--tracking-uri",
            store.uri,
            "--no-explain",
            "--chunk-rows",
            "4",
            "--id-column",
            "id",
        ],
    )
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(10)]
    assert rows[-1]["error"] == "empty text"
    for word in ("rows", "errors", "proceed", "flagged share", "seconds"):
        assert word in result.stdout
    assert re.search(rf"model version\W+{store.version}\b", result.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "{src}"], "batch scoring takes --data PATH and --out PATH"),
        (
            ["--data", "{src}", "--out", "{tmp}/o.parquet", "ถนนพัง"],
            "batch scoring takes --data PATH and --out PATH",
        ),
        (["--data", "{src}", "--out", "{tmp}/o.xlsx"], "unsupported output type .xlsx"),
        (["--data", "{tmp}/nothing.csv", "--out", "{tmp}/o.csv"], "no such file"),
        (
            ["--data", "{src}", "--out", "{tmp}/o.csv", "--text-column", "body"],
            "missing column body; the file has: id, text",
        ),
        (["--data", "{src}", "--out", "{src}"], "would overwrite the input"),
    ],
)
def test_score_command_errors(
    store: Any, texts: list[str], tmp_path: Path, args: list[str], message: str
) -> None:
    src = write_csv(tmp_path / "in.csv", texts[:2])
    argv = [a.format(src=src, tmp=tmp_path) for a in args]
    result = runner.invoke(app, ["score", *argv, "--tracking-uri", store.uri])
    assert result.exit_code == 1
    assert message in " ".join(result.stderr.split())
