"""Evidence a reviewer can check: whole tokens, cue words and detail spans of the original text, never a
fragment; contributions that add up; at most N items per head."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from model.details import PERSONAL_KINDS, PLACEHOLDERS, extract
from model.explain import Explainer
from model.features import prepare
from model.pipeline import Screener
from model.tokenize import tokenize
from model.topics import TOPIC_TERMS, TOPICS, topic_matches

SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return pd.read_csv(SAMPLE)


@pytest.fixture(scope="module")
def screener(data: pd.DataFrame) -> Screener:
    train = data.iloc[:700]
    return Screener(max_iter=300).fit(
        train["text"].tolist(), category=train["category"].tolist(), credibility=train["credibility"].tolist()
    )


@pytest.fixture(scope="module")
def texts(data: pd.DataFrame, planted: list) -> list[str]:
    unseen = data["text"].iloc[700:1000].tolist()
    return unseen + [c.text for c in planted[::6]]  # 300 reports and 100 with personal data, some not NFC


def test_every_evidence_text_is_a_whole_token_cue_or_detail(screener: Screener, texts: list[str]) -> None:
    assert len(texts) >= 300
    results = screener.screen(texts, evidence=12)
    checked = 0
    for text, result in zip(texts, results, strict=True):
        doc = prepare(text)
        token_spans = [doc.raw_span(s, e) for _, s, e in doc.tokens]
        starts, ends = {a for a, _ in token_spans}, {b for _, b in token_spans}
        spans = extract(text)
        for ev in result.evidence:
            assert ev.direction == ("raises" if ev.weight >= 0 else "lowers")
            if ev.kind == "document":
                assert ev.span is None and ev.text is None
                continue
            assert ev.span is not None, ev
            a, b = ev.span
            if ev.kind == "personal":
                assert ev.text in PLACEHOLDERS.values()
                assert any((s.start, s.end) == (a, b) and s.kind in PERSONAL_KINDS for s in spans)
                continue
            assert text[a:b] == ev.text, (ev, text)
            if ev.kind == "word":
                assert (a, b) in token_spans, (ev, text)  # a whole token, never a character n-gram
                assert ev.feature.startswith("word:")
            elif ev.kind == "cue":
                assert a in starts and b in ends, (ev, text)  # whole tokens
                topic = ev.feature.removeprefix("detail:topic_")
                assert "".join(tokenize(ev.text)) in {"".join(tokenize(t)) for t in TOPIC_TERMS[topic]}
            else:
                assert ev.kind == "detail"
                assert any(
                    (s.start, s.end, s.kind) == (a, b, ev.feature.removeprefix("detail:")) for s in spans
                )
            assert not any(s.kind in PERSONAL_KINDS and s.start < b and a < s.end for s in spans), (ev, text)
            checked += 1
    assert checked > 1000


def test_at_most_n_items_per_head(screener: Screener, texts: list[str]) -> None:
    for n in (1, 4, 8):
        for result in screener.screen(texts[:50], evidence=n):
            per_head = {h: sum(e.head == h for e in result.evidence) for h in ("credibility", "category")}
            assert per_head["credibility"] <= n and per_head["category"] <= max(n // 2, 1)
            weights = [abs(e.weight) for e in result.evidence if e.head == "credibility"]
            assert weights == sorted(weights, reverse=True)
    assert all(r.evidence == () for r in screener.screen(texts[:5], explain=False))
    assert all(r.evidence == () for r in screener.screen(texts[:5], evidence=0))
    assert screener.screen([]) == []


def test_texts_without_words_get_document_evidence_only(screener: Screener) -> None:
    for result in screener.screen(["", "   ", "081-234-5678"]):  # no word outside personal data
        assert all(e.kind in ("document", "personal") for e in result.evidence), result.evidence


def test_contributions_add_up_to_the_logit(screener: Screener, texts: list[str]) -> None:
    explainer = Explainer(screener.features_)
    docs = screener.features_.prepare(texts[:40])
    X = screener.features_.transform_docs(docs)
    W = screener._centred_coef("credibility")
    k = np.arange(len(docs)) % W.shape[0]  # any class, per document
    [(tokens, details)] = explainer.contributions(docs, X, [(W, k)])
    for i in range(len(docs)):
        row = X.getrow(i)
        total = float((row.data * W[k[i], row.indices]).sum())
        assert len(tokens[i]) == len(docs[i].tokens)
        assert tokens[i].sum() + sum(details[i].values()) == pytest.approx(total, abs=1e-6)


def test_cue_words_are_found_where_they_were_counted() -> None:
    misconduct = TOPICS.index("misconduct")
    assert "นอน" in TOPIC_TERMS["misconduct"]
    assert not [m for m in topic_matches(tokenize("แน่นอนครับ ผมยืนยัน")) if m[0] == misconduct]
    toks = tokenize("เขานอนอยู่ ในเวลาราชการ แน่นอน")
    found = [toks[a:b] for t, a, b in topic_matches(toks) if t == misconduct]
    assert ["นอน"] in found and all("แน่นอน" not in "".join(f) for f in found)


def _heads(screener: Screener, n: int) -> list:
    heads = []
    for head, budget in (("credibility", 8), ("category", 4)):
        k = np.arange(n) % len(screener.classes_[head])
        labels = [screener.classes_[head][j] for j in k]
        heads.append((head, labels, screener._centred_coef(head), k, budget))
    return heads


def test_evidence_from_the_counting_equals_evidence_from_the_matrix(
    screener: Screener, texts: list[str]
) -> None:
    """screen hands the explainer the occurrences counted for the matrix; looking them up again in the
    matrix gives the same evidence."""
    docs = screener.features_.prepare(texts[:120])
    X, counting = screener.features_.transform_counted(docs)
    assert counting is not None
    assert abs(X - screener.features_.transform_docs(docs)).max() == 0
    explainer = Explainer(screener.features_)
    heads = _heads(screener, len(docs))
    fast, slow = explainer.explain(docs, X, heads, counting), explainer.explain(docs, X, heads)
    for a, b in zip(fast, slow, strict=True):
        assert [(e.feature, e.span, e.text) for e in a] == [(e.feature, e.span, e.text) for e in b]
        assert [e.weight for e in a] == pytest.approx([e.weight for e in b], abs=2e-4)


def test_occurrences_by_text_equal_the_vectorizers_own(screener: Screener, texts: list[str]) -> None:
    """Vectorizers pickled before they counted occurrences themselves are explained by looking n-grams up
    by their text: the same occurrences."""
    from model.explain import _text_occurrences
    from model.vectorize import TokenBatch

    docs = screener.features_.prepare(texts[:60])
    batch = TokenBatch.of([d.words for d in docs])
    explainer = Explainer(screener.features_)

    def triples(occ: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[tuple[int, int, float]]:
        return sorted(zip(occ[0].tolist(), occ[1].tolist(), np.round(occ[2], 9).tolist(), strict=True))

    ours = triples(explainer._occurrences(batch))
    assert len(ours) > 1000
    assert ours == triples(_text_occurrences(screener.features_, batch))
