"""The case desk's service functions: plain, keyword-only, one session each; routes never build SQL.

Every function takes the session and the :class:`~service.cases.crypto.Vault` it needs, and an
:class:`Actor` (who did it: written to the audit). Functions that change the store commit before they
return; what they return is plain data (dicts shaped like the API's schemas), never ORM objects.
"""

from __future__ import annotations

import base64
import binascii
import json
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.cases import dedup
from service.cases.crypto import Vault
from service.cases.models import (
    AuditEvent,
    Campaign,
    Case,
    CaseTarget,
    Decision,
    DuplicateLink,
    LshBand,
    Screening,
)
from service.cases.screening import Screened
from service.errors import ServiceError

Status = Literal["new", "in_review", "closed"]
STATUSES: tuple[str, ...] = ("new", "in_review", "closed")
RESOLUTIONS: tuple[str, ...] = ("actioned", "referred", "no_action", "duplicate", "malicious", "spam")
CAMPAIGN_FLAG = "campaign"

FLAG_PRIORITY = {
    "threat": 0.5,
    "abusive_language": 0.2,
    "demands_removal": 0.2,
    "contains_personal_data": 0.1,
}
DECISION_PRIORITY = {"review": 0.5, "proceed": 0.25, "deprioritize": 0.0}
CAMPAIGN_PRIORITY = 1.0
MAX_CANDIDATES = 500
"""Most LSH candidates (the most recent) whose signatures a new case is compared with: bounds the check's
cost when thousands of identical reports arrive."""


# --- errors (mapped to HTTP by service.errors) ----------------------------------------------------------


class CaseNotFound(ServiceError):
    status = 404


class ExternalIdConflict(ServiceError):
    status = 409


class StaleVersion(ServiceError):
    status = 409


class CaseClosed(ServiceError):
    status = 409


class CasePurged(ServiceError):
    status = 410


class InvalidCursor(ServiceError):
    status = 422


@dataclass(frozen=True)
class Actor:
    """Who acts: a name for the audit (``key:<fingerprint>`` for API keys, a user name later) and a role."""

    name: str
    role: str


@dataclass(frozen=True)
class DedupSettings:
    threshold: float
    window_days: int
    campaign_min_cases: int
    campaign_window_days: int


def now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)  # SQLite drops the zone


def _audit(
    session: Session,
    *,
    actor: Actor,
    action: str,
    case_id: str | None,
    reason: str | None = None,
    at: datetime | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEvent(
            case_id=case_id,
            at=at or now(),
            actor=actor.name,
            role=actor.role,
            action=action,
            reason=reason,
            detail=detail,
        )
    )


def priority_of(*, decision: str, flags: Iterable[str], uncertainty: float, in_campaign: bool) -> float:
    """The queue's order: the model's uncertainty (0-1), what the flags and decision warrant, a campaign.

    >>> priority_of(decision="review", flags=["threat"], uncertainty=0.5, in_campaign=False)
    1.5
    >>> priority_of(decision="proceed", flags=[], uncertainty=0.0, in_campaign=True)
    1.25
    """
    score = uncertainty + DECISION_PRIORITY.get(decision, 0.0)
    score += sum(FLAG_PRIORITY.get(f, 0.0) for f in set(flags))
    return round(score + (CAMPAIGN_PRIORITY if in_campaign else 0.0), 6)


# --- intake -----------------------------------------------------------------------------------------------


def same_text(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).strip() == unicodedata.normalize("NFC", b).strip()


def find_intake(session: Session, *, vault: Vault, external_id: str, text: str) -> dict[str, Any] | None:
    """The case already stored under ``external_id`` (``None`` if there is none); 409 when its text differs."""
    case = session.scalars(select(Case).where(Case.external_id == external_id)).one_or_none()
    if case is None:
        return None
    if case.text_enc is None:
        raise ExternalIdConflict(
            f"external_id {external_id!r} belongs to a case whose text was purged; send a new external_id"
        )
    if not same_text(vault.decrypt(case.text_enc), text):
        raise ExternalIdConflict(
            f"external_id {external_id!r} is already stored with another text; send a new external_id"
        )
    return receipt(session, case=case)


