"""The shortcut audit: surface cues that give a label away, and what a keyword-only model makes of them.

A *cue* is a word token or a two-word phrase (after normalisation and word segmentation). For each head
(credibility, category) a cue is listed when it occurs in more than ``min_share`` of rows and one label holds
more than ``min_precision`` of the rows that carry it. A credibility cue above that line is a shortcut: the
labelling guide says credibility follows substance, not words. A category cue may stay above it only where
the guide says the word decides (``GUIDE_CUES``: ส่วย -> bribery, ฮั้ว -> procurement...); the audit marks
those ``guide``. The keyword-only baseline fits a logistic regression on the presence of the ``keywords``
most label-associated cues (chi-squared on a frame-held-out training part) and scores macro-F1 on the unseen
frames.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

# LABELS.md, "typical Thai": words whose presence the guide itself treats as deciding the category.
GUIDE_CUES: dict[str, tuple[str, ...]] = {
    "procurement": (
        "ฮั้ว",
        "ประมูล",
        "ล็อกสเปก",
        "สเปก",
        "ราคากลาง",
        "ผู้รับเหมา",
        "ทิ้งงาน",
        "ไม่ตรงแบบ",
        "ราคาสูงเกินจริง",
        "จัดซื้อจัดจ้าง",
        "ประกวดราคา",
        "เสนอราคา",
    ),
    "bribery": ("สินบน", "ส่วย", "ใต้โต๊ะ", "ค่าน้ำร้อนน้ำชา", "เรียกเงิน", "จ่ายแล้วจบ", "รับเงิน", "เงินใต้โต๊ะ"),
    "embezzlement": ("ยักยอก", "เบียดบัง", "เบิกเท็จ", "รถหลวง", "เงินหลวง", "ใช้ส่วนตัว", "เบิกจ่าย"),
    "abuse_of_power": (
        "ใช้อำนาจ",
        "ใช้อำนาจโดยมิชอบ",
        "ละเว้น",
        "ละเว้นการปฏิบัติหน้าที่",
        "เลือกปฏิบัติ",
        "ปล่อยปละละเลย",
        "ละเลย",
        "ไม่ดำเนินการ",
        "เพิกเฉย",
        "ข่มขู่",
    ),
    "conflict_of_interest": ("ผลประโยชน์ทับซ้อน", "พวกพ้อง", "ญาติ", "เครือญาติ"),
    "misconduct": ("ขาดงาน", "เมา", "ไม่สุภาพ", "ปิดเรื่อง", "หยาบคาย", "ลวนลาม"),
    "service_issue": ("ถนน", "ไฟดับ", "ขยะ", "น้ำท่วม", "ชำรุด", "ท่อ", "ไฟฟ้า"),
}


@dataclass(frozen=True)
class Cue:
    head: str
    cue: str
    label: str
    precision: float
    share: float
    rows: int
    guide: bool


def _docs(texts: list[str]) -> list[set[str]]:
    from model.normalize import normalize
    from model.tokenize import tokenize

    out = []
    for t in texts:
        toks = [w for w in tokenize(normalize(t)) if any("\u0e00" <= c <= "\u0e7f" or c.isalpha() for c in w)]
        out.append(set(toks) | {f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)})
    return out


def _guide(cue: str, label: str) -> bool:
    words = GUIDE_CUES.get(label, ())
    joined = cue.replace(" ", "")
    return any(w in joined or (len(joined) >= 2 and joined in w) for w in words)


def cues(
    df: pd.DataFrame,
    *,
    heads: tuple[str, ...] = ("credibility", "category"),
    min_share: float = 0.01,
    min_precision: float = 0.9,
    docs: list[set[str]] | None = None,
) -> list[Cue]:
    """Cues above the line for each head present in ``df``, most frequent first."""
    docs = _docs(df["text"].astype(str).tolist()) if docs is None else docs
    n = len(docs)
    df_count: Counter[str] = Counter()
    for d in docs:
        df_count.update(d)
    frequent = {c for c, k in df_count.items() if k > min_share * n}
    out: list[Cue] = []
    for head in heads:
        if head not in df.columns:
            continue
        labels = df[head].astype(str).tolist()
        joint: dict[str, Counter[str]] = {c: Counter() for c in frequent}
        for d, y in zip(docs, labels, strict=True):
            for c in d & frequent:
                joint[c][y] += 1
        for c, counts in joint.items():
            label, k = counts.most_common(1)[0]
            prec = k / df_count[c]
            if prec > min_precision:
                out.append(
                    Cue(
                        head,
                        c,
                        label,
                        prec,
                        df_count[c] / n,
                        df_count[c],
                        head == "category" and _guide(c, label),
                    )
                )
    return sorted(out, key=lambda c: (c.head, -c.rows, c.cue))


def keyword_baseline(
    df: pd.DataFrame, *, head: str, keywords: int = 15, seed: int = 42, docs: list[set[str]] | None = None
) -> tuple[float, list[str]]:
    """Macro-F1 on unseen frames of a logistic regression on the presence of ``keywords`` cues, and the cues."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_selection import chi2
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    from training.corpus.split import group_split, stratified_split

    docs = _docs(df["text"].astype(str).tolist()) if docs is None else docs
    frame = df.reset_index(drop=True).copy()
    frame["_i"] = range(len(frame))
    if "frame" in frame.columns and frame["frame"].nunique() >= 10:
        parts = group_split(frame, group="frame", stratify=[head], val=0.0, test=0.25, seed=seed)
    else:
        parts = stratified_split(frame, stratify=[head], val=0.0, test=0.25, seed=seed)
    vec = DictVectorizer(sparse=True)
    X = vec.fit_transform([dict.fromkeys(d, 1) for d in docs])
    keep = np.asarray((X[parts.train["_i"].to_numpy()] > 0).sum(axis=0)).ravel() >= 5
    X = X[:, np.flatnonzero(keep)]
    names = np.asarray(vec.get_feature_names_out())[keep]
    tr, te = parts.train["_i"].to_numpy(), parts.test["_i"].to_numpy()
    scores, _ = chi2(X[tr], frame[head].iloc[tr])
    top = np.argsort(-np.nan_to_num(scores))[:keywords]
    clf = LogisticRegression(max_iter=2000).fit(X[tr][:, top], frame[head].iloc[tr])
    f1 = float(f1_score(frame[head].iloc[te], clf.predict(X[te][:, top]), average="macro"))
    return f1, [str(names[i]) for i in top]


