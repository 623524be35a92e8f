"""Training: data -> split -> fit -> evaluate -> one MLflow run with the model registered as ``challenger``."""

from __future__ import annotations

import json
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from model.features import ThaiFeatures
from model.pipeline import Screener
from training import data as data_mod
from training import registry
from training.evaluate import evaluate, misclassified, write_figures

# The defaults live in the estimators (model/); the config reads them, so the two cannot drift apart.
_FEATURES = ThaiFeatures().get_params()
_SCREENER = Screener().get_params(deep=False)


class TrainConfig(BaseModel):
    """Hyper-parameters with documented defaults (chosen on the corpus's validation split; see
    docs/benchmarks.md; the values are :class:`~model.features.ThaiFeatures`' and
    :class:`~model.pipeline.Screener`'s own). Never tuned on a test split."""

    word_ngram_max: int = Field(
        _FEATURES["word_ngram_range"][1], ge=1, le=3, description="largest word n-gram"
    )
    char_ngram_min: int = Field(
        _FEATURES["char_ngram_range"][0], ge=1, le=5, description="smallest character n-gram (inside words)"
    )
    char_ngram_max: int = Field(
        _FEATURES["char_ngram_range"][1], ge=1, le=6, description="largest character n-gram (inside words)"
    )
    word_min_df: int = Field(
        _FEATURES["word_min_df"], ge=1, description="minimum document frequency of a word n-gram"
    )
    char_min_df: int = Field(
        _FEATURES["char_min_df"], ge=1, description="minimum document frequency of a character n-gram"
    )
    char_max_features: int = Field(
        _FEATURES["char_max_features"], ge=1000, description="cap on the character vocabulary"
    )
    detail_weight: float = Field(
        _FEATURES["detail_weight"], ge=0, description="scale of the explicit detail features"
    )
    C_category: float = Field(
        _SCREENER["C_category"], gt=0, description="inverse regularisation, category head"
    )
    C_credibility: float = Field(
        _SCREENER["C_credibility"], gt=0, description="inverse regularisation, credibility head"
    )
    class_weight: str | None = Field(
        _SCREENER["class_weight"], description="category head: 'balanced' or None"
    )
    credibility_class_weight: str | None = Field(
        _SCREENER["credibility_class_weight"], description="credibility head: 'balanced' or None"
    )
    credible_proceed_target: float = Field(
        _SCREENER["credible_proceed_target"],
        ge=0.5,
        lt=1,
        description="share of credible reports not flagged",
    )
    threshold_margin: float = Field(
        _SCREENER["threshold_margin"],
        ge=0,
        lt=0.05,
        description="safety margin on that share (0.005 left real-dev's credible proceed at 0.988 ± 0.008)",
    )
    engine: str = Field(_FEATURES["engine"], description="tokeniser engine: nlpo3 or newmm")
    val_fraction: float = Field(0.1, gt=0, lt=0.5)
    test_fraction: float = Field(0.2, gt=0, lt=0.5)
    seed: int = 42

    def screener(self) -> Screener:
        return Screener(
            features=ThaiFeatures(
                word_ngram_range=(1, self.word_ngram_max),
                char_ngram_range=(self.char_ngram_min, self.char_ngram_max),
                word_min_df=self.word_min_df,
                char_min_df=self.char_min_df,
                char_max_features=self.char_max_features,
                detail_weight=self.detail_weight,
                engine=self.engine,
            ),
            C_category=self.C_category,
            C_credibility=self.C_credibility,
            class_weight=self.class_weight,
            credibility_class_weight=self.credibility_class_weight,
            credible_proceed_target=self.credible_proceed_target,
            threshold_margin=self.threshold_margin,
        )


@dataclass
class TrainResult:
    run_id: str
    model_name: str | None
    version: str | None
    metrics: dict[str, float]
    sizes: dict[str, int]


Progress = Callable[[str], None]


def _parts(
    df: Any,
    cols: data_mod.Columns,
    config: TrainConfig,
    val_data: str | Path | None,
    test_data: str | Path | None,
) -> data_mod.Split:
    """Train/validation/test: carved from ``df`` unless given as files (an official split, a later year)."""
    given = {}
    for name, path in (("val", val_data), ("test", test_data)):
        if path is not None:
            given[name], _ = data_mod.load_labelled(path, columns=cols)
    val = 0.0 if "val" in given else config.val_fraction
    test = config.test_fraction if "test" not in given else None
    if test is None and "val" in given:
        return data_mod.Split(df, given["val"], given["test"])
    if test is None:  # test given: carve only validation
        carved = data_mod.split(df, cols, val=0.0, test=config.val_fraction, seed=config.seed)
        return data_mod.Split(carved.train, carved.test, given["test"])
    carved = data_mod.split(df, cols, val=val, test=test, seed=config.seed)
    return data_mod.Split(carved.train, given.get("val", carved.val), carved.test)


def _labels(df: Any, cols: data_mod.Columns, head: str) -> list[str] | None:
    column = cols.heads.get(head)
    return df[column].tolist() if column else None


