"""Streaming batch scoring: a file of any size in, one scored row per input row out, memory flat.

``khatkrong score --data IN --out OUT`` calls :func:`score_file`. The input (CSV, JSONL or Parquet) is read
in chunks of ``chunk_rows`` rows; each chunk is scored (in this process with ``jobs=1``, else by one of
``jobs`` worker processes, each loading the model once) and written as one Parquet part under
``OUT.parts/``; when every chunk is written the parts are streamed into ``OUT`` (Parquet, CSV or JSONL by
extension) and the parts directory is removed. ``resume=True`` keeps the parts a killed run left behind
and skips those chunks, provided the input file, the options and the model version are the ones the
parts were made with (``OUT.parts/manifest.json`` records them).

Bad rows never stop a run: an empty or too long text, a malformed CSV line or JSONL line, or a text the
model fails on gives a row with the ``error`` column set and the score columns empty. The report text
itself is not copied to the output (join on the id column).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from training.io import DataError

MAX_TEXT_CHARS = 20_000
"""The longest text scored; the scoring API's limit (``service.settings.MAX_TEXT_CHARS``, a test keeps them equal)."""
DEFAULT_CHUNK_ROWS = 10_000
INPUTS = (".csv", ".jsonl", ".parquet")
OUTPUTS = (".parquet", ".csv", ".jsonl")
MANIFEST = "manifest.json"
_FLOAT_COLUMNS = (
    "credibility_score",
    "flag_score",
    "p_credible",
    "p_frivolous",
    "p_malicious",
    "category_score",
)


# --- what one row of output is -------------------------------------------------------------------


def output_schema(*, explain: bool) -> pa.Schema:
    """The output's columns: ``id``, the pyfunc's flat outputs (``evidence`` only with ``explain``), ``error``."""
    from model.pyfunc import OUTPUT_COLUMNS

    names = ["id", *(c for c in OUTPUT_COLUMNS if explain or c != "evidence"), "error"]
    return pa.schema([pa.field(n, pa.float64() if n in _FLOAT_COLUMNS else pa.string()) for n in names])


def screen_rows(
    screener: Any, texts: list[str], *, explain: bool, model_version: str | None
) -> list[dict[str, Any]]:
    """Score texts into flat rows, the same as the pyfunc's (and so Spark's) outputs.

    The one place that calls the model: adapting to a new result type changes this function only.
    """
    from model.pyfunc import flatten

    results = screener.screen(texts, explain=explain)
    return [{**flatten(r), "model_version": model_version} for r in results]


def row_problem(text: Any) -> str | None:
    """Why a text cannot be scored, or ``None`` when it can."""
    if text is None or not str(text).strip():
        return "empty text"
    if len(str(text)) > MAX_TEXT_CHARS:
        return f"text longer than {MAX_TEXT_CHARS} characters ({len(str(text))})"
    return None


# --- reading in chunks -------------------------------------------------------------------------


@dataclass
class Chunk:
    """Rows ``start .. start + len(ids)`` of the input; ``problems[i]`` is set for rows already known bad."""

    index: int
    ids: list[str | None]
    texts: list[str | None]
    problems: list[str | None]


