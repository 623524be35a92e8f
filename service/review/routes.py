"""The reviewers' web desk under ``/review``: server-rendered pages (Jinja2, autoescaped), forms that work
without JavaScript, a CSRF token in every form, and ``GET /v1/stats`` for machines (reviewer keys).

Routes never build SQL: they call :mod:`service.review.service` (and through it the case desk's own
functions) on worker threads with :func:`~service.cases.store.run_db`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from service.auth import Principal, require
from service.cases import service as svc
from service.cases.store import CaseStore, Store, run_db
from service.errors import ServiceError
from service.review import accounts, labels, stats
from service.review import service as rsvc
from service.review.accounts import Person
from service.review.session import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_HOURS,
    CsrfRejected,
    LoginRequired,
    Sessions,
    secure_headers,
    set_cookie,
)
from service.schemas import ErrorResponse

HERE = Path(__file__).parent
router = APIRouter(prefix="/review", include_in_schema=False)
api_router = APIRouter(tags=["review"])
PAGE_SIZE = 50
SORTS = ("priority", "uncertainty", "received")
VIEWS = ("to_review", "all", "audit", "second", "adjudication")
VIEW_LABELS = {
    "to_review": "รอตรวจ",
    "all": "ทั้งหมด",
    "audit": "ตัวอย่างสุ่มตรวจ",
    "second": "รอผู้ตรวจคนที่สอง",
    "adjudication": "รอหัวหน้าชี้ขาด",
}


@dataclass
class ReviewDesk:
    sessions: Sessions
    sampling: rsvc.Sampling


templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for every template
templates.env.globals.update(
    CREDIBILITY=labels.CREDIBILITY,
    DECISION=labels.DECISION,
    STATUS=labels.STATUS,
    RESOLUTION=labels.RESOLUTION,
    CATEGORY=labels.CATEGORY,
    DOUBLE=labels.DOUBLE,
    FLAG=labels.FLAG,
    DETAIL=labels.DETAIL,
    VIEW_LABELS=VIEW_LABELS,
    label=labels.label,
)


def _desk(request: Request) -> ReviewDesk:
    desk: ReviewDesk = request.app.state.review
    return desk


async def current_person(request: Request, store: Store) -> Person:
    """The signed-in person; without a valid session every page redirects to the login page."""
    desk = _desk(request)
    data = desk.sessions.read(request.cookies.get(SESSION_COOKIE))
    person = None
    if data is not None:
        person = await run_db(store, accounts.active_person, user_id=data.user_id)
    if data is None or person is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(
            "sign in first", headers={"Location": "/review/login?" + urlencode({"next": target})}
        )
    request.state.csrf = desk.sessions.csrf_token(data.nonce)
    request.state.session_nonce = data.nonce
    return person


Signed = Annotated[Person, Depends(current_person)]


def actor(person: Person) -> svc.Actor:
    return svc.Actor(name=person.actor_name, role=person.role)


async def checked_form(request: Request) -> dict[str, Any]:
    """The posted form, after its ``csrf_token`` matched the session's."""
    form = await request.form()
    _desk(request).sessions.check_csrf(getattr(request.state, "session_nonce", None), form.get("csrf_token"))
    return {key: form.getlist(key) if key in ("case", "campaign") else form.get(key) for key in form}


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    response = templates.TemplateResponse(
        request, name, {"csrf": getattr(request.state, "csrf", ""), **context}, status_code=status
    )
    return secure_headers(response)


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/review") and not value.startswith("//") and "\\" not in value:
        return value
    return "/review"


# --- login ---------------------------------------------------------------------------------------------


@router.get("/login")
async def login_page(request: Request, next: str | None = None) -> Response:
    cookie, nonce = _desk(request).sessions.new_login_nonce()
    request.state.csrf = _desk(request).sessions.csrf_token(nonce)
    response = page(request, "login.html", {"next": _safe_next(next), "error": None})
    set_cookie(response, request, LOGIN_COOKIE, cookie, max_age=3600)
    return response


