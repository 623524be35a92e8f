"""Request and response models of the scoring API (the OpenAPI schema is generated from these).

Every text field has a ``max_length``; report texts are limited to 20,000 characters and batches to 256
items here, and :class:`service.settings.Settings` may lower both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from model.labels import Decision, Direction
from model.result import EvidenceKind
from service.settings import (
    MAX_BATCH_ITEMS,
    MAX_METADATA_FIELDS,
    MAX_METADATA_KEY_CHARS,
    MAX_TEXT_CHARS,
)
from service.validation import NO_VISIBLE_TEXT, check_text

EXAMPLE_TEXT = (
    "ขอร้องเรียนนายช่างโยธา อบต.หนองบัว อำเภอเมือง จังหวัดขอนแก่น ว่าตรวจรับงานถนนคอนกรีตหมู่ 5 "
    "ตามสัญญาเลขที่ 12/2568 ลงวันที่ 3 มีนาคม 2568 ทั้งที่เทหนาเพียง 10 ซม. แต่สัญญากำหนด 15 ซม. "
    "มูลค่า 1,200,000 บาท"
)
EXAMPLE_TEXT_2 = "นายก อบต. เรียกรับเงิน 50,000 บาท จากผู้รับเหมาเพื่อให้ชนะการประมูลสร้างศาลาหมู่บ้าน"

ReportText = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description="The report, in Thai, as the reporter wrote it (at most 20,000 characters).",
        examples=[EXAMPLE_TEXT],
    ),
]
ReportId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=128,
        description="The caller's id for the report, echoed back.",
        examples=["line-2568-000123"],
    ),
]
ShortText = Annotated[str, Field(max_length=200)]


class Metadata(BaseModel):
    """Where a report came from; not used for scoring and never logged.

    At most 16 fields, names of at most 64 characters, strings of at most 200 (so that the largest valid batch
    has a known size: the body limit, ``service.settings.max_request_bytes``).
    """

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "maxProperties": MAX_METADATA_FIELDS,
            "propertyNames": {"maxLength": MAX_METADATA_KEY_CHARS},
        },
    )

    @model_validator(mode="before")
    @classmethod
    def _bounded(cls, data: Any) -> Any:
        if isinstance(data, dict):
            if len(data) > MAX_METADATA_FIELDS:
                raise ValueError(f"metadata holds at most {MAX_METADATA_FIELDS} fields, got {len(data)}")
            if any(len(str(k)) > MAX_METADATA_KEY_CHARS for k in data):
                raise ValueError(f"metadata field names are at most {MAX_METADATA_KEY_CHARS} characters")
        return data

    __pydantic_extra__: dict[str, ShortText | int | float | bool | None] = Field(init=False)  # type: ignore[assignment]

    channel: ShortText | None = Field(default=None, examples=["line"])
    province: ShortText | None = Field(default=None, examples=["ขอนแก่น"])
    agency: ShortText | None = Field(default=None, examples=["องค์การบริหารส่วนตำบลหนองบัว"])


class ScreenRequest(BaseModel):
    """One report to screen."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "line-2568-000123",
                    "text": EXAMPLE_TEXT,
                    "metadata": {"channel": "line", "province": "ขอนแก่น"},
                }
            ]
        },
    )

    text: ReportText
    id: ReportId | None = None
    metadata: Metadata | None = None

    _text = field_validator("text")(check_text)


class BatchItem(BaseModel):
    """One report of a batch; ``id`` is required so results can be matched."""

    model_config = ConfigDict(extra="forbid")

    id: ReportId
    text: ReportText
    metadata: Metadata | None = None

    _text = field_validator("text")(check_text)


