"""The typed result contract: frozen, slotted, one JSON shape (the keys every front door relies on)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from model.labels import CATEGORIES, CREDIBILITY, DECISIONS, DIRECTIONS, HEADS
from model.result import DETAIL_KEYS, Details, Evidence, HeadScore, ScreenResult


def _result() -> ScreenResult:
    cred = HeadScore("credible", 0.9, {"credible": 0.9, "frivolous": 0.06, "malicious": 0.04}, flag_score=0.1)
    cat = HeadScore("bribery", 0.7, {"bribery": 0.7, "procurement": 0.3})
    ev = (
        Evidence("credibility", "credible", "word:สัญญา", "word", 0.42, (3, 8), "สัญญา"),
        Evidence("credibility", "credible", "detail:insult", "detail", -0.2, (10, 13), "ไอ้"),
        Evidence("category", "bribery", "detail:length", "document", 0.01, None, None),
    )
    return ScreenResult(cred, cat, "proceed", ("lacks_detail",), ev, Details(amounts=("5,000 บาท",)))


def test_to_dict_keeps_the_documented_keys() -> None:
    d = _result().to_dict()
    assert set(d) == {"credibility", "category", "decision", "flags", "evidence", "details"}
    assert set(d["credibility"]) == {"label", "score", "probabilities", "flag_score"}
    assert set(d["category"]) == {"label", "score", "probabilities"}
    assert set(d["evidence"][0]) == {
        "head",
        "label",
        "feature",
        "kind",
        "weight",
        "direction",
        "span",
        "text",
    }
    assert [e["direction"] for e in d["evidence"]] == ["raises", "lowers", "raises"]
    assert d["evidence"][0]["span"] == [3, 8] and d["evidence"][2]["span"] is None
    assert list(d["details"]) == list(DETAIL_KEYS)
    assert d["details"]["amounts"] == ["5,000 บาท"] and d["details"]["persons"] == []
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_results_are_frozen_and_slotted() -> None:
    r = _result()
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.decision = "review"  # type: ignore[misc]
    for obj in (r, r.credibility, r.evidence[0], r.details):
        assert not hasattr(obj, "__dict__")


def test_head_lookup_and_one_head_results() -> None:
    r = dataclasses.replace(_result(), credibility=None)
    assert r.head("credibility") is None and r.head("category") is r.category
    assert r.to_dict()["credibility"] is None
    with pytest.raises(KeyError):
        r.head("colour")


def test_vocabularies() -> None:
    assert CREDIBILITY == ("credible", "frivolous", "malicious")
    assert DECISIONS == ("proceed", "review", "deprioritize")
    assert HEADS == ("category", "credibility") and DIRECTIONS == ("raises", "lowers")
    assert len(CATEGORIES) == 8 and "service_issue" in CATEGORIES


def test_corpus_uses_the_model_vocabulary() -> None:
    from training.corpus.frames import base

    assert base.CATEGORIES is CATEGORIES and base.CREDIBILITY is CREDIBILITY
