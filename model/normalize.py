"""Thai text normalisation as small named ``str -> str`` steps that also track offsets.

:func:`normalize` composes the steps in :data:`STEPS`, in this order:

1. :func:`nfc` -- Unicode NFC (never NFKC: it splits SARA AM, and accent stripping drops tone marks).
2. :func:`remove_zero_width` -- drop ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM and SOFT HYPHEN.
3. :func:`thai_normalize` -- the rules of ``pythainlp.util.normalize`` (5.4): collapse spaces and blank lines,
   remove spaces before marks, reorder tone marks and vowels, drop duplicated vowels, signs and tone marks,
   drop dangling marks.
4. :func:`thai_digits_to_arabic` -- ``๐-๙`` become ``0-9``.
5. :func:`squash_repeats` -- a letter typed 3 or more times in a row is kept once (``มากกกก`` -> ``มาก``);
   MAI YAMOK ``ๆ`` and digits are left alone.
6. :func:`normalize_laughter` -- a stand-alone run of 3 or more ``5`` (Thai laughter) becomes ``555``.
7. :func:`collapse_whitespace` -- every whitespace run becomes one space (marks dangling after it are
   dropped); the ends are stripped.

Each step is a :class:`Step`: a named sequence of rewrite operations, declared by a function that returns
them. ``step(text)`` applies them; ``step.track(text, offsets)`` applies the very same operations while
carrying, for every character, the index of the input character it came from. :func:`normalize_with_offsets`
runs :data:`STEPS` that way and :func:`original_span` maps a span of the normalised text back to the input
for highlighting. There is one chain: the plain and the tracked text cannot differ.

Every step takes time linear in the text's length, whatever the input (a report is attacker-controlled):

- CPython's NFC puts combining marks in canonical order with an insertion sort, quadratic on a long run of
  unordered marks (``"ุ่" * 10000``: 0.3 s); :func:`nfc` first orders every run with Python's sort, which
  NFC then finds ordered;
- a pattern that starts anew at every character of a run and backtracks to its end is quadratic
  (``"่" * 20000`` took 2.3 s); every pattern here either consumes the run it starts, starts only at the
  start of a run (a look-behind) or uses possessive quantifiers, so no run is scanned more than a bounded
  number of times.

Elongation is information (shouting, sarcasm), so :func:`count_elongations` counts it on the raw text before
it is squashed away.

The character classes come from pythainlp (``pythainlp.thai_tonemarks``, ...), as its own ``normalize``
builds them; step 3 re-implements its rules as precompiled patterns guarded by cheap checks (calling
pythainlp costs about 270 us per 300-character text, this about 20 us; its patterns are also quadratic on
runs of marks). The tests check with hypothesis that :func:`thai_normalize` equals
``pythainlp.util.normalize``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from pythainlp import (
    thai_above_vowels,
    thai_below_vowels,
    thai_consonants,
    thai_digits,
    thai_follow_vowels,
    thai_lead_vowels,
    thai_tonemarks,
    thai_vowels,
)
from pythainlp.util import thai_digit_to_arabic_digit

__all__ = [
    "STEPS",
    "Step",
    "collapse_whitespace",
    "count_elongations",
    "nfc",
    "normalize",
    "normalize_laughter",
    "normalize_tracked",
    "normalize_with_offsets",
    "original_span",
    "remove_zero_width",
    "squash_repeats",
    "thai_digits_to_arabic",
    "thai_normalize",
]

# As pythainlp.util.normalize 5.4 builds them: PHINTHU, THANTHAKHAT, NIKHAHIT, YAMAKKAN are the signs.
_SIGNS = "\u0e3a\u0e4c\u0e4d\u0e4e"
_DANGLING = f"{thai_above_vowels}{thai_below_vowels}{thai_tonemarks}{_SIGNS}"
_NOREPEAT = f"{thai_follow_vowels}{thai_lead_vowels}{thai_above_vowels}{thai_below_vowels}{_SIGNS}"
_TONE_OR_THANTHAKHAT = f"{thai_tonemarks}\u0e4c"
_ABOVE_BELOW = f"{thai_above_vowels}{thai_below_vowels}"

# A "letter" for elongation: Thai consonants and vowels (not tone marks, not ๆ, not digits) or any other
# alphabetic character.
_LETTER = "[\u0e01-\u0e3a\u0e40-\u0e45]|[^\\W\\d_\u0e00-\u0e7f]"
_RE_ELONGATION = re.compile(f"({_LETTER})\\1{{2,}}")
_RE_TRIPLE = re.compile(r"(.)\1\1")  # a character three times in a row: fast to look for
_RE_IS_LETTER = re.compile(_LETTER)


def _has_triple(text: str) -> bool:
    """Whether a letter occurs three times in a row (a cheap pre-check for elongation: ``50,000`` and
    ``...`` are common and are not elongation)."""
    return any(_RE_IS_LETTER.match(m.group(1)) for m in _RE_TRIPLE.finditer(text))


Offsets = Sequence[int]
"""``offsets[i]`` is the index in the original text of the character now at ``i`` (a ``range`` while no step
has moved a character: built only when one does)."""


class _Op(Protocol):
    """One rewrite operation of a step, on plain text and on text with tracked offsets."""

    def apply(self, text: str) -> str: ...

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]: ...


# A template part is a group number (copy that group, with its offsets) or a literal with an anchor: the
# index, relative to the match (0 = first character, -1 = last), of the character its offsets point to.
_Part = int | tuple[str, int]


@dataclass(frozen=True)
class _Rule:
    """A regex substitution whose replacement is built from groups and literals, so offsets follow.

    ``needs`` lists substrings of which the text must hold one for the pattern to match (empty: no check);
    it only saves time.
    """

    pattern: re.Pattern[str]
    parts: tuple[_Part, ...]
    needs: tuple[str, ...] = ()
    template: str = field(init=False)

    def __post_init__(self) -> None:
        template = "".join(
            f"\\g<{p}>" if isinstance(p, int) else p[0].replace("\\", "\\\\") for p in self.parts
        )
        object.__setattr__(self, "template", template)

    def _wanted(self, text: str) -> bool:
        return not self.needs or any(sub in text for sub in self.needs)

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.template, text) if self._wanted(text) else text

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        if not self._wanted(text):
            return text, offsets
        pieces: list[str] = []
        new_offsets: list[int] = []
        pos = 0
        for m in self.pattern.finditer(text):
            start, end = m.span()
            pieces.append(text[pos:start])
            new_offsets.extend(offsets[pos:start])
            for part in self.parts:
                if isinstance(part, int):
                    g_start, g_end = m.span(part)
                    if g_start >= 0:
                        pieces.append(text[g_start:g_end])
                        new_offsets.extend(offsets[g_start:g_end])
                else:
                    literal, anchor = part
                    source = start + anchor if anchor >= 0 else end + anchor
                    pieces.append(literal)
                    new_offsets.extend([offsets[source]] * len(literal))
            pos = end
        if not pieces:
            return text, offsets
        pieces.append(text[pos:])
        new_offsets.extend(offsets[pos:])
        return "".join(pieces), new_offsets


def _rule(pattern: str, *parts: _Part, needs: tuple[str, ...] = ()) -> _Rule:
    return _Rule(re.compile(pattern), parts, needs)


@dataclass(frozen=True)
class _Strip:
    """``str.strip()``."""

    def apply(self, text: str) -> str:
        return text.strip()

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if right <= left:
            return "", []
        return text[left:right], offsets[left:right]


@dataclass(frozen=True)
class _CollapseSpaces:
    """Every whitespace run -> one space, ends stripped: ``str.split`` (fast, in C) for the text, the same
    runs as a regex for the offsets (``str.split`` and the regex ``\\s`` agree on what whitespace is)."""

    _runs: ClassVar[_Rule] = _Rule(re.compile(r"\s{2,}|[^\S ]"), ((" ", 0),))  # a lone space stays

    def apply(self, text: str) -> str:
        return " ".join(text.split())

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        if self.apply(text) == text:
            return text, offsets
        return _Strip().track(*self._runs.track(text, offsets))


@dataclass(frozen=True)
class _Map:
    """A character-for-character map (offsets unchanged), applied when ``trigger`` is found."""

    func: Callable[[str], str]
    trigger: re.Pattern[str]

    def apply(self, text: str) -> str:
        return self.func(text) if self.trigger.search(text) else text

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        mapped = self.apply(text)
        if len(mapped) != len(text):  # pragma: no cover - a one-for-one map by construction
            raise AssertionError(f"{self.func.__name__} changed the length of the text")
        return mapped, offsets


@dataclass(frozen=True)
class _Guarded:
    """Operations skipped unless ``needed(text)``: a cheap check that is true whenever one of them would
    change the text (``otherwise``, if given, runs in their place)."""

    needed: Callable[[str], bool]
    ops: tuple[_Op, ...]
    otherwise: _Op | None = None  # applied instead when not ``needed``

    def apply(self, text: str) -> str:
        if self.needed(text):
            for op in self.ops:
                text = op.apply(text)
        elif self.otherwise is not None:
            text = self.otherwise.apply(text)
        return text

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        if self.needed(text):
            for op in self.ops:
                text, offsets = op.track(text, offsets)
        elif self.otherwise is not None:
            text, offsets = self.otherwise.track(text, offsets)
        return text, offsets


def _mark_order(text: str) -> list[int] | None:
    """The permutation that puts every run of combining marks (non-zero combining class) in canonical
    order, a stable sort by class, or ``None`` when the text is in that order already. Linear in the text
    plus ``k log k`` per run of ``k`` marks."""
    combining = unicodedata.combining
    classes = [combining(ch) for ch in text]
    order: list[int] | None = None
    i, n = 0, len(text)
    while i < n:
        if not classes[i]:
            i += 1
            continue
        j = i + 1
        unordered = False
        while j < n and classes[j]:
            unordered = unordered or classes[j] < classes[j - 1]
            j += 1
        if unordered:
            if order is None:
                order = list(range(n))
            order[i:j] = sorted(range(i, j), key=classes.__getitem__)
        i = j
    return order


@dataclass(frozen=True)
class _NFC:
    """Unicode NFC in linear time: marks ordered by :func:`_mark_order` first, then ``unicodedata``.

    Tracking: the text is cut before every starter (combining class 0) and pieces are glued while NFC
    composes across the cut (Hangul jamo, a few Indic vowel signs), so that each piece normalises on its
    own; a kept or reordered character points to where it was typed, a composed one to its base.
    """

    def apply(self, text: str) -> str:
        if unicodedata.is_normalized("NFC", text):
            return text
        order = _mark_order(text)
        if order is not None:
            text = "".join([text[i] for i in order])
        return unicodedata.normalize("NFC", text)

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        if unicodedata.is_normalized("NFC", text):
            return text, offsets
        order = _mark_order(text)
        if order is not None:
            text = "".join([text[i] for i in order])
            offsets = [offsets[i] for i in order]
        if unicodedata.is_normalized("NFC", text):
            return text, offsets
        nfc_ = functools.partial(unicodedata.normalize, "NFC")
        combining = unicodedata.combining
        cuts = [i for i, ch in enumerate(text) if i and not combining(ch)] + [len(text)]
        pieces: list[tuple[int, int, str]] = []  # (start, end, NFC of text[start:end])
        start, composed = 0, nfc_(text[: cuts[0]])
        for prev, cut in zip(cuts, cuts[1:], strict=False):
            nxt = nfc_(text[prev:cut])
            joined = composed + nxt
            if nfc_(text[start:cut]) == joined:
                pieces.append((start, prev, composed))
                start, composed = prev, nxt
            else:  # NFC composes across the cut: glue (a bounded number of times for any text)
                composed = nfc_(text[start:cut])
        pieces.append((start, len(text), composed))
        out: list[str] = []
        new_offsets: list[int] = []
        for p_start, p_end, piece in pieces:
            source = text[p_start:p_end]
            out.append(piece)
            if piece == source:
                new_offsets.extend(offsets[p_start:p_end])
                continue
            where: defaultdict[str, deque[int]] = defaultdict(deque)
            for i, ch in enumerate(source):
                where[ch].append(i)
            for ch in piece:
                found = where.get(ch)
                new_offsets.append(offsets[p_start + (found.popleft() if found else 0)])
        return "".join(out), new_offsets


class Step:
    """A named normalisation step: ``step(text)`` returns the text rewritten by its operations and
    ``step.track(text, offsets)`` rewrites it the same way, carrying the offsets along.

    Used as a decorator on a function that returns the operations; the step takes its name and its
    docstring (with the Thai doctest) from that function.
    """

    def __init__(self, declare: Callable[[], Sequence[_Op]]) -> None:
        functools.update_wrapper(self, declare)
        self.ops: tuple[_Op, ...] = tuple(declare())

    def __call__(self, text: str) -> str:
        for op in self.ops:
            text = op.apply(text)
        return text

    def track(self, text: str, offsets: Offsets) -> tuple[str, Offsets]:
        """The rewritten text and, for each of its characters, the entry of ``offsets`` it came from."""
        for op in self.ops:
            text, offsets = op.track(text, offsets)
        return text, offsets

    def __repr__(self) -> str:
        return f"<normalisation step {self.__name__}>"

    __name__: str


@Step
def nfc() -> Sequence[_Op]:
    """Compose to Unicode NFC, in linear time on any input.

    NFC puts a below vowel before a tone mark and keeps SARA AM whole; NFKC would split it.

    Examples
    --------
    >>> nfc("ก\\u0e48\\u0e38ม") == "ก\\u0e38\\u0e48ม"  # tone mark typed before SARA U
    True
    >>> nfc("น้ำ") == "น\\u0e49\\u0e33"  # SARA AM stays one character
    True
    """
    return (_NFC(),)


_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


@Step
def remove_zero_width() -> Sequence[_Op]:
    """Remove zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and the soft hyphen.

    Examples
    --------
    >>> remove_zero_width("ร้องเรียน\\u200bนายก\\u00adอบต.")
    'ร้องเรียนนายกอบต.'
    """
    return (_rule(f"[{_ZERO_WIDTH_CHARS}]+", needs=tuple(_ZERO_WIDTH_CHARS)),)


# Step 3 is stage A (spaces), a strip, then stage B (marks), skipped unless one of its patterns can match.
_DANGLING_SET = frozenset(_DANGLING)
_STAGE_B_LITERALS = ("\u0e40\u0e40", "\u0e4d", "\u0e45")
_RE_STAGE_B_MARKS = re.compile(f"[ {_TONE_OR_THANTHAKHAT}{thai_follow_vowels}][{_DANGLING}]")
_RE_STAGE_B_REPEATS = re.compile(f"([{_NOREPEAT}]) *\\1")
_DANGLING_START = _Rule(re.compile(f"^[{_DANGLING}]++"), ())


def _stage_b_inside(text: str) -> bool:
    """True whenever a stage-B rule other than "drop the marks dangling at the start" may change ``text``."""
    return bool(
        any(sub in text for sub in _STAGE_B_LITERALS)
        or _RE_STAGE_B_MARKS.search(text)
        or _RE_STAGE_B_REPEATS.search(text)
    )


def _dangling_start(text: str) -> bool:
    return text[:1] in _DANGLING_SET


@Step
def thai_normalize() -> Sequence[_Op]:
    """Apply the rules of ``pythainlp.util.normalize`` (pythainlp 5.4), precompiled and linear.

    Collapses repeated spaces and blank lines and strips the ends, removes a space typed before a mark,
    turns two SARA E into SARA AE, puts vowels before tone marks, drops repeated vowels, signs and tone marks
    (the last tone mark wins) and drops marks dangling at the start or after a space.

    Examples
    --------
    >>> thai_normalize("เเปลก")
    'แปลก'
    >>> thai_normalize("นานาาา")
    'นานา'
    >>> thai_normalize("ก่่อน") == "ก่อน"
    True
    """
    # pythainlp 5.4: remove_zw, remove_dup_spaces, remove_spaces_before_marks, remove_repeat_vowels
    # (reorder_vowels, then de-duplication), remove_dangling, in that order. Each pattern is rewritten so
    # that every kept character is a group (exact offsets) and no run is rescanned from each of its
    # characters; each matches the same spans as pythainlp's.
    stage_a = (
        _rule("[\u200b\u200c]", needs=("\u200b", "\u200c")),
        _rule("( ) +", 1, needs=("  ",)),  # ``while "  " in text: text = text.replace("  ", " ")``
        _rule("(?<![ \n]) *+(\n)[ \n]*+", 1, needs=("\n",)),  # a run of spaces and newlines -> "\n"
        _Strip(),
    )
    stage_b = (
        _rule(f"([{thai_consonants}])(?<![{thai_vowels}][{thai_consonants}]) ([{_DANGLING}])", 1, 2),
        _rule("\u0e40\u0e40", ("\u0e41", 0), needs=("\u0e40\u0e40",)),  # SARA E + SARA E -> SARA AE
        # vowels before tone marks: only from the start of a run of marks, possessive (pythainlp's
        # ``([marks]+)([vowels]+)`` backtracks from every mark of a run)
        _rule(f"(?<![{_TONE_OR_THANTHAKHAT}])([{_TONE_OR_THANTHAKHAT}]++)([{_ABOVE_BELOW}]++)", 2, 1),
        # NIKHAHIT + SARA AA -> SARA AM
        _rule(f"\u0e4d([{thai_tonemarks}]*+)\u0e32", 1, ("\u0e33", -1), needs=("\u0e4d",)),
        # tone mark before a follow vowel, likewise from the start of a run only
        _rule(f"(?<![{thai_follow_vowels}])([{thai_follow_vowels}]++)([{thai_tonemarks}]++)", 2, 1),
        _rule("([^\u0e24\u0e26])\u0e45", 1, ("\u0e32", -1), needs=("\u0e45",)),  # LAKKHANGYAO -> SARA AA
        # pythainlp runs ``(c[ ]*)+c -> c`` once per character c; one pass over all of them gives the same
        # text because removing a repeat always leaves one c between its neighbours.
        _rule(f"([{_NOREPEAT}])(?: *+\\1)++", 1),
        _rule(f"[{thai_tonemarks}]+([{thai_tonemarks}])", 1),  # the last of several tone marks wins
        _DANGLING_START,
        _rule(f"( ) *+[{_DANGLING}]++", 1),
    )
    # a text cut in the middle of a word starts with a dangling mark: then only that rule may be needed
    return (*stage_a, _Guarded(_stage_b_inside, stage_b, _Guarded(_dangling_start, (_DANGLING_START,))))


@Step
def thai_digits_to_arabic() -> Sequence[_Op]:
    """Replace Thai digits with ASCII digits (``pythainlp.util.thai_digit_to_arabic_digit``).

    Examples
    --------
    >>> thai_digits_to_arabic("เงิน ๒๕๐,๐๐๐ บาท")
    'เงิน 250,000 บาท'
    """
    return (_Map(thai_digit_to_arabic_digit, re.compile(f"[{thai_digits}]")),)


@Step
def squash_repeats() -> Sequence[_Op]:
    """Keep once a letter typed three or more times in a row; ``ๆ`` and digits are untouched.

    Examples
    --------
    >>> squash_repeats("โกงมากกกกก")
    'โกงมาก'
    >>> squash_repeats("ดีๆๆๆ")
    'ดีๆๆๆ'
    >>> squash_repeats("เลขที่ 1112")
    'เลขที่ 1112'
    """
    return (_Guarded(_has_triple, (_Rule(_RE_ELONGATION, (1,)),)),)


@Step
def normalize_laughter() -> Sequence[_Op]:
    """Shorten a stand-alone run of three or more ``5`` (laughter, "ha ha ha") to ``555``.

    Runs that are part of a longer number or followed by a unit (บาท, ล้าน, คน, ...) are amounts and stay.

    Examples
    --------
    >>> normalize_laughter("5555555 ตลกมาก")
    '555 ตลกมาก'
    >>> normalize_laughter("จ่ายไป 5555 บาท")
    'จ่ายไป 5555 บาท'
    >>> normalize_laughter("เลขที่ 15555")
    'เลขที่ 15555'
    """
    units = "บาท|บ\\.|฿|ล้าน|แสน|หมื่น|พัน|ร้อย|สตางค์|ปี|คน|ราย|ไร่|ครั้ง|ตัว|เมตร|กม\\.|%"
    return (_rule(f"(?<![\\d.,])(555)5*+(?!\\d|[.,]\\d|\\s*+(?:{units}))", 1, needs=("555",)),)


@Step
def collapse_whitespace() -> Sequence[_Op]:
    """Turn every run of whitespace (spaces, tabs, newlines, NBSP) into one space and strip the ends.

    Thai marks left dangling after whitespace are dropped first, as :func:`thai_normalize` does after a
    space (here also after a tab, a newline or a wide space).

    Examples
    --------
    >>> collapse_whitespace("  ร้องเรียน\\n\\n\\tปลัด  อบต.  ")
    'ร้องเรียน ปลัด อบต.'
    >>> collapse_whitespace("ปลัด\\t\\u0e48อบต.")
    'ปลัด อบต.'
    """
    return (_rule(f"(\\s)[{_DANGLING}]++", 1), _CollapseSpaces())


STEPS: tuple[Step, ...] = (
    nfc,
    remove_zero_width,
    thai_normalize,
    thai_digits_to_arabic,
    squash_repeats,
    normalize_laughter,
    collapse_whitespace,
)
"""The steps of :func:`normalize`, in order."""


def normalize(text: str) -> str:
    """Normalise Thai text for the model.

    Applies, in this order: :func:`nfc`, :func:`remove_zero_width`, :func:`thai_normalize`,
    :func:`thai_digits_to_arabic`, :func:`squash_repeats`, :func:`normalize_laughter`,
    :func:`collapse_whitespace`.

    Examples
    --------
    >>> normalize("  ปลัดเเกล้ง\\u200bโกงงงงง  เงิน ๕๐,๐๐๐ บาท 55555 ")
    'ปลัดแกล้งโกง เงิน 50,000 บาท 555'
    """
    for step in STEPS:
        text = step(text)
    return text


def normalize_with_offsets(text: str) -> tuple[str, Offsets]:
    """Normalise like :func:`normalize` (the same :data:`STEPS`) and say where each character came from.

    Returns
    -------
    normalised
        Exactly ``normalize(text)``.
    offsets
        ``offsets[i]`` is the index in ``text`` of the character that ``normalised[i]`` came from (a squashed
        run points to its first letter, a collapsed whitespace run to its first character, SARA AM made from
        NIKHAHIT + SARA AA to the SARA AA, a character NFC composed to its base).

    Examples
    --------
    >>> normalize_with_offsets(" โกงงงง ๕๕๕๕")
    ('โกง 555', [1, 2, 3, 7, 8, 9, 10])
    """
    text, offsets = normalize_tracked(text)
    return text, offsets if isinstance(offsets, list) else list(offsets)


def normalize_tracked(text: str) -> tuple[str, Offsets]:
    """:func:`normalize_with_offsets`, the offsets as a ``range`` when they are the identity or a slice of it
    (no list of one int per character is built for a text that normalisation leaves as it is, about half of
    the reports).

    >>> normalize_tracked("ถนนพัง")
    ('ถนนพัง', range(0, 6))
    >>> normalize_tracked(" ถนนพัง ")
    ('ถนนพัง', range(1, 7))
    """
    offsets: Offsets = range(len(text))
    for step in STEPS:
        text, offsets = step.track(text, offsets)
    return text, offsets


def original_span(original: str, offsets: Offsets, start: int, end: int) -> tuple[int, int]:
    """Map ``normalised[start:end]`` back to a span of ``original`` for highlighting.

    The span covers every original character the normalised ones came from, plus characters dropped right
    after them (squashed repeats, zero-width characters), but no trailing whitespace.

    Raises
    ------
    ValueError
        If the span is empty or outside ``offsets``.

    Examples
    --------
    >>> raw = "ปลัดโกงงงง  มาก"
    >>> norm, offs = normalize_with_offsets(raw)
    >>> s, e = original_span(raw, offs, norm.index("โกง"), norm.index("โกง") + 3)
    >>> raw[s:e]
    'โกงงงง'
    """
    if not 0 <= start < end <= len(offsets):
        raise ValueError(f"span ({start}, {end}) is empty or outside 0..{len(offsets)}")
    chosen = offsets[start:end]
    lo, hi = min(chosen), max(chosen) + 1
    following = offsets[end] if end < len(offsets) else len(original)
    if following > hi:
        hi = max(hi, lo + len(original[lo:following].rstrip()))
    return lo, hi


def count_elongations(text: str) -> int:
    """Count the runs of a letter typed three or more times in a row in the raw text.

    Examples
    --------
    >>> count_elongations("โกงงงงง มากกกก ๆๆๆ 5555")
    2
    """
    return len(_RE_ELONGATION.findall(text)) if _has_triple(text) else 0
