"""Privacy inside the model: planted personal data is found, masked exactly, and never returned.

The planted suite (``tests/conftest.py``) holds every form the privacy rules name, in several positions and
scripts; the service and the CLI run it too (``tests/service/test_privacy.py``, ``tests/training``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from model.details import PERSONAL_KINDS, extract, mask_personal, summarize
from model.pipeline import Screener
from model.pyfunc import OUTPUT_COLUMNS, ScreenerModel

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"


@pytest.fixture(scope="module")
def screener() -> Screener:
    df = pd.read_csv(SAMPLE).iloc[:700]
    return Screener(max_iter=300).fit(
        df["text"].tolist(), category=df["category"].tolist(), credibility=df["credibility"].tolist()
    )


def test_every_planted_form_is_found_and_masked_exactly(planted: list) -> None:
    missed = [case for case in planted if mask_personal(case.text) != case.masked]
    assert not missed, "\n".join(f"{c.kind} {c.value!r}: {mask_personal(c.text)!r}" for c in missed[:10])
    assert len({c.kind for c in planted}) == len(PERSONAL_KINDS)


def test_planted_spans_are_exact_on_any_normal_form(planted: list) -> None:
    for case in planted:
        spans = [s for s in extract(case.text) if s.kind in PERSONAL_KINDS]
        assert [(s.kind, s.start, s.end) for s in spans] == [(case.kind, case.start, case.end)], case.text
        assert all(case.text[s.start : s.end] == s.text for s in spans)


def test_the_reporter_is_never_a_person_of_the_report(planted: list) -> None:
    for case in planted:
        if case.kind == "reporter":
            persons = summarize(extract(case.text))["persons"]
            assert not any(case.value in p or p in case.value for p in persons), (case.text, persons)


def test_model_path_returns_no_planted_data(screener: Screener, planted: list) -> None:
    results = screener.screen([c.text for c in planted])
    leaks = {c.text: c.leaks_in(r.to_dict()) for c, r in zip(planted, results, strict=True)}
    leaks = {t: found for t, found in leaks.items() if found}
    assert not leaks, list(leaks.items())[:5]
    for case, result in zip(planted, results, strict=True):
        assert "contains_personal_data" in result.flags, case.text


def test_pyfunc_path_returns_no_planted_data(screener: Screener, planted: list) -> None:
    frame = ScreenerModel(screener).predict(None, pd.DataFrame({"text": [c.text for c in planted]}))
    assert list(frame.columns) == list(OUTPUT_COLUMNS)
    leaks = []
    for case, row in zip(planted, frame.itertuples(index=False), strict=True):
        shape = {
            "evidence": json.loads(row.evidence),
            "details": json.loads(row.details),
            "flags": json.loads(row.flags),
        }
        leaks += case.leaks_in(shape)
    assert not leaks, leaks[:5]


def test_evidence_never_lies_inside_personal_data(screener: Screener) -> None:
    text = "ผมนายสมชาย ใจดี โทร 081-234-5678 ไลน์ somchai_99 ขอร้องเรียนนายวิชัย รักไทย ปลัด อบต.บ้านโคก เรียกเงิน 5,000 บาท"
    [result] = screener.screen([text], evidence=40)
    personal = [s for s in extract(text) if s.kind in PERSONAL_KINDS]
    assert {s.kind for s in personal} == {"reporter", "phone", "line_id"}
    for ev in result.evidence:
        if ev.span is not None and ev.kind != "personal":
            assert not any(s.start < ev.span[1] and ev.span[0] < s.end for s in personal), ev
    assert result.details.persons == ("นายวิชัย รักไทย",)  # the accused stays
