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
