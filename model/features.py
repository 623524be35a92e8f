"""Features: word n-grams, character n-grams and explicit detail features, from raw Thai text.

One :class:`ThaiFeatures` transformer turns raw texts into one sparse matrix. It first *prepares* each text
(:func:`prepare`: normalise with an offset map, tokenise, extract details on the original) so that the same
prepared document serves both the matrix and the explanation spans.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from model import details as details_mod
from model.details import ABUSE_KINDS, SUBSTANTIVE_KINDS
from model.normalize import count_elongations, normalize, normalize_tracked
from model.tokenize import ENGINES, PieceIndex, segment_words, word_bounds
from model.topics import TOPICS, topic_matches
from model.vectorize import Counted, TokenBatch, TokenTfidfVectorizer, char_wb_ngrams, word_ngrams

__all__ = [
    "DETAIL_FEATURES",
    "Doc",
    "ThaiFeatures",
    "char_wb_ngrams",
    "detail_matrix",
    "detail_vector",
    "prepare",
    "prepare_all",
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
    """A prepared text: the original, its normal form with a map back, its words and detail spans.

    ``words`` are the tokens of ``norm`` (what the features count); their offsets in ``norm`` are computed
    from the segmentation when first asked for (:attr:`tokens`), as only evidence needs them.
    """

    raw: str
    norm: str
    offsets: Sequence[int]  # offsets[i]: index in ``raw`` of ``norm[i]`` (a range when nothing moved)
    words: list[str]  # the word tokens of ``norm``
    pieces: Sequence[str]  # the segmentation of ``norm`` (words and whitespace), for the offsets
    spans: list[details_mod.Span]  # in ``raw``
    cues: list[tuple[int, int, int]]  # topic cues (topic, first word, end word), see topic_matches

    @functools.cached_property
    def word_bounds(self) -> tuple[list[int], list[int]]:
        """The starts and the ends in ``norm`` of ``words``."""
        return word_bounds(self.pieces)

    @functools.cached_property
    def personal(self) -> list[tuple[int, int]]:
        """The spans of the personal data found in ``raw`` (never evidence), listed once."""
        personal_kinds = details_mod.PERSONAL_KINDS
        return [(s.start, s.end) for s in self.spans if s.kind in personal_kinds]

    @functools.cached_property
    def piece_index(self) -> PieceIndex:
        """Word spans in ``norm`` one at a time (:class:`~model.tokenize.PieceIndex`)."""
        return PieceIndex(self.pieces)

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        """``(token, start, end)`` for each of ``words``, the span in ``norm``."""
        return list(zip(self.words, *self.word_bounds, strict=True))

    def word_span(self, p: int) -> tuple[int, int]:
        """Word ``p``'s span in the original text."""
        return self.raw_span(*self.piece_index.span(p))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in ``norm`` to the original text."""
        if not self.offsets or start >= end:
            return (0, 0)
        return (self.offsets[start], self.offsets[end - 1] + 1)


def prepare(text: str, engine: str = "nlpo3") -> Doc:
    """One text prepared: see :func:`prepare_all`."""
    return prepare_all([text], engine)[0]


def prepare_all(texts: Sequence[str], engine: str = "nlpo3", *, offsets: bool = True) -> list[Doc]:
    """Prepare texts: normalise with an offset map, tokenise the normal form, extract details on the
    original, find the topic cues among the tokens.

    Each stage runs over the whole batch before the next (all normalisation, then all segmentation, ...):
    each stage's tables (the tokeniser's dictionary, the extraction patterns) stay in the processor's
    caches, about a fifth faster than preparing one text after the other.

    ``offsets=False`` leaves the map back to the original out (``Doc.offsets`` and ``Doc.pieces`` are empty):
    the features do not need it, only the evidence spans do (normalising without it costs about a sixth less).

    Each stage keeps only what the documents hold (no tuple per text between stages): the objects that live
    through a batch are what the garbage collector's full passes count and walk.
    """
    if offsets:
        norms, maps = [], []
        for text in texts:
            norm, where = normalize_tracked(text)
            norms.append(norm)
            maps.append(where)
    else:
        norms = [normalize(t) for t in texts]
        maps = [range(0)] * len(norms)
    words_of, pieces_of = [], []
    for norm in norms:
        words, pieces = segment_words(norm, engine)
        words_of.append(words)
        pieces_of.append(pieces if offsets else ())
    spans = [details_mod.extract(t) for t in texts]
    return [
        Doc(text, norm, where, words, pieces, found, topic_matches(words))
        for text, norm, where, words, pieces, found in zip(
            texts, norms, maps, words_of, pieces_of, spans, strict=True
        )
    ]


_RE_BEYOND_THAI = re.compile("[^\x00-\x7f\u0e00-\u0e7f]")
# the only digits among ASCII and Thai, or a character beyond both (then ``str.isdigit`` decides)
_RE_DIGIT_OR_BEYOND = re.compile("[0-9\u0e50-\u0e59\x80-\u0dff\u0e80-\U0010ffff]")  # one class: 4x faster


def count_digits(text: str) -> int:
    """``sum(map(str.isdigit, text))``, by one scan for digits when the text holds only ASCII and Thai.

    >>> count_digits("เงิน 50,000 บาท ²")
    6
    """
    found = _RE_DIGIT_OR_BEYOND.findall(text)
    if found and _RE_BEYOND_THAI.search("".join(found)):
        return sum(map(str.isdigit, text))
    return len(found)


_COUNTED = (*SUBSTANTIVE_KINDS, *ABUSE_KINDS)
_COLUMN = {kind: i for i, kind in enumerate(_COUNTED)} | {
    k: len(_COUNTED) for k in details_mod.PERSONAL_KINDS
}


def detail_matrix(docs: Sequence[Doc]) -> np.ndarray:
    """The explicit detail features of the documents, one row each, in ``DETAIL_FEATURES`` order: counts
    gathered per document, the arithmetic done once for the whole batch."""
    n_kinds, n_topics = len(_COUNTED) + 1, len(TOPICS)
    column = _COLUMN
    rows = []
    for doc in docs:
        row = [0] * (n_kinds + 4 + n_topics)
        for span in doc.spans:
            row[column[span.kind]] += 1
        norm = doc.norm
        row[n_kinds] = count_elongations(doc.raw)
        row[n_kinds + 1] = len(norm)
        row[n_kinds + 2] = norm.count("!") + norm.count("?")
        row[n_kinds + 3] = count_digits(norm)
        for t, _, _ in doc.cues:
            row[n_kinds + 4 + t] += 1
        rows.append(row)
    counts = np.asarray(rows, dtype=np.float64).reshape(len(docs), n_kinds + 4 + n_topics)
    n_sub = len(SUBSTANTIVE_KINDS)
    kinds = np.count_nonzero(counts[:, :n_sub], axis=1)
    length = np.maximum(counts[:, n_kinds + 1], 1)
    return np.column_stack(
        [
            np.log1p(counts[:, :n_kinds]),
            kinds / n_sub,
            (kinds == 0).astype(np.float64),
            np.log1p(counts[:, n_kinds]),
            np.log1p(length) / 7.0,
            np.log1p(counts[:, n_kinds + 2]),
            counts[:, n_kinds + 3] / length,
            np.log1p(counts[:, n_kinds + 4 :]),
        ]
    )


def detail_vector(doc: Doc) -> np.ndarray:
    """The explicit detail features of one document, in ``DETAIL_FEATURES`` order."""
    return detail_matrix([doc])[0]


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

    def prepare(self, texts: list[str], *, offsets: bool = True) -> list[Doc]:
        """The texts prepared for this transformer's tokeniser (:func:`prepare_all`)."""
        return prepare_all(texts, self.engine, offsets=offsets)

    def fit(self, X: list[str], y: object = None) -> ThaiFeatures:
        self.fit_docs(self.prepare(list(X)))
        return self

    def fit_docs(self, docs: list[Doc]) -> ThaiFeatures:
        self._check_params()
        if not docs:
            raise ValueError("cannot fit on zero texts")
        tokens = [d.words for d in docs]
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
        return self.transform_docs(self.prepare(list(X), offsets=False))

    def transform_docs(self, docs: list[Doc]) -> sp.csr_matrix:
        check_is_fitted(self, "feature_names_")
        batch = TokenBatch.of([d.words for d in docs])
        xw = _tfidf(self.word_vectorizer_, docs, batch)
        xc = _tfidf(self.char_vectorizer_, docs, batch)
        xd = _detail_block(detail_matrix(docs) * self.detail_weight)
        return sp.hstack([xw, xc, xd], format="csr", dtype=np.float32)

    def transform_counted(self, docs: list[Doc]) -> tuple[sp.csr_matrix, Counting | None]:
        """:meth:`transform_docs`, and the counting behind it for the explanations (``None`` for vectorizers
        pickled before :class:`~model.vectorize.TokenTfidfVectorizer` could say it)."""
        check_is_fitted(self, "feature_names_")
        word, char = self.word_vectorizer_, self.char_vectorizer_
        if not isinstance(word, TokenTfidfVectorizer) or not isinstance(char, TokenTfidfVectorizer):
            return self.transform_docs(docs), None
        batch = TokenBatch.of([d.words for d in docs])
        xw, cw = word.transform_counted(batch)
        xc, cc = char.transform_counted(batch)
        xd = _detail_block(detail_matrix(docs) * self.detail_weight)
        X = sp.hstack([xw, xc, xd], format="csr", dtype=np.float32)
        return X, Counting(batch, ((xw, cw, 0), (xc, cc, self.n_word_)), xd, self.n_word_ + self.n_char_)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_")
        return self.feature_names_


