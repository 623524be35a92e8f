"""Features: word n-grams, character n-grams and explicit detail features, from raw Thai text.

One :class:`ThaiFeatures` transformer turns raw texts into one sparse matrix. It first *prepares* each text
(:func:`prepare`: normalise with an offset map, tokenise, extract details on the original) so that the same
prepared document serves both the matrix and the explanation spans.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from model import details as details_mod
from model.details import ABUSE_KINDS, SUBSTANTIVE_KINDS
from model.normalize import count_elongations, normalize_with_offsets
from model.tokenize import ENGINES, tokens_with_offsets
from model.topics import TOPICS, topic_counts
from model.vectorize import TokenTfidfVectorizer, char_wb_ngrams, word_ngrams

__all__ = [
    "DETAIL_FEATURES",
    "Doc",
    "ThaiFeatures",
    "char_wb_ngrams",
    "detail_vector",
    "prepare",
    "word_ngrams",
]
# word_ngrams and char_wb_ngrams are re-exported: models pickled before model.vectorize held them name them here

DETAIL_FEATURES = (
    *SUBSTANTIVE_KINDS,
    *ABUSE_KINDS,
    "personal_data",
    "detail_kinds",
    "no_detail",
    "elongation",
    "length",
    "exclamation",
    "digit_share",
    *(f"topic_{t}" for t in TOPICS),
)


@dataclass(frozen=True)
class Doc:
    """A prepared text: the original, its normal form with a map back, tokens and detail spans."""

    raw: str
    norm: str
    offsets: list[int]  # offsets[i]: index in ``raw`` of ``norm[i]``
    tokens: list[tuple[str, int, int]]  # (token, start, end) in ``norm``
    spans: list[details_mod.Span]  # in ``raw``

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in ``norm`` to the original text."""
        if not self.offsets or start >= end:
            return (0, 0)
        return (self.offsets[start], self.offsets[end - 1] + 1)


def prepare(text: str, engine: str = "nlpo3") -> Doc:
    norm, offsets = normalize_with_offsets(text)
    return Doc(text, norm, offsets, tokens_with_offsets(norm, engine), details_mod.extract(text))


_RE_BEYOND_THAI = re.compile("[^\x00-\x7f\u0e00-\u0e7f]")


def count_digits(text: str) -> int:
    """``sum(map(str.isdigit, text))``, by ``str.count`` when the text holds only ASCII and Thai (whose digits
    normalisation has made ASCII).

    >>> count_digits("เงิน 50,000 บาท ²")
    6
    """
    if _RE_BEYOND_THAI.search(text):
        return sum(map(str.isdigit, text))
    return sum(text.count(d) for d in "0123456789๐๑๒๓๔๕๖๗๘๙")


def detail_vector(doc: Doc) -> np.ndarray:
    """The explicit detail features of one document, in ``DETAIL_FEATURES`` order."""
    counts: dict[str, int] = {}
    personal = 0
    for span in doc.spans:
        if span.kind in details_mod.PERSONAL_KINDS:
            personal += 1
        else:
            counts[span.kind] = counts.get(span.kind, 0) + 1
    kinds = sum(1 for k in SUBSTANTIVE_KINDS if counts.get(k))
    n = max(len(doc.norm), 1)
    digits = count_digits(doc.norm)
    values = [math.log1p(counts.get(k, 0)) for k in SUBSTANTIVE_KINDS]
    values += [math.log1p(counts.get(k, 0)) for k in ABUSE_KINDS]
    values += [
        math.log1p(personal),
        kinds / len(SUBSTANTIVE_KINDS),
        1.0 if kinds == 0 else 0.0,
        math.log1p(count_elongations(doc.raw)),
        math.log1p(n) / 7.0,
        math.log1p(doc.norm.count("!") + doc.norm.count("?")),
        digits / n,
    ]
    values += [math.log1p(c) for c in topic_counts([t for t, _, _ in doc.tokens])]
    return np.asarray(values, dtype=np.float64)


