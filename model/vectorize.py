"""TF-IDF over tokenised Thai documents: one scikit-learn ``TfidfVectorizer`` subclass that owns fit and transform.

Documents come as token lists (the dictionary tokeniser has already split the Thai text; scikit-learn's
``token_pattern`` would break Thai words apart). :class:`TokenTfidfVectorizer` counts either word n-grams
(:func:`word_ngrams`) or character n-grams inside each token (:func:`char_wb_ngrams`, scikit-learn's
``char_wb`` on the tokens joined by spaces), then weights them with scikit-learn's own ``TfidfTransformer``.

Fitting is scikit-learn's (``TfidfVectorizer.fit`` with the n-gram function as its analyzer). Transforming
works on a :class:`TokenBatch` (the batch's tokens flattened once, each distinct token numbered) and does the
work once per distinct token: the vocabulary indices of a token's character n-grams are looked up the first
time the token is seen and kept (one bounded cache per vectorizer, dropped when pickled); word unigrams and
bigrams are looked up as numbers (every token of the vocabulary gets an id, a bigram is a pair of ids found
with one ``searchsorted`` for the whole batch). The occurrences of a batch are counted by one sort into a
canonical sparse matrix, and the weighting is ``TfidfTransformer``'s own three steps applied in place, without
its per-call input validation: the counts are ours, finite by construction. The result equals ``TfidfVectorizer.transform`` with the same analyzer (a test checks it).
:meth:`TokenTfidfVectorizer.transform_counted` also keeps which occurrence made which stored value, so the
explanations (``model.explain``) share the counting instead of redoing it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils._param_validation import StrOptions
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2
from sklearn.utils.validation import check_is_fitted

__all__ = ["UNITS", "Counted", "TokenBatch", "TokenTfidfVectorizer", "char_wb_ngrams", "word_ngrams"]

UNITS = ("word", "char_wb")
_CACHE_MAX = 200_000  # distinct tokens kept per vectorizer; cleared when full


def word_ngrams(tokens: Sequence[str], *, low: int, high: int) -> list[str]:
    """Word n-grams of a token list, joined by a space (module level so the pipeline pickles).

    >>> word_ngrams(["ล็อก", "สเปก", "งาน"], low=1, high=2)
    ['ล็อก', 'สเปก', 'งาน', 'ล็อก สเปก', 'สเปก งาน']
    """
    grams = list(tokens) if low == 1 else []
    for n in range(max(2, low), high + 1):
        if n == 2:  # the common case, without a slice per bigram
            grams.extend([f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)])
        else:
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def char_wb_ngrams(tokens: Sequence[str], *, low: int, high: int) -> list[str]:
    """Character n-grams inside each token padded with spaces: scikit-learn's ``char_wb`` analyzer on the
    tokens joined by spaces.

    >>> char_wb_ngrams(["ถนน", "พัง"], low=3, high=3)
    [' ถน', 'ถนน', 'นน ', ' พั', 'พัง', 'ัง ']
    """
    grams: list[str] = []
    for tok in tokens:
        for word in tok.split():  # a token never holds whitespace; split() as char_wb does, to be exact
            w = f" {word} "
            for n in range(low, high + 1):
                if len(w) <= n:
                    grams.append(w)  # as char_wb: a padded word no longer than n counts once, whole
                    break
                grams.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return grams


class TokenTfidfVectorizer(TfidfVectorizer):
    """TF-IDF of word or in-word character n-grams of token lists, with sublinear TF and L2 rows.

    Parameters
    ----------
    unit
        ``"word"``: word n-grams (:func:`word_ngrams`); ``"char_wb"``: character n-grams inside each token
        (:func:`char_wb_ngrams`).
    ngram_range
        ``(low, high)`` n-gram sizes.
    min_df, max_df, max_features
        As ``TfidfVectorizer``: document-frequency bounds and a cap on the vocabulary (most frequent kept).
    sublinear_tf
        ``1 + log(tf)`` instead of ``tf``.
    dtype
        Type of the matrix values.

    The other ``TfidfVectorizer`` settings are fixed: the analyzer is the n-gram function of ``unit`` (tokens
    are already lower-cased by the tokeniser), IDF with smoothing, L2-normalised rows.
    """

    _parameter_constraints: ClassVar[dict[str, list[Any]]] = {
        **TfidfVectorizer._parameter_constraints,
        "unit": [StrOptions(set(UNITS))],
    }

    def __init__(
        self,
        *,
        unit: str = "word",
        ngram_range: tuple[int, int] = (1, 1),
        min_df: float | int = 1,
        max_df: float | int = 1.0,
        max_features: int | None = None,
        sublinear_tf: bool = True,
        dtype: type = np.float32,
    ) -> None:
        super().__init__(
            lowercase=False,
            token_pattern=None,
            ngram_range=ngram_range,
            min_df=min_df,
            max_df=max_df,
            max_features=max_features,
            sublinear_tf=sublinear_tf,
            dtype=dtype,
        )
        self.unit = unit

    def build_analyzer(self) -> partial[list[str]]:
        """The n-gram function of ``unit`` with ``ngram_range`` bound: token list -> features."""
        low, high = self.ngram_range
        func = word_ngrams if self.unit == "word" else char_wb_ngrams
        return partial(func, low=low, high=high)

    def fit(self, raw_documents: Iterable[Sequence[str]], y: object = None) -> TokenTfidfVectorizer:
        """Learn the vocabulary and IDF from token lists; returns ``self``."""
        self.__dict__.pop("_token_cache", None)
        self.__dict__.pop("_word_index_cache", None)
        super().fit(list(raw_documents), y)
        return self

    def fit_transform(self, raw_documents: Iterable[Sequence[str]], y: object = None) -> sp.csr_matrix:
        docs = list(raw_documents)
        return self.fit(docs, y).transform(docs)

    def transform(self, raw_documents: Iterable[Sequence[str]]) -> sp.csr_matrix:
        """TF-IDF rows of token lists (``raw_documents`` as a list of lists of tokens)."""
        return self.transform_batch(TokenBatch.of(list(raw_documents)))

    def transform_batch(self, batch: TokenBatch) -> sp.csr_matrix:
        """TF-IDF rows of the documents of ``batch`` (one :class:`TokenBatch` serves every vectorizer)."""
        check_is_fitted(self, "vocabulary_")
        cols, first, _ = self.occurrences(batch)
        counts, _ = _count_matrix(batch.doc_of[first], cols, batch.n_docs, len(self.vocabulary_), self.dtype)
        return self._weigh(counts)

    def transform_counted(self, batch: TokenBatch) -> tuple[sp.csr_matrix, Counted]:
        """:meth:`transform_batch`, and the occurrences that made each stored value (for the explanations)."""
        check_is_fitted(self, "vocabulary_")
        cols, first, size = self.occurrences(batch)
        counts, entry = _count_matrix(
            batch.doc_of[first], cols, batch.n_docs, len(self.vocabulary_), self.dtype, entries=True
        )
        raw, indices = counts.data.astype(np.float64), counts.indices
        X = self._weigh(counts)
        if X.nnz != len(raw) or not np.array_equal(X.indices, indices):  # pragma: no cover
            raise AssertionError("the TF-IDF weighting changed the sparsity structure of the counts")
        assert entry is not None
        return X, Counted(cols, first, size, entry, raw)

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """``TfidfTransformer.transform`` on our own counts, in place: its three steps (sublinear TF, IDF, L2 row
        norm: the settings this class fixes) without its input validation, which costs about 0.65 ms a call
        whatever the batch size (most of a one-text request); the counts are ours, canonical CSR of
        ``self.dtype``, finite by construction. A test checks the result equals ``TfidfVectorizer.transform``."""
        if self.sublinear_tf:
            np.log(counts.data, counts.data)
            counts.data += 1.0
        counts.data *= self._tfidf.idf_[counts.indices]
        inplace_csr_row_normalize_l2(counts)
        return counts

    # --- occurrences -------------------------------------------------------------------------------

    def occurrences(self, batch: TokenBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every occurrence of a vocabulary n-gram in the documents of ``batch``, as three arrays: its
        column, the index (in ``batch.tokens``) of the first token it was taken from, and how many tokens
        it spans (1 for a character n-gram, ``n`` for a word n-gram). Never across two documents."""
        if self.unit == "char_wb":
            return self._char_occurrences(batch)
        return self._word_occurrences(batch)

    def _char_occurrences(self, batch: TokenBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        per_distinct = self._char_columns(batch.distinct)
        lengths = np.fromiter(map(len, per_distinct), dtype=np.int64, count=len(per_distinct))
        table = np.concatenate(per_distinct) if per_distinct else np.zeros(0, dtype=np.int32)
        starts = np.cumsum(lengths) - lengths
        cols, first = _gather(table, starts, lengths, batch.ids)
        return cols, first, np.ones(len(cols), dtype=np.int64)

    def _char_columns(self, distinct: Sequence[str]) -> list[np.ndarray]:
        """Vocabulary columns of each token's character n-grams (one per occurrence), kept per token."""
        cache = self._cache()
        get = self.vocabulary_.get
        low, high = self.ngram_range
        out = []
        for tok in distinct:
            ids = cache.get(tok)
            if ids is None:
                found = [j for j in map(get, char_wb_ngrams((tok,), low=low, high=high)) if j is not None]
                ids = np.asarray(found, dtype=np.int32)
                if len(cache) >= _CACHE_MAX:
                    cache.clear()
                cache[tok] = ids
            out.append(ids)
        return out

    def _word_occurrences(self, batch: TokenBatch) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        low, high = self.ngram_range
        index = self._word_index()
        get = index.words.get
        # each distinct token's word id (-1: in no n-gram of the vocabulary), then each token's
        wid = np.fromiter((get(t, -1) for t in batch.distinct), dtype=np.int64, count=len(batch.distinct))
        token_wid = wid[batch.ids] if len(batch.ids) else np.zeros(0, dtype=np.int64)
        cols_parts: list[np.ndarray] = []
        first_parts: list[np.ndarray] = []
        size_parts: list[np.ndarray] = []
        doc_of = batch.doc_of
        vocab = self.vocabulary_.get
        for n in range(low, high + 1):
            if len(token_wid) < n:
                break
            if n == 1:
                cols = index.unigram[np.maximum(token_wid, 0)]
                cols[token_wid < 0] = -1
            elif n == 2:
                a, b = token_wid[:-1], token_wid[1:]
                keys = a * index.n_words + b
                pos = np.minimum(np.searchsorted(index.bigram_keys, keys), max(len(index.bigram_keys) - 1, 0))
                cols = np.full(len(keys), -1, dtype=np.int64)
                if len(index.bigram_keys):
                    hit = (a >= 0) & (b >= 0) & (index.bigram_keys[pos] == keys)
                    cols[hit] = index.bigram_cols[pos[hit]]
            else:  # longer word n-grams: looked up by their text
                toks = batch.tokens
                grams = (" ".join(toks[p : p + n]) for p in range(len(toks) - n + 1))
                cols = np.fromiter((vocab(g, -1) for g in grams), dtype=np.int64, count=len(toks) - n + 1)
            starts = np.flatnonzero((cols >= 0) & (doc_of[: len(cols)] == doc_of[n - 1 :]))
            cols_parts.append(cols[starts])
            first_parts.append(starts)
            size_parts.append(np.full(len(starts), n, dtype=np.int64))
        if not cols_parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        return np.concatenate(cols_parts), np.concatenate(first_parts), np.concatenate(size_parts)

    def _word_index(self) -> _WordIndex:
        """The vocabulary as numbers (built on first use, never pickled): see :class:`_WordIndex`."""
        index = self.__dict__.get("_word_index_cache")
        if index is None:
            index = _WordIndex.of(self.vocabulary_)
            self.__dict__["_word_index_cache"] = index
        return index

    def _cache(self) -> dict[str, np.ndarray]:
        """Token -> vocabulary indices of its character n-grams; built lazily, never pickled."""
        cache = self.__dict__.get("_token_cache")
        if cache is None:
            with _CACHE_LOCK:
                cache = self.__dict__.setdefault("_token_cache", {})
        return cache

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        state.pop("_token_cache", None)  # derived from the vocabulary; rebuilt on use
        state.pop("_word_index_cache", None)
        return state


@dataclass(frozen=True)
class TokenBatch:
    """The token lists of a batch of documents, flattened once for every vectorizer and the explainer.

    ``tokens`` holds every token of every document in order, ``lengths`` the number of tokens of each
    document, ``distinct`` the distinct tokens (first seen first) and ``ids[p]`` the index in ``distinct``
    of ``tokens[p]``: per-token work is done once per distinct token.
    """

    tokens: list[str]
    lengths: np.ndarray
    distinct: list[str]
    ids: np.ndarray
    doc_of: np.ndarray  # doc_of[p]: the document of tokens[p]

    @classmethod
    def of(cls, docs: Sequence[Sequence[str]]) -> TokenBatch:
        tokens = list(chain.from_iterable(docs))
        index = dict.fromkeys(tokens, 0)
        for i, tok in enumerate(index):
            index[tok] = i
        ids = np.fromiter(map(index.__getitem__, tokens), dtype=np.int64, count=len(tokens))
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        doc_of = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
        return cls(tokens, lengths, list(index), ids, doc_of)

    @property
    def n_docs(self) -> int:
        return len(self.lengths)


@dataclass(frozen=True)
class _WordIndex:
    """A word vocabulary as numbers: every token that may make one of its n-grams gets a word id
    (``words``); ``unigram[w]`` is the column of token ``w`` alone (-1: none) and the pair of tokens ``a b``
    is the key ``a * n_words + b`` in the sorted ``bigram_keys``, its column at the same place of
    ``bigram_cols``."""

    words: dict[str, int]
    n_words: int
    unigram: np.ndarray
    bigram_keys: np.ndarray
    bigram_cols: np.ndarray

    @classmethod
    def of(cls, vocabulary: dict[str, int]) -> _WordIndex:
        # A token may hold a space (nlpo3 keeps "จริง ๆ" whole), so the text of an n-gram does not say which
        # tokens made it: every entry is a possible single token, and every cut at one of its spaces a
        # possible pair, as the analyzer's joined text would find it.
        words: dict[str, int] = {}
        unigrams: list[tuple[int, int]] = []
        bigrams: list[tuple[int, int, int]] = []
        for gram, col in vocabulary.items():
            unigrams.append((words.setdefault(gram, len(words)), col))
            cut = gram.find(" ")
            while cut >= 0:
                left = words.setdefault(gram[:cut], len(words))
                bigrams.append((left, words.setdefault(gram[cut + 1 :], len(words)), col))
                cut = gram.find(" ", cut + 1)
        n = max(len(words), 1)
        unigram = np.full(n, -1, dtype=np.int64)
        for w, col in unigrams:
            unigram[w] = col
        keys = np.asarray([a * n + b for a, b, _ in bigrams], dtype=np.int64)
        cols = np.asarray([c for _, _, c in bigrams], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        return cls(words, n, unigram, keys[order], cols[order])


def _gather(
    table: np.ndarray, starts: np.ndarray, lengths: np.ndarray, ids: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``table[starts[i] : starts[i] + lengths[i]]`` for each ``i`` of ``ids``, concatenated, and for each
    value the position in ``ids`` it came from."""
    if not len(ids):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    n = lengths[ids]
    total = int(n.sum())
    ends = np.cumsum(n)
    where = np.repeat(starts[ids] - (ends - n), n) + np.arange(total, dtype=np.int64)
    return table[where].astype(np.int64, copy=False), np.repeat(np.arange(len(ids), dtype=np.int64), n)


def _count_matrix(
    rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int, dtype: type, *, entries: bool = False
) -> tuple[sp.csr_matrix, np.ndarray | None]:
    """Occurrences ``(row, col)`` counted as a canonical CSR matrix (sorted indices, no repeats); with
    ``entries``, also the index in the matrix's ``data`` of each occurrence."""
    keys = rows * n_cols + cols
    order = np.argsort(keys) if entries else None
    keys = keys[order] if order is not None else np.sort(keys)
    entry = None
    if len(keys):
        new = np.empty(len(keys), dtype=bool)
        new[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new[1:])
        where = np.flatnonzero(new)
        data: np.ndarray = np.diff(np.append(where, len(keys))).astype(dtype)
        if order is not None:
            entry = np.empty(len(keys), dtype=np.int64)
            entry[order] = np.cumsum(new) - 1
        keys = keys[where]
    else:
        data = np.zeros(0, dtype=dtype)
        entry = np.zeros(0, dtype=np.int64) if entries else None
    indptr = np.searchsorted(keys, np.arange(n_rows + 1, dtype=np.int64) * n_cols)
    indices = (keys % n_cols).astype(np.int32) if n_cols else keys.astype(np.int32)
    return sp.csr_matrix((data, indices, indptr.astype(np.int32)), shape=(n_rows, n_cols)), entry


@dataclass(frozen=True)
class Counted:
    """The occurrences behind a batch's TF-IDF block (:meth:`TokenTfidfVectorizer.transform_counted`):
    for each, its column, first token and size in tokens (as :meth:`~TokenTfidfVectorizer.occurrences`)
    and ``entry``, the index in the block's ``data`` of the value it counts towards; ``counts`` holds
    the count behind each stored value."""

    cols: np.ndarray
    first: np.ndarray
    size: np.ndarray
    entry: np.ndarray
    counts: np.ndarray


_CACHE_LOCK = threading.Lock()
