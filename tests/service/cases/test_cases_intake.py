"""Intake: 201 after the commit, idempotent retries (also 20 at once), 409 on another text, the screening
kept with its model, roles; and the store's migrations on both backends."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import func, select

TEXT = "นายก อบต.หนองบัว เรียกรับเงิน 50,000 บาท จากผู้รับเหมาถนนหมู่ 5 เมื่อวันที่ 3 มีนาคม 2568 สัญญาเลขที่ 12/2568"


def count(desk: Any, model: Any, **where: Any) -> int:
    engine = desk.engine()
    try:
        with engine.connect() as conn:
            q = select(func.count()).select_from(model)
            for key, value in where.items():
                q = q.where(getattr(model, key) == value)
            return int(conn.execute(q).scalar_one())
    finally:
        engine.dispose()


def test_migrations_upgrade_downgrade_and_match_the_models(backend: Any) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from service import db
    from service.cases import models  # noqa: F401

    engine = db.make_engine(db.resolve_url(backend.url))
    try:
        db.upgrade(engine)
        assert db.current_revision(engine) == db.head_revision(engine)
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), db.Base.metadata
            )
        assert diff == [], diff
        db.downgrade(engine, "base")
        assert set(db.table_names(engine)) <= {"alembic_version"}
        db.upgrade(engine)
        assert {"case", "screening", "decision", "audit_event", "lsh_band", "campaign"} <= set(
            db.table_names(engine)
        )
        if backend.name == "sqlite":
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_migration_files_are_dated() -> None:
    import re

    from service import db

    names = [p.name for p in (db.MIGRATIONS / "versions").glob("*.py") if p.name != "__init__.py"]
    assert names and all(re.match(r"^\d{8}_\w+\.py$", n) for n in names), names


def test_intake_201_then_200_and_409_on_another_text(desk: Any) -> None:
    from service.cases.models import Case, Screening

    ext = desk.new_id("line")
    first = desk.post(TEXT, ext, channel="line")
    assert first.status_code == 201, first.text
    body = first.json()
    assert first.headers["location"] == f"/v1/cases/{body['id']}"
    assert body["external_id"] == ext and body["status"] == "new" and body["version"] == 1
    s = body["screening"]
    assert s["model"] == {"name": desk.kit.NAME, "version": "1", "run_id": desk.kit.store.run_id}
    assert s["decision"] in {"proceed", "review", "deprioritize"} and s["category"]
    assert (
        count(desk, Case, external_id=ext) == 1
    )  # the 201 came after the commit: another connection sees it

    again = desk.post(TEXT, ext)
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert count(desk, Case, external_id=ext) == 1
    assert count(desk, Screening, case_id=body["id"]) == 1

    other = desk.post(TEXT + " เพิ่มเติม", ext)
    assert other.status_code == 409
    assert (
        other.json()["detail"]
        == f"external_id {ext!r} is already stored with another text; send a new external_id"
    )


def test_twenty_concurrent_duplicates_store_one_case(desk: Any) -> None:
    from service.cases.models import Case, Screening

    ext = desk.new_id("burst")
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda _: desk.post(TEXT + " ซ้ำ", ext), range(20)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(201) == 1 and statuses.count(200) == 19, statuses
    assert len({r.json()["id"] for r in responses}) == 1
    assert count(desk, Case, external_id=ext) == 1
    assert count(desk, Screening, case_id=responses[0].json()["id"]) == 1


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"text": TEXT}, "body.external_id"),
        ({"external_id": "a b", "text": TEXT}, "body.external_id"),
        ({"external_id": "x-1", "text": ""}, "body.text"),
        ({"external_id": "x-1", "text": " \u200b "}, "body.text"),
        ({"external_id": "x-1", "text": TEXT, "reporter": {"ssn": "1"}}, "body.reporter.ssn"),
        ({"external_id": "x-1", "text": TEXT, "extra": 1}, "body.extra"),
        ({"external_id": "x-1", "text": "ก" * 20_001}, "body.text"),
    ],
)
def test_bad_intake_is_422_and_stores_nothing(desk: Any, body: dict[str, Any], where: str) -> None:
    r = desk.client.post("/v1/cases", json=body, headers=desk.kit.auth("intake"))
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(where)


def test_roles(desk: Any) -> None:
    r = desk.post(TEXT + " บทบาท")
    case_id = r.json()["id"]
    auth = desk.kit.auth
    c = desk.client
    assert c.get("/v1/cases", headers=auth("intake")).status_code == 403
    assert c.get(f"/v1/cases/{case_id}", headers=auth("intake")).status_code == 403
    assert (
        c.post(
            f"/v1/cases/{case_id}/reveal",
            json={"reason": "ต้องการทราบผู้ร้องเพื่อสอบถาม"},
            headers=auth("reviewer"),
        ).status_code
        == 403
    )
    assert c.get(f"/v1/cases/{case_id}/audit", headers=auth("reviewer")).status_code == 403
    assert desk.post(TEXT + " ผู้ตรวจ", role="reviewer").status_code == 403
    assert c.get("/v1/cases").status_code == 401
    assert c.get(f"/v1/cases/{case_id}", headers=auth("reviewer")).status_code == 200
    assert c.get(f"/v1/cases/{case_id}", headers=auth("admin")).status_code == 200
    missing = c.get("/v1/cases/" + "0" * 32, headers=auth("reviewer"))
    assert missing.status_code == 404 and missing.json()["detail"] == f"no case {'0' * 32!r}"
    for verb in ("delete", "put", "patch"):
        assert getattr(c, verb)(f"/v1/cases/{case_id}", headers=auth("admin")).status_code == 405


def test_db_upgrade_command(tmp_path: Any) -> None:
    from alembic.script import ScriptDirectory
    from typer.testing import CliRunner

    from service import db
    from service.cases.cli import db_app

    head = ScriptDirectory.from_config(db.alembic_config(None)).get_current_head()  # later migrations join
    runner = CliRunner()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    first = runner.invoke(db_app, ["upgrade", "--database-url", url])
    assert first.exit_code == 0 and first.output.strip() == f"case store: empty -> {head}", first.output
    again = runner.invoke(db_app, ["upgrade", "--database-url", url])
    assert again.output.strip() == f"case store at {head}"
    assert f"current: {head}; newest: {head}" in runner.invoke(db_app, ["current", "--database-url", url]).output
    down = runner.invoke(db_app, ["upgrade", "--database-url", "postgresql://u:p@127.0.0.1:9/x"])
    assert down.exit_code == 1 and "the case store is unreachable" in down.output
