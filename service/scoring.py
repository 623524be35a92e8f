"""Scoring: the model's results as API results (run in worker threads, never on the event loop)."""

from __future__ import annotations

from typing import Any

from model.details import PERSONAL_KINDS, extract
from service.loader import LoadedModel
from service.metrics import Metrics
from service.schemas import ScreenResult


def score(model: LoadedModel, texts: list[str], ids: list[str], metrics: Metrics) -> list[ScreenResult]:
    """Screen ``texts`` with one model call and shape each result for the API."""
    raws = model.screener.screen(texts)
    metrics.predicted(raws)
    return [_result(raw, text, rid, model) for raw, text, rid in zip(raws, texts, ids, strict=True)]


def _result(raw: dict[str, Any], text: str, report_id: str, model: LoadedModel) -> ScreenResult:
    result = {
        key: raw[key] for key in ("credibility", "category", "decision", "flags", "evidence", "details")
    }
    if "contains_personal_data" in result["flags"]:
        result["evidence"] = hide_personal_evidence(text, result["evidence"])
    return ScreenResult.model_validate({**result, "id": report_id, "model": model.ref})


def hide_personal_evidence(text: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Redact evidence whose span lies on personal data: ``text`` becomes null, the n-gram in ``feature`` too.

    The model already nulls the text of its personal-data features; this also covers a word or character
    n-gram that happens to lie inside a phone number or an ID. Only texts flagged ``contains_personal_data``
    pay for the second extraction.
    """
    personal = [(s.start, s.end) for s in extract(text) if s.kind in PERSONAL_KINDS]
    out = []
    for ev in evidence:
        span = ev.get("span")
        if (
            ev.get("text") is not None
            and span
            and any(span[0] < end and start < span[1] for start, end in personal)
        ):
            kind = str(ev["feature"]).partition(":")[0]
            ev = {
                **ev,
                "text": None,
                "feature": ev["feature"] if kind == "detail" else f"{kind}:[personal data]",
            }
        out.append(ev)
    return out
