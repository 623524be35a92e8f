"""The real Thai datasets of ``../shared/data``: loading, cleaning and the splits the benchmarks use.

Nothing here copies data into the repository: loaders read from the data directory and the benchmark writes
its split files to a temporary directory. Every frame returned has two columns, ``text`` and ``label``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parent.parent
REDACTED = "ไม่แสดงรายละเอียด"  # "details not shown": Traffy's corruption reports
TRAFFY_MIN_TICKETS = 10  # categories with fewer usable tickets are left out (too few to test per class)
SEED = 42


class DataMissing(RuntimeError):
    """The shared data directory (or one dataset in it) is not there."""


def data_dir(path: str | Path | None = None) -> Path:
    """``path``, else ``$KHATKRONG_BENCH_DATA``, else ``../shared/data`` beside the repository."""
    chosen = Path(path or os.environ.get("KHATKRONG_BENCH_DATA") or REPO.parent / "shared" / "data")
    if not chosen.is_dir():
        raise DataMissing(
            f"no benchmark data at {chosen}: the real-data benchmarks need ../shared/data beside the repository "
            "(or KHATKRONG_BENCH_DATA); skipping"
        )
    return chosen


@dataclass
class Folds:
    """One benchmark task: (train, test) pairs, an optional validation frame, and what to say about it."""

    name: str
    title: str
    folds: list[tuple[pd.DataFrame, pd.DataFrame]]
    val: pd.DataFrame | None = None  # an official validation split (else the CLI carves one from train)
    protocol: str = ""
    notes: list[str] = field(default_factory=list)
    published: list[dict[str, object]] = field(default_factory=list)


def _frame(df: pd.DataFrame, text: str, label: str) -> pd.DataFrame:
    out = pd.DataFrame({"text": df[text].astype("string").str.strip(), "label": df[label].astype("string").str.strip()})
    out = out.dropna()
    return out[(out.text.str.len() > 0) & (out.label.str.len() > 0)].reset_index(drop=True)


def stratified_holdout(df: pd.DataFrame, fraction: float, seed: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rest, held out): ``fraction`` of every label held out, at least one row when the label has three."""
    rng = np.random.default_rng(seed)
    held: list[int] = []
    for _, idx in df.groupby("label", sort=True).groups.items():
        idx = np.array(idx)
        rng.shuffle(idx)
        if len(idx) >= 3:
            held.extend(idx[: max(1, round(len(idx) * fraction))])
    mask = df.index.isin(held)
    return df[~mask].reset_index(drop=True), df[mask].reset_index(drop=True)


def wisesight(root: Path) -> Folds:
    d = root / "wisesight-sentiment"
    tr, va, te = (_frame(pd.read_json(d / f"{s}.jsonl", lines=True), "texts", "category") for s in ("train", "valid", "test"))
    return Folds(
        "wisesight", "wisesight-sentiment (4 classes)", [(tr, te)], val=va,
        protocol="official train / valid / test; valid calibrates, test is scored",
        notes=["micro-F1 equals accuracy for single-label classification"],
        published=[
            {"model": "NBSVM", "accuracy": 0.7203, "macro_f1": 0.5467,
             "source": "vistec-AI/thai2transformers (wisesight_sentiment benchmark)"},
            {"model": "WangchanBERTa", "accuracy": 0.7619, "macro_f1": None,
             "source": "WangchanBERTa paper, arXiv 2101.09635 (micro-F1)"},
        ],
    )


def truevoice(root: Path) -> Folds:
    d = root / "truevoice-intent"
    tr, te = (_frame(pd.read_csv(d / f"{s}.csv"), "texts", "destination") for s in ("train", "test"))
    return Folds(
        "truevoice", "truevoice-intent, destination (7 queues)", [(tr, te)],
        protocol="official train / test; the CLI carves 10% of train for calibration",
        published=[
            {"model": "LinearSVC", "accuracy": 0.8512, "macro_f1": 0.8694,
             "source": "PyThaiNLP/classification-benchmarks (micro-F1 as accuracy)"},
            {"model": "BERT", "accuracy": 0.85, "macro_f1": 0.87, "source": "PyThaiNLP/classification-benchmarks"},
            {"model": "ULMFit", "accuracy": 0.8427, "macro_f1": 0.8521, "source": "PyThaiNLP/classification-benchmarks"},
        ],
    )