class ThaiFeatures(TransformerMixin, BaseEstimator):
    """Raw Thai texts to a sparse matrix of word TF-IDF, character TF-IDF and detail features.

    Parameters
    ----------
    word_ngram_range
        Word n-gram sizes (tokens from the dictionary tokeniser).
    char_ngram_range
        Character n-gram sizes, taken inside word boundaries (``char_wb`` over the tokens).
    word_min_df, char_min_df
        Minimum document frequency of a kept n-gram.
    char_max_features
        Cap on the character vocabulary (most frequent kept).
    detail_weight
        Scale of the detail block relative to the TF-IDF blocks; 0 drops it.
    engine
        Tokeniser engine, ``"nlpo3"`` or ``"newmm"``.
    """

    def __init__(
        self,
        *,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (3, 3),
        word_min_df: int = 2,
        char_min_df: int = 2,
        char_max_features: int | None = 300_000,
        detail_weight: float = 1.0,
        engine: str = "nlpo3",
    ) -> None:
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.word_min_df = word_min_df
        self.char_min_df = char_min_df
        self.char_max_features = char_max_features
        self.detail_weight = detail_weight
        self.engine = engine

    def _check_params(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, got {self.engine!r}")
        for name in ("word_ngram_range", "char_ngram_range"):
            low, high = getattr(self, name)
            if not 1 <= low <= high:
                raise ValueError(f"{name} must satisfy 1 <= low <= high, got {(low, high)}")
        if self.detail_weight < 0:
            raise ValueError(f"detail_weight must be >= 0, got {self.detail_weight}")

    def prepare(self, texts: list[str]) -> list[Doc]:
        return [prepare(t, self.engine) for t in texts]

    def fit(self, X: list[str], y: object = None) -> ThaiFeatures:
        self.fit_docs(self.prepare(list(X)))
        return self

    def fit_docs(self, docs: list[Doc]) -> ThaiFeatures:
        self._check_params()
        if not docs:
            raise ValueError("cannot fit on zero texts")
        tokens = [[t for t, _, _ in d.tokens] for d in docs]
        self.word_vectorizer_ = TokenTfidfVectorizer(
            unit="word", ngram_range=self.word_ngram_range, min_df=min(self.word_min_df, len(docs))
        ).fit(tokens)
        self.char_vectorizer_ = TokenTfidfVectorizer(
            unit="char_wb",
            ngram_range=self.char_ngram_range,
            min_df=min(self.char_min_df, len(docs)),
            max_features=self.char_max_features,
        ).fit(tokens)
        names = [f"word:{n}" for n in self.word_vectorizer_.get_feature_names_out()]
        names += [f"char:{n}" for n in self.char_vectorizer_.get_feature_names_out()]
        names += [f"detail:{n}" for n in DETAIL_FEATURES]
        self.feature_names_ = np.asarray(names, dtype=object)
        self.n_word_ = len(self.word_vectorizer_.vocabulary_)
        self.n_char_ = len(self.char_vectorizer_.vocabulary_)
        return self

    def transform(self, X: list[str]) -> sp.csr_matrix:
        return self.transform_docs(self.prepare(list(X)))

    def transform_docs(self, docs: list[Doc]) -> sp.csr_matrix:
        check_is_fitted(self, "feature_names_")
        tokens = [[t for t, _, _ in d.tokens] for d in docs]
        xw = _tfidf(self.word_vectorizer_, docs, tokens)
        xc = _tfidf(self.char_vectorizer_, docs, tokens)
        xd = sp.csr_matrix(np.vstack([detail_vector(d) for d in docs]) * self.detail_weight, dtype=np.float32)
        return sp.hstack([xw, xc, xd], format="csr", dtype=np.float32)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_


def _tfidf(vec: TfidfVectorizer, docs: list[Doc], tokens: list[list[str]]) -> sp.csr_matrix:
    """``vec``'s rows for the documents: token lists for ours (and for a model pickled with a callable
    analyzer), the tokens joined by spaces for a model pickled with scikit-learn's string ``char_wb``."""
    if isinstance(vec, TokenTfidfVectorizer) or callable(vec.analyzer):
        return vec.transform(tokens)
    return vec.transform([" ".join(t for t, _, _ in d.tokens) for d in docs])
