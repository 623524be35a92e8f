"""Features: the prepared document and the detail block."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from model.features import _detail_block, count_digits, prepare, prepare_all
from model.normalize import normalize_with_offsets
from model.tokenize import PieceIndex, word_bounds

ALPHABET = list("0123456789๐๑๒๓๔๕๖๗๘๙กขค ปลัด.,") + ["²", "٣", "１", "𝟘", "a", "\u0e48"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40) | st.text(max_size=40))
def test_count_digits_equals_isdigit(text: str) -> None:
    assert count_digits(text) == sum(map(str.isdigit, text))


def test_doc_raw_span_maps_back_to_the_input() -> None:
    raw = "  ปลัดเเกล้งงงง เรียกเงิน ๕๐,๐๐๐ บาท"
    doc = prepare(raw)
    start = doc.norm.index("50,000")
    s, e = doc.raw_span(start, start + len("50,000"))
    assert raw[s:e] == "๕๐,๐๐๐"
    assert [t for t, _, _ in doc.tokens][:2] == ["ปลัด", "แกล้ง"]


PIECES = st.lists(
    st.sampled_from(["ถนน", " ", "พัง", "\t", "จริง ๆ", "LINE", "  ", "ก", "\u3000"]), max_size=30
)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_piece_index_agrees_with_word_bounds(pieces: list[str]) -> None:
    index = PieceIndex(pieces)
    starts, ends = word_bounds(pieces)
    assert [index.span(p) for p in range(len(starts))] == list(zip(starts, ends, strict=True))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*ALPHABET, "  ", "\n", "İ", "งงงง", "\u200b", "ถนน"]), max_size=30))
def test_word_spans_and_offsets_on_any_text(parts: list[str]) -> None:
    raw = "".join(parts)
    doc = prepare(raw)
    norm, offsets = normalize_with_offsets(raw)
    assert doc.norm == norm and list(doc.offsets) == offsets
    starts, ends = doc.word_bounds
    assert [doc.word_span(p) for p in range(len(doc.words))] == [
        doc.raw_span(a, b) for a, b in zip(starts, ends, strict=True)
    ]
    features_only = prepare_all([raw], offsets=False)[0]
    assert (features_only.norm, features_only.words, features_only.spans) == (doc.norm, doc.words, doc.spans)


@pytest.mark.parametrize("shape", [(1, 30), (9, 30), (0, 30), (3, 0)])
def test_detail_block_equals_scipy_dense_to_csr(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(shape))
    dense = rng.random(shape) * (rng.random(shape) > 0.6)
    ours, theirs = _detail_block(dense), sp.csr_matrix(dense, dtype=np.float32)
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    for part in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(ours, part), getattr(theirs, part)), part
