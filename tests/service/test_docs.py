"""``/docs`` works offline: the page and every asset it loads come from this server, none from another host."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

URL = re.compile(r"""https?://[^\s"'()<>]+""")


def referenced(html: str) -> list[str]:
    return re.findall(r"""(?:src|href)\s*[=:]\s*["']([^"']+)["']""", html) + re.findall(
        r"""url\s*:\s*["']([^"']+)["']""", html
    )


def test_docs_page_has_no_external_url(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert URL.findall(r.text) == [], "no http(s) URL at all in the page"
    assets = referenced(r.text)
    assert {
        "/docs/assets/swagger-ui-bundle.js",
        "/docs/assets/swagger-ui.css",
        "/docs/assets/favicon-32x32.png",
    } <= set(assets)
    assert '"validatorUrl": null' in r.text, "no badge fetched from validator.swagger.io"
    for path in assets:
        assert path.startswith("/"), path
        got = client.get(path)
        assert got.status_code == 200, path


def test_docs_assets_load_nothing_from_another_host(client: TestClient) -> None:
    css = client.get("/docs/assets/swagger-ui.css").text
    assert [u for u in re.findall(r"url\(([^)]*)\)", css) if re.match(r"""["']?(https?:)?//""", u)] == []
    js = client.get("/docs/assets/swagger-ui-bundle.js").text
    # The bundle holds URLs in strings (licences, error messages, the validator default we turn off), but no
    # code that loads a script, style or font from another host at start-up:
    for pattern in (
        r"""<script[^>]+src=["']https?://""",
        r"""@import\s+url\(["']?https?://""",
        r"""fonts\.googleapis""",
    ):
        assert not re.search(pattern, js), pattern
    assert client.get("/docs/oauth2-redirect").status_code == 200


def test_redoc_and_the_cdn_are_gone(client: TestClient) -> None:
    assert client.get("/redoc").status_code == 404
    assert "cdn.jsdelivr" not in client.get("/docs").text