def read_chunks(
    path: Path, *, text_column: str, id_column: str, id_required: bool, chunk_rows: int
) -> Iterator[Chunk]:
    """The input's rows in chunks of exactly ``chunk_rows`` (the last may be shorter), the same every time."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        rows = _parquet_rows(path, text_column, id_column, id_required, chunk_rows)
    elif suffix == ".csv":
        rows = _csv_rows(path, text_column, id_column, id_required)
    else:
        rows = _jsonl_rows(path, text_column, id_column, id_required)
    ids: list[str | None] = []
    texts: list[str | None] = []
    problems: list[str | None] = []
    index = 0
    for batch_ids, batch_texts, batch_problems in rows:
        ids += batch_ids
        texts += batch_texts
        problems += batch_problems
        while len(ids) >= chunk_rows:
            yield Chunk(index, ids[:chunk_rows], texts[:chunk_rows], problems[:chunk_rows])
            del ids[:chunk_rows], texts[:chunk_rows], problems[:chunk_rows]
            index += 1
    if ids or index == 0:
        yield Chunk(index, ids, texts, problems)


Rows = Iterator[tuple[list[str | None], list[str | None], list[str | None]]]


def _missing(path: Path, column: str, have: list[str]) -> DataError:
    return DataError(f"{path}: missing column {column}; the file has: {', '.join(have)}")


def _as_str(values: list[Any]) -> list[str | None]:
    return [None if v is None else str(v) for v in values]


def _parquet_rows(path: Path, text_column: str, id_column: str, id_required: bool, batch_rows: int) -> Rows:
    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise DataError(f"{path}: cannot read it as Parquet: {exc}") from None
    names = pf.schema_arrow.names
    if text_column not in names:
        raise _missing(path, text_column, names)
    if id_required and id_column not in names:
        raise _missing(path, id_column, names)
    has_id = id_column in names
    seen = 0
    for batch in pf.iter_batches(
        batch_size=batch_rows, columns=[text_column, *([id_column] if has_id else [])]
    ):
        texts = _as_str(batch.column(text_column).to_pylist())
        ids: list[str | None] = (
            _as_str(batch.column(id_column).to_pylist())
            if has_id
            else [str(seen + i + 1) for i in range(len(texts))]
        )
        seen += len(texts)
        yield ids, texts, [None] * len(texts)


def _csv_rows(path: Path, text_column: str, id_column: str, id_required: bool) -> Rows:
    bad: list[str] = []

    def invalid(row: Any) -> str:
        where = f" at line {row.number}" if row.number is not None else ""  # unknown with quoted newlines
        bad.append(
            f"malformed CSV row{where}: {row.expected_columns} columns expected, {row.actual_columns} found"
        )
        return "skip"

    try:
        header = pacsv.open_csv(
            path,
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=lambda _: "skip"),
        ).schema.names
    except (OSError, pa.ArrowException) as exc:
        raise DataError(f"{path}: cannot read it as CSV: {exc}") from None
    if text_column not in header:
        raise _missing(path, text_column, header)
    if id_required and id_column not in header:
        raise _missing(path, id_column, header)
    has_id = id_column in header
    columns = [text_column, *([id_column] if has_id else [])]
    reader = pacsv.open_csv(
        path,
        read_options=pacsv.ReadOptions(block_size=1 << 22),
        parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=invalid),
        convert_options=pacsv.ConvertOptions(
            include_columns=columns, column_types={c: pa.string() for c in columns}, strings_can_be_null=False
        ),
    )
    seen = 0
    while True:
        try:
            batch = reader.read_next_batch()
        except StopIteration:
            break
        except pa.ArrowException as exc:  # an unreadable block: stop with what was read, loudly
            raise DataError(f"{path}: cannot read it as CSV after {seen} rows: {exc}") from None
        texts = _as_str(batch.column(text_column).to_pylist())
        ids: list[str | None] = (
            _as_str(batch.column(id_column).to_pylist())
            if has_id
            else [str(seen + i + 1) for i in range(len(texts))]
        )
        seen += len(texts)
        problems: list[str | None] = [None] * len(texts)
        if bad:  # the malformed lines of this block, as error rows after its good rows
            ids += [None] * len(bad)
            texts += [None] * len(bad)
            problems += bad
            bad.clear()
        yield ids, texts, problems


def _jsonl_rows(
    path: Path, text_column: str, id_column: str, id_required: bool, batch_rows: int = 5000
) -> Rows:
    ids: list[str | None] = []
    texts: list[str | None] = []
    problems: list[str | None] = []
    row = 0
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                row += 1
                try:
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise ValueError("not an object")
                except ValueError:
                    ids.append(None)
                    texts.append(None)
                    problems.append(f"line {number}: not a JSON object")
                else:
                    rid = obj.get(id_column)
                    ids.append(str(rid) if rid is not None else (None if id_required else str(row)))
                    text = obj.get(text_column)
                    texts.append(None if text is None else str(text))
                    problems.append(
                        None if text_column in obj else f"line {number}: no {text_column!r} field"
                    )
                if len(ids) >= batch_rows:
                    yield ids, texts, problems
                    ids, texts, problems = [], [], []
    except OSError as exc:
        raise DataError(f"{path}: cannot read it: {exc}") from None
    if ids:
        yield ids, texts, problems


def estimate_rows(path: Path) -> int | None:
    """The number of rows, exact for Parquet and JSONL, from the line count for CSV (``None`` if unknown)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            return int(pq.ParquetFile(path).metadata.num_rows)
        except (OSError, pa.ArrowException):
            return None
    lines = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 24):
            lines += block.count(b"\n")
    return max(lines - (1 if suffix == ".csv" else 0), 0)