class BatchRequest(BaseModel):
    """Up to 256 reports, screened together and returned in the same order."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"items": [{"id": "web-1", "text": EXAMPLE_TEXT}, {"id": "web-2", "text": EXAMPLE_TEXT_2}]}
            ]
        },
    )

    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH_ITEMS)


class Credibility(BaseModel):
    label: str = Field(max_length=64, examples=["credible"])
    score: float = Field(ge=0, le=1, description="Calibrated probability of the label.")
    probabilities: dict[str, float] = Field(
        examples=[{"credible": 0.91, "frivolous": 0.05, "malicious": 0.04}]
    )
    flag_score: float | None = Field(default=None, ge=0, le=1, description="1 - P(credible).")


class Category(BaseModel):
    label: str = Field(max_length=64, examples=["procurement"])
    score: float | None = Field(default=None, ge=0, le=1)
    probabilities: dict[str, float]


class Evidence(BaseModel):
    """Something in the text that moved a head's prediction, where a reviewer can check it: a whole word, a
    topic cue word or a detail span (``model.result.Evidence``). Personal data shows as its placeholder."""

    feature: str = Field(
        max_length=MAX_TEXT_CHARS + 64,  # a whole word, however long (one base letter and 19,999 marks)
        examples=["word:ฮั้ว"],
    )
    kind: EvidenceKind = Field(
        default="word",
        description="word (its word and character n-grams summed), cue (a topic cue word), detail, "
        "personal (text is a placeholder such as [โทรศัพท์]) or document (a property of the whole text).",
    )
    weight: float = Field(description="Contribution to the logit of `label`.")
    direction: Direction = Field(default="raises", description="raises or lowers the probability of `label`.")
    span: tuple[int, int] | None = Field(description="[start, end) in the submitted text, or null.")
    text: str | None = Field(max_length=MAX_TEXT_CHARS, description="submitted[start:end], or a placeholder.")
    head: str | None = Field(default=None, max_length=64)
    label: str | None = Field(default=None, max_length=64)


DetailText = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]


class Details(BaseModel):
    """Concrete details found in the report, as written, in order of appearance.

    Personal data (national ID, phone, e-mail, bank account, LINE ID) and the reporter's own name are never
    returned. The fields are ``model.result.DETAIL_KEYS``.
    """

    dates: list[DetailText] = Field(default_factory=list, examples=[["3 มีนาคม 2568"]])
    amounts: list[DetailText] = Field(default_factory=list, examples=[["1,200,000 บาท"]])
    places: list[DetailText] = Field(default_factory=list, examples=[["จังหวัดขอนแก่น"]])
    agencies: list[DetailText] = Field(default_factory=list, examples=[["อบต.หนองบัว"]])
    positions: list[DetailText] = Field(default_factory=list, examples=[["นายช่างโยธา"]])
    document_numbers: list[DetailText] = Field(default_factory=list, examples=[["สัญญาเลขที่ 12/2568"]])
    persons: list[DetailText] = Field(default_factory=list, description="Names of people mentioned.")


class ModelRef(BaseModel):
    name: str | None = Field(max_length=256, examples=["khatkrong-screener"])
    version: str | None = Field(max_length=64, examples=["3"])
    run_id: str | None = Field(max_length=64, examples=["0f3b9d0c1f2e4a5b8c7d6e5f4a3b2c1d"])


class ScreenResult(BaseModel):
    """The advisory screening of one report: people decide."""

    id: str = Field(max_length=128)
    credibility: Credibility | None
    category: Category | None
    decision: Decision
    flags: list[str] = Field(examples=[["contains_personal_data"]])
    evidence: list[Evidence]
    details: Details
    model: ModelRef


class BatchResponse(BaseModel):
    results: list[ScreenResult]


class ModelInfo(BaseModel):
    """The model being served."""

    name: str | None = Field(max_length=256)
    version: str | None = Field(max_length=64)
    run_id: str | None = Field(max_length=64)
    uri: str = Field(max_length=1024, description="The configured model URI.")
    source: Literal["registry", "cache"] = Field(
        description="Loaded from the registry, or from the local copy."
    )
    source_note: str | None = Field(
        default=None, max_length=2000, description="Why the local copy is served."
    )
    loaded_at: datetime
    labels: dict[str, list[str]]
    thresholds: dict[str, float]
    metrics: dict[str, float] = Field(description="Evaluation metrics logged with the model's run.")
    trained_at: datetime | None
    data_digest: str | None = Field(max_length=256)


class ReloadResponse(BaseModel):
    status: Literal["reloaded"]
    changed: bool = Field(description="False when the alias still points to the version already served.")
    previous: ModelRef | None
    current: ModelRef


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    model: ModelRef
    source: Literal["registry", "cache"]


class ErrorItem(BaseModel):
    loc: list[str]
    msg: str
    type: str


class ErrorResponse(BaseModel):
    """Every error: ``detail`` says what went wrong; quote ``request_id`` when reporting it."""

    detail: str = Field(examples=[f"body.text: {NO_VISIBLE_TEXT}"])
    request_id: str
    errors: list[ErrorItem] | None = None
