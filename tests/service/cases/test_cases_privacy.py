"""Reporter privacy: encrypted at rest (no plaintext in the SQLite file or a pg_dump), planted personal data
absent from every reviewer response and from the logs while contract numbers, amounts and dates survive,
reveal with a reason (audited), key rotation."""

from __future__ import annotations

import io
import logging
import random
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

CONTRACTS = ["สัญญาเลขที่ 12/2568", "สัญญาเลขที่ 45/2567", "คำสั่งเลขที่ 112/2568"]
AMOUNTS = ["1,200,000 บาท", "50,000 บาท", "2.5 ล้านบาท"]
DATES = ["3 มีนาคม 2568", "15 มกราคม 2568", "20 เมษายน 2567"]
MARKER = "ผู้รับเหมาเทถนนคอนกรีตบางกว่าแบบ"  # a phrase of every planted text, searched for in the raw store


def national_id(rng: random.Random) -> str:
    """A 13-digit Thai national ID with a valid check digit."""
    digits = [rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(11)]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits + [check]))


def valid_id(value: str) -> bool:
    d = [int(c) for c in value]
    return len(d) == 13 and (11 - sum(x * (13 - i) for i, x in enumerate(d[:12])) % 11) % 10 == d[12]


def phone_forms(rng: random.Random) -> list[str]:
    a, b, c = rng.choice(["81", "89", "92", "61", "86"]), rng.randint(100, 999), rng.randint(1000, 9999)
    return [f"0{a}{b}{c}", f"0{a}-{b}-{c}", f"0{a} {b} {c}", f"+66{a}{b}{c}", f"+66 {a} {b} {c}"]


