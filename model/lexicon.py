"""Curated Thai term lists for explicit, explainable features, kept as data in ``model/data/*.txt``.

Every list is a tuple of NFC strings, with no duplicates, ordered by theme in its file (read once through
:func:`model.wordlists.words`). The terms are matched as substrings (Thai is written without spaces between
words), so a term that is also part of common words is left out or only listed inside a longer, unambiguous
phrase; ``model.details`` adds the few guards it needs.

Abbreviations are listed with their dots (``อบต.``); for agencies and positions ``model.details`` also
matches the dotless spelling of those of three letters or more that have a single, final dot (``อบต``).

>>> "อบต." in AGENCY_TERMS and "ไอ้" + INSULT_BASES[0] in INSULT_TERMS
True
"""

from __future__ import annotations

from model.wordlists import words

__all__ = [
    "AGENCY_TERMS",
    "CORRUPTION_TERMS",
    "DEMAND_TERMS",
    "INSULT_BASES",
    "INSULT_TERMS",
    "POSITION_TERMS",
    "THREAT_TERMS",
    "TITLE_TERMS",
]

AGENCY_TERMS: tuple[str, ...] = words("agency_terms")
"""Types of public agency and their abbreviations (local government, police, courts, hospitals, schools,
land, transport, revenue, utilities, ministries)."""

POSITION_TERMS: tuple[str, ...] = words("position_terms")
"""Public-sector positions and their abbreviations."""

INSULT_BASES: tuple[str, ...] = words("insult_bases")
"""Insult words that follow ``ไอ้`` (to a man) or ``อี`` (to a woman)."""

INSULT_TERMS: tuple[str, ...] = (
    *words("insult_terms"),
    *(f"{prefix}{base}" for prefix in ("ไอ้", "อี") for base in INSULT_BASES),
)
"""Thai insults and slurs: the listed ones and every ``ไอ้``/``อี`` + insult base."""

THREAT_TERMS: tuple[str, ...] = words("threat_terms")
"""Threats of violence or retaliation (``ฆ่าเชื้อ``, disinfect, is excluded in ``model.details``)."""

DEMAND_TERMS: tuple[str, ...] = words("demand_terms")
"""Demands to dismiss, transfer, suspend or discipline an official."""

CORRUPTION_TERMS: tuple[str, ...] = words("corruption_terms")
"""Corruption vocabulary (bribery, kickbacks, bid rigging, embezzlement, abuse of office)."""

TITLE_TERMS: tuple[str, ...] = words("title_terms")
"""Titles that precede a personal name (civil, police, military, academic, medical, religious, royal)."""
