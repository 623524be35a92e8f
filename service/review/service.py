"""The web desk's service functions: the queue with its counts, sampling (audit sample, double review),
decisions, bulk decisions, reopening, the adjudication queue and the export of reviewed cases.

Every decision goes through the case desk's own :func:`service.cases.service.decide` (the same code as
``POST /v1/cases/{id}/decision``, with its stale-version check); this module only decides *which* resolution
to pass (a double-reviewed case stays open until a second reviewer agrees or a supervisor adjudicates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import and_, exists, func, not_, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from service.cases import service as svc
from service.cases.crypto import Vault
from service.cases.models import AuditEvent, Case, Decision, Screening
from service.errors import ServiceError
from service.review.models import ReviewMark

DEFAULT_AUDIT_RATE = 0.05
DEFAULT_DOUBLE_RATE = 0.10
UNIT = float(2**64)


class NotAllowed(ServiceError):
    status = 403


class SecondReviewerNeeded(ServiceError):
    status = 409


class NotClosed(ServiceError):
    status = 409


class BadInput(ServiceError):
    status = 422


@dataclass(frozen=True)
class Sampling:
    audit_rate: float = DEFAULT_AUDIT_RATE
    double_rate: float = DEFAULT_DOUBLE_RATE


def draw(vault: Vault, case_id: str, kind: str) -> float:
    """A keyed, uniform number in [0, 1) for a case and a kind of sample: the same case always draws the
    same number (a steady share), and without the secret nobody can tell in advance which cases are drawn."""
    return int(vault.digest(f"{kind}:{case_id}")[:16], 16) / UNIT


def mark_new_cases(session: Session, *, vault: Vault, sampling: Sampling, batch: int = 2000) -> int:
    """Draw the samples for every case not yet marked: a ``proceed`` case enters the audit sample with
    probability ``audit_rate``; any case is drawn for double review with probability ``double_rate``."""
    done = 0
    while True:
        rows = session.execute(
            select(Case.id, Case.decision)
            .where(not_(exists().where(ReviewMark.case_id == Case.id)))
            .limit(batch)
        ).all()
        if not rows:
            break
        at = svc.now()
        for case_id, decision in rows:
            double = draw(vault, case_id, "double") < sampling.double_rate
            session.add(
                ReviewMark(
                    case_id=case_id,
                    marked_at=at,
                    audit_sample=decision == "proceed"
                    and draw(vault, case_id, "audit") < sampling.audit_rate,
                    double_review=double,
                    double_state="first" if double else None,
                )
            )
        session.commit()
        done += len(rows)
    return done


def _mark(session: Session, case_id: str) -> ReviewMark | None:
    return session.get(ReviewMark, case_id)


# --- the queue -----------------------------------------------------------------------------------------


def to_review_condition() -> Any:
    """What the reviewers' queue holds by default: open cases the model flagged, and the audit sample."""
    audit = exists().where(ReviewMark.case_id == Case.id, ReviewMark.audit_sample.is_(True))
    return and_(Case.status != "closed", or_(Case.decision != "proceed", audit))