def intake(
    session: Session,
    *,
    vault: Vault,
    dedup_settings: DedupSettings,
    actor: Actor,
    external_id: str,
    text: str,
    screened: Screened,
    channel: str | None = None,
    reporter: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], bool]:
    """Store a new case with its screening, link its near-duplicates and campaign, and commit.

    Returns ``(receipt, created)``: ``created`` is False when the same ``external_id`` and text were stored
    already (also by a concurrent request that committed first). Raises :class:`ExternalIdConflict` when
    ``external_id`` is stored with another text.
    """
    existing = find_intake(session, vault=vault, external_id=external_id, text=text)
    if existing is not None:
        return existing, False
    received = now()
    sig = dedup.signature(screened.masked_text)
    case = Case(
        id=uuid.uuid4().hex,
        external_id=external_id,
        channel=channel,
        status="new",
        received_at=received,
        updated_at=received,
        version=1,
        text_enc=vault.encrypt(text),
        masked_enc=vault.encrypt(screened.masked_text),
        reporter_enc=vault.encrypt_json(reporter) if reporter else None,
        metadata_enc=vault.encrypt_json(metadata) if metadata else None,
        signature=vault.encrypt(base64.b64encode(dedup.to_bytes(sig)).decode("ascii")).encode("ascii"),
        flags=list(screened.flags),
        **_current_labels(screened, in_campaign=False),
    )
    try:
        _insert(
            session,
            vault=vault,
            case=case,
            sig=sig,
            screened=screened,
            actor=actor,
            dedup_settings=dedup_settings,
            channel=channel,
        )
        session.commit()
    except IntegrityError:  # a concurrent request stored the same external_id first
        session.rollback()
        again = find_intake(session, vault=vault, external_id=external_id, text=text)
        if again is None:
            raise
        return again, False
    return receipt(session, case=case), True


def _insert(
    session: Session,
    *,
    vault: Vault,
    case: Case,
    sig: Any,
    screened: Screened,
    actor: Actor,
    dedup_settings: DedupSettings,
    channel: str | None,
) -> None:
    session.add(case)
    session.flush()  # the unique external_id is checked here, before any other row refers to the case
    session.add(_screening_row(case.id, screened, actor, case.received_at, vault))
    session.add_all(
        LshBand(case_id=case.id, band=n, bucket=vault.digest_int(b)) for n, b in dedup.band_bytes(sig)
    )
    session.add_all(CaseTarget(case_id=case.id, target_hash=vault.digest(t)) for t in screened.targets)
    _audit(session, actor=actor, action="created", case_id=case.id, at=case.received_at, channel=channel)
    session.flush()
    _link_near_duplicates(session, vault=vault, case=case, sig=sig, settings=dedup_settings)


def _current_labels(screened: Screened, *, in_campaign: bool) -> dict[str, Any]:
    return {
        "decision": screened.decision,
        "credibility": screened.credibility,
        "category": screened.category,
        "credibility_score": screened.credibility_score,
        "uncertainty": screened.uncertainty,
        "priority": priority_of(
            decision=screened.decision,
            flags=screened.flags,
            uncertainty=screened.uncertainty,
            in_campaign=in_campaign,
        ),
    }


def _screening_row(case_id: str, screened: Screened, actor: Actor, at: datetime, vault: Vault) -> Screening:
    return Screening(
        case_id=case_id,
        screened_at=at,
        actor=actor.name,
        model_name=screened.model.get("name"),
        model_version=screened.model.get("version"),
        model_run_id=screened.model.get("run_id"),
        decision=screened.decision,
        credibility=screened.credibility,
        category=screened.category,
        credibility_score=screened.credibility_score,
        flag_score=screened.flag_score,
        flags=list(screened.flags),
        payload_enc=vault.encrypt_json(screened.payload),
    )


def _signature_of(case: Case, vault: Vault) -> Any:
    assert case.signature is not None
    return dedup.from_bytes(base64.b64decode(vault.decrypt(case.signature.decode("ascii"))))


def _link_near_duplicates(
    session: Session, *, vault: Vault, case: Case, sig: Any, settings: DedupSettings
) -> None:
    """Link ``case`` both ways to stored cases of the last ``window_days`` whose estimated similarity
    reaches the threshold, then form or grow a campaign."""
    since = case.received_at - timedelta(days=settings.window_days)
    linked = near_duplicates(
        session, vault=vault, sig=sig, since=since, exclude_id=case.id, threshold=settings.threshold
    )
    at = now()
    for other, sim in linked:
        session.add(DuplicateLink(case_id=case.id, other_id=other.id, similarity=sim, linked_at=at))
        session.add(DuplicateLink(case_id=other.id, other_id=case.id, similarity=sim, linked_at=at))
    if linked:
        session.flush()
        _form_campaign(session, case=case, near=[o for o, _ in linked], settings=settings)