def hatethaisent(root: Path) -> Folds:
    d = root / "hatethaisent"
    tr, dev = (_frame(pd.read_csv(d / f"{s}.csv"), "text", "label") for s in ("train", "dev"))
    return Folds(
        "hatethaisent", "hatethaisent (binary hate speech)", [(tr, dev)],
        protocol="train -> dev; the CLI carves 10% of train for calibration",
        notes=["about 12% of texts hold '?' where emoji were lost upstream"],
        published=[{"model": "(none on this split)", "accuracy": None, "macro_f1": None,
                    "source": "dsmlr/HateThaiSent; TimItsara/efficient-low-resource-hate-detection"}],
    )


def toxicity(root: Path, n_folds: int = 5) -> Folds:
    from sklearn.model_selection import StratifiedKFold

    raw = pd.read_json(root / "thai-toxicity-tweet" / "thai_toxicity_tweet.jsonl", lines=True, dtype=False)
    raw = raw[raw.tweet_text.astype(str).str.strip().ne("") & raw.tweet_text.ne("TWEET_NOT_FOUND")]
    df = _frame(raw, "tweet_text", "is_toxic")
    skf = StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=SEED)
    folds = [(df.iloc[a].reset_index(drop=True), df.iloc[b].reset_index(drop=True)) for a, b in skf.split(df, df.label)]
    return Folds(
        "toxicity", "thai-toxicity-tweet (binary toxic)", folds,
        protocol=f"{n_folds}-fold stratified cross-validation (seed {SEED}) on the {len(df)} rows with text; "
        "mean over folds",
        published=[{"model": "(none with a fixed split)", "accuracy": None, "macro_f1": None,
                    "source": "tmu-nlp/ThaiToxicityTweetCorpus"}],
    )


def traffy(root: Path) -> Folds:
    raw = pd.read_csv(root / "traffy-2024" / "traffy_2024.csv")
    df = _frame(raw, "description", "category")
    redacted = df.text.eq(REDACTED)
    df = df[~redacted]
    counts = df.label.value_counts()
    rare = counts[counts < TRAFFY_MIN_TICKETS]
    kept = df[~df.label.isin(rare.index)].reset_index(drop=True)
    train, test = stratified_holdout(kept, 0.2)
    return Folds(
        "traffy", "traffy-2024, category", [(train, test)],
        protocol=f"redacted '{REDACTED}' tickets dropped ({int(redacted.sum())}); categories with fewer than "
        f"{TRAFFY_MIN_TICKETS} usable tickets left out ({len(rare)} categories, {int(rare.sum())} tickets); "
        f"stratified 80/20 split (seed {SEED}) of the remaining {len(kept)} tickets in {kept.label.nunique()} "
        "categories; the CLI carves 10% of train for calibration",
        notes=["categories were chosen by the citizens who filed the tickets and are noisy"],
        published=[{"model": "(none)", "accuracy": None, "macro_f1": None, "source": "-"}],
    )


LOADERS = {"wisesight": wisesight, "truevoice": truevoice, "hatethaisent": hatethaisent, "toxicity": toxicity,
           "traffy": traffy}


def load(name: str, root: str | Path | None = None) -> Folds:
    if name not in LOADERS:
        raise ValueError(f"unknown dataset {name!r}; choose from {', '.join(LOADERS)}")
    return LOADERS[name](data_dir(root))


def subsample(df: pd.DataFrame, n: int, seed: int = SEED) -> pd.DataFrame:
    """At most ``n`` rows, stratified by label (every label kept with at least 3 rows where it has them)."""
    if len(df) <= n:
        return df
    frac = n / len(df)
    parts = [g.sample(min(len(g), max(3, round(len(g) * frac))), random_state=seed) for _, g in df.groupby("label")]
    return pd.concat(parts).sample(frac=1.0, random_state=seed).reset_index(drop=True)
