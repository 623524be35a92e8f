"""Thai text normalisation as small named ``str -> str`` steps.

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

Elongation is information (shouting, sarcasm), so :func:`count_elongations` counts it on the raw text before
it is squashed away. :func:`normalize_with_offsets` returns the same text plus, for every normalised
character, the index of the original character it came from, and :func:`original_span` maps a span of the
normalised text back to the input for highlighting.

Step 3 re-implements the rules of ``pythainlp.util.normalize`` as precompiled patterns guarded by cheap
checks: calling pythainlp costs about 270 us per 300-character text, this about 20 us, and the plain and the
offset-tracking paths share the very same rules. The tests check with hypothesis that :func:`thai_normalize`
equals ``pythainlp.util.normalize`` and that ``normalize_with_offsets(t)[0] == normalize(t)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "STEPS",
    "collapse_whitespace",
    "count_elongations",
    "nfc",
    "normalize",
    "normalize_laughter",
    "normalize_with_offsets",
    "original_span",
    "remove_zero_width",
    "squash_repeats",
    "thai_digits_to_arabic",
    "thai_normalize",
]

# Character classes, spelled out as in pythainlp 5.4 (``pythainlp.thai_*``).
_TONEMARKS = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
_ABOVE_VOWELS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e4d\u0e47"  # ั ิ ี ึ ื ํ ็
_BELOW_VOWELS = "\u0e38\u0e39"  # ุ ู
_FOLLOW_VOWELS = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ
_LEAD_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ
_CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_VOWELS = "ฤฦะัาำิีึืุูเแโใไๅํ็"
_SIGNS = "\u0e3a\u0e4c\u0e4d\u0e4e"  # PHINTHU, THANTHAKHAT, NIKHAHIT, YAMAKKAN
_DANGLING = f"{_ABOVE_VOWELS}{_BELOW_VOWELS}{_TONEMARKS}{_SIGNS}"
_NOREPEAT = f"{_FOLLOW_VOWELS}{_LEAD_VOWELS}{_ABOVE_VOWELS}{_BELOW_VOWELS}{_SIGNS}"

# A "letter" for elongation: Thai consonants and vowels (not tone marks, not ๆ, not digits) or any other
# alphabetic character.
_LETTER = "[\u0e01-\u0e3a\u0e40-\u0e45]|[^\\W\\d_\u0e00-\u0e7f]"
_RE_ELONGATION = re.compile(f"({_LETTER})\\1{{2,}}")

_THAI_DIGIT_PAIRS = tuple(zip("๐๑๒๓๔๕๖๗๘๙", "0123456789", strict=True))

# A template part is a group number (copy that group, with its offsets) or a literal with an anchor: the
# index, relative to the match (0 = first character, -1 = last), of the character its offsets point to.
_Part = int | tuple[str, int]


@dataclass(frozen=True)
class _Rule:
    """One substitution, usable on plain text and on text with tracked offsets.

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

    def wanted(self, text: str) -> bool:
        return not self.needs or any(sub in text for sub in self.needs)

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.template, text) if self.wanted(text) else text

    def apply_tracked(self, text: str, offsets: list[int]) -> tuple[str, list[int]]:
        if not self.wanted(text):
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


# Step 2.
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = _rule(f"[{_ZERO_WIDTH_CHARS}]+", needs=tuple(_ZERO_WIDTH_CHARS))