def near_duplicates(
    session: Session, *, vault: Vault, sig: Any, since: datetime, exclude_id: str | None, threshold: float
) -> list[tuple[Case, float]]:
    """Stored cases received since ``since`` whose estimated similarity to ``sig`` reaches ``threshold``:
    the LSH band keys find the candidates (an indexed lookup), their signatures confirm them (at most
    :data:`MAX_CANDIDATES`, the most recent)."""
    buckets = [vault.digest_int(b) for _, b in dedup.band_bytes(sig)]
    q = select(Case).where(
        Case.id.in_(select(LshBand.case_id).where(LshBand.bucket.in_(buckets))),
        Case.received_at >= since,
        Case.purged_at.is_(None),
    )
    if exclude_id is not None:
        q = q.where(Case.id != exclude_id)
    found = []
    for other in session.scalars(q.order_by(Case.received_at.desc()).limit(MAX_CANDIDATES)):
        if other.signature is None:
            continue
        sim = dedup.similarity(sig, _signature_of(other, vault))
        if sim >= threshold:
            found.append((other, sim))
    return found


def _form_campaign(session: Session, *, case: Case, near: list[Case], settings: DedupSettings) -> None:
    """Campaign: ``case`` and its near-duplicates within the campaign window that share one of its targets,
    when they are at least ``campaign_min_cases``; joins (and merges) any campaign they already belong to."""
    mine = set(session.scalars(select(CaseTarget.target_hash).where(CaseTarget.case_id == case.id)))
    if not mine:
        return
    since = case.received_at - timedelta(days=settings.campaign_window_days)
    recent = [o for o in near if _aware(o.received_at) >= since]
    if not recent:
        return
    rows = session.execute(
        select(CaseTarget.case_id, CaseTarget.target_hash).where(
            CaseTarget.case_id.in_([o.id for o in recent]), CaseTarget.target_hash.in_(mine)
        )
    ).all()
    by_target: dict[str, set[str]] = {}
    for case_id, target in rows:
        by_target.setdefault(target, set()).add(case_id)
    if not by_target:
        return
    target, ids = max(by_target.items(), key=lambda kv: (len(kv[1]), kv[0]))
    members = {o.id: o for o in recent if o.id in ids}
    existing = {o.campaign_id for o in members.values() if o.campaign_id}
    if len(members) + 1 < settings.campaign_min_cases and not existing:
        return
    at = now()
    if existing:
        campaign_id = min(existing)
        for other_id in existing - {campaign_id}:  # two campaigns met: merge into one
            session.execute(update(Case).where(Case.campaign_id == other_id).values(campaign_id=campaign_id))
            session.execute(delete(Campaign).where(Campaign.id == other_id))
        campaign = session.get(Campaign, campaign_id)
        assert campaign is not None
    else:
        first = min(members.values(), key=lambda o: (_aware(o.received_at), o.id))
        campaign = Campaign(
            id=uuid.uuid4().hex,
            created_at=at,
            updated_at=at,
            lead_case_id=first.id,
            size=0,
            target_hash=target,
        )
        session.add(campaign)
        session.flush()
    joining = [case, *(o for o in members.values() if o.campaign_id != campaign.id)]
    for member in joining:
        member.campaign_id = campaign.id
        if CAMPAIGN_FLAG not in member.flags:
            member.flags = [*member.flags, CAMPAIGN_FLAG]
        member.priority = priority_of(
            decision=member.decision, flags=member.flags, uncertainty=member.uncertainty, in_campaign=True
        )
        if member is not case:
            member.version += 1
            member.updated_at = at
    session.flush()
    campaign.size = session.scalar(select(func.count()).where(Case.campaign_id == campaign.id)) or 0
    campaign.updated_at = at
    for member in joining:
        _audit(
            session,
            actor=Actor("system", "system"),
            action="campaign_joined",
            case_id=member.id,
            at=at,
            campaign_id=campaign.id,
            campaign_size=campaign.size,
        )


