"""Topic cues: the pre-filtered matcher finds exactly what a plain greedy scan over every token finds."""

from __future__ import annotations

import random

from model.topics import TOPIC_TERMS, _cue_index, topic_matches


def _greedy(tokens: list[str]) -> list[tuple[int, int, int]]:
    """The reference: at every token, the longest cue of whole tokens starting there, else none."""
    owners, starts, _, _ = _cue_index()
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens):
        for k in range(min(starts.get(tokens[i], 1), len(tokens) - i), 0, -1):
            topics = owners.get("".join(tokens[i : i + k]))
            if topics is not None:
                out.extend((t, i, i + k) for t in topics)
                i += k
                break
        else:
            i += 1
    return out


def test_matches_equal_a_greedy_scan_over_every_token() -> None:
    from model.tokenize import tokenize

    rnd = random.Random(9)
    cue_tokens = [tok for terms in TOPIC_TERMS.values() for term in terms for tok in tokenize(term)]
    cues = [
        "".join(tokenize(term)) for terms in TOPIC_TERMS.values() for term in terms
    ]  # whole, as one token
    filler = ["ผม", "ไป", "ที่", "แน่นอน", "ครับ", "เงิน", "ๆ", "จริง ๆ"]
    found = 0
    for _ in range(2000):
        tokens = [rnd.choice((cue_tokens, cues, filler)[rnd.randrange(3)]) for _ in range(rnd.randint(0, 12))]
        got = topic_matches(tokens)
        assert got == _greedy(tokens), tokens
        found += len(got)
    assert found > 1000
