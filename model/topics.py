"""Topic cue words of the integrity desks, as explicit features that generalise across phrasing.

N-grams learn the wording of the reports a model was trained on; a new writer uses other words for the same
act. These curated cue lists (general Thai vocabulary of each kind of wrongdoing, not taken from any one
report) give every category a few features that hold across writers. Each cue counts once per occurrence in
the normalised text.
"""

from __future__ import annotations

from functools import cache
from itertools import compress, count

from model.labels import CATEGORIES
from model.wordlists import words

TOPIC_TERMS: dict[str, tuple[str, ...]] = {topic: words(f"topic_{topic}") for topic in CATEGORIES}
"""The cue words of each topic (the default corpus's categories), from ``model/data/topic_<topic>.txt``."""
TOPICS = tuple(TOPIC_TERMS)


@cache
def _cue_index() -> tuple[dict[str, tuple[int, ...]], dict[str, int], frozenset[str], frozenset[str]]:
    """Each cue, as the concatenation of its tokens, with the topics it counts for; for each token that
    starts a cue of several tokens, the longest such cue in tokens; every token a match may start at; and
    every beginning of a cue (a match of several tokens begins with two tokens that make one)."""
    from model.tokenize import tokenize

    owners: dict[str, list[int]] = {}
    starts: dict[str, int] = {}
    for i, terms in enumerate(TOPIC_TERMS.values()):
        for term in terms:
            tokens = tokenize(term)
            if not tokens:
                continue
            if len(tokens) > 1:
                starts[tokens[0]] = max(starts.get(tokens[0], 1), len(tokens))
            owners.setdefault("".join(tokens), []).append(i)
    # a token may start a cue of several tokens, or be a whole cue (also one that the cue list splits)
    beginnings = frozenset(cue[:i] for cue in owners for i in range(1, len(cue) + 1))
    return {t: tuple(v) for t, v in owners.items()}, starts, frozenset(owners) | frozenset(starts), beginnings


def topic_matches(tokens: list[str]) -> list[tuple[int, int, int]]:
    """Cue occurrences in a tokenised normalised text as ``(topic index, first token, end token)``: a greedy
    longest match over runs of whole tokens (a dictionary look-up per run, no regular expression scan), so a
    cue is only ever found as whole tokens (``นอน`` is not inside ``แน่นอน``). A cue of several topics gives
    one match per topic. Only the tokens that start some cue are looked at (one set test per token).

    >>> from model.tokenize import tokenize
    >>> [(TOPICS[t], a, b) for t, a, b in topic_matches(tokenize("ผู้รับเหมาฮั้วประมูล"))]
    [('procurement', 0, 1), ('procurement', 1, 2), ('procurement', 2, 3)]
    """
    owners, starts, firsts, beginnings = _cue_index()
    out: list[tuple[int, int, int]] = []
    n = len(tokens)
    done = 0  # tokens before this index are inside a cue already found
    for i in compress(count(), map(firsts.__contains__, tokens)):  # C-level: no Python work per token
        if i < done:
            continue
        tok = tokens[i]
        longest = starts.get(tok)
        if longest is not None and (i + 1 == n or tok + tokens[i + 1] not in beginnings):
            longest = None  # no cue begins with this token and the next: none of several tokens here
        if longest is not None:  # a cue of several tokens may start here: the longest first
            for k in range(min(longest, n - i), 1, -1):
                topics = owners.get("".join(tokens[i : i + k]))
                if topics is not None:
                    out.extend((t, i, i + k) for t in topics)
                    done = i + k
                    break
            else:
                longest = None
            if longest is not None:
                continue
        topics = owners.get(tok)
        if topics is not None:
            out.extend((t, i, i + 1) for t in topics)
            done = i + 1
    return out


def topic_counts(tokens: list[str]) -> list[int]:
    """Cue occurrences per topic, in ``TOPICS`` order (the :func:`topic_matches` counted).

    >>> from model.tokenize import tokenize
    >>> dict(zip(TOPICS, topic_counts(tokenize("ผู้รับเหมาฮั้วประมูล จ่ายเงินใต้โต๊ะ"))))["procurement"]
    3
    """
    counts = [0] * len(TOPICS)
    for t, _, _ in topic_matches(tokens):
        counts[t] += 1
    return counts
