"""TokenTfidfVectorizer: scikit-learn's TF-IDF on token lists, counted once per distinct token."""

from __future__ import annotations

import pickle
from functools import partial

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer

from model.vectorize import TokenTfidfVectorizer, char_wb_ngrams, word_ngrams

DOCS = [
    ["ถนน", "พัง", "หน้า", "บ้าน", "ถนน"],
    ["ปลัด", "เรียก", "เงิน", "3,000", "บาท"],
    ["ไฟ", "ดับ", "หน้า", "บ้าน"],
    ["ถนน", "ดับ"],
    ["ดี", "จริง ๆ", "ถนน"],  # nlpo3 keeps "จริง ๆ" as one token: its text is also the bigram จริง + ๆ
    ["จริง", "ๆ", "ถนน", "ดี", "จริง ๆ"],
]
UNSEEN = [[], ["ไม่", "รู้จัก", "คำ", "นี้", "เลย"], ["ถนน", "ถนน", "ถนน", "คำ"], ["ก"], ["ดี", "จริง", "ๆ", "ถนน"]]


def sklearn_peer(unit: str, ngram_range: tuple[int, int], **kw: object) -> TfidfVectorizer:
    func = word_ngrams if unit == "word" else char_wb_ngrams
    analyzer = partial(func, low=ngram_range[0], high=ngram_range[1])
    return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unit", "ngram_range", "kw"),
    [
        ("word", (1, 2), {}),
        ("word", (2, 3), {"min_df": 2}),
        ("char_wb", (1, 3), {}),
        ("char_wb", (2, 4), {"min_df": 2}),
        ("char_wb", (3, 3), {"max_features": 10}),
    ],
)
def test_equals_sklearn_tfidf_with_the_same_analyzer(
    unit: str, ngram_range: tuple[int, int], kw: dict
) -> None:
    ours = TokenTfidfVectorizer(unit=unit, ngram_range=ngram_range, **kw).fit(DOCS)
    theirs = sklearn_peer(unit, ngram_range, **kw).fit(DOCS)
    assert ours.vocabulary_ == theirs.vocabulary_
    for _ in range(2):  # the second pass reads the per-token cache
        a, b = ours.transform(DOCS + UNSEEN), theirs.transform(DOCS + UNSEEN)
        assert a.shape == b.shape and a.dtype == b.dtype == np.float32
        assert a.has_canonical_format
        np.testing.assert_allclose(a.toarray(), b.toarray(), rtol=1e-6, atol=1e-7)
    assert ours.transform([[]]).nnz == 0


def test_contract_clone_params_pickle() -> None:
    vec = TokenTfidfVectorizer(unit="char_wb", ngram_range=(2, 3), min_df=1)
    assert vec.get_params()["unit"] == "char_wb"
    assert not hasattr(vec, "vocabulary_")
    fitted = vec.fit(DOCS)
    fitted.transform(DOCS)  # fills the cache
    copy = clone(fitted)
    assert not hasattr(copy, "vocabulary_") and copy.get_params() == fitted.get_params()
    blob = pickle.dumps(fitted)
    assert "_token_cache" not in pickle.loads(blob).__dict__
    np.testing.assert_array_equal(
        pickle.loads(blob).transform(UNSEEN).toarray(), fitted.transform(UNSEEN).toarray()
    )


def test_bad_unit_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unit"):
        TokenTfidfVectorizer(unit="char").fit(DOCS)


def test_fit_transform_equals_fit_then_transform() -> None:
    vec = TokenTfidfVectorizer(unit="word", ngram_range=(1, 2))
    np.testing.assert_array_equal(vec.fit_transform(iter(DOCS)).toarray(), vec.transform(DOCS).toarray())
