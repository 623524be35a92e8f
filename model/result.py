"""What :meth:`model.pipeline.Screener.screen` returns: frozen, typed results with one JSON shape.

Every front door presents these objects: the API validates its response from :meth:`ScreenResult.to_dict`,
the CLI prints it, the MLflow pyfunc flattens it (:func:`model.pyfunc.flatten`) and the case desk stores it.
Privacy is applied before a result is built: no field of a result carries personal data (evidence on
personal data shows a typed placeholder such as ``[โทรศัพท์]``, never the data itself).

The JSON shape of one result (``to_dict()``)::

    {
      "credibility": {"label": "credible", "score": 0.91,
                      "probabilities": {"credible": 0.91, "frivolous": 0.05, "malicious": 0.04},
                      "flag_score": 0.09},                      # null for a model without that head
      "category": {"label": "procurement", "score": 0.8, "probabilities": {...}},
      "decision": "proceed",                                    # proceed | review | deprioritize
      "flags": ["lacks_detail", ...],
      "evidence": [{"head": "credibility", "label": "credible", "feature": "word:ฮั้ว", "kind": "word",
                    "weight": 0.41, "direction": "raises", "span": [12, 16], "text": "ฮั้ว"}, ...],
      "details": {"dates": [...], "amounts": [...], "places": [...], "agencies": [...],
                  "positions": [...], "document_numbers": [...], "persons": [...]}
    }

``span`` is ``[start, end)`` in the text as submitted (``text == submitted[start:end]``, except for
personal data, whose ``text`` is its placeholder); ``weight`` is the evidence's contribution to the logit of
``label`` (positive: it ``raises`` the label's probability).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from model.labels import Decision, Direction

EvidenceKind = Literal["word", "cue", "detail", "personal", "document"]
"""Where a piece of evidence comes from: a whole token (its word and character n-grams summed), a topic cue
word, a detail span, personal data (shown as its placeholder) or a property of the whole text (its length,
its share of digits: no span)."""

DETAIL_KEYS: tuple[str, ...] = (
    "dates",
    "amounts",
    "places",
    "agencies",
    "positions",
    "document_numbers",
    "persons",
)
"""The lists of :class:`Details`, in their JSON order."""


@dataclass(frozen=True, slots=True)
class HeadScore:
    """One head's prediction: the label, its calibrated probability and every class's probability.

    ``flag_score`` (``1 - P(credible)``) is set for the credibility head only. ``probabilities`` is a plain
    mapping (results pickle and compare by value); treat it as read-only.
    """

    label: str
    score: float
    probabilities: Mapping[str, float]
    flag_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "score": self.score,
            "probabilities": dict(self.probabilities),
        }
        if self.flag_score is not None:
            out["flag_score"] = self.flag_score
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """Something in the text that moved a head's prediction, where a reviewer can check it.

    ``text`` is a whole token, cue word or detail span of the submitted text (``submitted[span[0]:span[1]]``),
    a placeholder for personal data, or ``None`` for a property of the whole text (``span`` is then
    ``None`` too).
    """

    head: str
    label: str
    feature: str
    kind: EvidenceKind
    weight: float
    span: tuple[int, int] | None
    text: str | None

    @property
    def direction(self) -> Direction:
        """``raises`` when the evidence pushes towards ``label``, else ``lowers``."""
        return "raises" if self.weight >= 0 else "lowers"

    def to_dict(self) -> dict[str, Any]:
        return {
            "head": self.head,
            "label": self.label,
            "feature": self.feature,
            "kind": self.kind,
            "weight": self.weight,
            "direction": self.direction,
            "span": list(self.span) if self.span is not None else None,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Details:
    """Concrete details found in the report, as written, each list in order of appearance without repeats.

    Personal data (national ID, phone, e-mail, bank account, LINE ID) and the reporter's own name are never
    among them.
    """

    dates: tuple[str, ...] = ()
    amounts: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    document_numbers: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()

    @classmethod
    def from_lists(cls, lists: Mapping[str, list[str] | tuple[str, ...]]) -> Details:
        return cls(**{key: tuple(lists.get(key, ())) for key in DETAIL_KEYS})

    def to_dict(self) -> dict[str, list[str]]:
        return {key: list(getattr(self, key)) for key in DETAIL_KEYS}


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The advisory screening of one report (people decide). See the module docstring for its JSON shape."""

    credibility: HeadScore | None
    category: HeadScore | None
    decision: Decision
    flags: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    details: Details = field(default_factory=Details)

    def head(self, name: str) -> HeadScore | None:
        """The score of head ``name`` (``"category"`` or ``"credibility"``)."""
        if name == "credibility":
            return self.credibility
        if name == "category":
            return self.category
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready shape every front door presents (see the module docstring)."""
        return {
            "credibility": self.credibility.to_dict() if self.credibility is not None else None,
            "category": self.category.to_dict() if self.category is not None else None,
            "decision": self.decision,
            "flags": list(self.flags),
            "evidence": [e.to_dict() for e in self.evidence],
            "details": self.details.to_dict(),
        }