@router.post("/login")
async def login(request: Request, store: Store) -> Response:
    desk = _desk(request)
    form = await request.form()
    nonce = desk.sessions.login_nonce(request.cookies.get(LOGIN_COOKIE))
    desk.sessions.check_csrf(nonce, form.get("csrf_token"))
    name = str(form.get("username") or "").strip().lower()[:64]
    password = str(form.get("password") or "")[:1024]
    target = _safe_next(str(form.get("next") or ""))
    result = await run_db(store, accounts.login, name=name, password=password)
    if result.person is None:
        assert nonce is not None
        request.state.csrf = desk.sessions.csrf_token(nonce)
        locked = result.locked_until is not None
        error = "บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง ลองใหม่ภายหลัง" if locked else "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
        response = page(
            request, "login.html", {"next": target, "error": error}, status=429 if locked else 401
        )
        if locked:
            assert result.locked_until is not None
            wait = max(1, int((result.locked_until - datetime.now(UTC)).total_seconds()))
            response.headers["Retry-After"] = str(wait)
        return response
    cookie, _data = desk.sessions.issue(result.person.id)
    response = RedirectResponse(target, status_code=303)
    set_cookie(response, request, SESSION_COOKIE, cookie, max_age=SESSION_HOURS * 3600)
    response.delete_cookie(LOGIN_COOKIE, path="/review")
    return secure_headers(response)


@router.get("/logout")
async def logout_page(request: Request, person: Signed) -> Response:
    """A confirmation form: signing out is a POST with the CSRF token, like every change."""
    return page(request, "logout.html", {"person": person})


@router.post("/logout")
async def logout(request: Request) -> Response:
    desk = _desk(request)
    data = desk.sessions.read(request.cookies.get(SESSION_COOKIE))
    if data is not None:  # a live session signs out only with its own token
        form = await request.form()
        desk.sessions.check_csrf(data.nonce, form.get("csrf_token"))
    response = RedirectResponse("/review/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/review")
    return secure_headers(response)


# --- the queue -----------------------------------------------------------------------------------------


