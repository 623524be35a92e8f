"""TF-IDF over tokenised Thai documents: one scikit-learn ``TfidfVectorizer`` subclass that owns fit and transform.

Documents come as token lists (the dictionary tokeniser has already split the Thai text; scikit-learn's
``token_pattern`` would break Thai words apart). :class:`TokenTfidfVectorizer` counts either word n-grams
(:func:`word_ngrams`) or character n-grams inside each token (:func:`char_wb_ngrams`, scikit-learn's
``char_wb`` on the tokens joined by spaces), then weights them with scikit-learn's own ``TfidfTransformer``.

Fitting is scikit-learn's (``TfidfVectorizer.fit`` with the n-gram function as its analyzer). Transforming
does the work once per distinct token: the vocabulary indices of a token's character n-grams are looked up
the first time the token is seen and kept (one bounded cache per vectorizer, dropped when pickled); the
counts of a whole batch become one sparse matrix, and the weighting runs inside
``sklearn.config_context(assume_finite=True, skip_parameter_validation=True)``: the counts are ours, finite
by construction. The result equals ``TfidfVectorizer.transform`` with the same analyzer (a test checks it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any, ClassVar

import numpy as np
import scipy.sparse as sp
from sklearn import config_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils._param_validation import StrOptions
from sklearn.utils.validation import check_is_fitted

__all__ = ["UNITS", "TokenTfidfVectorizer", "char_wb_ngrams", "word_ngrams"]

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
        super().fit(list(raw_documents), y)
        return self

    def fit_transform(self, raw_documents: Iterable[Sequence[str]], y: object = None) -> sp.csr_matrix:
        docs = list(raw_documents)
        return self.fit(docs, y).transform(docs)

    def transform(self, raw_documents: Iterable[Sequence[str]]) -> sp.csr_matrix:
        """TF-IDF rows of token lists (``raw_documents`` as a list of lists of tokens)."""
        check_is_fitted(self, "vocabulary_")
        docs = list(raw_documents)
        counts = self._count_words(docs) if self.unit == "word" else self._count_chars(docs)
        with config_context(assume_finite=True, skip_parameter_validation=True):
            return self._tfidf.transform(counts, copy=False)

    # --- counting --------------------------------------------------------------------------------

    def _matrix(self, cols: np.ndarray, lengths: Sequence[int]) -> sp.csr_matrix:
        """Counts as CSR from each document's feature indices (repeats summed), canonical like scikit-learn's."""
        rows = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        data = np.ones(len(cols), dtype=self.dtype)
        X = sp.csr_matrix((data, (rows, cols)), shape=(len(lengths), len(self.vocabulary_)), dtype=self.dtype)
        X.sum_duplicates()
        return X

    def _count_words(self, docs: list[Sequence[str]]) -> sp.csr_matrix:
        get = self.vocabulary_.get
        analyze = self.build_analyzer()
        cols: list[int] = []
        lengths: list[int] = []
        for tokens in docs:
            found = [j for j in map(get, analyze(tokens)) if j is not None]
            cols.extend(found)
            lengths.append(len(found))
        return self._matrix(np.asarray(cols, dtype=np.int32), lengths)

    def _count_chars(self, docs: list[Sequence[str]]) -> sp.csr_matrix:
        cache = self._cache()
        get = self.vocabulary_.get
        low, high = self.ngram_range
        parts: list[np.ndarray] = []
        lengths: list[int] = []
        for tokens in docs:
            n = 0
            for tok in tokens:
                ids = cache.get(tok)
                if ids is None:
                    found = [j for j in map(get, char_wb_ngrams((tok,), low=low, high=high)) if j is not None]
                    ids = np.asarray(found, dtype=np.int32)
                    if len(cache) >= _CACHE_MAX:
                        cache.clear()
                    cache[tok] = ids
                parts.append(ids)
                n += len(ids)
            lengths.append(n)
        cols = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
        return self._matrix(cols, lengths)

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
        return state


_CACHE_LOCK = threading.Lock()