# --- scoring one chunk (in a worker or in this process) --------------------------------------


@dataclass
class ChunkStats:
    index: int
    rows: int = 0
    errors: int = 0
    decisions: Counter[str] = field(default_factory=Counter)


_STATE: dict[str, Any] = {}


def init_worker(model_path: str, parts: str, explain: bool, model_version: str | None) -> None:
    """Load the model once per process (the pool's initializer)."""
    import mlflow.pyfunc

    from model.pyfunc import unwrap
    from training import registry

    registry.quiet_mlflow()
    _STATE.update(
        screener=unwrap(mlflow.pyfunc.load_model(model_path)),
        parts=Path(parts),
        explain=explain,
        model_version=model_version,
        schema=output_schema(explain=explain),
    )


def score_chunk(chunk: Chunk) -> ChunkStats:
    """Score one chunk and write it as ``part-NNNNNN.parquet`` (atomically: a part on disk is complete)."""
    screener, explain, version = _STATE["screener"], _STATE["explain"], _STATE["model_version"]
    schema: pa.Schema = _STATE["schema"]
    problems = [p or row_problem(t) for p, t in zip(chunk.problems, chunk.texts, strict=True)]
    good = [i for i, p in enumerate(problems) if p is None]
    scored: dict[int, dict[str, Any]] = {}
    if good:
        texts = [str(chunk.texts[i]) for i in good]
        try:
            rows = screen_rows(screener, texts, explain=explain, model_version=version)
        except Exception:  # one bad text must not sink the chunk: score one by one to find it
            rows = []
            for i in good:
                try:
                    rows += screen_rows(
                        screener, [str(chunk.texts[i])], explain=explain, model_version=version
                    )
                except Exception as exc:  # the row gets the error; the run goes on
                    rows.append({"error": f"scoring failed: {type(exc).__name__}: {str(exc)[:200]}"})
        scored = dict(zip(good, rows, strict=True))
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    stats = ChunkStats(chunk.index, rows=len(chunk.ids))
    for i, rid in enumerate(chunk.ids):
        row = scored.get(i, {"error": problems[i]})
        row = {**row, "id": rid}
        for name in schema.names:
            columns[name].append(row.get(name))
        if row.get("error"):
            stats.errors += 1
        else:
            stats.decisions[str(row["decision"])] += 1
    table = pa.Table.from_pydict(columns, schema=schema)
    final = _STATE["parts"] / part_name(chunk.index)
    tmp = final.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, final)
    return stats


def part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def stats_of_part(path: Path, index: int) -> ChunkStats:
    table = pq.read_table(path, columns=["decision", "error"])
    stats = ChunkStats(index, rows=table.num_rows)
    errors = table.column("error").to_pylist()
    stats.errors = sum(1 for e in errors if e)
    stats.decisions.update(
        d for d, e in zip(table.column("decision").to_pylist(), errors, strict=True) if not e
    )
    return stats


# --- the run ---------------------------------------------------------------------------------------


@dataclass
class Summary:
    rows: int
    errors: int
    decisions: dict[str, int]
    seconds: float
    chunks: int
    resumed_chunks: int
    out: Path
    model: dict[str, Any]

    @property
    def scored(self) -> int:
        return self.rows - self.errors

    @property
    def flagged_share(self) -> float:
        flagged = self.decisions.get("review", 0) + self.decisions.get("deprioritize", 0)
        return flagged / self.scored if self.scored else 0.0


def check_paths(data: Path, out: Path) -> None:
    """Fail before loading anything when the input or output cannot be used."""
    if data.suffix.lower() not in INPUTS:
        raise DataError(
            f"{data}: unsupported input type {data.suffix or '(none)'}; use one of {', '.join(INPUTS)}"
        )
    if not data.is_file():
        raise DataError(f"{data}: no such file")
    if out.suffix.lower() not in OUTPUTS:
        raise DataError(
            f"{out}: unsupported output type {out.suffix or '(none)'}; use one of {', '.join(OUTPUTS)}"
        )
    if out.resolve() == data.resolve():
        raise DataError(f"{out}: the output would overwrite the input")