def _day(value: str | None, field: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.combine(date.fromisoformat(value), time.min, tzinfo=UTC)
    except ValueError:
        raise rsvc.BadInput(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


def _choice(value: str | None, allowed: tuple[str, ...] | dict[str, str], field: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise rsvc.BadInput(f"{field}: {value!r} is not one of {', '.join(allowed)}")
    return value


@router.get("")
async def queue(
    request: Request,
    person: Signed,
    store: Store,
    view: str = "to_review",
    status: str | None = None,
    decision: str | None = None,
    category: str | None = None,
    campaign: str | None = None,
    received_from: str | None = None,
    received_to: str | None = None,
    sort: str = "priority",
    cursor: str | None = None,
    done: str | None = None,
) -> Response:
    filters = {
        "view": _choice(view, VIEWS, "view") or "to_review",
        "status": _choice(status, svc.STATUSES, "status"),
        "decision": _choice(decision, labels.DECISION, "decision"),
        "category": (category or None) and category[:40],
        "campaign": (campaign or None) and campaign[:32],
        "received_from": received_from or None,
        "received_to": received_to or None,
        "sort": _choice(sort, SORTS, "sort") or "priority",
    }
    to = _day(received_to, "received_to")
    data = await run_db(
        store,
        rsvc.queue_page,
        vault=store.vault,
        sampling=_desk(request).sampling,
        view=filters["view"],
        status=filters["status"],
        decision=filters["decision"],
        category=filters["category"],
        campaign=filters["campaign"],
        received_from=_day(received_from, "received_from"),
        received_to=to + timedelta(days=1) if to else None,
        sort=filters["sort"],
        cursor=cursor[:400] if cursor else None,
        limit=PAGE_SIZE,
    )
    query = {k: v for k, v in filters.items() if v}
    next_url = (
        "/review?" + urlencode({**query, "cursor": data["next_cursor"]}) if data["next_cursor"] else None
    )
    first_url = "/review?" + urlencode(query) if cursor else None
    return page(
        request,
        "queue.html",
        {
            "person": person,
            "items": data["items"],
            "counts": data["counts"],
            "categories": sorted(set(data["categories"]) | set(labels.CATEGORY)),
            "filters": filters,
            "next_url": next_url,
            "first_url": first_url,
            "done": (done or "")[:64],
            "query": urlencode(query),
        },
    )


# --- one case ------------------------------------------------------------------------------------------


async def _case_page(
    request: Request,
    person: Person,
    store: CaseStore,
    case_id: str,
    *,
    error: str | None = None,
    status: int = 200,
) -> Response:
    view = await run_db(
        store,
        rsvc.case_page,
        vault=store.vault,
        sampling=_desk(request).sampling,
        case_id=case_id,
        actor=actor(person),
    )
    current = view["screenings"][0] if view["screenings"] else None
    segments = labels.highlight(view["text"] or "", current["evidence"] if current else [])
    blind = view["double_state"] == "second" and view["first_reviewer"] != person.actor_name
    return page(
        request,
        "case.html",
        {
            "person": person,
            "case": view,
            "current": current,
            "segments": segments,
            "error": error,
            "blind": blind and not person.is_supervisor,
            "categories": sorted(set(labels.CATEGORY) | {view["category"]}),
        },
        status=status,
    )


@router.get("/cases/{case_id}")
async def case(request: Request, case_id: str, person: Signed, store: Store) -> Response:
    return await _case_page(request, person, store, case_id[:32])


def _decision_fields(form: dict[str, Any]) -> dict[str, Any]:
    credibility = _choice(str(form.get("credibility") or ""), labels.CREDIBILITY, "credibility")
    if credibility is None:
        raise rsvc.BadInput("credibility: choose credible, frivolous or malicious")
    category = str(form.get("category") or "")
    if not category or len(category) > 40 or not category.replace("_", "").isalpha():
        raise rsvc.BadInput("category: choose a category")
    resolution = _choice(str(form.get("resolution") or ""), svc.RESOLUTIONS, "resolution")
    note = str(form.get("note") or "")
    if len(note) > 4000:
        raise rsvc.BadInput("note: at most 4,000 characters")
    return {"credibility": credibility, "category": category, "resolution": resolution, "note": note}


def _version(value: Any) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise rsvc.BadInput("version: the form lost the case's version; reload the page") from None


@router.post("/cases/{case_id}/decision")
async def decide(request: Request, case_id: str, person: Signed, store: Store) -> Response:
    form = await checked_form(request)
    case_id = case_id[:32]
    try:
        fields = _decision_fields(form)
        await run_db(
            store,
            rsvc.decide,
            vault=store.vault,
            sampling=_desk(request).sampling,
            actor=actor(person),
            case_id=case_id,
            expected_version=_version(form.get("version")),
            **fields,
        )
    except (
        svc.StaleVersion,
        svc.CaseClosed,
        rsvc.BadInput,
        rsvc.NotAllowed,
        rsvc.SecondReviewerNeeded,
    ) as exc:
        return await _case_page(request, person, store, case_id, error=_thai_error(exc), status=exc.status)
    target = str(form.get("next_case") or "")
    if target and len(target) <= 32 and target.isalnum():
        return secure_headers(RedirectResponse(f"/review/cases/{target}?done={case_id}", status_code=303))
    return secure_headers(RedirectResponse(f"/review?done={case_id}", status_code=303))


def _thai_error(exc: ServiceError) -> str:
    if isinstance(exc, svc.StaleVersion):
        return "มีผู้ตรวจคนอื่นบันทึกเรื่องนี้ก่อนคุณ: ดูข้อมูลล่าสุดด้านล่างแล้วตัดสินใหม่ (" + exc.detail + ")"
    if isinstance(exc, svc.CaseClosed):
        return "เรื่องนี้ปิดแล้ว: หัวหน้าเปิดใหม่ได้ (" + exc.detail + ")"
    return exc.detail


@router.post("/cases/{case_id}/reopen")
async def reopen(request: Request, case_id: str, person: Signed, store: Store) -> Response:
    form = await checked_form(request)
    case_id = case_id[:32]
    try:
        await run_db(
            store,
            rsvc.reopen,
            actor=actor(person),
            case_id=case_id,
            expected_version=_version(form.get("version")),
            reason=str(form.get("reason") or "")[:2000],
        )
    except (svc.StaleVersion, rsvc.BadInput, rsvc.NotAllowed, rsvc.NotClosed) as exc:
        return await _case_page(request, person, store, case_id, error=_thai_error(exc), status=exc.status)
    return secure_headers(RedirectResponse(f"/review/cases/{case_id}", status_code=303))


@router.post("/bulk")
async def bulk(request: Request, person: Signed, store: Store) -> Response:
    form = await checked_form(request)
    targets = []
    for value in form.get("case") or []:
        cid, _, version = str(value).partition(":")
        if cid and len(cid) <= 32:
            targets.append((cid, _version(version)))
    campaigns = [str(c)[:32] for c in form.get("campaign") or [] if c]
    if not targets and not campaigns:
        raise rsvc.BadInput("choose at least one case or campaign")
    fields = _decision_fields(form)
    results: dict[str, list[Any]] = {"decided": [], "skipped": []}
    todo: list[str | None] = list(campaigns) or [None]
    for campaign_id in todo:
        out = await run_db(
            store,
            rsvc.bulk_decide,
            vault=store.vault,
            sampling=_desk(request).sampling,
            actor=actor(person),
            targets=targets,
            campaign_id=campaign_id,
            **fields,
        )
        targets = []  # decided with the first campaign (or alone)
        results["decided"] += out["decided"]
        results["skipped"] += out["skipped"]
    return page(request, "bulk_done.html", {"person": person, "results": results})


# --- the dashboard and the stats -----------------------------------------------------------------------


@router.get("/dashboard")
async def dashboard(request: Request, person: Signed, store: Store) -> Response:
    data = await run_db(store, stats.compute, vault=store.vault, sampling=_desk(request).sampling)
    return page(request, "dashboard.html", {"person": person, "stats": data, "charts": stats.charts(data)})


@api_router.get(
    "/v1/stats",
    summary="Reviewer-model agreement, reviewer agreement (kappa), calibration, drift and queue age",
    response_model=stats.Stats,
    responses={
        401: {"model": ErrorResponse, "description": "Missing or invalid API key."},
        403: {"model": ErrorResponse, "description": "The key's role may not call this endpoint."},
        500: {"model": ErrorResponse, "description": "Unexpected error; quote the request id."},
        503: {"model": ErrorResponse, "description": "The case store is unreachable."},
    },
)
async def get_stats(
    request: Request, _key: Annotated[Principal, Depends(require("reviewer", "admin"))], store: Store
) -> stats.Stats:
    """What the dashboard shows, as JSON (reviewer keys)."""
    data = await run_db(store, stats.compute, vault=store.vault, sampling=_desk(request).sampling)
    return stats.Stats.model_validate(data)


# --- wiring ----------------------------------------------------------------------------------------------


async def _login_redirect(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    headers = exc.headers or {}
    return secure_headers(RedirectResponse(headers.get("Location", "/review/login"), status_code=303))


async def _page_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ServiceError)
    if not request.url.path.startswith("/review"):
        from fastapi.responses import JSONResponse

        from service.errors import error_body, request_id_of

        return JSONResponse(
            error_body(exc.detail, request_id_of(request)), status_code=exc.status, headers=exc.headers
        )
    response = HTMLResponse(
        templates.get_template("error.html").render(status=exc.status, detail=exc.detail),
        status_code=exc.status,
        headers=exc.headers,
    )
    return secure_headers(response)


def install(app: FastAPI, *, secret: str, sampling: rsvc.Sampling) -> None:
    """Mount the desk on ``app``: its pages, its static files, ``/v1/stats`` and its error pages."""
    app.state.review = ReviewDesk(sessions=Sessions(secret), sampling=sampling)
    app.include_router(router)
    app.include_router(api_router)
    app.mount("/review/static", StaticFiles(directory=str(HERE / "static")), name="review-static")
    app.add_exception_handler(LoginRequired, _login_redirect)
    for exc_type in (CsrfRejected, rsvc.BadInput, svc.CaseNotFound, svc.InvalidCursor):
        app.add_exception_handler(exc_type, _page_error)