def receipt(session: Session, *, case: Case) -> dict[str, Any]:
    """What intake gets back: the case's id, state and current screening (never another case's data)."""
    screening = _latest_screening(session, case.id)
    return {
        "id": case.id,
        "external_id": case.external_id,
        "status": case.status,
        "received_at": _aware(case.received_at),
        "version": case.version,
        "screening": _screening_summary(screening),
    }


def _latest_screening(session: Session, case_id: str) -> Screening:
    row = session.scalars(
        select(Screening).where(Screening.case_id == case_id).order_by(Screening.id.desc()).limit(1)
    ).one()
    return row


def _screening_summary(s: Screening) -> dict[str, Any]:
    return {
        "model": {"name": s.model_name, "version": s.model_version, "run_id": s.model_run_id},
        "screened_at": _aware(s.screened_at),
        "decision": s.decision,
        "credibility": s.credibility,
        "credibility_score": s.credibility_score,
        "flag_score": s.flag_score,
        "category": s.category,
        "flags": list(s.flags),
    }


def _screening_full(s: Screening, vault: Vault) -> dict[str, Any]:
    payload = vault.decrypt_json(s.payload_enc) if s.payload_enc else {}
    return {
        **_screening_summary(s),
        "probabilities": {
            "credibility": (payload.get("credibility") or {}).get("probabilities"),
            "category": (payload.get("category") or {}).get("probabilities"),
        },
        "evidence": payload.get("evidence", []),
        "details": payload.get("details", {}),
    }


# --- reading ------------------------------------------------------------------------------------------


