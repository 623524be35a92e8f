"""The case desk's routes: intake (intake keys), the review API (reviewer and admin keys), reveal, audit and
re-screening (admin keys). Database work runs on worker threads (:func:`~service.cases.store.run_db`),
screening behind the scoring threads' limiter; routes never build SQL.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Body, Depends, Header, Path, Query, Response

from service.auth import AdminKey, IntakeKey, Principal, require
from service.cases import service as svc
from service.cases.schemas import (
    AuditTrail,
    CaseId,
    CaseIn,
    CaseOut,
    CaseReceipt,
    DecisionIn,
    DecisionLabel,
    DecisionResult,
    QueuePage,
    RescreenIn,
    RescreenResult,
    Revealed,
    RevealIn,
    Status,
)
from service.cases.screening import screen_case
from service.cases.store import Store, run_db
from service.deps import ScoringLimiter, ServedModel, SettingsDep
from service.errors import InvalidInput, ServiceError
from service.schemas import ErrorResponse

router = APIRouter(tags=["cases"])

ReviewerKey = Annotated[Principal, Depends(require("reviewer", "admin"))]
CasePath = Annotated[CaseId, Path(description="The case's id.")]

_ERROR_TEXT = {
    400: "Bad request headers (a malformed If-Match).",
    401: "Missing or invalid API key.",
    403: "The key's role may not call this endpoint.",
    404: "No such case.",
    409: "Conflict: the external_id is stored with another text, or the case changed since your version.",
    410: "The case was purged: its text and reporter are gone.",
    413: "The request body is larger than the configured limit.",
    422: "Invalid input.",
    428: "If-Match is required: send the case's version.",
    500: "Unexpected error; quote the request id.",
    503: "The case store is unreachable (Retry-After says when to try again) or no model is loaded.",
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorResponse, "description": _ERROR_TEXT[code]} for code in codes}


class PreconditionRequired(ServiceError):
    status = 428


class BadIfMatch(ServiceError):
    status = 400


_ETAG = re.compile(r'^\s*(?:W/)?"?(\d{1,9})"?\s*$')


def parse_if_match(value: str | None) -> int:
    """The version in an ``If-Match`` header (``"3"``, ``W/"3"`` or ``3``)."""
    if value is None or not value.strip():
        raise PreconditionRequired("If-Match: required; send the version (ETag) of the case you decided on")
    match = _ETAG.match(value)
    if match is None:
        raise BadIfMatch('If-Match: expected the case\'s version as an ETag, e.g. "3"')
    return int(match.group(1))


def actor_of(principal: Principal) -> svc.Actor:
    return svc.Actor(name=f"key:{principal.key_id}", role=principal.role)


@router.post(
    "/v1/cases",
    summary="Keep a report: screen it, store it encrypted, queue it (รับเรื่องร้องเรียน)",
    status_code=201,
    responses={
        200: {"model": CaseReceipt, "description": "Already stored: the same external_id and text."},
        **_errors(401, 403, 409, 413, 422, 500, 503),
    },
)
async def create_case(
    body: CaseIn,
    response: Response,
    principal: IntakeKey,
    store: Store,
    model: ServedModel,
    settings: SettingsDep,
    limiter: ScoringLimiter,
) -> CaseReceipt:
    """Store a report with its screening; 201 once it is committed, 200 if it was stored already.

    The same ``external_id`` and text again returns the stored case and stores nothing twice; the same
    ``external_id`` with another text is 409.
    """
    if len(body.text) > settings.max_text_chars:
        raise InvalidInput(f"body.text: the text is longer than {settings.max_text_chars} characters")
    existing = await run_db(
        store, svc.find_intake, vault=store.vault, external_id=body.external_id, text=body.text
    )
    if existing is not None:
        response.status_code = 200
        return CaseReceipt.model_validate(existing)
    screened = await anyio.to_thread.run_sync(screen_case, model, body.text, limiter=limiter)
    receipt, created = await run_db(
        store,
        svc.intake,
        vault=store.vault,
        dedup_settings=store.dedup,
        actor=actor_of(principal),
        external_id=body.external_id,
        text=body.text,
        screened=screened,
        channel=body.channel,
        reporter=body.reporter.model_dump(exclude_none=True) if body.reporter else None,
        metadata=body.metadata,
    )
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/v1/cases/{receipt['id']}"
    return CaseReceipt.model_validate(receipt)


@router.get(
    "/v1/cases",
    summary="The review queue (คิวตรวจสอบ)",
    responses=_errors(401, 403, 422, 500, 503),
)
async def list_cases(
    _key: ReviewerKey,
    store: Store,
    status: Status | None = None,
    decision: DecisionLabel | None = None,
    category: Annotated[str | None, Query(max_length=40)] = None,
    campaign: Annotated[
        str | None,
        Query(max_length=32, description="`true`: campaign cases only; `false`: none; or a campaign id."),
    ] = None,
    sort: Literal["priority", "received"] = "priority",
    cursor: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    collapse_campaigns: Annotated[
        bool, Query(description="Show each campaign as one row (its first case, with the campaign's size).")
    ] = False,
) -> QueuePage:
    """Cases by priority (flags, the model's uncertainty, campaigns) or by time received, newest first."""
    page = await run_db(
        store,
        svc.queue,
        status=status,
        decision=decision,
        category=category,
        campaign=campaign,
        sort=sort,
        cursor=cursor,
        limit=limit,
        collapse_campaigns=collapse_campaigns,
    )
    return QueuePage.model_validate(page)


@router.get(
    "/v1/cases/{case_id}",
    summary="One case for review: masked text, screenings, duplicates, campaign, decisions",
    responses=_errors(401, 403, 404, 422, 500, 503),
)
async def get_case(case_id: CasePath, principal: ReviewerKey, store: Store, response: Response) -> CaseOut:
    """The case with personal data masked and without the reporter; ``ETag`` carries its version."""
    view = await run_db(store, svc.case_view, vault=store.vault, case_id=case_id, actor=actor_of(principal))
    response.headers["ETag"] = f'"{view["version"]}"'
    return CaseOut.model_validate(view)


@router.post(
    "/v1/cases/{case_id}/decision",
    summary="Decide a case (If-Match: its version)",
    responses=_errors(400, 401, 403, 404, 409, 422, 428, 500, 503),
)
async def decide_case(
    case_id: CasePath,
    body: DecisionIn,
    principal: ReviewerKey,
    store: Store,
    response: Response,
    if_match: Annotated[
        str | None, Header(max_length=40, description='The case\'s version, e.g. "3".')
    ] = None,
) -> DecisionResult:
    """Record a decision; 409 when someone changed the case since the version in ``If-Match``."""
    version = parse_if_match(if_match)
    result = await run_db(
        store,
        svc.decide,
        vault=store.vault,
        actor=actor_of(principal),
        case_id=case_id,
        expected_version=version,
        credibility=body.credibility,
        category=body.category,
        resolution=body.resolution,
        note=body.note,
    )
    response.headers["ETag"] = f'"{result["version"]}"'
    return DecisionResult.model_validate(result)


@router.post(
    "/v1/cases/{case_id}/reveal",
    tags=["admin"],
    summary="The original text and reporter, with a stated reason (audited)",
    responses=_errors(401, 403, 404, 410, 422, 500, 503),
)
async def reveal_case(case_id: CasePath, body: RevealIn, principal: AdminKey, store: Store) -> Revealed:
    """Admins only; the reason is kept in the case's audit trail."""
    out = await run_db(
        store, svc.reveal, vault=store.vault, actor=actor_of(principal), case_id=case_id, reason=body.reason
    )
    return Revealed.model_validate(out)


@router.get(
    "/v1/cases/{case_id}/audit",
    tags=["admin"],
    summary="The case's append-only audit trail",
    responses=_errors(401, 403, 404, 422, 500, 503),
)
async def case_audit(case_id: CasePath, _key: AdminKey, store: Store) -> AuditTrail:
    """Who viewed, revealed, decided and re-screened the case, and when; nothing modifies or deletes it."""
    return AuditTrail.model_validate(await run_db(store, svc.audit_trail, case_id=case_id))


@router.post(
    "/v1/admin/rescreen",
    tags=["admin"],
    summary="Re-screen open cases with the served model (earlier screenings are kept)",
    responses=_errors(401, 403, 422, 500, 503),
)
async def rescreen(
    principal: AdminKey,
    store: Store,
    model: ServedModel,
    limiter: ScoringLimiter,
    body: Annotated[RescreenIn | None, Body()] = None,
) -> RescreenResult:
    """Open cases whose latest screening is by another model get a new screening by the served one."""
    body = body or RescreenIn()
    todo = await run_db(
        store,
        svc.open_cases_to_rescreen,
        vault=store.vault,
        model_ref=dict(model.ref),
        case_ids=body.case_ids,
        limit=body.limit,
    )
    done = 0
    for case_id, text in todo:
        screened = await anyio.to_thread.run_sync(screen_case, model, text, limiter=limiter)
        ok = await run_db(
            store,
            svc.record_rescreen,
            vault=store.vault,
            actor=actor_of(principal),
            case_id=case_id,
            screened=screened,
        )
        done += int(ok)
    return RescreenResult.model_validate({"rescreened": done, "model": dict(model.ref)})
