"""Near-duplicates by MinHash LSH (datasketch) over character 5-grams of the normalised, masked text.

Thai is written without spaces between words, so splitting on ``\\W`` would give one "word" per phrase and
degrade to exact matching; character 5-grams see a changed particle or a swapped name as a small change.
The text is the masked text (a different phone number does not make a different campaign), normalised
(:func:`model.normalize.normalize`) with every space removed.

The LSH index is a table of the store (:class:`service.cases.models.LshBand`): each signature's bands are
reduced to keyed 64-bit digests, so every worker process and every instance shares one index and it survives
restarts. The bands are tuned for a Jaccard similarity of :data:`LSH_THRESHOLD` (the candidate net); each
candidate's signature is then compared and kept at or above the configured ``dedup_threshold``, so the
threshold can change without re-indexing.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from model.normalize import normalize

NUM_PERM = 128
SHINGLE = 5
LSH_THRESHOLD = 0.4
SEED = 1
SCHEME = "affine32"  # pinned: stored signatures and band keys must not change with datasketch's default
_SPACE = re.compile(r"\s+")


def dedup_text(masked_text: str) -> str:
    """The text shingled: normalised, without spaces.

    >>> dedup_text("ปลัด  อบต.หนองบัว เรียกเงินนนน")
    'ปลัดอบต.หนองบัวเรียกเงิน'
    """
    return _SPACE.sub("", normalize(masked_text))


def shingles(text: str, k: int = SHINGLE) -> list[bytes]:
    """Character ``k``-grams (the whole text when shorter).

    >>> shingles("abcdef", 5)
    [b'abcde', b'bcdef']
    """
    if len(text) <= k:
        return [text.encode("utf-8")] if text else [b""]
    return [text[i : i + k].encode("utf-8") for i in range(len(text) - k + 1)]


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)  # the permutations, built once


def signature(masked_text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint64 values) of a case's masked text."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_template().permutations)
    m.update_batch(shingles(dedup_text(masked_text)))
    return np.asarray(m.hashvalues, dtype=np.uint64)


def to_bytes(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(a == b))


@lru_cache(maxsize=1)
def band_ranges() -> list[tuple[int, int]]:
    """The signature slices of the LSH bands (datasketch's optimal b x r for :data:`LSH_THRESHOLD`)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return [(int(s), int(e)) for s, e in lsh.hashranges]


def band_bytes(sig: np.ndarray) -> list[tuple[int, bytes]]:
    """``(band number, the band's bytes)`` for every band; the store keeps a keyed digest of the bytes."""
    return [(n, to_bytes(sig[s:e]) + bytes([n])) for n, (s, e) in enumerate(band_ranges())]