def planted(n: int = 50, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        nid = national_id(rng)
        assert valid_id(nid)
        phone = phone_forms(rng)[i % 5]
        email = f"reporter{i}.{rng.randint(10, 99)}@example.co.th"
        bank = f"{rng.randint(100, 999)}-{rng.randint(1, 9)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}"
        line = f"whistle_{i}{rng.randint(10, 99)}"
        contract, amount, date = CONTRACTS[i % 3], AMOUNTS[i % 3], DATES[i % 3]
        text = (
            f"เรื่องที่ {i}: {MARKER} {contract} มูลค่า {amount} เมื่อวันที่ {date} "
            f"ข้าพเจ้าเลขบัตรประชาชน {nid} โทร {phone} อีเมล {email} "
            f"เงินโอนเข้าบัญชีกรุงไทย {bank} ติดต่อไลน์ไอดี {line}"
        )
        out.append(
            {
                "text": text,
                "nid": nid,
                "phone": phone,
                "email": email,
                "bank": bank,
                "line": line,
                "contract": contract,
                "amount": amount,
                "date": date,
                "reporter": {
                    "name": f"นางสาวผู้แจ้ง ทดสอบ{i}",
                    "phone": phone,
                    "email": email,
                    "national_id": nid,
                    "line_id": line,
                },
            }
        )
    return out


def secrets_of(item: dict[str, Any]) -> list[str]:
    values = [item["nid"], item["phone"], item["email"], item["bank"], item["line"], item["reporter"]["name"]]
    digits = "".join(ch for ch in item["phone"] if ch.isdigit())
    return values + [digits, digits[-9:], item["bank"].replace("-", "")]


@pytest.fixture(scope="module")
def captured() -> Iterator[io.StringIO]:
    """Everything the service logs (its JSON logger and the root logger) while this module runs."""
    from service.logging import LOGGER, JsonFormatter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    loggers = [logging.getLogger(LOGGER), logging.getLogger()]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    yield stream
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


@pytest.fixture(scope="module")
def stored(desk: Any, captured: io.StringIO) -> list[tuple[dict[str, Any], str]]:
    out = []
    for item in planted():
        r = desk.post(item["text"], reporter=item["reporter"], metadata={"phone_on_file": item["phone"]})
        assert r.status_code == 201, r.text
        out.append((item, r.json()["id"]))
    return out


def test_planted_personal_data_never_reaches_reviewers_or_logs(
    desk: Any, stored: list[tuple[dict[str, Any], str]], captured: io.StringIO
) -> None:
    assert len(stored) >= 50
    pages = [desk.client.get("/v1/cases?limit=200", headers=desk.kit.auth("reviewer")).text]
    for item, case_id in stored:
        r = desk.case(case_id)
        assert r.status_code == 200
        body = r.json()
        text = body["text"]
        for kept in (item["contract"], item["amount"], item["date"]):
            assert kept in text, f"{kept!r} was masked: {text}"
        details = body["screenings"][0]["details"]
        assert item["amount"] in details["amounts"] or item["amount"].replace(" ", "") in "".join(
            details["amounts"]
        )
        assert "[เลขบัตรประชาชน]" in text or "[" in text
        assert "reporter" not in body
        for ev in body["screenings"][0]["evidence"]:
            if ev["text"] is not None:
                assert text[ev["span"][0] : ev["span"][1]] == ev["text"], (
                    "evidence spans point into the masked text"
                )
        pages.append(r.text)
    everything = "\n".join(pages) + captured.getvalue()
    for item, _ in stored:
        for secret in secrets_of(item):
            assert secret not in everything, f"{secret!r} reached a reviewer response or the log"
    assert MARKER not in captured.getvalue(), "report text in the log"


def test_no_plaintext_at_rest(desk: Any, stored: list[tuple[dict[str, Any], str]]) -> None:
    if desk.backend.name == "sqlite":
        path = desk.backend.path  # the database file and its write-ahead log, as they lie on disk
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    else:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            pytest.fail("pg_dump is missing: install Debian's postgresql-client")
        raw = subprocess.run(
            [pg_dump, "--no-owner", f"--schema={desk.backend.schema}", desk.backend.server_url],
            check=True,
            capture_output=True,
            timeout=120,
        ).stdout
        assert b"COPY" in raw and b"audit_event" in raw, "the dump holds the tables"
    assert len(raw) > 10_000
    for item, _ in stored:
        for secret in [*secrets_of(item), item["text"][:40]]:
            assert secret.encode("utf-8") not in raw, f"{secret!r} stored in plaintext"
    assert MARKER.encode("utf-8") not in raw
    assert "ถนนคอนกรีต".encode() not in raw, "no fragment of a report's words is stored in the clear"


def test_reveal_needs_admin_and_a_reason_and_is_audited(
    desk: Any, stored: list[tuple[dict[str, Any], str]]
) -> None:
    item, case_id = stored[0]
    url = f"/v1/cases/{case_id}/reveal"
    assert desk.client.post(url, json={"reason": "สั้น"}, headers=desk.kit.auth("admin")).status_code == 422
    assert (
        desk.client.post(url, json={"reason": "x" * 20}, headers=desk.kit.auth("reviewer")).status_code == 403
    )
    reason = "หนังสือขอข้อมูลจากศาล เลขที่ 77/2568"
    r = desk.client.post(url, json={"reason": reason}, headers=desk.kit.auth("admin"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == item["text"]
    assert (
        body["reporter"]["national_id"] == item["nid"]
        and body["reporter"]["name"] == item["reporter"]["name"]
    )
    assert body["metadata"] == {"phone_on_file": item["phone"]}
    events = desk.client.get(f"/v1/cases/{case_id}/audit", headers=desk.kit.auth("admin")).json()["events"]
    revealed = [e for e in events if e["action"] == "revealed"]
    assert len(revealed) == 1 and revealed[0]["reason"] == reason and revealed[0]["role"] == "admin"
    assert revealed[0]["actor"].startswith("key:")
    assert [e["action"] for e in events][0] == "created"


def test_vault_round_trip_and_wrong_key() -> None:
    from service.cases.crypto import UnreadableSecret, Vault

    a, b = "a" * 32 + "-secret-one", "b" * 32 + "-secret-two"
    token = Vault(a).encrypt_json({"phone": "0812345678", "name": "สมชาย"})
    assert "0812345678" not in token
    assert Vault(a).decrypt_json(token) == {"phone": "0812345678", "name": "สมชาย"}
    with pytest.raises(UnreadableSecret):
        Vault(b).decrypt(token)
    assert Vault(b, [a]).decrypt_json(token)["name"] == "สมชาย"
    rotated = Vault(b, [a]).rotate(token)
    assert Vault(b).decrypt_json(rotated)["phone"] == "0812345678"
    with pytest.raises(UnreadableSecret):
        Vault(a).decrypt(rotated)
    assert Vault(a).digest("x") != Vault(b).digest("x")


def test_settings_refuse_a_missing_or_short_secret(kit: Any, tmp_path: Any) -> None:
    with pytest.raises(ValueError, match="set KHATKRONG_SECRET_KEY"):
        kit.settings(tmp_path, secret_key=None)
    with pytest.raises(ValueError, match="shorter than 32"):
        kit.settings(tmp_path, secret_key="short")
    with pytest.raises(ValueError, match="KHATKRONG_SECRET_KEYS_OLD entry 1 is shorter"):
        kit.settings(tmp_path, secret_keys_old="tiny")
    assert kit.settings(tmp_path, secret_key=None, cases_enabled=False).cases_enabled is False


def test_rotate_key_re_encrypts_everything(
    desk: Any, desk_app: Any, stored: list[tuple[dict[str, Any], str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from service.cases.cli import cases_app
    from service.cases.crypto import UnreadableSecret, Vault
    from service.cases.models import Case

    new = "rotated-secret-0123456789-abcdefghijklmnop"
    monkeypatch.setenv("KHATKRONG_SECRET_KEY", new)
    monkeypatch.setenv("KHATKRONG_SECRET_KEYS_OLD", desk.kit.SECRET_KEY)
    result = CliRunner().invoke(cases_app, ["rotate-key", "--database-url", desk.backend.url])
    assert result.exit_code == 0, result.output
    assert "re-encrypted" in result.output
    engine = desk.engine()
    try:
        with engine.connect() as conn:
            tokens = conn.execute(select(Case.text_enc).where(Case.text_enc.is_not(None))).scalars().all()
    finally:
        engine.dispose()
    assert tokens
    for token in tokens[:10]:
        Vault(new).decrypt(token)
        with pytest.raises(UnreadableSecret):
            Vault(desk.kit.SECRET_KEY).decrypt(token)
    item, case_id = stored[1]
    with desk_app(secret_key=new) as client:  # a service with the new secret alone reads every case
        r = client.get(f"/v1/cases/{case_id}", headers=desk.kit.auth("reviewer"))
        assert r.status_code == 200 and item["contract"] in r.json()["text"]
        revealed = client.post(
            f"/v1/cases/{case_id}/reveal",
            json={"reason": "ตรวจสอบหลังเปลี่ยนกุญแจ"},
            headers=desk.kit.auth("admin"),
        )
        assert revealed.json()["reporter"]["email"] == item["email"]
