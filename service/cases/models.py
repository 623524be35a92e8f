"""The case store's tables (SQLAlchemy 2 typed models).

Privacy at rest: every column derived from the report's words (the original text, the masked text, the
reporter, the intake metadata, the screening's evidence and details, reviewers' notes) holds a Fernet token
(``*_enc``). What stays in the clear is what the queue filters and sorts on: labels, scores, flags, status,
times, and keyed digests (HMAC-SHA256) of a case's targets and LSH band keys, none of which can be read back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base

ID = String(32)  # uuid4 hex


class Case(Base):
    """One report as received, with the current screening's labels and the review state."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_queue_priority", "status", "priority", "received_at", "id"),
        Index("ix_case_queue_received", "status", "received_at", "id"),
        Index("ix_case_priority_order", "priority", "received_at", "id"),
        Index("ix_case_queue_decision", "status", "decision", "priority", "received_at", "id"),
        Index("ix_case_queue_category", "status", "category", "priority", "received_at", "id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="new")
    resolution: Mapped[str | None] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    purged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    text_enc: Mapped[str | None] = mapped_column(Text)
    masked_enc: Mapped[str | None] = mapped_column(Text)
    reporter_enc: Mapped[str | None] = mapped_column(Text)
    metadata_enc: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    credibility: Mapped[str | None] = mapped_column(String(16), index=True)
    category: Mapped[str] = mapped_column(String(40), index=True)
    credibility_score: Mapped[float | None] = mapped_column(Float)
    uncertainty: Mapped[float] = mapped_column(Float, default=0.0)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    campaign_id: Mapped[str | None] = mapped_column(ForeignKey("campaign.id"), index=True)


class Screening(Base):
    """One model's screening of a case; earlier screenings are kept when a case is re-screened."""

    __tablename__ = "screening"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    screened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    model_name: Mapped[str | None] = mapped_column(String(200))
    model_version: Mapped[str | None] = mapped_column(String(40))
    model_run_id: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16))
    credibility: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(40))
    credibility_score: Mapped[float | None] = mapped_column(Float)
    flag_score: Mapped[float | None] = mapped_column(Float)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    payload_enc: Mapped[str | None] = mapped_column(Text)  # probabilities, evidence, details


class Decision(Base):
    """A reviewer's decision on a case (every one is kept)."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    credibility: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(16))
    status_from: Mapped[str] = mapped_column(String(16))
    status_to: Mapped[str] = mapped_column(String(16))
    case_version: Mapped[int] = mapped_column(Integer)
    note_enc: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """The append-only trail: who viewed, revealed, decided, re-screened or purged what, and when."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Campaign(Base):
    """Near-identical cases within the campaign window that name one target."""

    __tablename__ = "campaign"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lead_case_id: Mapped[str] = mapped_column(ID)
    size: Mapped[int] = mapped_column(Integer)
    target_hash: Mapped[str] = mapped_column(String(64))


class DuplicateLink(Base):
    """A near-duplicate pair; stored in both directions."""

    __tablename__ = "duplicate_link"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    other_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True, index=True)
    similarity: Mapped[float] = mapped_column(Float)
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LshBand(Base):
    """The MinHash LSH index: one keyed band digest per band of a case's signature, shared by every worker.

    ``bucket`` digests the band's values together with the band's number, so a bucket never matches across
    bands and the lookup is one indexed ``bucket IN (...)``."""

    __tablename__ = "lsh_band"
    __table_args__ = (Index("ix_lsh_band_bucket", "bucket"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger)


class CaseTarget(Base):
    """A keyed digest of a person, position or agency a case names (what a campaign is grouped on)."""

    __tablename__ = "case_target"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    target_hash: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
