"""The lean TF-IDF transform equals scikit-learn's."""

from __future__ import annotations

from functools import partial

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from model.features import word_ngrams
from model.vectorize import supported, transform

DOCS = [
    ["ถนน", "พัง", "หน้า", "บ้าน", "ถนน"],
    ["ปลัด", "เรียก", "เงิน", "3,000", "บาท"],
    ["ไฟ", "ดับ"],
    [],
    ["ไม่", "รู้จัก", "คำ", "นี้", "เลย"],
]


def test_equals_sklearn_on_known_and_unknown_words_and_empty_rows() -> None:
    vec = TfidfVectorizer(analyzer=partial(word_ngrams, low=1, high=2), sublinear_tf=True, min_df=1, dtype=np.float32)
    vec.fit(DOCS[:3])
    assert supported(vec)
    analyzer = vec.build_analyzer()
    ours = transform(vec, [analyzer(d) for d in DOCS])
    theirs = vec.transform(DOCS)
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), rtol=1e-6, atol=1e-7)
    assert ours[3].nnz == 0 and ours[4].nnz == 0


def test_unsupported_settings_are_reported() -> None:
    assert not supported(TfidfVectorizer(analyzer=str.split, sublinear_tf=False))


def test_by_token_equals_sklearn_for_char_ngrams_inside_words() -> None:
    from model.features import char_wb_ngrams
    from model.vectorize import transform_by_token

    analyzer = partial(char_wb_ngrams, low=2, high=4)
    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=1, dtype=np.float32).fit(DOCS[:3])
    for _ in range(2):  # the second pass reads the per-token cache
        ours = transform_by_token(vec, DOCS, lambda tok: analyzer([tok]))
        np.testing.assert_allclose(ours.toarray(), vec.transform(DOCS).toarray(), rtol=1e-6, atol=1e-7)
