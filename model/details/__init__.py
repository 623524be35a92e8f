"""Explicit, explainable extraction of details from a Thai complaint, and the masking of personal data.

:func:`extract` finds dates, times, amounts, document numbers, vehicle plates, places, agencies, positions,
persons, insults, threats, demands and personal data (national IDs, phones, e-mail addresses, bank
accounts, LINE IDs, the reporter's own name) with precompiled regular expressions and the lists of
``model.lexicon``: no tokeniser, no model. Spans index the text as given, whatever its normal form, so that a
reviewer sees exactly what was found and where. :func:`mask_personal` replaces personal data with typed
placeholders (``[เลขบัตรประชาชน]``, ``[โทรศัพท์]``, ``[อีเมล]``, ``[บัญชีธนาคาร]``, ``[ไลน์ไอดี]``,
``[ผู้ร้อง]``).

The package: :mod:`~model.details.kinds` (the kinds and their groups, spans, trie roles),
:mod:`~model.details.patterns` (the regular expressions and vocabularies), :mod:`~model.details.engine`
(candidates and selection), :mod:`~model.details.privacy` (exact offsets through NFC, e-mail addresses,
masking). The patterns are built on first use (about 0.15 s): call :func:`warm_up` at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable

from model.details.engine import extract
from model.details.engine import warm_up as _warm_engine
from model.details.kinds import (
    ABUSE_KINDS,
    KINDS,
    PERSONAL_KINDS,
    PLACEHOLDERS,
    SUBSTANTIVE_KINDS,
    SUMMARY_KEYS,
    Role,
    Span,
)
from model.details.privacy import mask_personal, nfc_with_map

__all__ = [
    "ABUSE_KINDS",
    "KINDS",
    "PERSONAL_KINDS",
    "PLACEHOLDERS",
    "SUBSTANTIVE_KINDS",
    "Role",
    "Span",
    "extract",
    "mask_personal",
    "nfc_with_map",
    "summarize",
    "warm_up",
]


def warm_up() -> None:
    """Build the patterns and the normalisation tables now rather than on the first request."""
    _warm_engine()
    nfc_with_map("\u1100\u1161")  # builds the table of characters that compose with the one before


def summarize(spans: Iterable[Span]) -> dict[str, list[str]]:
    """Group span texts for a result's ``details``: dates, amounts, places, agencies, positions, document
    numbers and persons (never personal data, never the reporter), each in order of appearance without
    repeats.

    Examples
    --------
    >>> summarize(extract("ผอ.โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น รับเงิน 2.5 ล้านบาท"))["agencies"]
    ['โรงเรียนบ้านหนองบัว']
    >>> summarize(extract("ผมนายสมชาย ใจดี ขอร้องเรียนนายวิชัย รักดี ปลัด อบต."))["persons"]
    ['นายวิชัย รักดี']
    """
    summary: dict[str, list[str]] = {key: [] for key in SUMMARY_KEYS.values()}
    for span in spans:
        key = SUMMARY_KEYS.get(span.kind)
        if key and span.text not in summary[key]:
            summary[key].append(span.text)
    return summary