def queue_page(
    session: Session,
    *,
    vault: Vault,
    sampling: Sampling,
    view: str = "to_review",
    status: str | None = None,
    decision: str | None = None,
    category: str | None = None,
    campaign: str | None = None,
    received_from: datetime | None = None,
    received_to: datetime | None = None,
    sort: str = "priority",
    cursor: str | None = None,
    limit: int = 50,
) -> dict[str, Any]:
    """One page of the web queue with the counts per status (under the same filters but the status)."""
    mark_new_cases(session, vault=vault, sampling=sampling)
    where: list[Any] = []
    if view == "to_review":
        where.append(to_review_condition())
    elif view == "audit":
        where.append(exists().where(ReviewMark.case_id == Case.id, ReviewMark.audit_sample.is_(True)))
    elif view == "adjudication":
        where.append(exists().where(ReviewMark.case_id == Case.id, ReviewMark.double_state == "adjudication"))
    elif view == "second":
        where.append(exists().where(ReviewMark.case_id == Case.id, ReviewMark.double_state == "second"))
    if received_from is not None:
        where.append(Case.received_at >= received_from)
    if received_to is not None:
        where.append(Case.received_at < received_to)
    page = svc.queue(
        session,
        status=status,
        decision=decision,
        category=category,
        campaign=campaign,
        sort=sort,  # type: ignore[arg-type]
        cursor=cursor,
        limit=limit,
        collapse_campaigns=campaign is None,
        where=where,
    )
    ids = [item["id"] for item in page["items"]]
    marks = {m.case_id: m for m in session.scalars(select(ReviewMark).where(ReviewMark.case_id.in_(ids)))}
    for item in page["items"]:
        m = marks.get(item["id"])
        item["audit_sample"] = bool(m and m.audit_sample)
        item["double_state"] = m.double_state if m else None
    counts_q = select(Case.status, func.count()).where(*where).group_by(Case.status)
    for column, value in ((Case.decision, decision), (Case.category, category)):
        if value is not None:
            counts_q = counts_q.where(column == value)
    if campaign == "true":
        counts_q = counts_q.where(Case.campaign_id.is_not(None))
    elif campaign == "false":
        counts_q = counts_q.where(Case.campaign_id.is_(None))
    elif campaign:
        counts_q = counts_q.where(Case.campaign_id == campaign)
    counts = {s: 0 for s in svc.STATUSES}
    counts.update({s: n for s, n in session.execute(counts_q).all()})
    categories = sorted(session.scalars(select(Case.category).distinct()).all())
    return {**page, "counts": counts, "categories": categories}


def neighbours(session: Session, *, case_id: str) -> dict[str, str | None]:
    """The cases before and after ``case_id`` in the default queue order (for next/previous)."""
    case = svc._get(session, case_id)
    base = select(Case.id).where(to_review_condition(), Case.id != case_id)
    key = (Case.priority, Case.received_at, Case.id)
    mine = (case.priority, case.received_at, case.id)
    after = session.scalars(
        base.where(
            or_(
                key[0] < mine[0],
                and_(key[0] == mine[0], or_(key[1] < mine[1], and_(key[1] == mine[1], key[2] < mine[2]))),
            )
        )
        .order_by(Case.priority.desc(), Case.received_at.desc(), Case.id.desc())
        .limit(1)
    ).first()
    before = session.scalars(
        base.where(
            or_(
                key[0] > mine[0],
                and_(key[0] == mine[0], or_(key[1] > mine[1], and_(key[1] == mine[1], key[2] > mine[2]))),
            )
        )
        .order_by(Case.priority.asc(), Case.received_at.asc(), Case.id.asc())
        .limit(1)
    ).first()
    return {"previous": before, "next": after}


def case_page(
    session: Session, *, vault: Vault, sampling: Sampling, case_id: str, actor: svc.Actor
) -> dict[str, Any]:
    """The case as reviewers see it (the case desk's view, audited) with its sampling state."""
    mark_new_cases(session, vault=vault, sampling=sampling)
    view = svc.case_view(session, vault=vault, case_id=case_id, actor=actor)
    m = _mark(session, case_id)
    view["audit_sample"] = bool(m and m.audit_sample)
    view["double_state"] = m.double_state if m else None
    view["first_reviewer"] = m.first_reviewer if m else None
    view["neighbours"] = neighbours(session, case_id=case_id)
    return view


# --- decisions -----------------------------------------------------------------------------------------


