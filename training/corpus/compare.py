"""Compare generated ``service_issue`` rows with real citizen complaints (Traffy Fondue tickets).

Figures: length distribution, share of Thai characters, digits, punctuation and spaces, and vocabulary
overlap (share of real tokens, by occurrence, that the generated rows also use; Jaccard of the top-500
vocabularies).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from training.io import DataError, read_table

REDACTED = "ไม่แสดงรายละเอียด"


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
        if pd.isna(v):
            return "-"
        if row.startswith(("rows", "length")) and "share" not in row:
            return f"{v:.0f}"
        return f"{v:.3f}"

    header = "| figure | " + " | ".join(table.columns) + " |"
    lines = [header, "|" + "---|" * (len(table.columns) + 1)]
    for row in table.index:
        lines.append(f"| {row} | " + " | ".join(fmt(table.at[row, c], row) for c in table.columns) + " |")
    return "\n".join(lines)
