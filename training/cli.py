"""The ``khatkrong`` command: one subcommand per job.

Commands of other packages (the service's ``serve``) join through the ``khatkrong.commands`` entry-point
group, so this module does not import them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import entry_points
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from training import registry
from training.io import DataError

app = typer.Typer(
    help="Khatkrong: screening of Thai complaints and tip-offs (advisory; people decide).",
    no_args_is_help=True,
)
data_app = typer.Typer(help="Generate, split and compare the training corpus.", no_args_is_help=True)
app.add_typer(data_app, name="data")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

DEFAULT_CORPUS = Path("datasets/generated/corpus.csv")
DEFAULT_ROWS = 50_000
DEFAULT_SEED = 42

TextCol = Annotated[
    str | None, typer.Option("--text-column", help="column with the report text [default: text]")
]
CatCol = Annotated[
    str | None, typer.Option("--category-column", help="category labels [default: category, if present]")
]
CredCol = Annotated[
    str | None,
    typer.Option("--credibility-column", help="credibility labels [default: credibility, if present]"),
]
GroupCol = Annotated[
    str | None, typer.Option("--group-column", help="split by this column [default: frame, if present]")
]
TrackingURI = Annotated[
    str | None,
    typer.Option(
        "--tracking-uri",
        help="MLflow tracking URI [default: MLFLOW_TRACKING_URI or sqlite:///mlruns/mlflow.db]",
    ),
]


@contextmanager
def _errors() -> Iterator[None]:
    """Known failures: a clear message and exit code 1, no traceback."""
    try:
        yield
    except (DataError, registry.TrackingError, registry.ModelURIError, ValueError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from None


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal and not sys.stderr.isatty(),
    )


def _step(message: str) -> None:
    err.print(f"[dim]·[/] {message}", highlight=False)


# --- data ------------------------------------------------------------------------------------


@data_app.command("synth")
def data_synth(
    rows: Annotated[int, typer.Option("--rows", min=1, help="rows to generate")] = DEFAULT_ROWS,
    seed: Annotated[int, typer.Option("--seed", help="random seed: same seed, same bytes")] = DEFAULT_SEED,
    out_path: Annotated[
        Path, typer.Option("--out", help="output file: .csv, .jsonl or .parquet")
    ] = DEFAULT_CORPUS,
) -> None:
    """Generate the synthetic Thai complaint corpus (deterministic for a seed)."""
    with _errors():
        synthesize(rows, seed, out_path)


def synthesize(rows: int, seed: int, out_path: Path, *, show_progress: bool = True) -> None:
    import time

    import pandas as pd

    from training.corpus.generate import COLUMNS, generate
    from training.io import check_format, write_table

    check_format(out_path)
    started = time.perf_counter()
    records = []
    with _progress() as bar:
        task = bar.add_task("generating", total=rows)
        for i, row in enumerate(generate(rows, seed)):
            records.append(row.__dict__)
            if i % 500 == 0:
                bar.update(task, completed=i + 1)
        bar.update(task, completed=rows)
    df = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    write_table(df, out_path)
    if show_progress:
        _step(f"wrote {rows} rows to {out_path} in {time.perf_counter() - started:.1f} s")


@data_app.command("split")
def data_split(
    data: Annotated[Path, typer.Option("--data", help="labelled file")] = DEFAULT_CORPUS,
    out_dir: Annotated[Path, typer.Option("--out-dir", help="where train/val/test files go")] = Path(
        "datasets/generated/split"
    ),
    group_column: Annotated[
        str | None, typer.Option("--group-column", help="split by this column (no group in two parts)")
    ] = None,
    stratified: Annotated[
        bool, typer.Option("--stratified", help="plain stratified split, ignoring groups")
    ] = False,
    stratify: Annotated[
        list[str] | None,
        typer.Option("--stratify", help="label column(s) to balance [default: credibility, category]"),
    ] = None,
    val: Annotated[float, typer.Option("--val")] = 0.1,
    test: Annotated[float, typer.Option("--test")] = 0.2,
    seed: Annotated[int, typer.Option("--seed")] = DEFAULT_SEED,
) -> None:
    """Split a labelled file into train/val/test: by frame (unseen phrasing in test) or stratified."""
    from training.corpus.split import group_split, stratified_split
    from training.io import read_table, require_columns, write_table

    with _errors():
        df = read_table(data)
        labels = stratify or [c for c in ("credibility", "category") if c in df.columns]
        require_columns(df, labels, data)
        group = None if stratified else (group_column or ("frame" if "frame" in df.columns else None))
        if group_column and not stratified:
            require_columns(df, [group_column], data)
        if group:
            parts = group_split(df, group=group, stratify=labels, val=val, test=test, seed=seed)
        else:
            parts = stratified_split(df, stratify=labels, val=val, test=test, seed=seed)
        suffix = data.suffix
        for name in ("train", "val", "test"):
            write_table(getattr(parts, name), out_dir / f"{name}{suffix}")
        kind = f"by {group}" if group else "stratified"
        _step(
            f"{kind}: train {len(parts.train)}, val {len(parts.val)}, test {len(parts.test)} rows in {out_dir}"
        )


@data_app.command("compare")
def data_compare(
    data: Annotated[Path, typer.Option("--data", help="generated corpus")] = DEFAULT_CORPUS,
    real: Annotated[
        Path, typer.Option("--real", help="folder of real data (traffy-2024, traffy-tags-2022)")
    ] = Path("../shared/data"),
    skip_realism: Annotated[
        bool,
        typer.Option("--skip-realism", help="leave out the adversarial check (it trains 10 small models)"),
    ] = False,
    seed: Annotated[
        int, typer.Option("--seed", help="seed of the equal-size samples and folds")
    ] = DEFAULT_SEED,
) -> None:
    """Compare the corpus with real citizen complaints (Traffy Fondue): service_issue profile, register shares
    per channel, and the adversarial realism check (5-fold ROC AUC of a char_wb(2,4) TF-IDF + LR classifier)."""
    from training.corpus.compare import compare, format_table, realism, register_table

    with _errors():
        out.print("## service_issue rows vs real tickets\n", highlight=False, markup=False)
        out.print(format_table(compare(data, real)), highlight=False, markup=False)
        out.print("\n## register shares (share of texts with at least one)\n", highlight=False, markup=False)
        out.print(format_table(register_table(data, real)), highlight=False, markup=False)
        if not skip_realism:
            out.print(
                "\n## adversarial realism check (generated vs real; 0.5 = indistinguishable)\n",
                highlight=False,
                markup=False,
            )
            out.print(format_table(realism(data, real, seed=seed)), highlight=False, markup=False)


@data_app.command("audit")
def data_audit(
    data: Annotated[
        Path, typer.Option("--data", help="labelled file (text plus credibility and/or category)")
    ] = DEFAULT_CORPUS,
    min_share: Annotated[
        float, typer.Option("--min-share", help="a cue must occur in more than this share of rows")
    ] = 0.01,
    min_precision: Annotated[
        float, typer.Option("--min-precision", help="list cues whose label precision exceeds this")
    ] = 0.9,
    keywords: Annotated[
        int, typer.Option("--keywords", min=1, help="cues in the keyword-only baseline")
    ] = 15,
    strict: Annotated[
        bool, typer.Option("--strict", help="exit 1 when any credibility cue is above the line")
    ] = False,
) -> None:
    """Shortcut audit: cues that give a label away (precision and share), and a keyword-only baseline."""
    from training.corpus.audit import report
    from training.io import read_table, require_columns

    with _errors():
        if not 0 < min_share < 1 or not 0 < min_precision < 1:
            raise DataError("--min-share and --min-precision must be fractions between 0 and 1")
        df = read_table(data)
        require_columns(df, ["text"], data)
        if not {"credibility", "category"} & set(df.columns):
            raise DataError(f"{data}: needs a credibility or category column to audit")
        text, n_cred = report(df, min_share=min_share, min_precision=min_precision, keywords=keywords)
        out.print(text, highlight=False, markup=False)
        if strict and n_cred:
            err.print(
                f"[bold red]audit failed:[/] {n_cred} credibility cue(s) above the line", highlight=False
            )
            raise typer.Exit(1)


# --- training ---------------------------------------------------------------------------------


@app.command()
def train(
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            help="CSV, JSONL or Parquet, repeatable (e.g. the corpus and `khatkrong reviews export`) "
            "[default: the generated corpus, made if missing]",
        ),
    ] = None,
    text_column: TextCol = None,
    category_column: CatCol = None,
    credibility_column: CredCol = None,
    group_column: GroupCol = None,
    experiment: Annotated[str, typer.Option("--experiment")] = registry.DEFAULT_EXPERIMENT,
    register_as: Annotated[
        str, typer.Option("--register-as", help="registered model name")
    ] = registry.DEFAULT_MODEL_NAME,
    drop_rare: Annotated[
        bool, typer.Option("--drop-rare", help="leave out labels too rare to split")
    ] = False,
    val_data: Annotated[
        Path | None,
        typer.Option(
            "--val-data", help="validation file (thresholds, calibration) instead of a carved split"
        ),
    ] = None,
    test_data: Annotated[
        Path | None,
        typer.Option("--test-data", help="test file (e.g. an official test split) instead of a carved split"),
    ] = None,
    seed: Annotated[int, typer.Option("--seed")] = DEFAULT_SEED,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            help="hyper-parameter KEY=VALUE (repeatable), e.g. --param C_category=4 --param char_ngram_max=4; see TrainConfig",
        ),
    ] = None,
    tracking_uri: TrackingURI = None,
) -> Any:
    """Train, evaluate and log one MLflow run; register a version and point `challenger` at it."""
    from training.train import TrainConfig
    from training.train import train as run_train

    with _errors():
        registry.configure(tracking_uri)
        if not data:
            data = [DEFAULT_CORPUS]
            if not DEFAULT_CORPUS.exists():
                _step(f"no corpus at {DEFAULT_CORPUS}: generating {DEFAULT_ROWS} rows (seed {DEFAULT_SEED})")
                synthesize(DEFAULT_ROWS, DEFAULT_SEED, DEFAULT_CORPUS)
        result = run_train(
            data,
            config=_config(TrainConfig, seed, param or []),
            text_column=text_column,
            category_column=category_column,
            credibility_column=credibility_column,
            group_column=group_column,
            drop_rare=drop_rare,
            val_data=val_data,
            test_data=test_data,
            experiment=experiment,
            register_as=register_as,
            progress=_step,
        )
        table = Table(title=f"run {result.run_id}  ·  {register_as} v{result.version} @challenger")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key in sorted(result.metrics):
            if (
                key.startswith("test_")
                and key.count("_") <= 4
                or key
                in ("credible_not_flagged_rate", "malicious_flag_precision", "ece_credibility", "fit_seconds")
            ):
                table.add_row(key, f"{result.metrics[key]:.4f}")
        out.print(table)
        return result


def _config(config_cls: Any, seed: int, params: list[str]) -> Any:
    """A ``TrainConfig`` from ``KEY=VALUE`` pairs, validated (unknown keys and bad values are errors)."""
    from pydantic import ValidationError

    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise DataError(f"--param {item!r}: use KEY=VALUE")
        if key.strip() not in config_cls.model_fields:
            raise DataError(
                f"--param {key.strip()!r} is not a hyper-parameter; known: {', '.join(config_cls.model_fields)}"
            )
        values[key.strip()] = value.strip()
    try:
        return config_cls(**{"seed": seed, **values})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise DataError(f"--param: {problems}") from None


def _eval_data(
    model_uri: str,
    data: Path,
    text_column: str | None,
    category_column: str | None,
    credibility_column: str | None,
) -> tuple[Any, dict[str, Any], dict[str, float]]:
    from training.data import load_labelled
    from training.evaluate import evaluate as run_eval

    screener, info = registry.load_screener(model_uri)
    df, cols = load_labelled(data, text=text_column, category=category_column, credibility=credibility_column)
    ev = run_eval(
        screener,
        df[cols.text].tolist(),
        category=df[cols.category].tolist() if cols.category and "category" in screener.heads_ else None,
        credibility=df[cols.credibility].tolist()
        if cols.credibility and "credibility" in screener.heads_
        else None,
    )
    if not ev.metrics:
        raise DataError(
            f"{data}: none of its label columns matches the model's heads ({', '.join(screener.heads_)})"
        )
    return screener, info, ev.metrics


@app.command()
def evaluate(
    model: Annotated[
        str, typer.Option("--model", help="model URI, e.g. models:/khatkrong-screener@champion")
    ],
    data: Annotated[Path, typer.Option("--data", help="labelled CSV, JSONL or Parquet")],
    text_column: TextCol = None,
    category_column: CatCol = None,
    credibility_column: CredCol = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
    tracking_uri: TrackingURI = None,
) -> None:
    """Evaluate a model on any labelled file."""
    from training.evaluate import summary

    with _errors():
        registry.configure(tracking_uri)
        _, _, metrics = _eval_data(model, data, text_column, category_column, credibility_column)
        if as_json:
            typer.echo(json.dumps(summary(metrics)))
            return
        table = Table(title=f"{model} on {data}")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key, value in metrics.items():
            table.add_row(key, f"{value:.4f}")
        out.print(table)


@app.command()
def promote(
    model: Annotated[
        str, typer.Option("--model", help="registered model name")
    ] = registry.DEFAULT_MODEL_NAME,
    version: Annotated[
        str | None, typer.Option("--version", help="version to promote [default: the challenger]")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="promote even if the gate says no")] = False,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="fixed evaluation set [default: the candidate run's test split]"),
    ] = None,
    tolerance: Annotated[
        float, typer.Option("--tolerance", help="how much worse than the champion is still 'not worse'")
    ] = 0.01,
    min_not_flagged: Annotated[
        float, typer.Option("--min-not-flagged", help="floor on credible_not_flagged_rate")
    ] = 0.99,
    tracking_uri: TrackingURI = None,
) -> None:
    """Point `champion` at a version when it is not worse than the current champion."""
    with _errors():
        registry.configure(tracking_uri)
        registry.check_reachable()
        candidate = version or registry.alias_version(model, registry.CHALLENGER)
        if candidate is None:
            raise registry.ModelURIError(f"model {model!r} has no challenger: train one or pass --version")
        champion = registry.alias_version(model, registry.CHAMPION)
        if champion == candidate:
            _step(f"{model} v{candidate} is already the champion")
            return
        eval_path = data or _candidate_test_split(model, candidate)
        cols = _label_columns_of(model, candidate)
        _step(
            f"evaluating v{candidate}"
            + (f" and champion v{champion}" if champion else "")
            + f" on {eval_path}"
        )
        _, _, new = _eval_data(
            f"models:/{model}/{candidate}",
            eval_path,
            cols.get("text"),
            cols.get("category"),
            cols.get("credibility"),
        )
        old = None
        if champion:
            _, _, old = _eval_data(
                f"models:/{model}/{champion}",
                eval_path,
                cols.get("text"),
                cols.get("category"),
                cols.get("credibility"),
            )
        result = registry.gate(old, new, tolerance=tolerance, min_not_flagged=min_not_flagged)
        table = Table(
            title=f"promotion gate: v{candidate} vs champion {('v' + champion) if champion else '(none)'}"
        )
        for c in ("metric", "champion", "candidate", "verdict"):
            table.add_column(c)
        for metric, o, n, verdict in result.rows:
            table.add_row(metric, "-" if o is None else f"{o:.4f}", "-" if n is None else f"{n:.4f}", verdict)
        out.print(table)
        if not result.promote and not force:
            err.print(f"[bold red]refused:[/] {result.reason} (use --force to override)", highlight=False)
            raise typer.Exit(1)
        registry.set_alias(model, registry.CHAMPION, candidate)
        note = " (forced)" if not result.promote else ""
        out.print(
            f"[green]promoted[/] {model} v{candidate} to champion{note}: {result.reason}", highlight=False
        )


def _candidate_test_split(model: str, version: str) -> Path:
    import mlflow

    info = registry.resolve(f"models:/{model}/{version}")
    try:
        local = mlflow.artifacts.download_artifacts(
            run_id=info["run_id"], artifact_path="evaluation/test_split.parquet"
        )
    except Exception as exc:  # the run has no logged split: ask for --data
        raise DataError(f"v{version}'s run has no logged test split ({exc}); pass --data") from None
    return Path(local)


def _label_columns_of(model: str, version: str) -> dict[str, str]:
    from mlflow.tracking import MlflowClient

    run = MlflowClient().get_run(registry.resolve(f"models:/{model}/{version}")["run_id"])
    params = run.data.params
    return {
        k: params[f"{k}_column"] for k in ("text", "category", "credibility") if params.get(f"{k}_column")
    }


@app.command()
def score(
    model: Annotated[
        str, typer.Option("--model", help="model URI")
    ] = f"models:/{registry.DEFAULT_MODEL_NAME}@{registry.CHAMPION}",
    text: Annotated[str | None, typer.Argument(help="one report")] = None,
    file: Annotated[
        Path | None,
        typer.Option("--file", help=".txt (one report per line), .csv or .jsonl with a text field"),
    ] = None,
    text_column: TextCol = None,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="batch: CSV, JSONL or Parquet in, read in chunks (needs --out)"),
    ] = None,
    out_path: Annotated[
        Path | None, typer.Option("--out", help="batch: Parquet, CSV or JSONL out, by extension")
    ] = None,
    id_column: Annotated[
        str | None,
        typer.Option(
            "--id-column", help="batch: id carried to the output [default: id, else the row number]"
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, help="batch: worker processes, each loading the model once")
    ] = 1,
    no_explain: Annotated[
        bool, typer.Option("--no-explain", help="batch: no evidence column (faster)")
    ] = False,
    chunk_rows: Annotated[int, typer.Option("--chunk-rows", min=1, help="batch: rows per chunk")] = 10_000,
    resume: Annotated[
        bool, typer.Option("--resume", help="batch: keep the chunks a stopped run wrote, score the rest")
    ] = False,
    tracking_uri: TrackingURI = None,
) -> None:
    """Score reports: one TEXT or a --file, printed as JSON lines (the scoring API's shape); or a whole
    --data file streamed into --out (see training/batch.py)."""
    from training.io import read_table, require_columns

    with _errors():
        if data is not None or out_path is not None:
            if text is not None or file is not None or data is None or out_path is None:
                raise DataError("batch scoring takes --data PATH and --out PATH (and no TEXT or --file)")
            from training import batch as batch_scoring

            registry.configure(tracking_uri)
            batch_scoring.run_command(
                err,
                out,
                model,
                data,
                out_path,
                text_column=text_column or "text",
                id_column=id_column,
                jobs=jobs,
                explain=not no_explain,
                chunk_rows=chunk_rows,
                resume=resume,
            )
            return
        if (text is None) == (file is None):
            raise DataError("give either one TEXT or --file PATH")
        registry.configure(tracking_uri)
        if file is not None:
            df = read_table(file)
            column = text_column or "text"
            require_columns(df, [column], file)
            texts = df[column].fillna("").astype(str).tolist()
            ids = (
                df["id"].astype(str).tolist()
                if "id" in df.columns
                else [str(i + 1) for i in range(len(texts))]
            )
        else:
            assert text is not None
            texts, ids = [text], ["1"]
        if not any(t.strip() for t in texts):
            raise DataError("no text to score")
        screener, info = registry.load_screener(model)
        model_info = {k: info.get(k) for k in ("name", "version", "run_id")}
        batch = 256
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            for rid, t, result in zip(ids[start : start + batch], chunk, screener.screen(chunk), strict=True):
                if not t.strip():
                    typer.echo(json.dumps({"id": rid, "error": "empty text"}, ensure_ascii=False))
                    continue
                typer.echo(
                    json.dumps({"id": rid, **result.to_dict(), "model": model_info}, ensure_ascii=False)
                )


# --- the loop from reviewers' decisions back into training -----------------------------------------


MIN_REVIEWS_FOR_VALIDATION = 10
"""Earlier reviews needed before a share of them calibrates the thresholds (else the corpus's validation)."""


def split_reviews(
    export: Path, out_dir: Path, *, seed: int = DEFAULT_SEED
) -> tuple[Path, Path | None, Path, str]:
    """The export cut for retraining: the most recent reviewed calendar month is held out (to evaluate and
    gate on); of the reviews decided before it, a random 30% is the validation set (the flag threshold and
    the calibration are chosen on the agency's own reports) and the rest is trained on. Returns the train,
    validation (``None`` with fewer than :data:`MIN_REVIEWS_FOR_VALIDATION` earlier reviews) and held-out
    files, and the held-out month."""
    import pandas as pd

    from training.io import read_table, require_columns, write_table

    df = read_table(export)
    require_columns(df, ["text", "decided_at"], export)
    decided = pd.to_datetime(df["decided_at"], utc=True, format="ISO8601")
    month = decided.dt.strftime("%Y-%m")
    latest = month.max()
    held, earlier = df[month == latest], df[month != latest]
    if earlier.empty:
        raise DataError(
            f"every reviewed case in {export} was decided in {latest}: the most recent month is held out to "
            "evaluate on, so reviews from an earlier month are needed to train on"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    val_path: Path | None = None
    if len(earlier) >= MIN_REVIEWS_FOR_VALIDATION:
        val = earlier.sample(frac=0.3, random_state=seed)
        earlier = earlier.drop(val.index)
        val_path = out_dir / "reviews_val.parquet"
        write_table(val.reset_index(drop=True), val_path)
    train_path, held_path = out_dir / "reviews_train.parquet", out_dir / "reviews_holdout.parquet"
    write_table(earlier.reset_index(drop=True), train_path)
    write_table(held.reset_index(drop=True), held_path)
    return train_path, val_path, held_path, str(latest)


def _reload(service_url: str, api_key: str | None) -> str:
    import httpx

    if not api_key:
        raise DataError("--service-url needs an admin API key: --api-key or KHATKRONG_ADMIN_KEY")
    url = service_url.rstrip("/") + "/v1/admin/reload"
    try:
        r = httpx.post(url, headers={"Authorization": f"Bearer {api_key}"}, timeout=120)
    except httpx.HTTPError as exc:
        raise DataError(
            f"{url}: the service did not answer ({type(exc).__name__}); reload it by hand"
        ) from None
    if r.status_code != 200:
        raise DataError(f"{url}: {r.status_code} {r.text[:300]}")
    body = r.json()
    current = body.get("current") or {}
    return f"{current.get('name')} v{current.get('version')}" + (
        " (changed)" if body.get("changed") else " (unchanged)"
    )


@app.command()
def retrain(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="the training corpus the reviews are added to")
    ] = DEFAULT_CORPUS,
    database_url: Annotated[
        str | None,
        typer.Option(
            "--database-url",
            help="the case store [default: KHATKRONG_DATABASE_URL, else .khatkrong/cases.db]",
        ),
    ] = None,
    work_dir: Annotated[
        Path, typer.Option("--work-dir", help="where the export and its two parts go")
    ] = Path(".khatkrong/retrain"),
    service_url: Annotated[
        str | None,
        typer.Option(
            "--service-url",
            help="a running service to reload once a model is promoted, e.g. http://127.0.0.1:8000",
        ),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", envvar="KHATKRONG_ADMIN_KEY", help="admin API key for the reload"),
    ] = None,
    register_as: Annotated[str, typer.Option("--register-as")] = registry.DEFAULT_MODEL_NAME,
    experiment: Annotated[str, typer.Option("--experiment")] = registry.DEFAULT_EXPERIMENT,
    tolerance: Annotated[float, typer.Option("--tolerance")] = 0.01,
    min_not_flagged: Annotated[float, typer.Option("--min-not-flagged")] = 0.99,
    seed: Annotated[int, typer.Option("--seed")] = DEFAULT_SEED,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="hyper-parameter KEY=VALUE (repeatable)")
    ] = None,
    tracking_uri: TrackingURI = None,
) -> None:
    """Export reviewed cases -> train on the corpus + reviews -> evaluate on the most recent reviewed month
    (held out) -> promote through the gate -> reload the service; each step is printed."""
    import click
    from typer.main import get_command

    with _errors():
        registry.configure(tracking_uri)
        if not corpus.exists():
            raise DataError(f"{corpus}: no corpus (khatkrong data synth --out {corpus})")
        export = work_dir / "reviews.parquet"
        out.print(f"[bold]1/5 export[/] reviewed cases to {export}", highlight=False)
        args = ["reviews", "export", "--out", str(export)] + (
            ["--database-url", database_url] if database_url else []
        )
        if not any(group.name == "reviews" for group in app.registered_groups):
            _register_plugins()  # called as a function (tests), not through main()
        try:
            code = get_command(app).main(args, prog_name="khatkrong", standalone_mode=False)
        except click.ClickException as exc:
            raise DataError(f"the export failed: {exc.format_message()}") from None
        if code:  # the export printed why
            raise DataError("the export failed (see above)")
        train_part, val_part, held_part, month = split_reviews(export, work_dir, seed=seed)
        out.print(
            f"[bold]2/5 split[/] {month} held out ({held_part}); earlier reviews to train on ({train_part})"
            + (f" and to calibrate on ({val_part})" if val_part else ""),
            highlight=False,
        )
        out.print(f"[bold]3/5 train[/] on {corpus} + {train_part}", highlight=False)
        result = train(
            data=[corpus, train_part],
            text_column=None,
            category_column=None,
            credibility_column=None,
            group_column=None,
            experiment=experiment,
            register_as=register_as,
            drop_rare=True,
            val_data=val_part,
            test_data=held_part,
            seed=seed,
            param=param,
            tracking_uri=tracking_uri,
        )
        out.print(
            f"[bold]4/5 promote[/] v{result.version} if the gate passes on the held-out month",
            highlight=False,
        )
        try:
            promote(
                model=register_as,
                version=result.version,
                force=False,
                data=held_part,
                tolerance=tolerance,
                min_not_flagged=min_not_flagged,
                tracking_uri=tracking_uri,
            )
        except typer.Exit as exc:
            if exc.exit_code:
                out.print("[bold]5/5 reload[/] skipped: the champion stays", highlight=False)
            raise
        if service_url is None:
            out.print("[bold]5/5 reload[/] skipped: no --service-url", highlight=False)
            return
        out.print(
            f"[bold]5/5 reload[/] {service_url}: now serving {_reload(service_url, api_key)}", highlight=False
        )


