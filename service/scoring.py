"""Scoring: the model's typed results as API results (run in worker threads, never on the event loop).

Privacy is the model's job: a :class:`model.result.ScreenResult` never carries personal data, so the
service presents it as it is (no second extraction here).
"""

from __future__ import annotations

from model.result import ScreenResult as ModelResult
from service.loader import LoadedModel
from service.metrics import Metrics
from service.schemas import ScreenResult


def score(model: LoadedModel, texts: list[str], ids: list[str], metrics: Metrics) -> list[ScreenResult]:
    """Screen ``texts`` with one model call and shape each result for the API."""
    results = model.screener.screen(texts)
    metrics.predicted(results)
    return [present(result, rid, model) for result, rid in zip(results, ids, strict=True)]


def present(result: ModelResult, report_id: str, model: LoadedModel) -> ScreenResult:
    """One model result as the API's response model."""
    return ScreenResult.model_validate({**result.to_dict(), "id": report_id, "model": model.ref})
