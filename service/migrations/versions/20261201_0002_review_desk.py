"""The review desk: people's accounts (argon2 hashes) and each case's sampling state.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("name", name=op.f("uq_user_account_name")),
    )
    op.create_table(
        "review_mark",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_sample", sa.Boolean(), nullable=False),
        sa.Column("double_review", sa.Boolean(), nullable=False),
        sa.Column("double_state", sa.String(length=16), nullable=True),
        sa.Column("first_reviewer", sa.String(length=64), nullable=True),
        sa.Column("pending_resolution", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_review_mark_case_id_case")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_review_mark")),
    )
    with op.batch_alter_table("review_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_mark_audit_sample"), ["audit_sample"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_mark_double_state"), ["double_state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_mark_double_state"))
        batch_op.drop_index(batch_op.f("ix_review_mark_audit_sample"))
    op.drop_table("review_mark")
    op.drop_table("user_account")