def score_file(
    model_uri: str,
    data: Path,
    out: Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    jobs: int = 1,
    explain: bool = True,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
    resume: bool = False,
    on_start: Callable[[int | None, dict[str, Any]], None] | None = None,
    on_rows: Callable[[int], None] | None = None,
) -> Summary:
    """Score ``data`` into ``out`` with the model behind ``model_uri`` (see the module's docstring).

    ``on_start(total_estimate, model_info)`` is called once the model is resolved, ``on_rows(n)`` after each
    chunk (for a progress bar).
    """
    from training import registry

    if jobs < 1 or chunk_rows < 1:
        raise DataError("--jobs and --chunk-rows must be at least 1")
    check_paths(data, out)
    started = time.perf_counter()
    info = registry.resolve(model_uri)
    pinned = f"models:/{info['name']}/{info['version']}" if info.get("version") else model_uri
    parts = out.with_name(out.name + ".parts")
    with tempfile.TemporaryDirectory(prefix="khatkrong-model-") as tmp:
        model_path = _download(pinned, Path(tmp))
        if not info.get("run_id"):
            info["run_id"] = _run_id_of(model_path)
        version = (
            str(info["version"])
            if info.get("version")
            else (f"run:{info['run_id']}" if info.get("run_id") else None)
        )
        manifest: dict[str, Any] = {
            "input": str(data.resolve()),
            "input_bytes": data.stat().st_size,
            "input_mtime_ns": data.stat().st_mtime_ns,
            "text_column": text_column,
            "id_column": id_column or "id",
            "chunk_rows": chunk_rows,
            "explain": explain,
            "model": {"name": info.get("name"), "version": info.get("version"), "run_id": info.get("run_id")},
        }
        done = _prepare_parts(parts, manifest, resume=resume)
        if on_start:
            on_start(estimate_rows(data), {**manifest["model"], "model_version": version})
        chunks = read_chunks(
            data,
            text_column=text_column,
            id_column=id_column or "id",
            id_required=id_column is not None,
            chunk_rows=chunk_rows,
        )
        all_stats = _run(
            chunks, done, parts, jobs=jobs, init=(model_path, str(parts), explain, version), on_rows=on_rows
        )
    all_stats.sort(key=lambda s: s.index)
    _assemble(parts, [s.index for s in all_stats], out, output_schema(explain=explain))
    shutil.rmtree(parts)
    decisions: Counter[str] = Counter()
    for s in all_stats:
        decisions.update(s.decisions)
    return Summary(
        rows=sum(s.rows for s in all_stats),
        errors=sum(s.errors for s in all_stats),
        decisions=dict(decisions),
        seconds=time.perf_counter() - started,
        chunks=len(all_stats),
        resumed_chunks=len(done),
        out=out,
        model={**manifest["model"], "model_version": version},
    )


def _download(uri: str, into: Path) -> str:
    """The model's files on local disk, fetched once for every worker."""
    import mlflow.artifacts
    from mlflow.exceptions import MlflowException

    from training.registry import ModelURIError

    if Path(uri).is_dir():
        return uri
    try:
        return str(mlflow.artifacts.download_artifacts(artifact_uri=uri, dst_path=str(into)))
    except (MlflowException, OSError) as exc:
        raise ModelURIError(f"cannot load model {uri!r}: {str(exc).splitlines()[0][:300]}") from None


def _run_id_of(model_path: str) -> str | None:
    from mlflow.models import Model

    try:
        return Model.load(model_path).run_id
    except Exception:  # not an MLflow model directory: loading will say so
        return None


def _prepare_parts(parts: Path, manifest: dict[str, Any], *, resume: bool) -> dict[int, Path]:
    """The parts directory for this run; with ``resume``, the finished parts it may reuse."""
    manifest_path = parts / MANIFEST
    if resume and manifest_path.is_file():
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        changed = [k for k in manifest if old.get(k) != manifest[k]]
        if changed:
            raise DataError(
                f"cannot resume into {parts}: {', '.join(changed)} changed since it was written "
                f"(was {', '.join(f'{k}={old.get(k)!r}' for k in changed)}); run without --resume to start over"
            )
        for stale in parts.glob("*.tmp"):
            stale.unlink()
        return {int(p.stem.removeprefix("part-")): p for p in sorted(parts.glob("part-*.parquet"))}
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return {}