def decide(
    session: Session,
    *,
    vault: Vault,
    sampling: Sampling,
    actor: svc.Actor,
    case_id: str,
    expected_version: int,
    credibility: str,
    category: str,
    resolution: str | None,
    note: str,
) -> dict[str, Any]:
    """A reviewer's decision from the web desk, through the case desk's ``decide``.

    A case drawn for double review keeps its resolution back until a second, different reviewer has decided:
    when both agree on credibility and category the second decision closes it with the resolution; when they
    disagree it waits in the adjudication queue, where only a supervisor's decision closes it.
    """
    mark_new_cases(session, vault=vault, sampling=sampling)
    m = _mark(session, case_id)
    state = m.double_state if m else None
    supervisor = actor.role in ("supervisor", "admin")
    if state in (None, "agreed", "adjudicated"):
        return svc.decide(
            session, vault=vault, actor=actor, case_id=case_id, expected_version=expected_version,
            credibility=credibility, category=category, resolution=resolution, note=note,
        )  # fmt: skip
    assert m is not None
    if state == "adjudication":
        if not supervisor:
            raise NotAllowed("this case's two reviewers disagreed: a supervisor adjudicates it")
        if not resolution:
            raise BadInput("resolution: an adjudication closes the case; choose a resolution")
        out = svc.decide(
            session, vault=vault, actor=actor, case_id=case_id, expected_version=expected_version,
            credibility=credibility, category=category, resolution=resolution, note=note,
        )  # fmt: skip
        _set_state(session, case_id, double_state="adjudicated")
        return out
    if state == "first":
        out = svc.decide(
            session, vault=vault, actor=actor, case_id=case_id, expected_version=expected_version,
            credibility=credibility, category=category, resolution=None, note=note,
        )  # fmt: skip
        _set_state(
            session, case_id, double_state="second", first_reviewer=actor.name, pending_resolution=resolution
        )
        return {**out, "double_review": "second"}
    # state == "second": an independent second reviewer
    if actor.name == m.first_reviewer:
        raise SecondReviewerNeeded(
            "this case was drawn for double review: a second reviewer decides it independently"
        )
    first = session.scalars(
        select(Decision)
        .where(Decision.case_id == case_id, Decision.actor == m.first_reviewer)
        .order_by(Decision.id.desc())
        .limit(1)
    ).one()
    agree = first.credibility == credibility and first.category == category
    out = svc.decide(
        session, vault=vault, actor=actor, case_id=case_id, expected_version=expected_version,
        credibility=credibility, category=category,
        resolution=(resolution or m.pending_resolution) if agree else None, note=note,
    )  # fmt: skip
    _set_state(session, case_id, double_state="agreed" if agree else "adjudication")
    return {**out, "double_review": "agreed" if agree else "adjudication"}


def _set_state(session: Session, case_id: str, **values: Any) -> None:
    session.execute(update(ReviewMark).where(ReviewMark.case_id == case_id).values(**values))
    session.commit()


def bulk_decide(
    session: Session,
    *,
    vault: Vault,
    sampling: Sampling,
    actor: svc.Actor,
    targets: list[tuple[str, int]],
    campaign_id: str | None,
    credibility: str,
    category: str,
    resolution: str | None,
    note: str,
) -> dict[str, Any]:
    """One decision for several cases: ``targets`` (case id, the version the reviewer saw) and/or every open
    case of ``campaign_id`` (at its current version). Each goes through :func:`decide`; a case that changed
    since, is closed or needs another reviewer is reported, never decided blind."""
    todo = list(targets)
    if campaign_id:
        rows = session.execute(
            select(Case.id, Case.version).where(Case.campaign_id == campaign_id, Case.status != "closed")
        ).all()
        seen = {cid for cid, _ in todo}
        todo += [(cid, v) for cid, v in rows if cid not in seen]
    decided: list[str] = []
    skipped: list[dict[str, str]] = []
    for case_id, version in todo:
        try:
            decide(
                session, vault=vault, sampling=sampling, actor=actor, case_id=case_id,
                expected_version=version, credibility=credibility, category=category,
                resolution=resolution, note=note,
            )  # fmt: skip
            decided.append(case_id)
        except ServiceError as exc:
            session.rollback()
            skipped.append({"id": case_id, "reason": exc.detail})
    return {"decided": decided, "skipped": skipped}


