"""Scoring: the model's typed results as API results (run in worker threads, never on the event loop).

Privacy is the model's job: a :class:`model.result.ScreenResult` never carries personal data, so the
service presents it as it is (no second extraction here).

The scoring routes answer with JSON serialised here, in the worker thread, by :func:`result_json`: the
response models of :mod:`service.schemas` stay the documented contract (OpenAPI, ``response_model``), and
``tests/service/test_scoring.py`` checks that these bytes are exactly what validating and dumping those
models gives. Building and validating a pydantic model per result (about 6% of a worker's busy time in the
profile under ``bench/serve.py`` load), then FastAPI validating and serialising it again on the event loop,
is work a result the model already typed does not need.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from model.result import DETAIL_KEYS, HeadScore
from model.result import ScreenResult as ModelResult
from service.loader import LoadedModel
from service.metrics import Metrics


def score(model: LoadedModel, texts: list[str], ids: list[str], metrics: Metrics) -> list[bytes]:
    """Screen ``texts`` with one model call; each result as the API's JSON (:func:`result_json`)."""
    results = model.screener.screen(texts)
    metrics.predicted(results)
    ref = model_ref(model)
    return [result_json(result, rid, ref) for result, rid in zip(results, ids, strict=True)]


def model_ref(model: LoadedModel) -> dict[str, str | None]:
    """The ``model`` object of a result: exactly the fields of :class:`service.schemas.ModelRef`."""
    ref = model.ref
    return {"name": ref.get("name"), "version": ref.get("version"), "run_id": ref.get("run_id")}


def result_json(result: ModelResult, report_id: str, ref: Mapping[str, str | None]) -> bytes:
    """One result as the bytes of :class:`service.schemas.ScreenResult` in JSON (UTF-8, compact)."""
    return orjson.dumps(api_dict(result, report_id, ref), default=_plain)


def batch_json(items: Sequence[bytes]) -> bytes:
    """The bytes of :class:`service.schemas.BatchResponse` from its results' bytes."""
    return b'{"results":[' + b",".join(items) + b"]}"


def api_dict(result: ModelResult, report_id: str, ref: Mapping[str, str | None]) -> dict[str, Any]:
    """A result in the shape and field order of :class:`service.schemas.ScreenResult`, values coerced as
    its validation does (floats as ``float``, spans as lists of ``int``, absent optional fields ``null``)."""
    details = result.details
    return {
        "id": report_id,
        "credibility": _head(result.credibility, flag_score=True),
        "category": _head(result.category, flag_score=False),
        "decision": result.decision,
        "flags": list(result.flags),
        "evidence": [
            {
                "feature": e.feature,
                "kind": e.kind,
                "weight": float(e.weight),
                "direction": e.direction,
                "span": None if e.span is None else [int(e.span[0]), int(e.span[1])],
                "text": e.text,
                "head": e.head,
                "label": e.label,
            }
            for e in result.evidence
        ],
        "details": {key: list(getattr(details, key)) for key in DETAIL_KEYS},
        "model": dict(ref),
    }


def _head(head: HeadScore | None, *, flag_score: bool) -> dict[str, Any] | None:
    if head is None:
        return None
    out: dict[str, Any] = {
        "label": head.label,
        "score": None if head.score is None else float(head.score),
        "probabilities": {str(k): float(v) for k, v in head.probabilities.items()},
    }
    if flag_score:  # Credibility has it (null when absent); Category does not
        out["flag_score"] = None if head.flag_score is None else float(head.flag_score)
    return out


def _plain(value: Any) -> Any:
    """What orjson cannot serialise itself: numpy scalars, as the Python numbers pydantic makes of them."""
    item = getattr(value, "item", None)
    if item is not None:
        return item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
