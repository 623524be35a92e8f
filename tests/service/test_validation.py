"""Request validation is cheap and never normalises: invisible-only texts are 422, hostile texts go to scoring."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.validation import INVISIBLE_CHARS, NO_VISIBLE_TEXT, check_text, has_visible_char

INVISIBLE_ONLY = [
    "\x00",
    "\x00" * 5000,
    "\u202e\u202d\u202a\u202b\u202c",  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069\u200e\u200f\u061c",  # bidi isolates and marks
    "\u200b\u200c\u200d\u2060\ufeff\u00ad",  # zero-width characters
    " \t\n\r\x0b\x0c\u3000\u00a0\u2003",
    "\x00 \u202e\u200b\x1f\x7f\u0085",
]


@pytest.mark.parametrize("text", INVISIBLE_ONLY)
def test_texts_that_show_nothing_are_422(client: TestClient, kit: Any, text: str) -> None:
    r = client.post("/v1/screen", json={"text": text}, headers=kit.auth("intake"))
    assert r.status_code == 422
    assert r.json()["detail"] == f"body.text: {NO_VISIBLE_TEXT}"
    r = client.post(
        "/v1/screen/batch",
        json={"items": [{"id": "a", "text": "ถนนพัง"}, {"id": "b", "text": text}]},
        headers=kit.auth("intake"),
    )
    assert (r.status_code, r.json()["detail"]) == (422, f"body.items.1.text: {NO_VISIBLE_TEXT}")


def test_every_control_space_and_format_character_counts_as_invisible() -> None:
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) in {"Cc", "Cf", "Zs", "Zl", "Zp"}:
            assert not has_visible_char(ch), f"U+{cp:04X} {unicodedata.name(ch, '?')}"
    for (
        ch
    ) in "กa1\u0e48\u0e33!\U0001f600":  # a letter, a digit, a lone tone mark, SARA AM, punctuation, emoji
        assert has_visible_char(ch)
    assert "\u0e48" not in INVISIBLE_CHARS


def test_visible_text_around_invisible_characters_passes() -> None:
    assert check_text("\u202eถนนพัง\u200b") == "\u202eถนนพัง\u200b"  # returned as sent: offsets stay right


def test_validation_never_normalises(monkeypatch: pytest.MonkeyPatch) -> None:
    import model.normalize

    def boom(*_: Any, **__: Any) -> str:
        raise AssertionError("normalize() called during validation")

    monkeypatch.setattr(model.normalize, "normalize", boom)
    monkeypatch.setattr(model.normalize, "normalize_with_offsets", boom)
    from service.schemas import BatchRequest, ScreenRequest

    for text in ("\u0e48" * 20_000, "ก" + "\u0e48" * 19_999, "." * 20_000, "\u0e30\u0e32" * 10_000):
        ScreenRequest.model_validate({"text": text})
        BatchRequest.model_validate({"items": [{"id": "a", "text": text}]})


def test_a_lone_mark_text_is_scored_not_rejected(client: TestClient, kit: Any) -> None:
    r = client.post("/v1/screen", json={"text": "\u0e48" * 50}, headers=kit.auth("intake"))
    assert r.status_code == 200, r.text
    assert json.loads(r.text)["decision"] in {"proceed", "review", "deprioritize"}


def test_the_largest_valid_batch_fits_the_default_body_limit(client: TestClient, kit: Any) -> None:
    """256 items at every limit, Thai escaped as \\uXXXX by json.dumps: validated (here: 401), never 413."""
    from service.settings import max_request_bytes

    metadata = {f"{i:02d}".ljust(64, "ม"): "ข" * 200 for i in range(16)}
    items = [
        {"id": f"{i:03d}".ljust(128, "ก"), "text": "ถ" * 20_000, "metadata": metadata} for i in range(256)
    ]
    body = json.dumps({"items": items}).encode()
    assert len(body) <= max_request_bytes() == client.app.state.settings.body_limit  # type: ignore[attr-defined]
    r = client.post(
        "/v1/screen/batch",
        content=body,
        headers={"Authorization": "Bearer not-a-key-0123456789abcdef", "Content-Type": "application/json"},
    )
    assert r.status_code == 401, r.text[:300]  # read and parsed in full, then refused for the key
    too_many = {**metadata, "extra": "x"}
    r = client.post("/v1/screen", json={"text": "ถนนพัง", "metadata": too_many}, headers=kit.auth("intake"))
    assert (r.status_code, r.json()["detail"]) == (
        422,
        "body.metadata: metadata holds at most 16 fields, got 17",
    )


HOSTILE = [
    "ก" + "\u0e48" * 19_999,
    "\u0e48" * 20_000,
    "ก" + "\u0e48\u0e49\u0e4a\u0e4b\u0e4c" * 3_999,
    "\u0e30" * 20_000,
    "\u0e32\u0e33\u0e45" * 6_666,
    "ก" + "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47" * 2_499,
    "ก" + "\u0301\u0308\u0e48\u0331" * 4_999,  # combining marks of Latin mixed with a Thai tone mark
    "ถนนพัง " + "\u0e4c" * 19_990,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_are_scored_never_500(client: TestClient, kit: Any, text: str) -> None:
    """Long runs of marks make one 20,000-character word: its evidence is whole (principle 5), and valid."""
    r = client.post("/v1/screen", json={"text": text}, headers=kit.auth("intake"))
    assert r.status_code == 200, r.text[:500]
    for ev in r.json()["evidence"]:
        if ev["span"] is not None and ev["text"] is not None:
            assert text[ev["span"][0] : ev["span"][1]] == ev["text"]