def reopen(
    session: Session, *, actor: svc.Actor, case_id: str, expected_version: int, reason: str
) -> dict[str, Any]:
    """A supervisor reopens a closed case (back to ``in_review``); audited with the reason."""
    if actor.role not in ("supervisor", "admin"):
        raise NotAllowed("only a supervisor reopens a closed case")
    if not reason.strip():
        raise BadInput("reason: say why the case is reopened")
    case = svc._get(session, case_id)
    if case.status != "closed":
        raise NotClosed(f"case {case_id!r} is {case.status}, not closed")
    at = svc.now()
    changed = cast(
        CursorResult[Any],
        session.execute(
            update(Case)
            .where(Case.id == case_id, Case.version == expected_version)
            .values(
                version=Case.version + 1, status="in_review", resolution=None, closed_at=None, updated_at=at
            )
            .execution_options(synchronize_session=False)
        ),
    ).rowcount
    if changed != 1:
        session.rollback()
        raise svc.StaleVersion(svc._stale(case_id, expected_version, case.version))
    session.add(
        AuditEvent(
            case_id=case_id, at=at, actor=actor.name, role=actor.role, action="reopened", reason=reason,
            detail={"version": expected_version, "resolution_was": case.resolution},
        )
    )  # fmt: skip
    session.commit()
    return {"id": case_id, "status": "in_review", "version": expected_version + 1}


# --- the export ----------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "case_id", "text", "category", "credibility", "resolution", "reviewer", "reviewer_role", "decided_at",
    "model_name", "model_version", "model_category", "model_credibility", "model_credibility_score",
    "model_decision", "audit_sample", "double_review", "origin",
)  # fmt: skip


def reviewed_rows(
    session: Session, *, vault: Vault, since: datetime | None = None, with_text: bool = True
) -> list[dict[str, Any]]:
    """One row per reviewed case: the masked text and the reviewers' final labels (the latest decision; an
    adjudication wins), with what the model said at the time and whether the case was an audit sample.

    Cases purged (no text) and cases awaiting a second reviewer or adjudication are left out."""
    latest = (
        select(Decision.case_id, func.max(Decision.id).label("did")).group_by(Decision.case_id).subquery()
    )
    q = (
        select(Case, Decision, ReviewMark)
        .join(latest, latest.c.case_id == Case.id)
        .join(Decision, Decision.id == latest.c.did)
        .outerjoin(ReviewMark, ReviewMark.case_id == Case.id)
        .where(Case.masked_enc.is_not(None))
        .where(or_(ReviewMark.double_state.is_(None), ReviewMark.double_state.in_(["agreed", "adjudicated"])))
        .order_by(Decision.decided_at, Case.id)
    )
    if since is not None:
        q = q.where(Decision.decided_at >= since)
    out = []
    for case, decision, mark in session.execute(q).all():
        screening = session.scalars(
            select(Screening)
            .where(Screening.case_id == case.id, Screening.screened_at <= decision.decided_at)
            .order_by(Screening.id.desc())
            .limit(1)
        ).first() or svc._latest_screening(session, case.id)
        assert case.masked_enc is not None
        out.append(
            {
                "case_id": case.id,
                "text": vault.decrypt(case.masked_enc) if with_text else None,
                "category": decision.category,
                "credibility": decision.credibility,
                "resolution": decision.resolution,
                "reviewer": decision.actor,
                "reviewer_role": decision.role,
                "decided_at": svc._aware(decision.decided_at).isoformat(),
                "model_name": screening.model_name,
                "model_version": screening.model_version,
                "model_category": screening.category,
                "model_credibility": screening.credibility,
                "model_credibility_score": screening.credibility_score,
                "model_decision": screening.decision,
                "audit_sample": bool(mark and mark.audit_sample),
                "double_review": bool(mark and mark.double_review),
                "origin": "review",
            }
        )
    return out


def week_of(value: datetime) -> str:
    """ISO week, e.g. ``2026-W49``."""
    year, week, _ = value.isocalendar()
    return f"{year}-W{week:02d}"


def open_ages(session: Session, *, at: datetime | None = None) -> list[timedelta]:
    at = at or svc.now()
    rows = session.scalars(select(Case.received_at).where(Case.status != "closed")).all()
    return [at - svc._aware(r) for r in rows]