def _get(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(f"no case {case_id!r}")
    return case


def case_view(session: Session, *, vault: Vault, case_id: str, actor: Actor) -> dict[str, Any]:
    """A case as reviewers see it (masked text, never the reporter); the view is audited."""
    case = _get(session, case_id)
    screenings = session.scalars(
        select(Screening).where(Screening.case_id == case.id).order_by(Screening.id.desc())
    ).all()
    decisions = session.scalars(
        select(Decision).where(Decision.case_id == case.id).order_by(Decision.id)
    ).all()
    links = session.execute(
        select(DuplicateLink.other_id, DuplicateLink.similarity)
        .where(DuplicateLink.case_id == case.id)
        .order_by(DuplicateLink.similarity.desc(), DuplicateLink.other_id)
    ).all()
    campaign = None
    if case.campaign_id:
        c = session.get(Campaign, case.campaign_id)
        ids = session.scalars(
            select(Case.id).where(Case.campaign_id == case.campaign_id).order_by(Case.received_at, Case.id)
        ).all()
        if c is not None:
            campaign = {"id": c.id, "size": len(ids), "lead_case_id": c.lead_case_id, "case_ids": list(ids)}
    view = {
        "id": case.id,
        "external_id": case.external_id,
        "channel": case.channel,
        "status": case.status,
        "resolution": case.resolution,
        "received_at": _aware(case.received_at),
        "updated_at": _aware(case.updated_at),
        "closed_at": _aware(case.closed_at) if case.closed_at else None,
        "purged_at": _aware(case.purged_at) if case.purged_at else None,
        "version": case.version,
        "text": vault.decrypt(case.masked_enc) if case.masked_enc else None,
        "decision": case.decision,
        "credibility": case.credibility,
        "category": case.category,
        "priority": case.priority,
        "flags": list(case.flags),
        "screenings": [_screening_full(s, vault) for s in screenings],
        "duplicates": [{"id": other, "similarity": round(sim, 4)} for other, sim in links],
        "campaign": campaign,
        "decisions": [_decision_out(d, vault) for d in decisions],
    }
    _audit(session, actor=actor, action="viewed", case_id=case.id, version=case.version)
    session.commit()
    return view


def _decision_out(d: Decision, vault: Vault) -> dict[str, Any]:
    return {
        "id": d.id,
        "decided_at": _aware(d.decided_at),
        "by": d.actor,
        "role": d.role,
        "credibility": d.credibility,
        "category": d.category,
        "resolution": d.resolution,
        "status_from": d.status_from,
        "status_to": d.status_to,
        "case_version": d.case_version,
        "note": vault.decrypt(d.note_enc) if d.note_enc else None,
    }


def _encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidCursor("cursor: not a cursor this queue returned") from None
    ok = isinstance(values, list) and values and values[0] == sort
    shape = (str, float | int, str, str) if sort != "received" else (str, str, str)
    if (
        not ok
        or len(values) != len(shape)
        or not all(isinstance(v, t) for v, t in zip(values, shape, strict=True))
    ):
        raise InvalidCursor("cursor: not a cursor of this sort order; start again without one")
    try:
        values[-2] = datetime.fromisoformat(values[-2])
    except ValueError:
        raise InvalidCursor("cursor: not a cursor this queue returned") from None
    return values[1:]


def queue(
    session: Session,
    *,
    status: str | None = None,
    decision: str | None = None,
    category: str | None = None,
    campaign: str | None = None,
    sort: Literal["priority", "uncertainty", "received"] = "priority",
    cursor: str | None = None,
    limit: int = 50,
    collapse_campaigns: bool = False,
    where: Sequence[Any] = (),
) -> dict[str, Any]:
    """One page of the queue, newest or most urgent first; ``next_cursor`` continues it (keyset paging).

    ``campaign``: ``"true"`` only campaign cases, ``"false"`` none, otherwise a campaign id.
    ``collapse_campaigns`` shows each campaign as one row (its first case, with the campaign's size).
    ``sort="uncertainty"``: the model's least sure first. ``where``: further conditions on ``Case`` (the
    web desk's date range and samples).
    """
    q = select(Case, Campaign.size).outerjoin(Campaign, Campaign.id == Case.campaign_id).where(*where)
    for column, value in ((Case.status, status), (Case.decision, decision), (Case.category, category)):
        if value is not None:
            q = q.where(column == value)
    if campaign == "true":
        q = q.where(Case.campaign_id.is_not(None))
    elif campaign == "false":
        q = q.where(Case.campaign_id.is_(None))
    elif campaign:
        q = q.where(Case.campaign_id == campaign)
    if collapse_campaigns:
        q = q.where(or_(Case.campaign_id.is_(None), Campaign.lead_case_id == Case.id))
    received = Case.received_at
    order: tuple[Any, ...]
    if sort in ("priority", "uncertainty"):
        key = Case.priority if sort == "priority" else Case.uncertainty
        order = (key.desc(), received.desc(), Case.id.desc())
        if cursor:
            p, at, cid = _decode_cursor(cursor, sort)
            q = q.where(or_(key < p, and_(key == p, or_(received < at, and_(received == at, Case.id < cid)))))
    else:
        order = (received.desc(), Case.id.desc())
        if cursor:
            at, cid = _decode_cursor(cursor, sort)
            q = q.where(or_(received < at, and_(received == at, Case.id < cid)))
    rows = session.execute(q.order_by(*order).limit(limit + 1)).all()
    items = [_queue_row(case, size) for case, size in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1][0]
        at_text = last.received_at.isoformat()
        values: list[Any] = ["received"]
        if sort != "received":
            values = [sort, last.priority if sort == "priority" else last.uncertainty]
        next_cursor = _encode_cursor([*values, at_text, last.id])
    return {"items": items, "next_cursor": next_cursor}


def _queue_row(case: Case, campaign_size: int | None) -> dict[str, Any]:
    return {
        "id": case.id,
        "external_id": case.external_id,
        "status": case.status,
        "resolution": case.resolution,
        "received_at": _aware(case.received_at),
        "decision": case.decision,
        "credibility": case.credibility,
        "credibility_score": case.credibility_score,
        "category": case.category,
        "flags": list(case.flags),
        "uncertainty": case.uncertainty,
        "priority": case.priority,
        "campaign_id": case.campaign_id,
        "campaign_size": campaign_size,
        "version": case.version,
    }


# --- decisions, reveal, audit ---------------------------------------------------------------------------


def decide(
    session: Session,
    *,
    vault: Vault,
    actor: Actor,
    case_id: str,
    expected_version: int,
    credibility: str,
    category: str,
    resolution: str | None,
    note: str,
) -> dict[str, Any]:
    """Record a decision made on ``expected_version`` of the case; 409 if the case changed since.

    Without a resolution the case goes (or stays) ``in_review``; with one it is ``closed``. A closed case
    takes no more decisions here (reopening is a supervisor's act).
    """
    case = _get(session, case_id)
    if case.status == "closed":
        raise CaseClosed(f"case {case_id!r} is closed ({case.resolution}); it takes no more decisions")
    if case.version != expected_version:
        raise StaleVersion(_stale(case_id, expected_version, case.version))
    at = now()
    status_to = "closed" if resolution else "in_review"
    changed = cast(
        CursorResult[Any],
        session.execute(
            update(Case)
            .where(Case.id == case_id, Case.version == expected_version)
            .values(
                version=Case.version + 1,
                status=status_to,
                resolution=resolution,
                closed_at=at if resolution else None,
                updated_at=at,
            )
            .execution_options(synchronize_session=False)
        ),
    ).rowcount
    if changed != 1:  # someone else committed between our read and our write
        session.rollback()
        current = session.get(Case, case_id)
        raise StaleVersion(_stale(case_id, expected_version, current.version if current else None))
    decision = Decision(
        case_id=case_id,
        decided_at=at,
        actor=actor.name,
        role=actor.role,
        credibility=credibility,
        category=category,
        resolution=resolution,
        status_from=case.status,
        status_to=status_to,
        case_version=expected_version,
        note_enc=vault.encrypt(note) if note else None,
    )
    session.add(decision)
    session.flush()
    _audit(
        session,
        actor=actor,
        action="decided",
        case_id=case_id,
        at=at,
        decision_id=decision.id,
        version=expected_version,
        status_from=case.status,
        status_to=status_to,
        resolution=resolution,
        credibility=credibility,
        category=category,
    )
    session.commit()
    session.refresh(case)
    return {"decision": _decision_out(decision, vault), "version": case.version, "status": case.status}


def _stale(case_id: str, expected: int, current: int | None) -> str:
    return (
        f"case {case_id!r} changed since version {expected} (it is now at version {current}): "
        "reload it and decide again"
    )


def reveal(session: Session, *, vault: Vault, actor: Actor, case_id: str, reason: str) -> dict[str, Any]:
    """The original text, reporter and metadata, for an admin who states why; audited with the reason."""
    case = _get(session, case_id)
    if case.purged_at is not None or case.text_enc is None:
        raise CasePurged(
            f"case {case_id!r} was purged on {_aware(case.purged_at or now()).date()}: nothing to reveal"
        )
    out = {
        "id": case.id,
        "text": vault.decrypt(case.text_enc),
        "reporter": vault.decrypt_json(case.reporter_enc) if case.reporter_enc else None,
        "metadata": vault.decrypt_json(case.metadata_enc) if case.metadata_enc else None,
    }
    _audit(session, actor=actor, action="revealed", case_id=case.id, reason=reason)
    session.commit()
    return out


def audit_trail(session: Session, *, case_id: str) -> dict[str, Any]:
    _get(session, case_id)
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
    ).all()
    return {
        "case_id": case_id,
        "events": [
            {
                "id": e.id,
                "at": _aware(e.at),
                "actor": e.actor,
                "role": e.role,
                "action": e.action,
                "reason": e.reason,
                "detail": dict(e.detail or {}),
            }
            for e in events
        ],
    }


