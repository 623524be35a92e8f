"""A lean TF-IDF transform for a fitted ``TfidfVectorizer``, for scoring one report at a time.

``TfidfVectorizer.transform`` validates its input on every call (array checks, dataframe detection); for a
single 300-character report that costs more than the counting itself. Here the counting, sublinear TF, IDF
weighting and L2 normalisation are done directly from the fitted vocabulary and IDF weights. The result
equals scikit-learn's for the settings this project uses (``sublinear_tf``, ``norm="l2"``, ``use_idf``); a
test checks it.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer


def supported(vec: TfidfVectorizer) -> bool:
    """Whether :func:`transform` reproduces ``vec.transform`` exactly."""
    return bool(vec.use_idf and vec.sublinear_tf and vec.norm == "l2" and not vec.binary and callable(vec.analyzer))


def transform(vec: TfidfVectorizer, analyzed: Iterable[Sequence[str]]) -> sp.csr_matrix:
    """TF-IDF rows for documents already split into features by ``vec``'s analyzer."""
    vocab = vec.vocabulary_
    get = vocab.get
    indptr = [0]
    indices: list[int] = []
    counts: list[int] = []
    for grams in analyzed:
        for g, c in Counter(grams).items():  # counted in C; one look-up per distinct feature
            j = get(g)
            if j is not None:
                indices.append(j)
                counts.append(c)
        indptr.append(len(indices))
    return _weighted(vec, np.asarray(indices, dtype=np.int32), np.asarray(counts, dtype=np.float64), np.asarray(indptr, dtype=np.int32))


def _weighted(vec: TfidfVectorizer, idx: np.ndarray, counts: np.ndarray, ptr: np.ndarray) -> sp.csr_matrix:
    """Sublinear TF times IDF, L2-normalised rows, from raw counts in CSR layout."""
    data = (np.log(counts) + 1.0) * vec.idf_[idx]
    lengths = np.diff(ptr)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(lengths)))
    norms[norms == 0] = 1.0
    data /= np.repeat(norms, lengths)
    X = sp.csr_matrix((data.astype(vec.dtype), idx, ptr), shape=(len(ptr) - 1, len(vec.vocabulary_)))
    X.sort_indices()
    return X


_TOKEN_CACHES: weakref.WeakKeyDictionary[TfidfVectorizer, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()
_TOKEN_CACHE_MAX = 200_000


def transform_by_token(
    vec: TfidfVectorizer, token_lists: Iterable[Sequence[str]], per_token: Callable[[str], Sequence[str]]
) -> sp.csr_matrix:
    """:func:`transform` for an analyzer whose features are the concatenation of each token's own
    (``per_token``), as character n-grams inside words are: each distinct token's vocabulary indices are
    computed once per process and reused, so a document costs a look-up per token, not per n-gram."""
    vocab = vec.vocabulary_
    get = vocab.get
    cache = _TOKEN_CACHES.setdefault(vec, {})
    empty = np.zeros(0, dtype=np.int32)
    indptr = [0]
    indices: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    total = 0
    for tokens in token_lists:
        parts = []
        for tok in tokens:
            ids = cache.get(tok)
            if ids is None:
                found = [get(g) for g in per_token(tok)]
                ids = np.asarray([j for j in found if j is not None], dtype=np.int32) if found else empty
                if len(cache) >= _TOKEN_CACHE_MAX:
                    cache.clear()
                cache[tok] = ids
            parts.append(ids)
        uniq: np.ndarray = empty
        cnt: np.ndarray = empty
        if parts:
            uniq, cnt = np.unique(np.concatenate(parts), return_counts=True)
        indices.append(uniq)
        counts.append(cnt)
        total += len(uniq)
        indptr.append(total)
    idx = np.concatenate(indices) if indices else empty
    cnt_all = np.concatenate(counts).astype(np.float64) if counts else np.zeros(0)
    return _weighted(vec, idx, cnt_all, np.asarray(indptr, dtype=np.int32))
