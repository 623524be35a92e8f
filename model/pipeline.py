"""The screening pipeline: one object from raw Thai text to an explained, calibrated, advisory result.

Training, the service, the CLI and batch scoring all call :meth:`Screener.screen`; there is one code path.

Decision policy (advisory: people decide):

- ``flag_score = 1 - P(credible)``. A report is flagged when ``flag_score >= flag_threshold_``, the
  threshold chosen on validation data so that at least ``credible_proceed_target`` (default 99%, with a
  safety margin) of credible validation reports are *not* flagged;
- a flagged report goes to ``review`` when malicious is likelier than frivolous, else ``deprioritize``;
- everything else is ``proceed``. Without a credibility head every report is ``proceed``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax
from sklearn.base import BaseEstimator, clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from model.details import PERSONAL_KINDS, SUBSTANTIVE_KINDS, summarize
from model.explain import Explainer
from model.features import Counting, Doc, ThaiFeatures
from model.labels import CREDIBILITY, DECISIONS, HEADS
from model.result import Details, Evidence, HeadScore, ScreenResult

TEMPERATURE_BOUNDS = (0.05, 20.0)
SCREEN_BLOCK = 256
"""Texts screened together: a block's n-gram occurrences and contributions (about a megabyte) stay in the
processor's cache; for 2,000 texts, evidence took about 110 us a text in one block and 90 us in blocks of 256
(``bench/speed.py``)."""

__all__ = [
    "CREDIBILITY",
    "DECISIONS",
    "HEADS",
    "NotFittedError",
    "ScreenResult",
    "Screener",
    "fit_temperature",
]
# NotFittedError is scikit-learn's (sklearn.exceptions), raised by check_is_fitted; re-exported for callers


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimising the negative log-likelihood of ``softmax(logits / T)`` on ``y``.

    A bounded 1-D minimisation (Brent's method on ``log T``, ``T`` in :data:`TEMPERATURE_BOUNDS`); the
    likelihood is computed with a stable log-softmax. Returns 1 when there is nothing to calibrate on.

    >>> z = np.array([[4.0, 0.0], [0.0, 4.0], [4.0, 0.0], [0.0, 4.0]])
    >>> round(fit_temperature(z, np.array([0, 1, 1, 0])), 2) == TEMPERATURE_BOUNDS[1]  # coin flips: flatten
    True
    """
    if len(y) == 0:
        return 1.0
    rows = np.arange(len(y))

    def nll(log_t: float) -> float:
        return float(-log_softmax(logits / np.exp(log_t), axis=1)[rows, y].mean())

    low, high = np.log(TEMPERATURE_BOUNDS)
    result = minimize_scalar(nll, bounds=(low, high), method="bounded", options={"xatol": 1e-4})
    return float(np.exp(result.x))


def choose_flag_threshold(flag_scores: np.ndarray, target: float) -> float:
    """The smallest threshold that leaves at least ``target`` of ``flag_scores`` strictly below it."""
    if len(flag_scores) == 0:
        return 1.0
    q = float(np.quantile(flag_scores, target, method="higher"))
    return float(min(np.nextafter(q, np.inf), 1.0))


def _logits(clf: LogisticRegression, X: Any) -> np.ndarray:
    """``clf.decision_function(X)`` without scikit-learn's per-call input validation (about 0.3 ms a call,
    most of a single report's scoring time); ``X`` comes from our own transformer, so it is already valid."""
    z = np.asarray(X @ clf.coef_.T) + clf.intercept_
    if z.shape[1] == 1:  # binary: one column for the second class
        z = z[:, 0]
        z = np.column_stack([-z / 2, z / 2])
    return z


