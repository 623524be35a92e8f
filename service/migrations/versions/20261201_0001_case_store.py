"""The case store: cases, screenings, decisions, the append-only audit, campaigns, duplicates, the LSH index.

Revision ID: 0001
Revises:
Create Date: 2026-12-01 19:42:45.932996
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lead_case_id", sa.String(length=32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("target_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    op.create_table(
        "case",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text_enc", sa.Text(), nullable=True),
        sa.Column("masked_enc", sa.Text(), nullable=True),
        sa.Column("reporter_enc", sa.Text(), nullable=True),
        sa.Column("metadata_enc", sa.Text(), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("credibility", sa.String(length=16), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("credibility_score", sa.Float(), nullable=True),
        sa.Column("uncertainty", sa.Float(), nullable=False),
        sa.Column("priority", sa.Float(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("campaign_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], name=op.f("fk_case_campaign_id_campaign")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case")),
        sa.UniqueConstraint("external_id", name=op.f("uq_case_external_id")),
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_credibility"), ["credibility"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_decision"), ["decision"], unique=False)
        batch_op.create_index(
            "ix_case_queue_priority", ["status", "priority", "received_at", "id"], unique=False
        )
        batch_op.create_index("ix_case_queue_received", ["status", "received_at", "id"], unique=False)
        batch_op.create_index("ix_case_priority_order", ["priority", "received_at", "id"], unique=False)
        batch_op.create_index(
            "ix_case_queue_decision", ["status", "decision", "priority", "received_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_case_queue_category", ["status", "category", "priority", "received_at", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_received_at"), ["received_at"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_audit_event_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_target",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("target_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_case_target_case_id_case")),
        sa.PrimaryKeyConstraint("case_id", "target_hash", name=op.f("pk_case_target")),
    )
    with op.batch_alter_table("case_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_target_target_hash"), ["target_hash"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("credibility", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("status_from", sa.String(length=16), nullable=False),
        sa.Column("status_to", sa.String(length=16), nullable=False),
        sa.Column("case_version", sa.Integer(), nullable=False),
        sa.Column("note_enc", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_decision_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_case_id"), ["case_id"], unique=False)

    op.create_table(
        "duplicate_link",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("other_id", sa.String(length=32), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_duplicate_link_case_id_case")),
        sa.ForeignKeyConstraint(["other_id"], ["case.id"], name=op.f("fk_duplicate_link_other_id_case")),
        sa.PrimaryKeyConstraint("case_id", "other_id", name=op.f("pk_duplicate_link")),
    )
    with op.batch_alter_table("duplicate_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duplicate_link_other_id"), ["other_id"], unique=False)

    op.create_table(
        "lsh_band",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_lsh_band_case_id_case")),
        sa.PrimaryKeyConstraint("case_id", "band", name=op.f("pk_lsh_band")),
    )
    with op.batch_alter_table("lsh_band", schema=None) as batch_op:
        batch_op.create_index("ix_lsh_band_bucket", ["bucket"], unique=False)

    op.create_table(
        "screening",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("model_name", sa.String(length=200), nullable=True),
        sa.Column("model_version", sa.String(length=40), nullable=True),
        sa.Column("model_run_id", sa.String(length=64), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("credibility", sa.String(length=16), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("credibility_score", sa.Float(), nullable=True),
        sa.Column("flag_score", sa.Float(), nullable=True),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("payload_enc", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_screening_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening")),
    )
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_screening_case_id"), ["case_id"], unique=False)

    _append_only_audit()


_PG_AUDIT_GUARD = """
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""


def _append_only_audit() -> None:
    """The database itself refuses to change or delete an audit row (no API does either)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_AUDIT_GUARD)
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    with op.batch_alter_table("screening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screening_case_id"))

    op.drop_table("screening")
    with op.batch_alter_table("lsh_band", schema=None) as batch_op:
        batch_op.drop_index("ix_lsh_band_bucket")

    op.drop_table("lsh_band")
    with op.batch_alter_table("duplicate_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_link_other_id"))

    op.drop_table("duplicate_link")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_case_id"))

    op.drop_table("decision")
    with op.batch_alter_table("case_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_target_target_hash"))

    op.drop_table("case_target")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_case_id"))

    op.drop_table("audit_event")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_received_at"))
        batch_op.drop_index("ix_case_queue_received")
        batch_op.drop_index("ix_case_priority_order")
        batch_op.drop_index("ix_case_queue_decision")
        batch_op.drop_index("ix_case_queue_category")
        batch_op.drop_index("ix_case_queue_priority")
        batch_op.drop_index(batch_op.f("ix_case_decision"))
        batch_op.drop_index(batch_op.f("ix_case_credibility"))
        batch_op.drop_index(batch_op.f("ix_case_category"))
        batch_op.drop_index(batch_op.f("ix_case_campaign_id"))

    op.drop_table("case")
    op.drop_table("campaign")