# --- re-screening, retention, rotation ----------------------------------------------------------------


def open_cases_to_rescreen(
    session: Session, *, vault: Vault, model_ref: dict[str, Any], case_ids: list[str] | None, limit: int
) -> list[tuple[str, str]]:
    """``(case id, original text)`` of open cases whose latest screening is not by ``model_ref``."""
    latest = (
        select(Screening.case_id, func.max(Screening.id).label("sid")).group_by(Screening.case_id).subquery()
    )
    q = (
        select(Case.id, Case.text_enc)
        .join(latest, latest.c.case_id == Case.id)
        .join(Screening, Screening.id == latest.c.sid)
        .where(Case.status != "closed", Case.text_enc.is_not(None))
        .where(
            or_(
                Screening.model_name.is_distinct_from(model_ref.get("name")),
                Screening.model_version.is_distinct_from(model_ref.get("version")),
                Screening.model_run_id.is_distinct_from(model_ref.get("run_id")),
            )
        )
        .order_by(Case.received_at, Case.id)
        .limit(limit)
    )
    if case_ids is not None:
        q = q.where(Case.id.in_(case_ids))
    return [(cid, vault.decrypt(token)) for cid, token in session.execute(q).all() if token]


def record_rescreen(
    session: Session, *, vault: Vault, actor: Actor, case_id: str, screened: Screened
) -> bool:
    """Add a screening to an open case and make it current; earlier screenings stay. False if it closed."""
    case = _get(session, case_id)
    if case.status == "closed" or case.text_enc is None:
        return False
    at = now()
    previous = _latest_screening(session, case_id)
    session.add(_screening_row(case.id, screened, actor, at, vault))
    flags = list(screened.flags) + ([CAMPAIGN_FLAG] if case.campaign_id else [])
    for key, value in _current_labels(screened, in_campaign=case.campaign_id is not None).items():
        setattr(case, key, value)
    case.flags = flags
    case.version += 1
    case.updated_at = at
    _audit(
        session,
        actor=actor,
        action="rescreened",
        case_id=case.id,
        at=at,
        model=dict(screened.model),
        previous_model={"name": previous.model_name, "version": previous.model_version},
        decision_from=previous.decision,
        decision_to=screened.decision,
    )
    session.commit()
    return True


