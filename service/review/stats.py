"""What the dashboard and ``GET /v1/stats`` report: reviewer-model agreement and override rate (per label,
per week, per model version), agreement between reviewers on the double-reviewed share (Cohen's kappa),
calibration of the model's credibility on reviewed cases, drift of the label mix and the score
distribution, and the queue's age.

Drift compares the last :data:`RECENT_DAYS` days of intake with the cases received before them (the store
does not hold the training set's label mix), as a population stability index (PSI).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.cases import service as svc
from service.cases.crypto import Vault
from service.cases.models import Case, Decision
from service.review import service as rsvc
from service.review.models import ReviewMark

RECENT_DAYS = 7
CALIBRATION_BINS = 5


class Agreement(BaseModel):
    key: str
    n: int
    agreement: float | None
    override_rate: float | None


class CalibrationBin(BaseModel):
    low: float
    high: float
    n: int
    mean_confidence: float | None
    accuracy: float | None


class Stats(BaseModel):
    generated_at: datetime
    reviewed: int
    agreement_overall: Agreement
    agreement_by_label: list[Agreement]
    agreement_by_week: list[Agreement]
    agreement_by_model_version: list[Agreement]
    category_agreement: Agreement
    kappa: dict[str, float | int | None]
    calibration: list[CalibrationBin]
    ece: float | None
    drift: dict[str, Any]
    queue_age_hours: dict[str, float | int | None]
    samples: dict[str, int]


def _agreement(key: str, pairs: list[tuple[str | None, str | None]]) -> dict[str, Any]:
    n = len(pairs)
    agree = sum(1 for model, person in pairs if model == person)
    rate = round(agree / n, 4) if n else None
    return {
        "key": key,
        "n": n,
        "agreement": rate,
        "override_rate": round(1 - rate, 4) if rate is not None else None,
    }


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two raters' labels (``None`` with fewer than two pairs or one label only).

    >>> cohen_kappa(["x", "y", "x", "y"], ["x", "y", "x", "y"])
    1.0
    >>> cohen_kappa(["x", "x", "y", "y"], ["x", "y", "x", "y"])
    0.0
    """
    n = len(a)
    if n < 2:
        return None
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if expected >= 1.0:
        return None
    return round((observed - expected) / (1 - expected), 4)


def psi(reference: Counter[str], current: Counter[str]) -> float | None:
    """Population stability index of two label counts (0: the same mix; above 0.25: a large shift)."""
    if not reference or not current:
        return None
    keys = set(reference) | set(current)
    nr, nc = sum(reference.values()), sum(current.values())
    total = 0.0
    for k in keys:
        r = max(reference[k] / nr, 1e-4)
        c = max(current[k] / nc, 1e-4)
        total += (c - r) * math.log(c / r)
    return round(total, 4)


def _score_bins(values: list[float]) -> Counter[str]:
    return Counter(f"{min(int(v * 10), 9) / 10:.1f}" for v in values)