# Step 3: pythainlp 5.4 ``normalize`` = remove_zw, remove_dup_spaces, remove_spaces_before_marks,
# remove_repeat_vowels (reorder_vowels, then de-duplication), remove_dangling, in that order. The patterns
# are rewritten so that every kept character is a group (exact offsets); they match the same spans.
_STAGE_A = (  # spaces; ``str.strip()`` follows
    _rule("[\u200b\u200c]", needs=("\u200b", "\u200c")),
    _rule("( ) +", 1, needs=("  ",)),  # ``while "  " in text: text = text.replace("  ", " ")``
    _rule("[ \n]*(\n)[ \n]*", 1, needs=("\n",)),
)
_STAGE_B = (  # marks
    _rule(f"([{_CONSONANTS}])(?<![{_VOWELS}][{_CONSONANTS}]) ([{_DANGLING}])", 1, 2),
    _rule("\u0e40\u0e40", ("\u0e41", 0), needs=("\u0e40\u0e40",)),  # SARA E + SARA E -> SARA AE
    _rule(f"([{_TONEMARKS}\u0e4c]+)([{_ABOVE_VOWELS}{_BELOW_VOWELS}]+)", 2, 1),  # vowel before tone mark
    _rule(f"\u0e4d([{_TONEMARKS}]*)\u0e32", 1, ("\u0e33", -1), needs=("\u0e4d",)),  # NIKHAHIT+AA -> AM
    _rule(f"([{_FOLLOW_VOWELS}]+)([{_TONEMARKS}]+)", 2, 1),  # tone mark before a follow vowel
    _rule("([^\u0e24\u0e26])\u0e45", 1, ("\u0e32", -1), needs=("\u0e45",)),  # LAKKHANGYAO -> SARA AA
    # pythainlp runs ``(c[ ]*)+c -> c`` once per character c; one pass over all of them gives the same
    # text because removing a repeat always leaves one c between its neighbours.
    _rule(f"([{_NOREPEAT}])(?: *\\1)+", 1),
    _rule(f"[{_TONEMARKS}]+([{_TONEMARKS}])", 1),  # the last of several tone marks wins
    _rule(f"^[{_DANGLING}]+"),
    _rule(f"( ) *[{_DANGLING}]+", 1),
)
# If no rule of a sequence fires on its input the sequence leaves it unchanged, so stage B is skipped unless
# one of these (a superset of its patterns) is found.
_DANGLING_SET = frozenset(_DANGLING)
_STAGE_B_LITERALS = ("\u0e40\u0e40", "\u0e4d", "\u0e45")
_RE_STAGE_B_MARKS = re.compile(f"[ {_TONEMARKS}\u0e4c{_FOLLOW_VOWELS}][{_DANGLING}]")
_RE_STAGE_B_REPEATS = re.compile(f"([{_NOREPEAT}]) *\\1")

# Steps 4-7.
_RE_TRIPLE = re.compile(r"(.)\1\1")  # cheap pre-check for elongation
_SQUASH = _Rule(_RE_ELONGATION, (1,))
_LAUGHTER = _rule(
    r"(?<![\d.,])(555)5*"
    r"(?![\d]|[.,]\d|\s*(?:บาท|บ\.|฿|ล้าน|แสน|หมื่น|พัน|ร้อย|สตางค์|ปี|คน|ราย|ไร่|ครั้ง|ตัว|เมตร|กม\.|%))",
    1,
    needs=("555",),
)
_DANGLING_AFTER_WHITESPACE = _rule(f"(\\s)[{_DANGLING}]+", 1)
_WHITESPACE = _rule(r"\s{2,}|[^\S ]", (" ", 0))  # only runs that change: a lone space stays


def _stage_b_needed(text: str) -> bool:
    return bool(
        text[:1] in _DANGLING_SET
        or any(sub in text for sub in _STAGE_B_LITERALS)
        or _RE_STAGE_B_MARKS.search(text)
        or _RE_STAGE_B_REPEATS.search(text)
    )