class Screener(BaseEstimator):
    """Thai report screening: category and credibility heads over shared features.

    Parameters
    ----------
    features
        The feature transformer (a fresh :class:`ThaiFeatures` when ``None``).
    C_category, C_credibility
        Inverse regularisation of each head's logistic regression.
    class_weight
        Class weights of the category head (``"balanced"`` protects rare categories).
    credibility_class_weight
        Class weights of the credibility head. ``None`` (the default) keeps the training mix: balanced weights
        raise the rare frivolous and malicious classes, and on real tickets they sent credible reports to
        ``frivolous`` (6.9% of real-dev's credible tickets, against 3.0% unweighted; ``bench/realdev.py``).
    credible_proceed_target
        Share of credible validation reports that must get ``proceed``.
    threshold_margin
        Added to the target when choosing the threshold, so the target holds on unseen data too: on real tickets
        after training on the synthetic corpus, 0.005 gave 98.8% credible ``proceed`` (``bench/realdev.py``,
        three corpus seeds), 0.008 gave 100%.
    max_iter
        Solver iterations per head.
    """

    def __init__(
        self,
        *,
        features: ThaiFeatures | None = None,
        C_category: float = 8.0,
        C_credibility: float = 0.5,
        class_weight: str | None = "balanced",
        credibility_class_weight: str | None = None,
        credible_proceed_target: float = 0.99,
        threshold_margin: float = 0.008,
        max_iter: int = 2000,
    ) -> None:
        self.features = features
        self.C_category = C_category
        self.C_credibility = C_credibility
        self.class_weight = class_weight
        self.credibility_class_weight = credibility_class_weight
        self.credible_proceed_target = credible_proceed_target
        self.threshold_margin = threshold_margin
        self.max_iter = max_iter

    # --- fitting ---------------------------------------------------------------------------

    def fit(
        self,
        texts: Sequence[str],
        *,
        category: Sequence[str] | None = None,
        credibility: Sequence[str] | None = None,
        val_texts: Sequence[str] | None = None,
        val_category: Sequence[str] | None = None,
        val_credibility: Sequence[str] | None = None,
    ) -> Screener:
        """Fit features and heads on the training texts; calibrate and set thresholds on validation.

        Without validation texts the temperatures stay 1 and the threshold is set on the training texts
        (optimistic: pass validation data for a real model).
        """
        labels = {"category": category, "credibility": credibility}
        if all(v is None for v in labels.values()):
            raise ValueError("fit needs at least one of category= or credibility=")
        for head, y in labels.items():
            if y is not None and len(y) != len(texts):
                raise ValueError(f"{head} has {len(y)} labels for {len(texts)} texts")
        if not 0.5 <= self.credible_proceed_target < 1:
            raise ValueError(
                f"credible_proceed_target must be in [0.5, 1), got {self.credible_proceed_target}"
            )
        if credibility is not None and "credible" not in set(credibility):
            raise ValueError(f"credibility labels must include 'credible'; got {sorted(set(credibility))}")
        self.features_ = clone(self.features) if self.features is not None else ThaiFeatures()
        X = self.features_.fit_transform(list(texts))
        self.heads_: dict[str, LogisticRegression] = {}
        self.classes_: dict[str, list[str]] = {}
        self.temperature_: dict[str, float] = {}
        for head, y in labels.items():
            if y is None:
                continue
            y_arr = np.asarray(y, dtype=object)
            classes = sorted(set(y_arr))
            if len(classes) < 2:
                raise ValueError(f"{head} needs at least two labels, got {classes}")
            clf = LogisticRegression(
                C=self.C_category if head == "category" else self.C_credibility,
                class_weight=self.class_weight if head == "category" else self.credibility_class_weight,
                max_iter=self.max_iter,
            )
            clf.fit(X, y_arr)
            self.heads_[head] = clf
            self.classes_[head] = [str(c) for c in clf.classes_]
            self.temperature_[head] = 1.0
        val = {"category": val_category, "credibility": val_credibility}
        if val_texts is not None and len(val_texts) > 0:
            Xv = self.features_.transform(list(val_texts))
            for head, clf in self.heads_.items():
                yv = val[head]
                if yv is None:
                    continue
                known = np.isin(np.asarray(yv, dtype=object), clf.classes_)
                idx = np.searchsorted(clf.classes_, np.asarray(yv, dtype=object)[known])
                self.temperature_[head] = fit_temperature(_logits(clf, Xv[known]), idx)
            flag_texts, flag_y = Xv, val_credibility
        else:
            flag_texts, flag_y = X, credibility
        self.flag_threshold_ = 1.0
        if "credibility" in self.heads_ and flag_y is not None:
            p = self._proba("credibility", flag_texts)
            credible = np.asarray(flag_y, dtype=object) == "credible"
            scores = 1.0 - p[:, self.classes_["credibility"].index("credible")]
            target = min(self.credible_proceed_target + self.threshold_margin, 0.9999)
            self.flag_threshold_ = choose_flag_threshold(scores[credible], target)
        self.n_features_ = X.shape[1]
        return self

    # --- prediction ------------------------------------------------------------------------

    def _proba(self, head: str, X: Any) -> np.ndarray:
        return softmax(_logits(self.heads_[head], X) / self.temperature_[head])

    def predict_proba(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Calibrated probabilities per head (columns in ``classes_[head]`` order)."""
        self._check()
        X = self.features_.transform(list(texts))
        return {head: self._proba(head, X) for head in self.heads_}

    def decide(self, p_credibility: np.ndarray) -> list[str]:
        """The advisory decision for each row of credibility probabilities."""
        classes = self.classes_["credibility"]
        flag = 1.0 - p_credibility[:, classes.index("credible")]
        mal = p_credibility[:, classes.index("malicious")] if "malicious" in classes else np.zeros(len(flag))
        friv = p_credibility[:, classes.index("frivolous")] if "frivolous" in classes else np.zeros(len(flag))
        out = []
        for f, m, v in zip(flag, mal, friv, strict=True):
            if f < self.flag_threshold_:
                out.append("proceed")
            else:
                out.append("review" if m >= v else "deprioritize")
        return out

    def screen(self, texts: Sequence[str], *, evidence: int = 8, explain: bool = True) -> list[ScreenResult]:
        """Screen reports: labels, probabilities, decision, flags, evidence and extracted details.

        Returns one :class:`model.result.ScreenResult` per text (its ``to_dict()`` is the JSON shape of every
        front door). ``evidence`` caps the evidence items per head; ``explain=False`` skips the evidence
        (batch callers that only need the scores).
        """
        self._check()
        if len(texts) == 0:
            return []
        if len(texts) > SCREEN_BLOCK:
            # block by block, so that a block's working arrays stay in the processor's cache; by position,
            # whatever the sequence (a pandas Series would slice by label)
            texts = list(texts)
            return [
                result
                for start in range(0, len(texts), SCREEN_BLOCK)
                for result in self.screen(
                    texts[start : start + SCREEN_BLOCK], evidence=evidence, explain=explain
                )
            ]
        explained = explain and evidence > 0
        docs = self.features_.prepare(list(texts), offsets=explained)  # the offsets serve the evidence only
        X, counting = (
            self.features_.transform_counted(docs)
            if explained
            else (self.features_.transform_docs(docs), None)
        )
        probs = {head: self._proba(head, X) for head in self.heads_}
        decisions = self.decide(probs["credibility"]) if "credibility" in probs else ["proceed"] * len(docs)
        per_head = {head: _head_scores(head, self.classes_[head], p) for head, p in probs.items()}
        all_scores: list[dict[str, HeadScore | None]] = [
            {head: per_head[head][i] if head in per_head else None for head in HEADS}
            for i in range(len(docs))
        ]
        evidence_lists = (
            self._evidence(docs, X, all_scores, evidence, counting) if explained else [[] for _ in docs]
        )
        results = []
        for doc, scores, decision, items in zip(docs, all_scores, decisions, evidence_lists, strict=True):
            results.append(
                ScreenResult(
                    credibility=scores["credibility"],
                    category=scores["category"],
                    decision=decision,  # type: ignore[arg-type]
                    flags=tuple(_flags(doc)),
                    evidence=tuple(items),
                    details=Details.from_lists(summarize(doc.spans)),
                )
            )
        return results

    # --- explanations ----------------------------------------------------------------------

    def _centred_coef(self, head: str) -> np.ndarray:
        """Per-class weights minus their mean over classes, scaled by the temperature (what moves a
        softmax probability), computed once."""
        cache = self.__dict__.setdefault("_centred_cache", {})
        if head not in cache:
            coef = self.heads_[head].coef_
            if coef.shape[0] == 1:  # binary: one weight vector for the second class
                coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            cache[head] = (coef - coef.mean(axis=0)) / self.temperature_[head]
        return cache[head]

    def _explainer(self) -> Explainer:
        explainer = self.__dict__.get("_explainer_cache")
        if explainer is None:
            explainer = self.__dict__["_explainer_cache"] = Explainer(self.features_)
        return explainer

    def _evidence(
        self,
        docs: list[Doc],
        X: Any,
        scores: list[dict[str, HeadScore | None]],
        top: int,
        counting: Counting | None = None,
    ) -> list[list[Evidence]]:
        """At most ``top`` items for the credibility head and ``top // 2`` for the category head (``top`` for
        a category-only model), each a whole word, cue word or detail span (:mod:`model.explain`)."""
        if top <= 0:
            return [[] for _ in docs]
        budget = (
            {"credibility": top, "category": max(top // 2, 1)}
            if "credibility" in self.heads_
            else {"category": top}
        )
        heads = []
        for head, n in budget.items():
            if head not in self.heads_:
                continue
            labels = [s[head].label for s in scores]  # type: ignore[union-attr]
            k = np.asarray([self.classes_[head].index(label) for label in labels], dtype=np.int64)
            heads.append((head, labels, self._centred_coef(head), k, n))
        return self._explainer().explain(docs, X, heads, counting)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        state.pop("_centred_cache", None)  # derived; rebuilt on first use
        state.pop("_explainer_cache", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a model pickled before the credibility head had its own weights used ``class_weight`` for both
        state.setdefault("credibility_class_weight", state.get("class_weight"))
        super().__setstate__(state)

    def _check(self) -> None:
        check_is_fitted(
            self, "heads_", msg="This %(name)s is not fitted: call fit() or load a trained model."
        )

    # --- description -----------------------------------------------------------------------

    def describe(self) -> dict[str, Any]:
        """Labels, thresholds and sizes, for the model endpoint and the run's parameters."""
        self._check()
        return {
            "heads": list(self.heads_),
            "labels": dict(self.classes_),
            "thresholds": {
                "flag": self.flag_threshold_,
                "credible_proceed_target": self.credible_proceed_target,
            },
            "temperatures": dict(self.temperature_),
            "n_features": int(self.n_features_),
        }


def _head_scores(head: str, classes: list[str], p: np.ndarray) -> list[HeadScore]:
    """One head's :class:`HeadScore` for each row of probabilities ``p`` (the arrays read once, as Python
    floats, rather than element by element)."""
    best = p.argmax(axis=1).tolist()
    rows = p.tolist()
    credible = classes.index("credible") if head == "credibility" and "credible" in classes else -1
    out = []
    for row, k in zip(rows, best, strict=True):
        probabilities = {c: round(v, 6) for c, v in zip(classes, row, strict=True)}
        flag = None
        if head == "credibility":
            flag = round(1.0 - (probabilities[classes[credible]] if credible >= 0 else 0.0), 6)
        out.append(HeadScore(classes[k], row[k], probabilities, flag))
    return out


def _flags(doc: Doc) -> list[str]:
    kinds = {s.kind for s in doc.spans}
    flags = []
    if "insult" in kinds:
        flags.append("abusive_language")
    if "threat" in kinds:
        flags.append("threat")
    if "demand" in kinds:
        flags.append("demands_removal")
    if not kinds.intersection(SUBSTANTIVE_KINDS):
        flags.append("lacks_detail")
    if kinds & PERSONAL_KINDS:
        flags.append("contains_personal_data")
    return flags
