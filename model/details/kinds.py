"""The kinds of detail :func:`model.details.extract` finds, grouped once for every consumer.

The groups decide everything downstream: which spans are personal data (masked, never shown, never logged),
which count as substantive detail (their absence flags ``lacks_detail``; they are features), which are
abusive wording. The pipeline's flags, the features and the summary all read these groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

KINDS: tuple[str, ...] = (
    "national_id",
    "bank_account",
    "phone",
    "email",
    "line_id",
    "reporter",
    "document_number",
    "plate",
    "date",
    "time",
    "amount",
    "person",
    "agency",
    "position",
    "place",
    "threat",
    "demand",
    "insult",
)
"""Every kind :func:`model.details.extract` returns, the more specific first (this order breaks ties)."""

PERSONAL_KINDS: frozenset[str] = frozenset(
    {"national_id", "phone", "email", "bank_account", "line_id", "reporter"}
)
"""Personal data: masked with :data:`PLACEHOLDERS` for reviewers and in every result, never logged.
``reporter`` is the reporter's own name where they identify themselves (ผมนายสมชาย, ข้าพเจ้า นางสมศรี)."""

SUBSTANTIVE_KINDS: tuple[str, ...] = (
    "date",
    "time",
    "amount",
    "document_number",
    "plate",
    "place",
    "agency",
    "position",
    "person",
)
"""Details a reviewer can verify: a report with none of them is flagged ``lacks_detail``."""

ABUSE_KINDS: tuple[str, ...] = ("insult", "threat", "demand")
"""Abusive wording: a signal for review, never a verdict (anger is not malice)."""

PLACEHOLDERS: dict[str, str] = {
    "national_id": "[เลขบัตรประชาชน]",
    "phone": "[โทรศัพท์]",
    "email": "[อีเมล]",
    "bank_account": "[บัญชีธนาคาร]",
    "line_id": "[ไลน์ไอดี]",
    "reporter": "[ผู้ร้อง]",
}
"""What masking writes in place of each kind of personal data."""

SUMMARY_KEYS: dict[str, str] = {
    "date": "dates",
    "amount": "amounts",
    "place": "places",
    "agency": "agencies",
    "position": "positions",
    "document_number": "document_numbers",
    "person": "persons",
}
"""Kinds listed in a result's ``details`` (``model.result.Details``), and the list each goes to."""


class Role(Enum):
    """What a word of the extraction trie does when it is found."""

    TERM = "term"
    """A lexicon term of a kind (position, agency, title, place, insult, threat, demand)."""
    TRIGGER = "trigger"
    """A keyword (วันที่, สัญญา, บัญชี): the patterns of its group are tried where it starts."""
    BLOCKER = "blocker"
    """A longer word holding a term (ฆ่าเชื้อ holds ฆ่า): matched so that the term is not, then dropped."""
    STOP = "stop"
    """Corruption vocabulary (โกง, ทุจริต): no span of its own, but it ends a name."""
    AI = "ai"
    """ไอ้: an insult together with the word after it."""


@dataclass(frozen=True, slots=True)
class Span:
    """A detail found in the text: ``text == source[start:end]`` of the text given to ``extract``."""

    kind: str
    start: int
    end: int
    text: str
