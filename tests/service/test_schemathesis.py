"""Property-based run of the whole OpenAPI schema against the app, in-process (schemathesis + hypothesis).

Every operation gets valid (positive) and invalid (negative) generated requests with the right role's key;
every response must be free of 5xx, have a documented status and content type, and conform to its schema.
At least 1,000 requests in all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROLE = {
    "/v1/screen": "intake",
    "/v1/screen/batch": "intake",
    "/v1/model": "reviewer",
    "/v1/admin/reload": "admin",
    "/v1/cases": "intake",  # POST; the GET (the queue) is fuzzed with a reviewer's key, see CASE_ROLE
    "/v1/cases/{case_id}": "reviewer",
    "/v1/cases/{case_id}/decision": "reviewer",
    "/v1/cases/{case_id}/reveal": "admin",
    "/v1/cases/{case_id}/audit": "admin",
    "/v1/admin/rescreen": "admin",
}
CASE_ROLE = {("/v1/cases", "GET"): "reviewer"}
# (positive, negative) examples per operation; operations without inputs run out of distinct cases early.
BUDGET = {
    "/v1/screen": (450, 200),
    "/v1/screen/batch": (200, 120),
    "/v1/admin/reload": (5, 5),
    "/v1/cases": (120, 60),
    "/v1/admin/rescreen": (10, 10),
}
DEFAULT_BUDGET = (30, 30)
MIN_REQUESTS = 1_000


def fuzz(
    op: Any, mode: Any, examples: int, headers: dict[str, str], checks: list[Any], sent: Counter[Any]
) -> None:
    """Send ``examples`` generated requests to one operation and validate every response."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import Unsatisfiable

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        response = case.call(headers=headers)
        sent[(op.path, mode.value, response.status_code)] += 1
        case.validate_response(response, checks=checks, headers=headers)

    try:
        run()
    except Unsatisfiable:  # an operation without inputs has no invalid request to generate
        assert mode.value == "negative", f"no valid request for {op.path}"


@pytest.mark.slow
def test_whole_schema_no_5xx_and_responses_conform(kit: Any, tmp_path: Path) -> None:
    import schemathesis
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    from service.main import create_app

    app = create_app(kit.settings(tmp_path / "cache"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    sent: Counter[tuple[str, str, int]] = Counter()

    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {*ROLE, "/healthz", "/readyz", "/metrics"}
    for op in operations:
        role = CASE_ROLE.get((op.path, op.method.upper()), ROLE.get(op.path))
        headers = kit.auth(role) if role else {}
        for mode, examples in zip(
            (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
            BUDGET.get(op.path, DEFAULT_BUDGET),
            strict=True,
        ):
            fuzz(op, mode, examples, headers, checks, sent)

    total = sum(sent.values())
    screened = sum(n for (path, _, status), n in sent.items() if path == "/v1/screen" and status == 200)
    print(f"schemathesis: {total} requests", dict(sorted(sent.items())))
    assert total >= MIN_REQUESTS, sent
    assert screened >= 100, "valid generated reports were screened, not just rejected"
    assert not any(status >= 500 for (_, _, status) in sent)
    stored = sum(n for (path, _, status), n in sent.items() if path == "/v1/cases" and status == 201)
    assert stored >= 20, "valid generated reports were kept as cases, not just rejected"
