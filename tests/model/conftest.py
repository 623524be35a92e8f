"""Fixtures of the model tests: the committed sample corpus and a real screener fitted on it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from model.pipeline import Screener

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"


@pytest.fixture(scope="session")
def sample() -> pd.DataFrame:
    return pd.read_csv(SAMPLE)


@pytest.fixture(scope="session")
def screener(sample: pd.DataFrame) -> Screener:
    """A real model on the committed sample: frames split so validation phrasing is unseen."""
    from training.corpus.split import group_split

    parts = group_split(
        sample, group="frame", stratify=["category", "credibility"], val=0.15, test=0.01, seed=0
    )
    train = pd.concat([parts.train, parts.test])
    return Screener().fit(
        train["text"].tolist(),
        category=train["category"].tolist(),
        credibility=train["credibility"].tolist(),
        val_texts=parts.val["text"].tolist(),
        val_category=parts.val["category"].tolist(),
        val_credibility=parts.val["credibility"].tolist(),
    )