# --- the main job -------------------------------------------------------------------------------


@app.command()
def up(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: Annotated[int, typer.Option("--workers")] = 1,
    rows: Annotated[
        int, typer.Option("--rows", help="corpus rows when a model must be trained")
    ] = DEFAULT_ROWS,
    tracking_uri: TrackingURI = None,
) -> None:
    """The main job: train and promote the default model if no champion is registered, then serve it."""
    with _errors():
        registry.configure(tracking_uri)
        registry.check_reachable()
        name = registry.DEFAULT_MODEL_NAME
        if registry.alias_version(name, registry.CHAMPION) is None:
            _step(f"no champion for {name}: training the default model")
            if not DEFAULT_CORPUS.exists() or rows != DEFAULT_ROWS:
                synthesize(rows, DEFAULT_SEED, DEFAULT_CORPUS)
            train(
                data=[DEFAULT_CORPUS],
                text_column=None,
                category_column=None,
                credibility_column=None,
                group_column=None,
                experiment=registry.DEFAULT_EXPERIMENT,
                register_as=name,
                drop_rare=False,
                val_data=None,
                test_data=None,
                seed=DEFAULT_SEED,
                param=None,
                tracking_uri=tracking_uri,
            )
            promote(
                model=name,
                version=None,
                force=False,
                data=None,
                tolerance=0.01,
                min_not_flagged=0.99,
                tracking_uri=tracking_uri,
            )
        _ensure_api_keys()
        _ensure_secret_key()
        serve_cmd = _plugin("serve")
        serve_cmd(model=f"models:/{name}@{registry.CHAMPION}", host=host, port=port, workers=workers)


