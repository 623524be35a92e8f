"""The corpus generator: determinism, schema, label sets, realism checks and honest splits."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from training.corpus.frames.base import CATEGORIES, CHANNELS, CREDIBILITY, Frame
from training.corpus.generate import COLUMNS, all_frames, generate
from training.corpus.split import group_split, stratified_split
from training.corpus.template import TemplateError, compile_template, render
from training.io import read_table, write_table


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return pd.DataFrame([r.__dict__ for r in generate(3000, seed=7)])


def test_template_alternatives_slots_and_shuffle_render() -> None:
    seq = compile_template("[ก|ข]{name}<<ค##ง>>{name}")
    seen = set()
    for seed in range(40):
        out = render(seq, random.Random(seed), lambda kind, rng: "X" + str(rng.randint(0, 9)))
        assert out[0] in "กข"
        assert out[1:3] == out[-2:], "the same slot name gives the same value within one text"
        seen.add(out[0] + out[3:5])
    assert {"กคง", "กงค", "ขคง", "ขงค"} <= seen


@pytest.mark.parametrize("bad", ["[ก|ข", "{name", "ก]", "<<ก##ข", "{Bad-Name}"])
def test_template_errors_are_precise(bad: str) -> None:
    with pytest.raises(TemplateError):
        compile_template(bad)


def test_frame_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError, match="unknown category"):
        Frame(id="x", category="tax", credibility="credible", voice="v", channels=("letter",), text="ก")
    with pytest.raises(ValueError, match="channels"):
        Frame(id="x", category="other", credibility="credible", voice="v", channels=("fax",), text="ก")


def test_frames_meet_the_design_minimums() -> None:
    frames = all_frames()
    by_category = Counter(f.category for f in frames)
    by_credibility = Counter(f.credibility for f in frames)
    assert len(frames) >= 320
    assert all(by_category[c] >= 40 for c in CATEGORIES), by_category
    assert all(by_credibility[c] >= 20 for c in CREDIBILITY), by_credibility
    cells = Counter((f.category, f.credibility) for f in frames)
    assert all(cells[(c, v)] >= 3 for c in CATEGORIES for v in CREDIBILITY), (
        "every cell needs frames to split"
    )


def test_same_seed_same_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    a, b, c = (pd.DataFrame([r.__dict__ for r in generate(400, seed=s)]) for s in (3, 3, 4))
    for name, df in (("a", a), ("b", b)):
        write_table(df, tmp_path / f"{name}.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert a["text"].tolist() != c["text"].tolist()


def test_schema_and_label_sets(rows: pd.DataFrame) -> None:
    assert tuple(rows.columns) == COLUMNS
    assert set(rows["category"]) == set(CATEGORIES)
    assert set(rows["credibility"]) == set(CREDIBILITY)
    assert set(rows["channel"]) <= set(CHANNELS)
    assert rows["id"].is_unique
    assert rows["text"].str.len().min() > 0
    assert pd.to_datetime(rows["created_at"]).notna().all()


def test_balance_noise_and_hard_rows(rows: pd.DataFrame) -> None:
    share = rows["category"].value_counts(normalize=True)
    assert share.min() >= 0.06, share
    cred = rows["credibility"].value_counts(normalize=True)
    assert cred.min() >= 0.15, cred
    assert 0.015 <= rows["label_noise"].mean() <= 0.045
    assert (rows["hard"] != "").mean() >= 0.25
    assert rows["text"].nunique() / len(rows) >= 0.97


def test_lengths_span_short_to_long(rows: pd.DataFrame) -> None:
    lengths = rows["text"].str.len()
    assert (lengths < 40).any() and (lengths > 800).any()


def test_group_split_shares_no_frame(rows: pd.DataFrame) -> None:
    parts = group_split(rows, group="frame", stratify=["category", "credibility"], seed=1)
    frames = [set(p["frame"]) for p in (parts.train, parts.val, parts.test)]
    assert not frames[0] & frames[1] and not frames[0] & frames[2] and not frames[1] & frames[2]
    assert len(parts.train) + len(parts.val) + len(parts.test) == len(rows)
    assert set(parts.test["credibility"]) == set(CREDIBILITY)
    assert set(parts.test["category"]) == set(CATEGORIES)


def test_stratified_split_keeps_proportions(rows: pd.DataFrame) -> None:
    parts = stratified_split(rows, stratify=["credibility"], seed=1)
    whole = rows["credibility"].value_counts(normalize=True)
    test = parts.test["credibility"].value_counts(normalize=True)
    assert (abs(whole - test) < 0.02).all()


def test_written_formats_round_trip(tmp_path: Path, rows: pd.DataFrame) -> None:
    small = rows.head(50)
    for ext in ("csv", "jsonl", "parquet"):
        write_table(small, tmp_path / f"c.{ext}")
        back = read_table(tmp_path / f"c.{ext}")
        assert back["text"].tolist() == small["text"].tolist()