def _run(
    chunks: Iterator[Chunk],
    done: dict[int, Path],
    parts: Path,
    *,
    jobs: int,
    init: tuple[str, str, bool, str | None],
    on_rows: Callable[[int], None] | None,
) -> list[ChunkStats]:
    stats: list[ChunkStats] = []

    def finished(s: ChunkStats) -> None:
        stats.append(s)
        if on_rows:
            on_rows(s.rows)

    if jobs == 1:
        init_worker(*init)
        try:
            for chunk in chunks:
                finished(
                    stats_of_part(done[chunk.index], chunk.index)
                    if chunk.index in done
                    else score_chunk(chunk)
                )
        finally:
            _STATE.clear()
        return stats
    # spawn: workers start clean (no copied threads or locks of MLflow or Arrow), each loads the model once
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=get_context("spawn"), initializer=init_worker, initargs=init
    ) as pool:
        pending: set[Future[ChunkStats]] = set()
        try:
            for chunk in chunks:
                if chunk.index in done:
                    finished(stats_of_part(done[chunk.index], chunk.index))
                    continue
                pending.add(pool.submit(score_chunk, chunk))
                if len(pending) >= 2 * jobs:  # bounded read-ahead: memory stays flat
                    ready, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in ready:
                        finished(f.result())
            for f in pending:
                finished(f.result())
        except BrokenProcessPool as exc:  # a worker died (out of memory, killed) or could not load the model
            raise DataError(
                f"a worker process stopped ({exc}); the chunks written so far are kept: rerun with --resume"
            ) from None
        except BaseException:
            for f in pending:
                f.cancel()
            raise
    return stats


def _assemble(parts: Path, indexes: list[int], out: Path, schema: pa.Schema) -> None:
    """Stream the parts, in input order, into ``out`` (written to a temporary name, then renamed)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    suffix = out.suffix.lower()
    files = [parts / part_name(i) for i in indexes]
    if suffix == ".parquet":
        with pq.ParquetWriter(tmp, schema) as writer:
            for f in files:
                writer.write_table(pq.read_table(f, schema=schema))
    elif suffix == ".csv":
        with pacsv.CSVWriter(tmp, schema) as writer:
            for f in files:
                writer.write_table(pq.read_table(f, schema=schema))
    else:
        with tmp.open("w", encoding="utf-8") as fh:
            for f in files:
                for row in pq.read_table(f, schema=schema).to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, out)


# --- the command's face ---------------------------------------------------------------------------


def run_command(console: Any, report: Any, model_uri: str, data: Path, out: Path, **options: Any) -> Summary:
    """:func:`score_file` with a rich progress bar (rows/s, ETA) on ``console`` and a summary table on
    ``report`` after."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Table

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} rows/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    task = progress.add_task("scoring", total=None, rate="-")
    started = time.perf_counter()

    def on_start(total: int | None, model: dict[str, Any]) -> None:
        progress.update(
            task,
            total=total,
            description=f"scoring with {model.get('name') or model_uri} v{model.get('version') or '-'}",
        )

    def on_rows(n: int) -> None:
        progress.advance(task, n)
        done = progress.tasks[0].completed
        progress.update(task, rate=f"{done / max(time.perf_counter() - started, 1e-9):,.0f}")

    try:
        with progress:
            summary = score_file(model_uri, data, out, on_start=on_start, on_rows=on_rows, **options)
    except KeyboardInterrupt:
        parts = out.with_name(out.name + ".parts")
        written = len(list(parts.glob("part-*.parquet"))) if parts.is_dir() else 0
        console.print(f"interrupted: {written} chunks kept in {parts}; run again with --resume to finish")
        raise SystemExit(130) from None
    table = Table(title=f"{data} -> {out}")
    table.add_column("")
    table.add_column("value", justify="right")
    table.add_row("rows", f"{summary.rows:,}")
    table.add_row("scored", f"{summary.scored:,}")
    table.add_row("errors (see the error column)", f"{summary.errors:,}")
    for decision in ("proceed", "review", "deprioritize"):
        table.add_row(f"decision: {decision}", f"{summary.decisions.get(decision, 0):,}")
    table.add_row("flagged share (review + deprioritize)", f"{summary.flagged_share:.1%}")
    table.add_row("chunks (reused from a previous run)", f"{summary.chunks} ({summary.resumed_chunks})")
    table.add_row("seconds", f"{summary.seconds:.1f}")
    table.add_row("rows/s", f"{summary.rows / max(summary.seconds, 1e-9):,.0f}")
    table.add_row("model version", str(summary.model.get("model_version") or "-"))
    report.print(table)
    return summary
