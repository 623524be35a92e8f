"""Personal data: exact spans on any Unicode input, e-mail addresses in their disguises, and masking.

Detection runs on the NFC form of a text (the patterns are written for it), but every span is reported in
the text *as given*: :func:`nfc_with_map` normalises a text segment by segment (a segment is a stable
character and what may combine with it) and keeps, for each character of the NFC text, the segment of the
original it came from. A span in the NFC text maps to whole segments of the original, so masking never
leaves a piece of a number behind, whatever the input's normal form (decomposed Hangul before a phone
number, a decomposed SARA AM, combining marks anywhere).

:func:`mask_personal` is the one masking function: the case store, the reviewers' pages and the model's own
results use it (or the spans it uses), so personal data is hidden the same way on every path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from model.details.kinds import PERSONAL_KINDS, PLACEHOLDERS, Span
from model.normalize import nfc

# --- exact offsets through NFC ------------------------------------------------------------------------------


@cache
def _composes_with_previous() -> frozenset[str]:
    """Characters that NFC may merge into the character before them (the second half of a canonical
    composition, and Hangul medial vowels and final consonants), or that NFC changes on their own."""
    out: set[str] = set()
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            out.add(chr(int(parts[-1], 16)))
            if len(parts) == 1:  # a singleton: NFC replaces it
                out.add(chr(cp))
    out.update(chr(cp) for cp in range(0x1161, 0x1176))  # Hangul jungseong (medial vowels)
    out.update(chr(cp) for cp in range(0x11A8, 0x11C3))  # Hangul jongseong (final consonants)
    return frozenset(out)


def _starts_segment(ch: str) -> bool:
    if ch < "\u0300":  # ASCII and Latin-1 letters never combine with what precedes them
        return True
    return unicodedata.combining(ch) == 0 and ch not in _composes_with_previous()


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each character of a normalised text came from: ``starts[j]:ends[j]`` in the original."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the normalised text as a span of the original (whole segments)."""
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def nfc_with_map(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` in NFC, and a map back to ``text`` (``None`` when ``text`` is NFC already: offsets agree).

    >>> nfc, where = nfc_with_map("\u1100\u1161 081")  # a decomposed Hangul syllable, then a number
    >>> nfc, where.raw_span(2, 5)
    ('가 081', (3, 6))
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[str] = []
    seg = 0
    n = len(text)
    for i in range(1, n + 1):
        if i == n or _starts_segment(text[i]):
            piece = nfc(text[seg:i])  # linear on long runs of unordered marks (CPython's NFC is quadratic)
            pieces.append(piece)
            starts.extend([seg] * len(piece))
            ends.extend([i] * len(piece))
            seg = i
    return "".join(pieces), OffsetMap(tuple(starts), tuple(ends))


# --- e-mail addresses, written plainly or disguised --------------------------------------------------------

_THAI_LETTERS = "\u0e01-\u0e4e"
_AT = "(?:\\s?[@＠]\\s?|\\s?[\\[({<]\\s?(?:at|AT|At|แอท)\\s?[\\])}>]\\s?|\\s(?:at|AT|At|แอท)\\s)"
_DOT = "(?:\\s?\\.\\s?|\\s?[\\[({<]\\s?(?:dot|DOT|Dot|ดอท|จุด)\\s?[\\])}>]\\s?|\\s(?:dot|DOT|Dot|ดอท)\\s)"
_LABEL = f"[A-Za-z0-9{_THAI_LETTERS}](?:[A-Za-z0-9{_THAI_LETTERS}-]{{0,62}})"
_TLD = "(?:[A-Za-z]{2,24}|ไทย)(?![A-Za-z0-9])"
_RE_EMAIL = re.compile(f"[A-Za-z0-9._%+{_THAI_LETTERS}-]{{1,64}}{_AT}(?:{_LABEL}{_DOT})+{_TLD}")
_RE_AT_MARKER = re.compile("[@＠]|[\\[({<]\\s?(?:at|AT|At|แอท)\\s?[\\])}>]|\\s(?:at|AT|At|แอท)\\s")
_AT_WORDS = ("@", "＠", "at", "AT", "At", "แอท")  # every match of _RE_AT_MARKER holds one of these
_ASCII_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e4e"


def find_emails(scan: str) -> list[tuple[int, int, str]]:
    """E-mail addresses in ``scan`` as ``(start, end, "email")``: ``name@host.tld``, ``name[at]host[dot]com``,
    ``name (at) host dot com``, ``name แอท host ดอท com`` and Thai addresses (``สมชาย@ตัวอย่าง.ไทย``).

    >>> [scan[s:e] for scan in ["ส่งมาที่ somchai.k[at]gmail[dot]com นะ"] for s, e, _ in find_emails(scan)]
    ['somchai.k[at]gmail[dot]com']
    """
    out: list[tuple[int, int, str]] = []
    if not any(word in scan for word in _AT_WORDS):  # no marker can match: skip the scan
        return out
    last_end = 0
    for marker in _RE_AT_MARKER.finditer(scan):
        at = marker.start()
        if at < last_end:
            continue
        local_end = at - 1 if at > 0 and scan[at - 1] == " " and scan[at] in "@＠[({<" else at  # "name @host"
        start = local_end
        while start > last_end and local_end - start < 64 and scan[start - 1] in _ASCII_LOCAL:
            start -= 1
        if start == local_end:  # a Thai local part: สมชาย@...
            while start > last_end and local_end - start < 40 and _is_thai_letter(scan[start - 1]):
                start -= 1
        if start == local_end:
            continue
        found = _RE_EMAIL.match(scan, start)
        if found and found.start() < at < found.end():
            out.append((found.start(), found.end(), "email"))
            last_end = found.end()
    return out


# --- masking -------------------------------------------------------------------------------------------------


def mask_personal(
    text: str, spans: Sequence[Span] | None = None, *, placeholders: dict[str, str] | None = None
) -> str:
    """``text`` with its personal data replaced by typed placeholders (:data:`~model.details.PLACEHOLDERS`).

    The rest of the text is returned exactly as given (same normal form). ``spans`` may pass the result of
    :func:`model.details.extract` on the same text to save a second pass; ``placeholders`` overrides the
    replacement of some kinds.

    Examples
    --------
    >>> mask_personal("โอนเข้าบัญชีกสิกร 123-4-56789-0 แล้วโทรแจ้ง 0812345678 หรือไลน์ somchai_99")
    'โอนเข้าบัญชีกสิกร [บัญชีธนาคาร] แล้วโทรแจ้ง [โทรศัพท์] หรือไลน์ [ไลน์ไอดี]'
    >>> mask_personal("ผมนายสมชาย ใจดี ขอร้องเรียนนายก อบต.")
    'ผม[ผู้ร้อง] ขอร้องเรียนนายก อบต.'
    """
    if spans is None:
        from model.details.engine import extract

        spans = extract(text)
    names = {**PLACEHOLDERS, **(placeholders or {})}
    pieces: list[str] = []
    pos = 0
    for span in sorted((s for s in spans if s.kind in PERSONAL_KINDS), key=lambda s: s.start):
        if span.start < pos:
            continue
        pieces.append(text[pos : span.start])
        pieces.append(names[span.kind])
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def overlaps_personal(spans: Sequence[Span], start: int, end: int) -> bool:
    """Whether ``[start, end)`` touches any personal-data span of ``spans``."""
    return any(s.kind in PERSONAL_KINDS and s.start < end and start < s.end for s in spans)
