"""Compare generated rows with real citizen complaints (Traffy Fondue tickets).

Figures: length distribution, share of Thai characters, digits, punctuation and spaces, and vocabulary
overlap (share of real tokens, by occurrence, that the generated rows also use; Jaccard of the top-500
vocabularies) for the ``service_issue`` rows; the **register shares** (:mod:`training.corpus.register`) per
channel next to the real tickets'; and the **adversarial realism check**: a char_wb(2,4) TF-IDF + logistic
regression trained to tell generated rows from real tickets, 5-fold cross-validated ROC AUC on equal sample
sizes (0.5: indistinguishable; 1.0: every row gives itself away), for ``service_issue`` rows against all real
tickets, and for the city-context frames (``Frame.setting == "city"``) against the real tickets that mention
officials (:data:`MENTIONS_OFFICIALS`). The real-dev rows (``../shared/real-dev``) are left out of every real
sample when that folder is found beside the data.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from training.io import DataError, read_table

REDACTED = "ไม่แสดงรายละเอียด"


MENTIONS_OFFICIALS = re.compile(
    r"เจ้าหน้าที่|จนท|เทศกิจ|ตำรวจ|ส่วย|ละเลย|ปล่อยปละ|เพิกเฉย|ปิดเรื่อง|สำนักงานเขต|ทางเขต|ข้าราชการ|ผอ\.?เขต|เขตไม่"
)
"""A real ticket mentions officials when it says one of these (or traffy-tags-2022 tags it เจ้าหน้าที่)."""


def _real_tickets(root: Path) -> list:  # noqa: ANN401
    from training.corpus.real import realdev_keys, traffy_tickets

    realdev = root.parent / "real-dev"
    exclude = realdev_keys(realdev) if (realdev / "labels.jsonl").is_file() else set()
    return traffy_tickets(root, exclude=exclude)


def adversarial_auc(
    generated: list[str], real: list[str], *, seed: int = 42, folds: int = 5
) -> tuple[float, int]:
    """Cross-validated ROC AUC of char_wb(2,4) TF-IDF + logistic regression telling ``generated`` from ``real``
    on equal samples (the larger side subsampled); returns (AUC, rows per side)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline

    n = min(len(generated), len(real))
    if n < folds * 2:
        raise DataError(
            f"too few rows for the adversarial check ({len(generated)} generated, {len(real)} real)"
        )
    rng = np.random.default_rng(seed)
    gen = [generated[i] for i in rng.choice(len(generated), n, replace=False)]
    rea = [real[i] for i in rng.choice(len(real), n, replace=False)]
    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2),
        LogisticRegression(max_iter=2000),
    )
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores = cross_val_score(model, gen + rea, [1] * n + [0] * n, cv=cv, scoring="roc_auc")
    return float(np.mean(scores)), n


def realism(corpus: Path, real_root: Path, *, seed: int = 42) -> pd.DataFrame:
    """The adversarial AUCs: service_issue rows vs all real tickets; city frames vs real tickets about officials."""
    from training.corpus.generate import all_frames

    df = read_table(corpus)
    tickets = _real_tickets(real_root)
    real_all = [t.text for t in tickets]
    real_officials = [t.text for t in tickets if MENTIONS_OFFICIALS.search(t.text) or "เจ้าหน้าที่" in t.tags]
    city = {f.id for f in all_frames() if f.setting == "city"}
    rows = []
    checks = (
        (
            "service_issue rows vs all real tickets",
            df.loc[df["category"] == "service_issue", "text"],
            real_all,
            0.85,
        ),
        (
            "city-context frames vs real tickets mentioning officials",
            df.loc[df["frame"].isin(city), "text"] if "frame" in df.columns else pd.Series([], dtype=str),
            real_officials,
            0.90,
        ),
    )
    for name, gen, real, goal in checks:
        gen_texts = gen.astype(str).tolist()
        if len(gen_texts) < 10:
            rows.append({"check": name, "ROC AUC": float("nan"), "rows per side": 0, "goal": goal})
            continue
        auc, n = adversarial_auc(gen_texts, real, seed=seed)
        rows.append({"check": name, "ROC AUC": auc, "rows per side": n, "goal": goal})
    return pd.DataFrame(rows)


def register_table(corpus: Path, real_root: Path) -> pd.DataFrame:
    """Register shares per channel of the corpus next to the real tickets'."""
    from training.corpus.register import shares

    df = read_table(corpus)
    cols = {"real tickets": shares([t.text for t in _real_tickets(real_root)])}
    if "channel" in df.columns:
        for ch in sorted(df["channel"].dropna().unique()):
            cols[str(ch)] = shares(df.loc[df["channel"] == ch, "text"].astype(str).tolist())
    cols["all rows"] = shares(df["text"].astype(str).tolist())
    return pd.DataFrame(cols)


