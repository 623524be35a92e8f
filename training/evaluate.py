"""Evaluation of a screener on labelled texts: metrics, reports, figures and misclassified examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, f1_score

from model.pipeline import Screener


@dataclass
class Evaluation:
    metrics: dict[str, float]
    reports: dict[str, str] = field(default_factory=dict)
    confusion: dict[str, tuple[list[str], np.ndarray]] = field(default_factory=dict)
    reliability: tuple[np.ndarray, np.ndarray] | None = None
    predictions: pd.DataFrame | None = None


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 15) -> float:
    """ECE of the top-label confidence: the bin-weighted gap between confidence and accuracy.

    >>> round(expected_calibration_error(np.array([0.9, 0.9]), np.array([1, 0])), 2)
    0.4
    """
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            ece += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return float(ece)


def evaluate(
    screener: Screener,
    texts: list[str],
    *,
    category: list[str] | None = None,
    credibility: list[str] | None = None,
    prefix: str = "",
) -> Evaluation:
    """Score ``texts`` and compare with the given labels (either may be ``None``).

    Metric names (with ``prefix``): ``category_macro_f1``, ``category_accuracy``, ``credibility_macro_f1``,
    ``credibility_accuracy``, ``credible_not_flagged_rate``, ``malicious_flag_precision``,
    ``ece_credibility``, ``ece_category`` and per-class ``<head>_<label>_precision|recall|f1``.
    """
    results = screener.screen(texts, explain=False)
    metrics: dict[str, float] = {}
    ev = Evaluation(metrics)
    pred = pd.DataFrame({"text": texts, "decision": [r.decision for r in results]})
    for head, truth in (("category", category), ("credibility", credibility)):
        if truth is None or head not in screener.heads_:
            continue
        y_true = np.asarray([str(t) for t in truth], dtype=object)
        scores = [r.head(head) for r in results]
        y_pred = np.asarray([s.label if s else None for s in scores], dtype=object)
        conf = np.asarray([s.score if s else np.nan for s in scores])
        labels = sorted(set(y_true) | set(y_pred))
        metrics[f"{prefix}{head}_macro_f1"] = float(
            f1_score(y_true, y_pred, average="macro", labels=labels, zero_division=0)
        )
        metrics[f"{prefix}{head}_accuracy"] = float(accuracy_score(y_true, y_pred))
        metrics[f"{prefix}ece_{head}"] = expected_calibration_error(conf, (y_true == y_pred).astype(float))
        report = classification_report(y_true, y_pred, labels=labels, output_dict=True, zero_division=0)
        for label in labels:
            for stat in ("precision", "recall", "f1-score"):
                metrics[f"{prefix}{head}_{_safe(label)}_{stat.replace('-score', '')}"] = float(
                    report[label][stat]
                )
        ev.reports[head] = classification_report(y_true, y_pred, labels=labels, zero_division=0, digits=4)
        ev.confusion[head] = (labels, confusion_matrix(y_true, y_pred, labels=labels))
        pred[f"{head}_true"] = y_true
        pred[f"{head}_pred"] = y_pred
        pred[f"{head}_score"] = conf
        if head == "credibility":
            ev.reliability = (conf, (y_true == y_pred).astype(float))
            decisions = pred["decision"].to_numpy()
            credible = y_true == "credible"
            if credible.any():
                metrics[f"{prefix}credible_not_flagged_rate"] = float(
                    (decisions[credible] == "proceed").mean()
                )
            review = decisions == "review"
            metrics[f"{prefix}malicious_flag_precision"] = (
                float((y_true[review] == "malicious").mean()) if review.any() else 0.0
            )
            metrics[f"{prefix}flagged_share"] = float((decisions != "proceed").mean())
    ev.predictions = pred
    return ev


def _safe(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in label)


def misclassified(ev: Evaluation) -> pd.DataFrame:
    """Rows where any head is wrong, for the run's artefacts."""
    assert ev.predictions is not None
    df = ev.predictions
    wrong = pd.Series(False, index=df.index)
    for head in ("category", "credibility"):
        if f"{head}_true" in df:
            wrong |= df[f"{head}_true"] != df[f"{head}_pred"]
    return df[wrong]


def write_figures(ev: Evaluation, out_dir: Path) -> list[Path]:
    """Confusion-matrix and reliability-diagram PNGs, drawn by scikit-learn's ``ConfusionMatrixDisplay`` and
    ``CalibrationDisplay`` (``calibration_curve`` of the top-label confidence against being right)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.calibration import CalibrationDisplay
    from sklearn.metrics import ConfusionMatrixDisplay

    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for head, (labels, cm) in ev.confusion.items():
        fig, ax = plt.subplots(figsize=(1.0 + 0.7 * len(labels), 0.8 + 0.6 * len(labels)))
        ConfusionMatrixDisplay(cm, display_labels=labels).plot(
            ax=ax, cmap="Blues", xticks_rotation=45, colorbar=False
        )
        ax.set_title(f"{head}: confusion matrix")
        fig.tight_layout()
        path = out_dir / f"confusion_{head}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    if ev.reliability is not None:
        conf, correct = ev.reliability
        fig, ax = plt.subplots(figsize=(4.5, 4.5))
        CalibrationDisplay.from_predictions(correct, conf, n_bins=10, name="credibility head", ax=ax)
        ax.set_xlabel("confidence (top label)")
        ax.set_ylabel("accuracy")
        ax.set_title(f"reliability (credibility), n={len(conf)}")
        fig.tight_layout()
        path = out_dir / "reliability_credibility.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        paths.append(path)
    return paths


def summary(metrics: dict[str, Any]) -> dict[str, float]:
    """The headline metrics (those that apply), un-prefixed, for ``evaluate --json``."""
    keys = (
        "category_macro_f1",
        "category_accuracy",
        "credibility_macro_f1",
        "credible_not_flagged_rate",
        "malicious_flag_precision",
        "ece_credibility",
    )
    return {k: round(float(metrics[k]), 6) for k in keys if k in metrics}