def purge(session: Session, *, actor: Actor, closed_before: datetime) -> int:
    """Remove the text, reporter, metadata, screening payloads, notes and index entries of cases closed
    before ``closed_before``; labels, decisions and the audit stay, with a ``purged`` tombstone."""
    ids = session.scalars(
        select(Case.id).where(
            Case.status == "closed", Case.closed_at < closed_before, Case.purged_at.is_(None)
        )
    ).all()
    at = now()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(Case)
            .where(Case.id.in_(chunk))
            .values(
                text_enc=None,
                masked_enc=None,
                reporter_enc=None,
                metadata_enc=None,
                signature=None,
                purged_at=at,
                updated_at=at,
                version=Case.version + 1,
            )
        )
        session.execute(update(Screening).where(Screening.case_id.in_(chunk)).values(payload_enc=None))
        session.execute(update(Decision).where(Decision.case_id.in_(chunk)).values(note_enc=None))
        session.execute(delete(LshBand).where(LshBand.case_id.in_(chunk)))
        session.execute(delete(CaseTarget).where(CaseTarget.case_id.in_(chunk)))
        for case_id in chunk:
            _audit(
                session,
                actor=actor,
                action="purged",
                case_id=case_id,
                at=at,
                closed_before=closed_before.isoformat(),
                removed=["text", "reporter", "metadata", "evidence", "details", "notes"],
            )
        session.commit()
    return len(ids)


def rotate_keys(session: Session, *, vault: Vault, actor: Actor, batch: int = 500) -> int:
    """Re-encrypt every stored token with the current secret and recompute the keyed digests
    (LSH band keys and targets); returns the number of cases rewritten. Safe to run again."""
    from service.cases.screening import targets_of

    done = 0
    last = ""
    while True:
        cases = session.scalars(select(Case).where(Case.id > last).order_by(Case.id).limit(batch)).all()
        if not cases:
            break
        for case in cases:
            for column in ("text_enc", "masked_enc", "reporter_enc", "metadata_enc"):
                token = getattr(case, column)
                if token is not None:
                    setattr(case, column, vault.rotate(token))
            if case.signature is not None:
                case.signature = vault.rotate(case.signature.decode("ascii")).encode("ascii")
                sig = _signature_of(case, vault)
                session.execute(delete(LshBand).where(LshBand.case_id == case.id))
                session.add_all(
                    LshBand(case_id=case.id, band=n, bucket=vault.digest_int(b))
                    for n, b in dedup.band_bytes(sig)
                )
            screenings = session.scalars(select(Screening).where(Screening.case_id == case.id)).all()
            for s in screenings:
                if s.payload_enc is not None:
                    s.payload_enc = vault.rotate(s.payload_enc)
            if case.purged_at is None and screenings:
                latest = max(screenings, key=lambda s: s.id)
                details = (vault.decrypt_json(latest.payload_enc) if latest.payload_enc else {}).get(
                    "details", {}
                )
                session.execute(delete(CaseTarget).where(CaseTarget.case_id == case.id))
                session.add_all(
                    CaseTarget(case_id=case.id, target_hash=vault.digest(t)) for t in targets_of(details)
                )
            for d in session.scalars(select(Decision).where(Decision.case_id == case.id)):
                if d.note_enc is not None:
                    d.note_enc = vault.rotate(d.note_enc)
            done += 1
        last = cases[-1].id
        session.commit()
    for c in session.scalars(select(Campaign)):  # a campaign's target digest follows its lead case
        lead_targets = session.scalars(
            select(CaseTarget.target_hash).where(CaseTarget.case_id == c.lead_case_id)
        ).first()
        if lead_targets:
            c.target_hash = lead_targets
    _audit(session, actor=actor, action="key_rotated", case_id=None, cases=done)
    session.commit()
    return done
