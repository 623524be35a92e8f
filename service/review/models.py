"""The review desk's tables: people's accounts, and each case's review sampling state.

Passwords are argon2 hashes (``argon2-cffi``); nothing here holds report text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base

ROLES: tuple[str, ...] = ("reviewer", "supervisor", "admin")


class User(Base):
    """A person who works the web desk. Disabled accounts stay (decisions and the audit name them)."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReviewMark(Base):
    """Whether a case was drawn for the audit sample (a ``proceed`` case queued anyway) or for double review
    (a second, independent reviewer), and where its double review stands.

    ``double_state``: ``None`` (not drawn), ``first`` (waiting for the first review), ``second`` (waiting for
    a second reviewer), ``agreed``, ``adjudication`` (the two disagreed: a supervisor decides) or
    ``adjudicated``.
    """

    __tablename__ = "review_mark"

    case_id: Mapped[str] = mapped_column(ForeignKey("case.id"), primary_key=True)
    marked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    audit_sample: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    double_review: Mapped[bool] = mapped_column(Boolean, default=False)
    double_state: Mapped[str | None] = mapped_column(String(16), index=True)
    first_reviewer: Mapped[str | None] = mapped_column(String(64))
    pending_resolution: Mapped[str | None] = mapped_column(String(16))