def train(
    data_path: str | Path | list[Path],
    *,
    config: TrainConfig,
    text_column: str | None = None,
    category_column: str | None = None,
    credibility_column: str | None = None,
    group_column: str | None = None,
    drop_rare: bool = False,
    val_data: str | Path | None = None,
    test_data: str | Path | None = None,
    experiment: str = registry.DEFAULT_EXPERIMENT,
    register_as: str | None = registry.DEFAULT_MODEL_NAME,
    progress: Progress = lambda _msg: None,
) -> TrainResult:
    """Train and log one run on one file or several (e.g. the corpus and ``khatkrong reviews export``).
    The caller has configured the tracking store (:func:`registry.configure`)."""
    import mlflow

    paths = list(data_path) if isinstance(data_path, list | tuple) else [Path(data_path)]
    progress(f"reading {', '.join(map(str, paths))}")
    df, cols, counts = data_mod.load_many(
        paths, text=text_column, category=category_column, credibility=credibility_column, group=group_column
    )
    if len(paths) > 1 or counts["reviews"]:
        per_file = ", ".join(f"{counts[str(p)]} from {p}" for p in paths)
        progress(f"{len(df)} rows: {per_file}; {counts['reviews']} rows from reviews")
    df = data_mod.check_label_counts(df, cols, drop_rare=drop_rare)
    parts = _parts(df, cols, config, val_data, test_data)
    sizes = {"train": len(parts.train), "val": len(parts.val), "test": len(parts.test)}
    for name, n in sizes.items():
        if n == 0:
            raise data_mod.DataError(
                f"the {name} split is empty: the file has too few rows or groups ({len(df)} rows)"
            )
    registry.check_reachable()
    experiment_id = registry.ensure_experiment(experiment)
    screener = config.screener()
    with mlflow.start_run(experiment_id=experiment_id) as run:
        mlflow.log_params(
            {
                **config.model_dump(),
                "data_path": ",".join(map(str, paths)),
                "n_rows_from_reviews": counts["reviews"],
                "data_digest": data_mod.digest(df),
                "text_column": cols.text,
                "category_column": cols.category or "",
                "credibility_column": cols.credibility or "",
                "group_column": cols.group or "",
                "split": ("group" if cols.group else "stratified")
                + (" + given validation file" if val_data else "")
                + (" + given test file" if test_data else ""),
                "val_data": str(val_data or ""),
                "test_data": str(test_data or ""),
                **{f"n_{k}": v for k, v in sizes.items()},
                "python": platform.python_version(),
            }
        )
        mlflow.set_tags(
            {"khatkrong.heads": ",".join(cols.heads), "khatkrong.data_digest": data_mod.digest(df)}
        )
        progress(
            f"fitting on {sizes['train']} rows (validation {sizes['val']}) for heads: {', '.join(cols.heads)}"
        )
        started = time.perf_counter()
        screener.fit(
            parts.train[cols.text].tolist(),
            category=_labels(parts.train, cols, "category"),
            credibility=_labels(parts.train, cols, "credibility"),
            val_texts=parts.val[cols.text].tolist(),
            val_category=_labels(parts.val, cols, "category"),
            val_credibility=_labels(parts.val, cols, "credibility"),
        )
        fit_seconds = time.perf_counter() - started
        progress(f"fitted in {fit_seconds:.1f} s; evaluating on {sizes['test']} test rows")
        started = time.perf_counter()
        ev = evaluate(
            screener,
            parts.test[cols.text].tolist(),
            category=_labels(parts.test, cols, "category"),
            credibility=_labels(parts.test, cols, "credibility"),
        )
        score_seconds = time.perf_counter() - started
        metrics = {f"test_{k}": v for k, v in ev.metrics.items()}
        # the issue names these two without the test_ prefix
        for key in ("credible_not_flagged_rate", "malicious_flag_precision", "ece_credibility"):
            if key in ev.metrics:
                metrics[key] = ev.metrics[key]
        val_ev = evaluate(
            screener,
            parts.val[cols.text].tolist(),
            category=_labels(parts.val, cols, "category"),
            credibility=_labels(parts.val, cols, "credibility"),
            prefix="val_",
        )
        metrics.update(val_ev.metrics)
        metrics["fit_seconds"] = fit_seconds
        metrics["rows_from_reviews"] = float(counts["reviews"])
        metrics["test_texts_per_second"] = sizes["test"] / max(score_seconds, 1e-9)
        mlflow.log_metrics(metrics)
        progress("logging artefacts and the model")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            for head, text in ev.reports.items():
                (out / f"classification_report_{head}.txt").write_text(text, encoding="utf-8")
            write_figures(ev, out)
            misclassified(ev).to_csv(out / "misclassified.csv", index=False)
            (out / "model_description.json").write_text(
                json.dumps(screener.describe(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
            test_cols = [cols.text, *cols.heads.values()]
            parts.test[test_cols].to_parquet(out / "test_split.parquet", index=False)
            mlflow.log_artifacts(str(out), artifact_path="evaluation")
        from model.pyfunc import log_screener

        metadata = {
            "khatkrong": {
                **screener.describe(),
                "metrics": {k: round(v, 6) for k, v in metrics.items() if k.startswith("test_") or "_" in k},
                "data_digest": data_mod.digest(df),
                "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "columns": {"text": cols.text, **cols.heads},
            }
        }
        info = log_screener(screener, registered_model_name=register_as, metadata=metadata)
        version = (
            str(info.registered_model_version) if register_as and info.registered_model_version else None
        )
        if register_as and version:
            registry.set_alias(register_as, registry.CHALLENGER, version)
        return TrainResult(run.info.run_id, register_as, version, metrics, sizes)
