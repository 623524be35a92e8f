"""Cheap checks on report texts, run during request validation, on the event loop.

Validation only does what costs a few microseconds per kilobyte: the length (pydantic), Unicode validity and
"at least one visible character", each a single linear pass in C (``str.encode``, one ``re.search`` over a
character class). Normalisation and scoring never run here: they run in the scoring threads.
"""

from __future__ import annotations

import re

INVISIBLE_CHARS = (
    # Cc: C0 and C1 controls, NUL included
    "\x00-\x20\x7f-\xa0"
    # Zs, Zl, Zp: spaces and separators
    "\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    # Cf: format characters (soft hyphen, Arabic and Syriac marks, zero-width, bidi embeddings, overrides and
    # isolates, word joiner, invisible operators, BOM, interlinear annotation, tags)
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
    # marks and fillers that render as nothing: combining grapheme joiner, variation selectors, Hangul fillers
    "\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\U000e0100-\U000e01ef"
)
"""Every character that shows nothing by itself: controls, spaces, format characters and blank fillers."""

_VISIBLE = re.compile(f"[^{INVISIBLE_CHARS}]")
NO_VISIBLE_TEXT = "the text has no visible character: only spaces, control, bidi or zero-width characters"
NOT_UNICODE = "the text is not valid Unicode (it holds an unpaired surrogate)"


def has_visible_char(text: str) -> bool:
    """Whether ``text`` holds a character that shows: not only spaces, controls, bidi or zero-width ones.

    >>> has_visible_char("\\x00\\u202e\\u200b \\u2066")
    False
    >>> has_visible_char("\\u200bก")
    True
    >>> has_visible_char("\\u0e48")  # a lone Thai tone mark shows (on a dotted circle); the model decides
    True
    """
    return _VISIBLE.search(text) is not None


def check_text(text: str) -> str:
    """Reject texts that are not valid Unicode or show nothing; a pydantic field validator."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(NOT_UNICODE) from None
    if not has_visible_char(text):
        raise ValueError(NO_VISIBLE_TEXT)
    return text