LOCAL_KEYS = Path(".khatkrong/api-keys")
LOCAL_KEY_ID_SECRET = Path(".khatkrong/key-id-secret")


def _ensure_api_keys() -> None:
    """The service needs API keys and a key-id secret; with none configured, make random ones here, once."""
    import os
    import secrets

    if not os.environ.get("KHATKRONG_KEY_ID_SECRET"):
        if not LOCAL_KEY_ID_SECRET.exists():
            LOCAL_KEY_ID_SECRET.parent.mkdir(parents=True, exist_ok=True)
            LOCAL_KEY_ID_SECRET.touch(mode=0o600)
            LOCAL_KEY_ID_SECRET.write_text(secrets.token_urlsafe(32) + "\n", encoding="utf-8")
            _step(f"made the key-id secret of this deployment in {LOCAL_KEY_ID_SECRET}")
        os.environ["KHATKRONG_KEY_ID_SECRET"] = LOCAL_KEY_ID_SECRET.read_text(encoding="utf-8").strip()
    if os.environ.get("KHATKRONG_API_KEYS") or os.environ.get("KHATKRONG_API_KEYS_FILE"):
        return
    if not LOCAL_KEYS.exists():
        LOCAL_KEYS.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{secrets.token_urlsafe(24)}:{role}" for role in ("intake", "reviewer", "admin")]
        LOCAL_KEYS.write_text(
            "# key:role, made by `khatkrong up`\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )
        LOCAL_KEYS.chmod(0o600)
        _step(
            f"no API keys configured: made one per role in {LOCAL_KEYS} (set KHATKRONG_API_KEYS to use yours)"
        )
    else:
        _step(f"API keys: {LOCAL_KEYS}")
    os.environ["KHATKRONG_API_KEYS_FILE"] = str(LOCAL_KEYS.resolve())


LOCAL_SECRET = Path(".khatkrong/secret-key")


def _ensure_secret_key() -> None:
    """The case desk encrypts with a key derived from a secret; with none configured, make one, once."""
    import os
    import secrets

    if os.environ.get("KHATKRONG_SECRET_KEY") or os.environ.get("KHATKRONG_SECRET_KEY_FILE"):
        return
    if not LOCAL_SECRET.exists():
        LOCAL_SECRET.parent.mkdir(parents=True, exist_ok=True)
        LOCAL_SECRET.touch(mode=0o600)
        LOCAL_SECRET.write_text(secrets.token_urlsafe(48) + "\n", encoding="utf-8")
        _step(
            f"no secret key configured: made one in {LOCAL_SECRET} (keep it: the case store is unreadable without it)"
        )
    else:
        _step(f"secret key: {LOCAL_SECRET}")
    os.environ["KHATKRONG_SECRET_KEY_FILE"] = str(LOCAL_SECRET.resolve())


def _plugin(name: str) -> Callable[..., Any]:
    for ep in entry_points(group="khatkrong.commands"):
        if ep.name == name:
            return ep.load()
    raise DataError(f"the {name!r} command is not installed (pip install -e . registers it)")


def _register_plugins() -> None:
    for ep in entry_points(group="khatkrong.commands"):
        try:
            loaded = ep.load()
            if isinstance(loaded, typer.Typer):  # a command group (``khatkrong db ...``)
                app.add_typer(loaded, name=ep.name)
                continue
            app.command(ep.name)(loaded)
        except ImportError as exc:  # a broken plugin must not take the training commands down
            err.print(f"[yellow]warning:[/] command {ep.name!r} unavailable: {exc}", highlight=False)


def main() -> None:
    registry.quiet_mlflow()
    _register_plugins()
    app()