def report(
    df: pd.DataFrame, *, min_share: float = 0.01, min_precision: float = 0.9, keywords: int = 15
) -> tuple[str, int]:
    """The audit as Markdown, and the number of credibility cues above the line."""
    docs = _docs(df["text"].astype(str).tolist())
    found = cues(df, min_share=min_share, min_precision=min_precision, docs=docs)
    lines = [
        f"{len(df)} rows; cues: word tokens and two-word phrases in more than {min_share:.0%} of rows "
        f"whose label precision exceeds {min_precision}",
        "",
    ]
    for head in ("credibility", "category"):
        if head not in df.columns:
            continue
        rows = [c for c in found if c.head == head]
        lines.append(
            f"## {head}: {len(rows)} cue(s) above the line"
            + (
                f" ({sum(c.guide for c in rows)} allowed by the guide, {sum(not c.guide for c in rows)} shortcuts)"
                if head == "category"
                else ""
            )
        )
        if rows:
            lines += ["", "| cue | label | precision | rows | share | verdict |", "|---|---|---|---|---|---|"]
            for c in rows:
                verdict = "guide: the word decides" if c.guide else "shortcut"
                lines.append(
                    f"| {c.cue} | {c.label} | {c.precision:.3f} | {c.rows} | {c.share:.3f} | {verdict} |"
                )
        lines.append("")
    lines.append(f"## keyword-only baseline ({keywords} cues, logistic regression, frame-held-out macro-F1)")
    lines.append("")
    for head in ("credibility", "category"):
        if head in df.columns and df[head].nunique() > 1:
            f1, words = keyword_baseline(df, head=head, keywords=keywords, docs=docs)
            lines.append(f"- {head}: macro-F1 {f1:.3f} with {', '.join(words)}")
    n_cred = sum(1 for c in found if c.head == "credibility")
    return "\n".join(lines), n_cred
