"""The canary check before a swap: a candidate model scores a small bundled set of reports first.

``service/canary.json`` holds credible, frivolous and malicious Thai reports written for it, with their
categories (package data). The candidate is refused (:class:`CanaryFailed`, 409) when

* fewer than ``canary_min_credible_proceed`` of the credible canaries get ``proceed`` (whistleblowers
  first: a model that deprioritises credible reports never goes live), or
* a metric measured on the canary falls more than ``canary_max_drop`` below the same metric logged with the
  model's own run (``credible_not_flagged_rate``, ``credibility_macro_f1``, ``category_macro_f1``, read with
  or without the ``test_`` prefix): the artefact does not behave like the model that was evaluated.

The set is small, so the margin is wide: the check catches a broken or mis-thresholded artefact, it is not
an evaluation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from service.loader import ModelRejected


class CanaryFailed(ModelRejected):
    """The candidate failed the canary check; the old model keeps serving."""


@dataclass(frozen=True)
class Canary:
    text: str
    credibility: str
    category: str


@lru_cache(maxsize=1)
def canaries() -> tuple[Canary, ...]:
    """The bundled canary reports."""
    data = json.loads(files("service").joinpath("canary.json").read_text(encoding="utf-8"))
    return tuple(Canary(r["text"], r["credibility"], r["category"]) for r in data["reports"])


def macro_f1(truth: list[str], predicted: list[str | None], labels: list[str]) -> float:
    """Macro-averaged F1 over ``labels`` that occur in ``truth``.

    >>> macro_f1(["a", "a", "b"], ["a", "b", "b"], ["a", "b", "c"])
    0.6666666666666666
    """
    scores = []
    for label in labels:
        tp = sum(t == label and p == label for t, p in zip(truth, predicted, strict=True))
        fp = sum(t != label and p == label for t, p in zip(truth, predicted, strict=True))
        fn = sum(t == label and p != label for t, p in zip(truth, predicted, strict=True))
        if tp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def _decision(result: Any) -> str:
    return str(result["decision"] if isinstance(result, dict) else result.decision)


def _label(result: Any, head: str) -> str | None:
    """The label of ``head`` in a typed result (``model.result.ScreenResult``) or its dict form."""
    score = result.get(head) if isinstance(result, dict) else getattr(result, head, None)
    if score is None:
        return None
    return str(score["label"] if isinstance(score, dict) else score.label)


def _logged(metrics: dict[str, float], name: str) -> float | None:
    for key in (f"test_{name}", name):
        if key in metrics:
            return float(metrics[key])
    return None


def measure(screener: Any, description: dict[str, Any]) -> dict[str, float]:
    """The candidate's metrics on the canary set (those its heads allow)."""
    items = canaries()
    results = screener.screen([c.text for c in items])
    labels = description.get("labels", {})
    measured: dict[str, float] = {}
    credible = [r for c, r in zip(items, results, strict=True) if c.credibility == "credible"]
    measured["credible_not_flagged_rate"] = sum(_decision(r) == "proceed" for r in credible) / len(credible)
    if labels.get("credibility"):
        predicted = [_label(r, "credibility") for r in results]
        measured["credibility_macro_f1"] = macro_f1(
            [c.credibility for c in items], predicted, list(labels["credibility"])
        )
    known = set(labels.get("category") or ())
    pairs = [  # categories of credible reports only: a slur's category is anybody's guess
        (c.category, r)
        for c, r in zip(items, results, strict=True)
        if c.category in known and c.credibility == "credible"
    ]
    if len({cat for cat, _ in pairs}) >= 2:  # the model knows enough of the canary's categories to compare
        measured["category_macro_f1"] = macro_f1(
            [cat for cat, _ in pairs],
            [_label(r, "category") for _, r in pairs],
            sorted(known),
        )
    return measured


def check(
    screener: Any,
    description: dict[str, Any],
    logged: dict[str, float],
    *,
    min_credible_proceed: float,
    max_drop: float,
) -> dict[str, float]:
    """Run the canary; return what it measured, or raise :class:`CanaryFailed` saying why."""
    try:
        measured = measure(screener, description)
    except Exception as exc:
        raise CanaryFailed(f"the model failed the canary check: {type(exc).__name__}") from exc
    problems = []
    rate = measured["credible_not_flagged_rate"]
    if rate < min_credible_proceed:
        problems.append(
            f"only {rate:.0%} of the credible canary reports get proceed (at least {min_credible_proceed:.0%})"
        )
    for name, value in measured.items():
        claimed = _logged(logged, name)
        if claimed is not None and value < claimed - max_drop:
            problems.append(
                f"{name} is {value:.2f} on the canary set but {claimed:.2f} in the model's run "
                f"(more than {max_drop:.2f} below)"
            )
    if problems:
        raise CanaryFailed("the model failed the canary check: " + "; ".join(problems))
    return measured