def compute(session: Session, *, vault: Vault, sampling: rsvc.Sampling) -> dict[str, Any]:
    rsvc.mark_new_cases(session, vault=vault, sampling=sampling)
    at = svc.now()
    rows = rsvc.reviewed_rows(session, vault=vault, with_text=False)
    cred_pairs = [(r["model_credibility"], r["credibility"]) for r in rows]
    by_label: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    by_week: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    by_version: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for r in rows:
        pair = (r["model_credibility"], r["credibility"])
        by_label[str(r["model_credibility"])].append(pair)
        by_week[rsvc.week_of(datetime.fromisoformat(r["decided_at"]))].append(pair)
        by_version[f"{r['model_name']} v{r['model_version']}"].append(pair)

    # calibration: the model's confidence in its credibility label against the reviewers' labels
    bins: list[dict[str, Any]] = []
    scored = [(r["model_credibility_score"], r["model_credibility"] == r["credibility"]) for r in rows]
    scored = [(float(s), ok) for s, ok in scored if s is not None]
    ece = 0.0
    for k in range(CALIBRATION_BINS):
        low, high = k / CALIBRATION_BINS, (k + 1) / CALIBRATION_BINS
        inside = [(s, ok) for s, ok in scored if low <= s < high or (k == CALIBRATION_BINS - 1 and s == 1.0)]
        conf = sum(s for s, _ in inside) / len(inside) if inside else None
        acc = sum(ok for _, ok in inside) / len(inside) if inside else None
        if inside:
            assert conf is not None and acc is not None
            ece += len(inside) / len(scored) * abs(conf - acc)
        bins.append(
            {
                "low": low,
                "high": high,
                "n": len(inside),
                "mean_confidence": round(conf, 4) if conf is not None else None,
                "accuracy": round(acc, 4) if acc is not None else None,
            }
        )

    # agreement between reviewers on the double-reviewed share: the first two reviewers of each case
    double_ids = session.scalars(select(ReviewMark.case_id).where(ReviewMark.double_review.is_(True))).all()
    firsts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if double_ids:
        for case_id, who, cred in session.execute(
            select(Decision.case_id, Decision.actor, Decision.credibility)
            .where(Decision.case_id.in_(double_ids))
            .order_by(Decision.id)
        ).all():
            seen = firsts[case_id]
            if len(seen) < 2 and all(who != w for w, _ in seen):
                seen.append((who, cred))
    pairs = [v for v in firsts.values() if len(v) == 2]
    kappa = cohen_kappa([p[0][1] for p in pairs], [p[1][1] for p in pairs])

    # drift: the last week's intake against everything received before it
    since = at - timedelta(days=RECENT_DAYS)
    recent_q = select(Case.credibility, Case.category, Case.credibility_score, Case.received_at)
    recent: list[tuple[str | None, str, float | None]] = []
    before: list[tuple[str | None, str, float | None]] = []
    for label, category, score, received in session.execute(recent_q).all():
        (recent if svc._aware(received) >= since else before).append((label, category, score))
    drift = {
        "window_days": RECENT_DAYS,
        "recent_cases": len(recent),
        "reference_cases": len(before),
        "reference": "cases received before the window",
        "credibility_mix": {
            "recent": dict(Counter(str(c) for c, _, _ in recent)),
            "reference": dict(Counter(str(c) for c, _, _ in before)),
            "psi": psi(Counter(str(c) for c, _, _ in before), Counter(str(c) for c, _, _ in recent)),
        },
        "category_mix": {
            "recent": dict(Counter(c for _, c, _ in recent)),
            "reference": dict(Counter(c for _, c, _ in before)),
            "psi": psi(Counter(c for _, c, _ in before), Counter(c for _, c, _ in recent)),
        },
        "score_psi": psi(
            _score_bins([s for _, _, s in before if s is not None]),
            _score_bins([s for _, _, s in recent if s is not None]),
        ),
    }

    ages = sorted(a.total_seconds() / 3600 for a in rsvc.open_ages(session, at=at))

    def pct(q: float) -> float | None:
        return round(ages[min(len(ages) - 1, int(q * len(ages)))], 2) if ages else None

    samples = {
        "audit_sample": session.scalar(select(func.count()).where(ReviewMark.audit_sample.is_(True))) or 0,
        "double_review": len(double_ids),
        "awaiting_second": session.scalar(select(func.count()).where(ReviewMark.double_state == "second"))
        or 0,
        "awaiting_adjudication": session.scalar(
            select(func.count()).where(ReviewMark.double_state == "adjudication")
        )
        or 0,
    }
    return {
        "generated_at": at,
        "reviewed": len(rows),
        "agreement_overall": _agreement("all", cred_pairs),
        "agreement_by_label": [_agreement(k, v) for k, v in sorted(by_label.items())],
        "agreement_by_week": [_agreement(k, v) for k, v in sorted(by_week.items())],
        "agreement_by_model_version": [_agreement(k, v) for k, v in sorted(by_version.items())],
        "category_agreement": _agreement("category", [(r["model_category"], r["category"]) for r in rows]),
        "kappa": {"pairs": len(pairs), "kappa": kappa},
        "calibration": bins,
        "ece": round(ece, 4) if scored else None,
        "drift": drift,
        "queue_age_hours": {"open": len(ages), "p50": pct(0.5), "p90": pct(0.9), "max": pct(1.0)},
        "samples": samples,
    }


def charts(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Bar charts for the dashboard (drawn as SVG by the template): each bar a value in [0, 1]."""

    def bars(rows: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
        return [
            {"label": r["key"], "value": r[field] or 0.0, "text": f"{(r[field] or 0):.0%} (n={r['n']})"}
            for r in rows
        ]

    return [
        {"title": "ความเห็นตรงกับโมเดล รายสัปดาห์", "bars": bars(data["agreement_by_week"], "agreement")},
        {
            "title": "อัตราที่ผู้ตรวจแก้ผลโมเดล ตามป้ายของโมเดล",
            "bars": bars(data["agreement_by_label"], "override_rate"),
        },
        {
            "title": "ความเห็นตรงกับโมเดล ตามรุ่นโมเดล",
            "bars": bars(data["agreement_by_model_version"], "agreement"),
        },
        {
            "title": "ความถูกต้องเทียบความมั่นใจของโมเดล (calibration)",
            "bars": [
                {
                    "label": f"{b['low']:.1f}-{b['high']:.1f}",
                    "value": b["accuracy"] or 0.0,
                    "marker": b["mean_confidence"],
                    "text": "-" if b["accuracy"] is None else f"{b['accuracy']:.0%} (n={b['n']})",
                }
                for b in data["calibration"]
            ],
        },
    ]
