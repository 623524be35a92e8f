"""A lean TF-IDF transform for a fitted ``TfidfVectorizer``, for scoring one report at a time.

``TfidfVectorizer.transform`` validates its input on every call (array checks, dataframe detection); for a
single 300-character report that costs more than the counting itself. Here the counting, sublinear TF, IDF
weighting and L2 normalisation are done directly from the fitted vocabulary and IDF weights. The result
equals scikit-learn's for the settings this project uses (``sublinear_tf``, ``norm="l2"``, ``use_idf``); a
test checks it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

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
    idx = np.asarray(indices, dtype=np.int32)
    data = (np.log(np.asarray(counts, dtype=np.float64)) + 1.0) * vec.idf_[idx]
    ptr = np.asarray(indptr, dtype=np.int32)
    lengths = np.diff(ptr)
    rows = np.repeat(np.arange(len(lengths)), lengths)
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=len(lengths)))
    norms[norms == 0] = 1.0
    data /= np.repeat(norms, lengths)
    X = sp.csr_matrix((data.astype(vec.dtype), idx, ptr), shape=(len(ptr) - 1, len(vocab)))
    X.sort_indices()
    return X