@dataclass(frozen=True)
class Counting:
    """How a batch's features were counted (:meth:`ThaiFeatures.transform_counted`): its tokens, each TF-IDF
    block with the occurrences behind it and the first column of the block, and the detail block."""

    batch: TokenBatch
    blocks: tuple[tuple[sp.csr_matrix, Counted, int], ...]
    detail: sp.csr_matrix
    detail_offset: int


def _detail_block(dense: np.ndarray) -> sp.csr_matrix:
    """``sp.csr_matrix(dense, dtype=np.float32)`` built from the non-zero cells directly (scipy goes through a
    COO matrix: about 0.1 ms a call, most of the detail block's cost for a single report)."""
    nonzero = dense != 0
    indptr = np.zeros(dense.shape[0] + 1, dtype=np.int32)
    np.cumsum(np.count_nonzero(nonzero, axis=1), out=indptr[1:])
    indices = np.nonzero(nonzero)[1].astype(np.int32)
    return sp.csr_matrix((dense[nonzero].astype(np.float32), indices, indptr), shape=dense.shape)


def _tfidf(vec: TfidfVectorizer, docs: list[Doc], batch: TokenBatch) -> sp.csr_matrix:
    """``vec``'s rows for the documents: from the batch's tokens for ours, token lists for a model pickled
    with a callable analyzer, the tokens joined by spaces for one pickled with scikit-learn's ``char_wb``."""
    if isinstance(vec, TokenTfidfVectorizer):
        return vec.transform_batch(batch)
    if callable(vec.analyzer):
        return vec.transform([d.words for d in docs])
    return vec.transform([" ".join(d.words) for d in docs])
