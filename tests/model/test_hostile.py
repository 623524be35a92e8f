"""Normalisation and scoring take time linear in the text's length, whatever the text (issue 13, item 1).

Adversarial 20,000-character texts (every Thai mark and vowel repeated, mixed, with combining marks of other
scripts) must normalise and score within a CPU budget per character. The budget is about ten times what a
linear run costs on a loaded 2-core machine, and a twentieth of what the quadratic patterns cost (2.3 s for
20,000 characters, 115 us a character), so it does not flake and still fails on O(n^2).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.normalize import normalize, normalize_with_offsets

LENGTH = 20_000
BUDGET_US_PER_CHAR = 20.0  # normalise + normalise with offsets + screen, process CPU time

THAI_MARKS = [chr(c) for c in (*range(0x0E31, 0x0E3B), *range(0x0E47, 0x0E4F))]  # above/below vowels, signs
THAI_VOWELS = list("ะาำๅเแโใไ")
OTHER_MARKS = [
    "\u0301",
    "\u0316",
    "\u0323",
    "\u0302",
    "\u05b0",
    "\u064b",
    "\u0650",
    "\u093c",
    "\u20d2",
    "\u1dc0",
]
OTHERS = ["ก", "ข", "a", " ", "\n", "\t", "5", "๕", "\u200b", "\u1100", "\u1161", "\u11a8", "."]
HOSTILE = THAI_MARKS + THAI_VOWELS + OTHER_MARKS

units = st.text(alphabet=st.sampled_from(HOSTILE + OTHERS), min_size=1, max_size=4).filter(
    lambda u: any(ch in HOSTILE for ch in u)
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """A 20,000-character text: one short unit repeated, or a few units mixed at random, after a prefix."""
    prefix = draw(st.sampled_from(["", "ก", "ปลัด อบต. ", "a"]))
    pool = draw(st.lists(units, min_size=1, max_size=3))
    if len(pool) == 1 or draw(st.booleans()):
        body = pool[0] * (LENGTH // len(pool[0]) + 1)
    else:
        rnd = draw(st.randoms(use_true_random=False))
        body = "".join(rnd.choice(pool) for _ in range(LENGTH))
    return (prefix + body)[:LENGTH]


def cpu_seconds(func, *args):  # type: ignore[no-untyped-def]
    t0 = time.process_time()
    out = func(*args)
    return time.process_time() - t0, out


@pytest.mark.parametrize(
    "mark", ["\u0e48", "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c", "\u0e30", "\u0e32", "\u0e33", "\u0e45"]
)
def test_runs_of_one_mark_from_issue_13_are_linear(mark: str) -> None:
    for text in (mark * LENGTH, "ก" + mark * (LENGTH - 1)):
        seconds, _ = cpu_seconds(normalize, text)
        assert seconds / LENGTH * 1e6 < BUDGET_US_PER_CHAR


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(hostile_texts())
def test_hostile_texts_normalise_and_score_in_linear_time(tiny_screener, text: str) -> None:  # type: ignore[no-untyped-def]
    spent, norm = cpu_seconds(normalize, text)
    seconds, (tracked, offsets) = cpu_seconds(normalize_with_offsets, text)
    spent += seconds
    seconds, results = cpu_seconds(tiny_screener.screen, [text])
    spent += seconds
    assert tracked == norm and len(offsets) == len(norm)
    assert all(0 <= i < len(text) for i in offsets)
    assert results[0].decision in {"proceed", "review", "deprioritize"}
    assert spent / len(text) * 1e6 < BUDGET_US_PER_CHAR, f"{spent * 1000:.0f} ms for {len(text)} characters"


def test_budget_catches_quadratic_time() -> None:
    """The budget is tight enough: pythainlp's own normalize (quadratic on runs of marks) exceeds it."""
    from pythainlp.util import normalize as pythainlp_normalize

    text = "ก" + "\u0e48" * (LENGTH - 1)
    seconds, _ = cpu_seconds(pythainlp_normalize, text)
    assert seconds / LENGTH * 1e6 > BUDGET_US_PER_CHAR
