"""The model's screening of a case, in the shape the case store keeps: the ONE place that knows the result's
shape (:func:`screen_case`).

What reviewers may see is fixed here, once: the masked text (the model's ``mask_personal``), evidence whose
text lies in the masked text (spans re-pointed into it), and details that survive masking. A value that was
masked (a phone, an ID, an e-mail, ...) can therefore never reach a reviewer through the evidence or details.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from model.details import mask_personal
from model.normalize import normalize
from service.loader import LoadedModel

_SPACE = re.compile(r"\s+")
TARGET_KINDS = ("persons", "agencies")


@dataclass(frozen=True)
class Screened:
    """One screening, ready to store."""

    model: dict[str, str | None]  # name, version, run_id
    decision: str
    credibility: str | None
    credibility_score: float | None
    flag_score: float | None
    category: str
    flags: list[str]
    uncertainty: float
    payload: dict[str, Any]  # credibility, category (with probabilities), evidence, details: reviewer-safe
    masked_text: str
    targets: list[str]  # normalised names of the persons, positions and agencies the report names


def screen_case(model: LoadedModel, text: str) -> Screened:
    """Screen one case's text with ``model`` and make every part of the result safe for reviewers."""
    result = model.screener.screen([text])[0].to_dict()  # model.result.ScreenResult: no personal data
    masked = mask_personal(text)
    evidence = [_repoint(ev, masked) for ev in result.get("evidence") or []]
    details = {
        key: [v for v in values if v and v in masked] for key, values in (result.get("details") or {}).items()
    }
    credibility = result.get("credibility")
    category = result.get("category") or {}
    probabilities = (credibility or category).get("probabilities") or {}
    return Screened(
        model=dict(model.ref),
        decision=str(result["decision"]),
        credibility=credibility["label"] if credibility else None,
        credibility_score=float(credibility["score"]) if credibility else None,
        flag_score=_float(credibility.get("flag_score")) if credibility else None,
        category=str(category.get("label", "other")),
        flags=list(result.get("flags") or []),
        uncertainty=normalised_entropy(probabilities),
        payload={
            "credibility": credibility,
            "category": category or None,
            "evidence": evidence,
            "details": details,
        },
        masked_text=masked,
        targets=targets_of(details),
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _repoint(ev: dict[str, Any], masked: str) -> dict[str, Any]:
    """Evidence with its span moved into the masked text (a placeholder points at the same placeholder there);
    text that is not in the masked text is hidden."""
    text, span = ev.get("text"), ev.get("span")
    if text is None:
        return {**ev, "span": None}
    starts = [m.start() for m in re.finditer(re.escape(text), masked)]
    if not starts:  # masked away: personal data, or a fragment of it
        kind = str(ev.get("feature", "")).partition(":")[0]
        return {**ev, "text": None, "span": None, "feature": f"{kind}:[personal data]"}
    near = span[0] if span else 0
    start = min(starts, key=lambda s: abs(s - near))
    return {**ev, "span": [start, start + len(text)]}


def normalised_entropy(probabilities: dict[str, float]) -> float:
    """The model's uncertainty: the entropy of its probabilities over the labels, 0 (sure) to 1 (uniform).

    >>> normalised_entropy({"a": 1.0, "b": 0.0})
    0.0
    >>> round(normalised_entropy({"a": 0.5, "b": 0.5}), 3)
    1.0
    """
    values = [p for p in probabilities.values() if p > 0]
    if len(probabilities) < 2:
        return 0.0
    entropy = -sum(p * math.log(p) for p in values)
    return round(min(1.0, max(0.0, entropy / math.log(len(probabilities)))), 6)


def target_key(value: str) -> str:
    """A name as compared across reports: normalised, without spaces or dots.

    >>> target_key("อบต. หนองบัว") == target_key("อบต.หนองบัว")
    True
    """
    return _SPACE.sub("", normalize(value)).replace(".", "")


def targets_of(details: dict[str, list[str]]) -> list[str]:
    """Who a report is about: each person and agency it names; a position counts alone only without an
    agency (``นายก`` of two different councils is not one target)."""
    found = [target_key(v) for kind in TARGET_KINDS for v in details.get(kind, [])]
    if not details.get("agencies"):
        found += [target_key(v) for v in details.get("positions", [])]
    return sorted({t for t in found if t})
