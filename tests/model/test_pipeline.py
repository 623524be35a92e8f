"""The screening pipeline: the estimator contract, pickling, decisions, explanations and behaviour."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.exceptions import NotFittedError

from model.features import ThaiFeatures, word_ngrams
from model.pipeline import TEMPERATURE_BOUNDS, Screener, choose_flag_threshold, fit_temperature, softmax


def test_init_only_stores_parameters() -> None:
    s = Screener(C_category=3.0)
    assert s.get_params()["C_category"] == 3.0
    assert not hasattr(s, "heads_")
    with pytest.raises(NotFittedError, match="Screener is not fitted"):
        s.screen(["ทดสอบ"])
    with pytest.raises(NotFittedError):
        s.predict_proba(["ทดสอบ"])


def test_fit_clones_the_given_features(tiny_corpus) -> None:  # type: ignore[no-untyped-def]
    features = ThaiFeatures(word_min_df=1, char_min_df=1)
    screener = Screener(features=features, max_iter=300).fit(tiny_corpus.texts, category=tiny_corpus.category)
    assert not hasattr(features, "feature_names_")  # the caller's object is never fitted in place
    assert screener.features is features and screener.features_ is not features
    assert screener.features_.get_params() == features.get_params()


def test_temperature_is_a_bounded_minimum() -> None:
    rng = np.random.default_rng(1)
    z = rng.normal(0, 3, (400, 3))
    y = z.argmax(axis=1)  # always right: the sharper the better, up to the lower bound
    assert fit_temperature(z, y) == pytest.approx(TEMPERATURE_BOUNDS[0], rel=1e-2)
    assert fit_temperature(z, rng.integers(0, 3, 400)) > 5  # labels unrelated to the logits: flatten
    assert fit_temperature(z[:0], y[:0]) == 1.0


def test_fit_rejects_bad_labels() -> None:
    with pytest.raises(ValueError, match="at least one of"):
        Screener().fit(["ก", "ข"])
    with pytest.raises(ValueError, match="2 labels for 3 texts"):
        Screener().fit(["ก", "ข", "ค"], category=["a", "b"])
    with pytest.raises(ValueError, match="must include 'credible'"):
        Screener().fit(["ก", "ข"], credibility=["malicious", "frivolous"])
    with pytest.raises(ValueError, match="engine"):
        ThaiFeatures(engine="deepcut").fit(["ก"])


def test_word_ngrams() -> None:
    assert word_ngrams(["a", "b", "c"], low=2, high=3) == ["a b", "b c", "a b c"]


def test_temperature_and_threshold_helpers() -> None:
    rng = np.random.default_rng(0)
    z = np.eye(3)[rng.integers(0, 3, 500)] * 2 + rng.normal(0, 1, (500, 3))
    p_true = softmax(z)
    y = np.array([rng.choice(3, p=p) for p in p_true])  # labels drawn from softmax(z)
    logits = 4 * z  # a model four times over-confident
    t = fit_temperature(logits, y)
    assert 2.5 < t < 6
    nll = lambda temp: -np.log(softmax(logits / temp)[np.arange(500), y]).mean()  # noqa: E731
    assert nll(t) <= nll(1.0)
    scores = np.linspace(0, 1, 1000)
    thr = choose_flag_threshold(scores, 0.99)
    assert (scores < thr).mean() >= 0.99


def test_pickle_round_trip_gives_identical_results(screener: Screener) -> None:
    texts = ["ผู้รับเหมาเทถนนบางกว่าแบบ สัญญาเลขที่ 12/2568", "ไอ้ปลัดหน้าโง่ ไล่มันออกไป"]
    clone = pickle.loads(pickle.dumps(screener))
    assert clone.screen(texts) == screener.screen(texts)


def test_result_shape(screener: Screener) -> None:
    [result] = screener.screen(["เมื่อวันที่ 15 ม.ค. 68 ปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท แลกกับการออกใบอนุญาต"])
    r = result.to_dict()
    assert json.loads(json.dumps(r)) == r, "to_dict() is JSON-ready"
    assert set(r) == {"credibility", "category", "decision", "flags", "evidence", "details"}
    assert set(r["credibility"]["probabilities"]) == {"credible", "frivolous", "malicious"}
    assert abs(sum(r["credibility"]["probabilities"].values()) - 1) < 1e-3
    assert r["decision"] in {"proceed", "review", "deprioritize"}
    assert r["evidence"], "every score comes with evidence"
    for e in r["evidence"]:
        if e["span"] is not None:
            text = "เมื่อวันที่ 15 ม.ค. 68 ปลัด อบต.หนองบัว เรียกเงิน 5,000 บาท แลกกับการออกใบอนุญาต"
            assert text[e["span"][0] : e["span"][1]] == e["text"]
    assert r["details"]["amounts"]


def test_personal_data_is_flagged_and_never_echoed_as_evidence(screener: Screener) -> None:
    text = "ผมชื่อสมชาย โทร 081-234-5678 บัตรประชาชน 1-1020-30405-06-7 แจ้งว่าปลัดเรียกเงิน 2,000 บาท"
    [r] = screener.screen([text])
    assert "contains_personal_data" in r.flags
    for e in r.evidence:
        assert "081" not in (e.text or "") and "30405" not in (e.text or "")


def test_minimum_functionality(screener: Screener) -> None:
    service = screener.screen(["ไฟส่องสว่างหน้าซอยเสีย 3 ดวง มืดมาก ขอให้มาซ่อมด้วยครับ"])[0]
    assert service.category is not None and service.category.label == "service_issue"
    assert service.credibility is not None and service.credibility.label == "credible"


def test_one_head_model(sample: pd.DataFrame) -> None:
    s = Screener().fit(sample["text"].tolist()[:600], category=sample["category"].tolist()[:600])
    [r] = s.screen(["ถนนพังหน้าบ้าน"])
    assert r.credibility is None and r.decision == "proceed"
    assert r.category is not None and r.category.label in set(sample["category"])
    assert r.to_dict()["credibility"] is None


def test_each_head_has_its_own_class_weight(tiny_corpus) -> None:  # type: ignore[no-untyped-def]
    features = ThaiFeatures(word_min_df=1, char_min_df=1)
    s = Screener(features=features, class_weight="balanced", credibility_class_weight=None, max_iter=300)
    s.fit(tiny_corpus.texts, category=tiny_corpus.category, credibility=tiny_corpus.credibility)
    assert s.heads_["category"].class_weight == "balanced"
    assert s.heads_["credibility"].class_weight is None
    # a model pickled before the credibility head had its own weights used class_weight for both heads
    state = s.__getstate__()
    del state["credibility_class_weight"]
    old = Screener.__new__(Screener)
    old.__setstate__(state)
    assert old.get_params()["credibility_class_weight"] == "balanced"


def test_screening_in_blocks_equals_one_text_at_a_time(
    screener: Screener, sample: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = sample.text.tolist()[:7]
    monkeypatch.setattr("model.pipeline.SCREEN_BLOCK", 3)  # 7 texts: blocks of 3, 3 and 1
    blocked = [r.to_dict() for r in screener.screen(texts)]
    assert blocked == [screener.screen([t])[0].to_dict() for t in texts]
    assert [r.to_dict() for r in screener.screen(texts, explain=False)] == [
        screener.screen([t], explain=False)[0].to_dict() for t in texts
    ]
