"""Request and response models of the case desk's API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from service.schemas import EXAMPLE_TEXT, Details, Evidence, ModelRef, ReportText, ShortText, check_text

Status = Literal["new", "in_review", "closed"]
Resolution = Literal["actioned", "referred", "no_action", "duplicate", "malicious", "spam"]
CredibilityLabel = Literal["credible", "frivolous", "malicious"]
DecisionLabel = Literal["proceed", "review", "deprioritize"]
CategoryLabel = Annotated[
    str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z_]*$", examples=["procurement"])
]
ExternalId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=200,
        pattern=r"^[\x21-\x7e]+$",
        description="The intake system's id of the report (printable ASCII, no spaces): the idempotency key.",
        examples=["line-2568-000123"],
    ),
]
CaseId = Annotated[str, Field(min_length=32, max_length=32, pattern=r"^[0-9a-f]{32}$")]
Note = Annotated[str, Field(max_length=4000)]
MetaValue = Annotated[str, Field(max_length=500)] | int | float | bool | None


class Reporter(BaseModel):
    """Who sent the report. Encrypted at rest; never shown to reviewers; revealed to an admin with a reason."""

    model_config = ConfigDict(extra="forbid")

    name: ShortText | None = Field(default=None, examples=["สมหญิง ใจกล้า"])
    phone: ShortText | None = Field(default=None, examples=["081-234-5678"])
    email: ShortText | None = Field(default=None, examples=["somying@example.com"])
    national_id: ShortText | None = Field(default=None, examples=["1101700203451"])
    line_id: ShortText | None = Field(default=None, examples=["somying99"])


class CaseIn(BaseModel):
    """A report to keep: screened, stored encrypted, queued for reviewers."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "external_id": "line-2568-000123",
                    "text": EXAMPLE_TEXT,
                    "channel": "line",
                    "reporter": {"name": "สมหญิง ใจกล้า", "phone": "081-234-5678"},
                    "metadata": {"province": "ขอนแก่น"},
                }
            ]
        },
    )

    external_id: ExternalId
    text: ReportText
    channel: Annotated[str, Field(min_length=1, max_length=40, examples=["line"])] | None = None
    reporter: Reporter | None = None
    metadata: (
        Annotated[dict[Annotated[str, Field(max_length=100)], MetaValue], Field(max_length=50)] | None
    ) = None

    _text = field_validator("text")(check_text)


class ScreeningSummary(BaseModel):
    model: ModelRef
    screened_at: datetime
    decision: DecisionLabel
    credibility: str | None = Field(max_length=64)
    credibility_score: float | None
    flag_score: float | None
    category: str = Field(max_length=64)
    flags: list[str]


class CaseReceipt(BaseModel):
    """The stored case, as intake sees it."""

    id: str = Field(max_length=32)
    external_id: str = Field(max_length=200)
    status: Status
    received_at: datetime
    version: int
    screening: ScreeningSummary


class CaseEvidence(Evidence):
    """Evidence as reviewers see it: ``span`` is in the masked text (``CaseOut.text``)."""

    span: tuple[int, int] | None = Field(description="[start, end) in the masked text, or null.")


class ScreeningOut(ScreeningSummary):
    probabilities: dict[str, dict[str, float] | None]
    evidence: list[CaseEvidence]
    details: Details


class DuplicateOut(BaseModel):
    id: str = Field(max_length=32)
    similarity: float


class CampaignOut(BaseModel):
    id: str = Field(max_length=32)
    size: int
    lead_case_id: str = Field(max_length=32)
    case_ids: list[str]


class DecisionOut(BaseModel):
    id: int
    decided_at: datetime
    by: str = Field(max_length=64)
    role: str = Field(max_length=16)
    credibility: str = Field(max_length=16)
    category: str = Field(max_length=40)
    resolution: str | None = Field(max_length=16)
    status_from: Status
    status_to: Status
    case_version: int
    note: str | None = Field(max_length=4000)


class CaseOut(BaseModel):
    """A case as reviewers see it: the masked text, never the reporter."""

    id: str = Field(max_length=32)
    external_id: str = Field(max_length=200)
    channel: str | None = Field(max_length=40)
    status: Status
    resolution: Resolution | None
    received_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    purged_at: datetime | None = Field(description="Set when retention removed the text and reporter.")
    version: int = Field(description="Send it back as If-Match with a decision (also the ETag header).")
    text: str | None = Field(max_length=40_000, description="The report with personal data masked.")
    decision: DecisionLabel
    credibility: str | None = Field(max_length=16)
    category: str = Field(max_length=40)
    priority: float
    flags: list[str]
    screenings: list[ScreeningOut] = Field(description="Newest first; earlier screenings are kept.")
    duplicates: list[DuplicateOut]
    campaign: CampaignOut | None
    decisions: list[DecisionOut]


class QueueItem(BaseModel):
    id: str = Field(max_length=32)
    external_id: str = Field(max_length=200)
    status: Status
    resolution: Resolution | None
    received_at: datetime
    decision: DecisionLabel
    credibility: str | None = Field(max_length=16)
    credibility_score: float | None
    category: str = Field(max_length=40)
    flags: list[str]
    uncertainty: float
    priority: float
    campaign_id: str | None = Field(max_length=32)
    campaign_size: int | None
    version: int


class QueuePage(BaseModel):
    items: list[QueueItem]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last.")


class DecisionIn(BaseModel):
    """A reviewer's judgement; ``resolution`` closes the case."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "credibility": "credible",
                    "category": "procurement",
                    "resolution": "referred",
                    "note": "ส่ง สตง.",
                }
            ]
        },
    )

    credibility: CredibilityLabel
    category: CategoryLabel
    resolution: Resolution | None = None
    note: Note = ""


class DecisionResult(BaseModel):
    decision: DecisionOut
    version: int
    status: Status


class RevealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Annotated[
        str,
        Field(
            min_length=10,
            max_length=1000,
            description="Why the original is needed (kept in the audit).",
            examples=["คำสั่งศาลที่ 123/2568 ให้ส่งข้อมูลผู้ร้อง"],
        ),
    ]

    @field_validator("reason")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if len(value.strip()) < 10:
            raise ValueError("state the reason in at least 10 characters")
        return value


class Revealed(BaseModel):
    id: str = Field(max_length=32)
    text: str = Field(max_length=20_000)
    reporter: Reporter | None
    metadata: dict[str, Any] | None


class AuditEventOut(BaseModel):
    id: int
    at: datetime
    actor: str = Field(max_length=64)
    role: str = Field(max_length=16)
    action: str = Field(max_length=32)
    reason: str | None = Field(max_length=1000)
    detail: dict[str, Any]


class AuditTrail(BaseModel):
    case_id: str = Field(max_length=32)
    events: list[AuditEventOut]


class RescreenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_ids: list[CaseId] | None = Field(
        default=None, max_length=1000, description="Default: all open cases."
    )
    limit: int = Field(default=1000, ge=1, le=10_000)


class RescreenResult(BaseModel):
    rescreened: int
    model: ModelRef