def real_complaints(root: Path) -> dict[str, list[str]]:
    """Texts of the two Traffy datasets under ``root`` (redacted tickets dropped)."""
    sources = {
        "traffy-2024": (root / "traffy-2024" / "traffy_2024.csv", "description"),
        "traffy-tags-2022": (root / "traffy-tags-2022" / "traffy_tags_2022.csv", "text"),
    }
    out: dict[str, list[str]] = {}
    for name, (path, column) in sources.items():
        if not path.exists():
            continue
        df = read_table(path)
        texts = df[column].dropna().astype(str).str.strip()
        out[name] = [t for t in texts if t and REDACTED not in t]
    if not out:
        raise DataError(f"no Traffy data under {root} (expected traffy-2024/ and traffy-tags-2022/)")
    return out


def profile(texts: list[str]) -> dict[str, float]:
    lengths = np.array([len(t) for t in texts])
    chars = "".join(texts)
    n = max(len(chars), 1)
    thai = sum("\u0e00" <= c <= "\u0e7f" for c in chars)
    digits = sum(c.isdigit() for c in chars)
    punct = sum(unicodedata.category(c).startswith("P") for c in chars)
    spaces = sum(c.isspace() for c in chars)
    latin = sum("a" <= c.lower() <= "z" for c in chars)
    return {
        "rows": float(len(texts)),
        "length p10": float(np.percentile(lengths, 10)),
        "length median": float(np.median(lengths)),
        "length p90": float(np.percentile(lengths, 90)),
        "share under 40 chars": float((lengths < 40).mean()),
        "share over 300 chars": float((lengths > 300).mean()),
        "Thai chars": thai / n,
        "digits": digits / n,
        "punctuation": punct / n,
        "spaces": spaces / n,
        "Latin letters": latin / n,
    }


def _tokens(texts: list[str]) -> Counter[str]:
    from model.normalize import normalize
    from model.tokenize import tokenize

    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(tok for tok in tokenize(normalize(t)) if any("\u0e00" <= c <= "\u0e7f" for c in tok))
    return counts


def compare(corpus: Path, real_root: Path) -> pd.DataFrame:
    df = read_table(corpus)
    if "category" not in df.columns or "text" not in df.columns:
        raise DataError(f"{corpus}: needs text and category columns")
    generated = df.loc[df["category"] == "service_issue", "text"].astype(str).tolist()
    if not generated:
        raise DataError(f"{corpus}: no service_issue rows")
    real = real_complaints(real_root)
    columns = {"generated service_issue": profile(generated)}
    gen_vocab = _tokens(generated)
    gen_top = {w for w, _ in gen_vocab.most_common(500)}
    for name, texts in real.items():
        prof = profile(texts)
        vocab = _tokens(texts)
        covered = sum(c for w, c in vocab.items() if w in gen_vocab)
        prof["real tokens covered by generated vocab"] = covered / max(sum(vocab.values()), 1)
        top = {w for w, _ in vocab.most_common(500)}
        prof["top-500 vocab Jaccard"] = len(top & gen_top) / max(len(top | gen_top), 1)
        columns[name] = prof
    return pd.DataFrame(columns)


def format_table(table: pd.DataFrame) -> str:
    def fmt(v: float, row: str) -> str:
        if isinstance(v, str):
            return v
        if pd.isna(v):
            return "-"
        if row.startswith(("rows", "length")) and "share" not in row:
            return f"{v:.0f}"
        return f"{v:.3f}"

    if "check" in table.columns:  # the realism table: one row per check
        lines = ["| check | ROC AUC | rows per side | goal |", "|---|---|---|---|"]
        for _, r in table.iterrows():
            auc = "-" if pd.isna(r["ROC AUC"]) else f"{r['ROC AUC']:.3f}"
            lines.append(f"| {r['check']} | {auc} | {int(r['rows per side'])} | <= {r['goal']:.2f} |")
        return "\n".join(lines)
    header = "| figure | " + " | ".join(table.columns) + " |"
    lines = [header, "|" + "---|" * (len(table.columns) + 1)]
    for row in table.index:
        lines.append(f"| {row} | " + " | ".join(fmt(table.at[row, c], row) for c in table.columns) + " |")
    return "\n".join(lines)
