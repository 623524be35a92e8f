"""Thai word tokenisation with a dictionary tokeniser (nlpo3 with pythainlp's word list, or pythainlp newmm).

nlpo3 segments about 5x faster than newmm with the same output away from punctuation (see
docs/benchmarks.md for the measurement on this project's data); newmm is kept as a fallback engine.
The dictionary is loaded once per process on first use (call :func:`warm_up` at start-up).
"""

from __future__ import annotations

import os
import threading
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, compress, count
from operator import not_, sub

_DICT_NAME = "khatkrong-th"
_lock = threading.Lock()
_loaded: set[str] = set()
ENGINES = ("nlpo3", "newmm")


def _words_path() -> str:
    import pythainlp.corpus

    return os.path.join(os.path.dirname(pythainlp.corpus.__file__), "words_th.txt")


def _ensure_nlpo3() -> None:
    if _DICT_NAME in _loaded:
        return
    with _lock:
        if _DICT_NAME not in _loaded:
            import nlpo3

            message, ok = nlpo3.load_dict(_words_path(), _DICT_NAME)
            if not ok:
                raise RuntimeError(f"nlpo3 could not load its dictionary: {message}")
            _loaded.add(_DICT_NAME)


@cache
def _newmm():  # type: ignore[no-untyped-def]
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def segment(text: str, engine: str = "nlpo3") -> list[str]:
    """Split ``text`` into tokens whose concatenation is ``text`` (spaces are tokens too).

    >>> segment("ผมไปจ่ายเงินที่อบต.")
    ['ผม', 'ไป', 'จ่าย', 'เงิน', 'ที่', 'อบต.']
    """
    if engine == "nlpo3":
        import nlpo3

        _ensure_nlpo3()
        return nlpo3.segment(text, _DICT_NAME)
    if engine == "newmm":
        return _newmm()(text, engine="newmm", keep_whitespace=True)
    raise ValueError(f"unknown tokeniser engine {engine!r}; choose one of {ENGINES}")


def segment_words(text: str, engine: str = "nlpo3") -> tuple[list[str], list[str]]:
    """Segment ``text`` once: its word tokens (whitespace dropped, Latin lower-cased) and the pieces the
    segmenter cut it into (spaces included; their lengths give the offsets, see :func:`word_offsets`).

    The text is lower-cased once and then segmented (Thai has no case: the segmentation is the same); when a
    character lower-cases to several (``"İ"``) each token is lower-cased instead, so offsets stay exact.

    >>> segment_words("ถนน พัง LINE")
    (['ถนน', 'พัง', 'line'], ['ถนน', ' ', 'พัง', ' ', 'line'])
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        pieces = segment(lowered, engine)
        return list(compress(pieces, map(not_, map(str.isspace, pieces)))), pieces
    pieces = segment(text, engine)
    return [tok.lower() for tok in pieces if not tok.isspace()], pieces


def word_bounds(pieces: Sequence[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of the word pieces of a segmentation (the pieces that are not whitespace), as two
    lists of ints (no tuple per word).

    >>> word_bounds(['ถนน', ' ', 'พัง'])
    ([0, 4], [3, 7])
    """
    kept = list(map(not_, map(str.isspace, pieces)))  # C-level iterators: no Python work per piece
    ends = list(compress(accumulate(map(len, pieces)), kept))
    return list(map(sub, ends, map(len, compress(pieces, kept)))), ends


class PieceIndex:
    """Where the words of a segmentation lie, found one word at a time: the cheap way when only a few
    words' spans are wanted (the evidence shows a dozen of a text's words; :func:`word_bounds` computes
    all of them). Built with two C-level passes over the pieces: each piece's end, and the whitespace
    pieces.

    >>> index = PieceIndex(['ถนน', ' ', 'พัง', ' ', ' ', 'LINE'])
    >>> index.span(0), index.span(1), index.span(2)
    ((0, 3), (4, 7), (9, 13))
    """

    __slots__ = ("_before", "_ends", "_pieces")

    def __init__(self, pieces: Sequence[str]) -> None:
        self._pieces = pieces
        self._ends = list(accumulate(map(len, pieces)))
        gaps = compress(count(), map(str.isspace, pieces))
        self._before = list(map(sub, gaps, count()))  # for each whitespace piece, the words before it

    def span(self, p: int) -> tuple[int, int]:
        """``[start, end)`` of word ``p`` (the ``p``-th piece that is not whitespace)."""
        i = p + bisect_right(self._before, p)  # word p's piece: p words and the whitespace before it
        end = self._ends[i]
        return end - len(self._pieces[i]), end


def word_offsets(pieces: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` of each word piece of a segmentation (the pieces that are not whitespace).

    >>> word_offsets(['ถนน', ' ', 'พัง'])
    [(0, 3), (4, 7)]
    """
    return list(zip(*word_bounds(pieces), strict=True))


def tokens_with_offsets(text: str, engine: str = "nlpo3") -> list[tuple[str, int, int]]:
    """Word tokens (whitespace dropped, Latin lower-cased) with their ``[start, end)`` in ``text``.

    >>> tokens_with_offsets("ถนน พัง LINE")
    [('ถนน', 0, 3), ('พัง', 4, 7), ('line', 8, 12)]
    """
    words, pieces = segment_words(text, engine)
    return [(tok, start, end) for tok, (start, end) in zip(words, word_offsets(pieces), strict=True)]


def tokenize(text: str, engine: str = "nlpo3") -> list[str]:
    """Word tokens of an already normalised text.

    >>> tokenize("ฮั้วประมูล 2 ล้าน")
    ['ฮั้ว', 'ประมูล', '2', 'ล้าน']
    """
    return segment_words(text, engine)[0]


def warm_up(engine: str = "nlpo3") -> None:
    """Load the dictionary now rather than on the first request."""
    segment("ทดสอบ", engine)
