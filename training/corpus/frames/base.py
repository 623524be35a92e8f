"""The discourse frame: one whole report in one person's voice, with its slots and variations marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from model.labels import CATEGORIES, CREDIBILITY
from training.corpus.template import Seq, compile_template

SETTINGS = ("city",)
SPEAKERS = (
    "male",  # ผม, ครับ
    "female",  # ดิฉัน, หนู, ค่ะ/คะ
    "operator",  # written by a call-centre or desk operator about the caller: "ผู้ร้องแจ้งว่า"
)
CHANNELS = ("line_chat", "web_form", "letter", "phone_transcript")
HARD_KINDS = (
    "credible_insult",  # credible substance written with insults or fury: still credible
    "malicious_detail",  # a personal attack decorated with a few concrete details: still malicious
    "frivolous_vocab",  # no actionable substance but full of corruption vocabulary
    "service_official",  # a service complaint that names an official: still service_issue
    "two_category",  # touches two categories; the label is the primary one
)


@dataclass(frozen=True)
class Frame:
    """A discourse frame.

    Parameters
    ----------
    id
        Unique, stable id: ``<category>.<credibility>.<short_name>``.
    category, credibility
        The labels every row rendered from this frame carries.
    voice
        Who writes it, e.g. "losing bidder, formal letter".
    channels
        The channels this voice plausibly uses (subset of ``CHANNELS``).
    text
        The template (see :mod:`training.corpus.template`).
    hard
        One of ``HARD_KINDS`` when the frame is a deliberately hard case, else ``None``.
    setting
        Where the reported matter happens, when the frame belongs to one of ``SETTINGS`` (``"city"``: an
        everyday city-service context such as street vendors, parking, encroachment, construction or
        noise); ``None`` otherwise. The realism check compares the city frames with real tickets.
    speaker
        Who speaks, when the frame's wording fixes it: one of ``SPEAKERS``; ``None`` when the voice is
        neutral (no pronoun or particle marks it). The generator fills the reporter's name to agree.
    """

    id: str
    category: str
    credibility: str
    voice: str
    channels: tuple[str, ...]
    text: str
    hard: str | None = None
    setting: str | None = None
    speaker: str | None = None
    compiled: Seq = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        if self.credibility not in CREDIBILITY:
            raise ValueError(f"{self.id}: unknown credibility {self.credibility!r}")
        if not self.channels or any(c not in CHANNELS for c in self.channels):
            raise ValueError(f"{self.id}: channels must be a non-empty subset of {CHANNELS}")
        if self.hard is not None and self.hard not in HARD_KINDS:
            raise ValueError(f"{self.id}: unknown hard kind {self.hard!r}")
        if self.setting is not None and self.setting not in SETTINGS:
            raise ValueError(f"{self.id}: unknown setting {self.setting!r}")
        if self.speaker is not None and self.speaker not in SPEAKERS:
            raise ValueError(f"{self.id}: unknown speaker {self.speaker!r}")
        object.__setattr__(self, "compiled", compile_template(self.text))
