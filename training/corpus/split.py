"""Train/validation/test splits: by group (unseen phrasing in test) or plainly stratified."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Split:
    train: pd.DataFrame
    val: pd.DataFrame
    test: pd.DataFrame


def _check_fractions(val: float, test: float) -> None:
    if not (0 <= val < 1 and 0 < test < 1 and val + test < 1):  # test 0 would leave nothing to measure
        raise ValueError(f"val ({val}) and test ({test}) must be fractions with val + test < 1")


def group_split(
    df: pd.DataFrame, *, group: str, stratify: list[str], val: float = 0.1, test: float = 0.2, seed: int = 0
) -> Split:
    """Split so that no value of ``group`` is in two parts.

    Groups are dealt out within each stratum (the majority value of ``stratify`` columns in the group), so
    every label keeps groups in every part when it has at least three groups. Rows keep their order.
    """
    _check_fractions(val, test)
    if group not in df.columns:
        raise ValueError(f"no group column {group!r}")
    rng = np.random.default_rng(seed)
    key = df[stratify].astype(str).agg("|".join, axis=1) if stratify else pd.Series("", index=df.index)
    stratum = key.groupby(df[group]).agg(lambda s: s.value_counts().index[0])
    part_of: dict[object, str] = {}
    for _, groups in stratum.groupby(stratum, sort=True):
        names = np.array(sorted(groups.index, key=str), dtype=object)
        rng.shuffle(names)
        n = len(names)
        n_test = max(1, round(n * test)) if n >= 3 else 0
        n_val = max(1, round(n * val)) if n >= 3 and val > 0 else 0
        for i, name in enumerate(names):
            part_of[name] = "test" if i < n_test else "val" if i < n_test + n_val else "train"
    part = df[group].map(part_of)
    return Split(df[part == "train"], df[part == "val"], df[part == "test"])


def stratified_split(
    df: pd.DataFrame, *, stratify: list[str], val: float = 0.1, test: float = 0.2, seed: int = 0
) -> Split:
    """A plain split stratified on the joint value of ``stratify`` (labels too rare to split go to train)."""
    _check_fractions(val, test)
    rng = np.random.default_rng(seed)
    key = df[stratify].astype(str).agg("|".join, axis=1) if stratify else pd.Series("", index=df.index)
    part = pd.Series("train", index=df.index)
    for _, idx in key.groupby(key, sort=True).groups.items():
        idx = np.array(idx)
        rng.shuffle(idx)
        n = len(idx)
        if n < 3:
            continue
        n_test = max(1, round(n * test))
        n_val = max(1, round(n * val)) if val > 0 else 0
        part[idx[:n_test]] = "test"
        part[idx[n_test : n_test + n_val]] = "val"
    return Split(df[part == "train"], df[part == "val"], df[part == "test"])