def _strip_tracked(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    if right <= left:
        return "", []
    return text[left:right], offsets[left:right]


def _thai_normalize_tracked(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    for rule in _STAGE_A:
        text, offsets = rule.apply_tracked(text, offsets)
    text, offsets = _strip_tracked(text, offsets)
    if _stage_b_needed(text):
        for rule in _STAGE_B:
            text, offsets = rule.apply_tracked(text, offsets)
    return text, offsets


def nfc(text: str) -> str:
    """Compose to Unicode NFC.

    NFC puts a below vowel before a tone mark and keeps SARA AM whole; NFKC would split it.

    Examples
    --------
    >>> nfc("ก\\u0e48\\u0e38ม") == "ก\\u0e38\\u0e48ม"  # tone mark typed before SARA U
    True
    >>> nfc("น้ำ") == "น\\u0e49\\u0e33"  # SARA AM stays one character
    True
    """
    return unicodedata.normalize("NFC", text)


def remove_zero_width(text: str) -> str:
    """Remove zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and the soft hyphen.

    Examples
    --------
    >>> remove_zero_width("ร้องเรียน\\u200bนายก\\u00adอบต.")
    'ร้องเรียนนายกอบต.'
    """
    return _ZERO_WIDTH.apply(text)


def thai_normalize(text: str) -> str:
    """Apply the rules of ``pythainlp.util.normalize`` (pythainlp 5.4), precompiled.

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
    for rule in _STAGE_A:
        text = rule.apply(text)
    text = text.strip()
    if _stage_b_needed(text):
        for rule in _STAGE_B:
            text = rule.apply(text)
    return text


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits with ASCII digits.

    Examples
    --------
    >>> thai_digits_to_arabic("เงิน ๒๕๐,๐๐๐ บาท")
    'เงิน 250,000 บาท'
    """
    for thai, ascii_digit in _THAI_DIGIT_PAIRS:  # str.replace is 50x faster than str.translate here
        if thai in text:
            text = text.replace(thai, ascii_digit)
    return text


def squash_repeats(text: str) -> str:
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
    return _SQUASH.apply(text) if _RE_TRIPLE.search(text) else text


def normalize_laughter(text: str) -> str:
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
    return _LAUGHTER.apply(text)


def collapse_whitespace(text: str) -> str:
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
    text = _DANGLING_AFTER_WHITESPACE.apply(text)
    return " ".join(text.split())  # str.split and the regex \s agree on what whitespace is


STEPS: tuple[Callable[[str], str], ...] = (
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


def _nfc_tracked(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    if unicodedata.is_normalized("NFC", text):
        return text, offsets
    # Cut before every character of combining class 0; glue a piece to the previous one whenever NFC would
    # compose across the cut, so that the pieces normalise independently.
    cuts = [i for i, ch in enumerate(text) if i and unicodedata.combining(ch) == 0] + [len(text)]
    pieces: list[tuple[int, int, str]] = []
    start, composed = 0, unicodedata.normalize("NFC", text[: cuts[0]])
    for prev, cut in zip(cuts, cuts[1:], strict=False):
        nxt = unicodedata.normalize("NFC", text[prev:cut])
        joined = unicodedata.normalize("NFC", text[start:cut])
        if joined == composed + nxt:
            pieces.append((start, prev, composed))
            start, composed = prev, nxt
        else:
            composed = joined
    pieces.append((start, len(text), composed))

    out: list[str] = []
    new_offsets: list[int] = []
    for p_start, p_end, piece in pieces:
        source = text[p_start:p_end]
        out.append(piece)
        if piece == source:
            new_offsets.extend(offsets[p_start:p_end])
            continue
        used: set[int] = set()
        for ch in piece:  # reordered marks map to where they were typed; composed characters to the base
            idx = next((i for i, c in enumerate(source) if c == ch and i not in used), 0)
            used.add(idx)
            new_offsets.append(offsets[p_start + idx])
    result = "".join(out)
    if result != unicodedata.normalize("NFC", text):  # pragma: no cover - defensive, never seen
        return unicodedata.normalize("NFC", text), [offsets[0] if offsets else 0] * len(result)
    return result, new_offsets


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize` and say where each character came from.

    Returns
    -------
    normalised
        Exactly ``normalize(text)``.
    offsets
        ``offsets[i]`` is the index in ``text`` of the character that ``normalised[i]`` came from (a squashed
        run points to its first letter, a collapsed whitespace run to its first character, SARA AM made from
        NIKHAHIT + SARA AA to the SARA AA).

    Examples
    --------
    >>> normalize_with_offsets(" โกงงงง ๕๕๕๕")
    ('โกง 555', [1, 2, 3, 7, 8, 9, 10])
    """
    offsets = list(range(len(text)))
    text, offsets = _nfc_tracked(text, offsets)
    text, offsets = _ZERO_WIDTH.apply_tracked(text, offsets)
    text, offsets = _thai_normalize_tracked(text, offsets)
    text = thai_digits_to_arabic(text)  # one character for one: offsets unchanged
    if _RE_TRIPLE.search(text):
        text, offsets = _SQUASH.apply_tracked(text, offsets)
    text, offsets = _LAUGHTER.apply_tracked(text, offsets)
    text, offsets = _DANGLING_AFTER_WHITESPACE.apply_tracked(text, offsets)
    text, offsets = _WHITESPACE.apply_tracked(text, offsets)
    return _strip_tracked(text, offsets)


def original_span(original: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
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
    return len(_RE_ELONGATION.findall(text)) if _RE_TRIPLE.search(text) else 0
