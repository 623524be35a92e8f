"""Labelled data for training and evaluation: column resolution, cleaning, splitting."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from training.corpus.split import Split, group_split, stratified_split

__all__ = [
    "Columns",
    "DataError",
    "Split",
    "check_label_counts",
    "digest",
    "load_labelled",
    "load_many",
    "resolve_columns",
    "split",
]
from training.io import DataError, read_table, require_columns

DEFAULT_COLUMNS = {"text": "text", "category": "category", "credibility": "credibility", "group": "frame"}
MIN_PER_LABEL = 3  # one each for train, validation and test


@dataclass(frozen=True)
class Columns:
    text: str
    category: str | None
    credibility: str | None
    group: str | None

    @property
    def heads(self) -> dict[str, str]:
        return {h: c for h, c in (("category", self.category), ("credibility", self.credibility)) if c}


def resolve_columns(
    df: pd.DataFrame,
    path: str | Path,
    *,
    text: str | None = None,
    category: str | None = None,
    credibility: str | None = None,
    group: str | None = None,
    need_label: bool = True,
) -> Columns:
    """Columns named on the command line must exist; defaults apply only when their column exists."""
    named = {"text": text, "category": category, "credibility": credibility, "group": group}
    require_columns(df, [c for c in named.values() if c], path)
    chosen = {
        key: value if value else (DEFAULT_COLUMNS[key] if DEFAULT_COLUMNS[key] in df.columns else None)
        for key, value in named.items()
    }
    if chosen["text"] is None:
        require_columns(df, ["text"], path)
    cols = Columns(chosen["text"], chosen["category"], chosen["credibility"], chosen["group"])  # type: ignore[arg-type]
    if need_label and not cols.heads:
        raise DataError(
            f"{path}: no label column: pass --category-column and/or --credibility-column "
            f"(the file has: {', '.join(map(str, df.columns))})"
        )
    return cols


def load_labelled(
    path: str | Path,
    columns: Columns | None = None,
    *,
    text: str | None = None,
    category: str | None = None,
    credibility: str | None = None,
    group: str | None = None,
    extra: tuple[str, ...] = (),
) -> tuple[pd.DataFrame, Columns]:
    """Read ``path``, resolve columns and drop rows without text or a label (``extra`` columns are kept when
    the file has them)."""
    df = read_table(path)
    cols = columns or resolve_columns(
        df, path, text=text, category=category, credibility=credibility, group=group
    )
    require_columns(df, [cols.text, *cols.heads.values()], path)
    keep = [cols.text, *cols.heads.values()] + (
        [cols.group] if cols.group and cols.group in df.columns else []
    )
    keep += [c for c in extra if c in df.columns and c not in keep]
    df = df[keep].copy()
    df[cols.text] = df[cols.text].astype("string").str.strip()
    for c in cols.heads.values():
        df[c] = df[c].astype("string").str.strip()
    df = df.dropna(subset=[cols.text, *cols.heads.values()])
    df = df[df[cols.text].str.len() > 0]
    for c in cols.heads.values():
        df = df[df[c].str.len() > 0]
    if df.empty:
        raise DataError(f"{path}: no rows with both text and labels")
    return df.reset_index(drop=True), cols


REVIEW_ORIGIN = "review"
"""The ``origin`` of rows that ``khatkrong reviews export`` writes: reviewers' labels."""


def load_many(
    paths: Sequence[str | Path],
    *,
    text: str | None = None,
    category: str | None = None,
    credibility: str | None = None,
    group: str | None = None,
) -> tuple[pd.DataFrame, Columns, dict[str, int]]:
    """Several labelled files as one table (e.g. the corpus and the reviewers' export).

    The first file decides the columns; every other file needs its text and label columns. Rows of a file
    without the group column each form a group of their own. Returns the table, its columns and the row
    counts: per file, and ``reviews`` (rows whose ``origin`` is ``review``).
    """
    if not paths:
        raise DataError("no data file given")
    first, cols = load_labelled(
        paths[0], text=text, category=category, credibility=credibility, group=group, extra=("origin",)
    )
    frames: list[pd.DataFrame] = []
    counts: dict[str, int] = {}
    reviews = 0
    for n, path in enumerate(paths):
        if n == 0:
            df = first
        else:
            df, _ = load_labelled(path, columns=cols, extra=("origin",))
        if cols.group and cols.group not in df.columns:
            df[cols.group] = [f"{Path(path).name}:{i}" for i in range(len(df))]
        if "origin" in df.columns:
            reviews += int((df["origin"] == REVIEW_ORIGIN).sum())
            df = df.drop(columns=["origin"])
        counts[str(path)] = len(df)
        frames.append(df)
    counts["reviews"] = reviews
    return pd.concat(frames, ignore_index=True), cols, counts


def check_label_counts(df: pd.DataFrame, cols: Columns, *, drop_rare: bool = False) -> pd.DataFrame:
    """Every label needs ``MIN_PER_LABEL`` rows; drop rarer ones when asked, else fail clearly."""
    for head, c in cols.heads.items():
        counts = df[c].value_counts()
        rare = counts[counts < MIN_PER_LABEL]
        if rare.empty:
            continue
        if drop_rare:
            df = df[~df[c].isin(rare.index)]
            continue
        listing = ", ".join(f"{label!r} ({n})" for label, n in rare.items())
        raise DataError(
            f"{head} label(s) seen fewer than {MIN_PER_LABEL} times, too few to split into train, validation "
            f"and test: {listing}. Fix the labels or pass --drop-rare to leave those rows out."
        )
    for head, c in cols.heads.items():
        if df[c].nunique() < 2:
            raise DataError(f"{head}: needs at least two distinct labels, found {df[c].unique().tolist()}")
    return df


def split(df: pd.DataFrame, cols: Columns, *, val: float, test: float, seed: int) -> Split:
    """Grouped split when a group column exists (unseen groups in test), else stratified."""
    if cols.group:
        return group_split(
            df, group=cols.group, stratify=list(cols.heads.values()), val=val, test=test, seed=seed
        )
    primary = cols.credibility or cols.category
    return stratified_split(df, stratify=[primary] if primary else [], val=val, test=test, seed=seed)


def digest(df: pd.DataFrame) -> str:
    """A content digest of a table (order-sensitive), for tracking which data a run saw."""
    h = hashlib.sha256()
    h.update(",".join(map(str, df.columns)).encode())
    h.update(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
    return h.hexdigest()[:16]
