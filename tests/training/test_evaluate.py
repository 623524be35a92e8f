"""Evaluation figures are drawn by scikit-learn's displays and written as PNGs."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from training.evaluate import Evaluation, expected_calibration_error, write_figures


def test_write_figures_writes_confusion_and_reliability_pngs(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    conf = rng.uniform(0.3, 1.0, 200)
    correct = (rng.uniform(size=200) < conf).astype(float)
    labels = ["credible", "frivolous", "malicious"]
    ev = Evaluation({}, confusion={"credibility": (labels, np.array([[50, 2, 1], [3, 20, 2], [1, 1, 30]]))})
    ev.reliability = (conf, correct)
    paths = write_figures(ev, tmp_path / "figures")
    assert [p.name for p in paths] == ["confusion_credibility.png", "reliability_credibility.png"]
    for path in paths:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 5_000


def test_expected_calibration_error_of_a_calibrated_model_is_small() -> None:
    rng = np.random.default_rng(1)
    conf = rng.uniform(0.34, 1.0, 20_000)
    correct = (rng.uniform(size=conf.size) < conf).astype(float)
    assert expected_calibration_error(conf, correct) < 0.02
    assert expected_calibration_error(conf, np.zeros_like(conf)) > 0.5


def test_train_config_defaults_are_the_estimators_own() -> None:
    """One place for the defaults: the config's screener equals the estimators built with no arguments."""
    from model.features import ThaiFeatures
    from model.pipeline import Screener
    from training.train import TrainConfig

    made = TrainConfig().screener()
    assert made.features is not None
    assert made.features.get_params() == ThaiFeatures().get_params()
    assert {k: v for k, v in made.get_params(deep=False).items() if k != "features"} == {
        k: v for k, v in Screener().get_params(deep=False).items() if k != "features"
    }
    changed = TrainConfig(C_category=2.0, char_ngram_max=4).screener()
    assert changed.C_category == 2.0 and changed.features.char_ngram_range == (3, 4)
