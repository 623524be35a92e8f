"""Real Traffy Fondue tickets for validation and realism checks, with the real-dev rows kept apart.

``../shared/real-dev/labels.jsonl`` labels 210 real tickets (keys only; texts are joined from the Traffy files).
Those rows are for validation and reporting only: :func:`traffy_tickets` leaves them out unless asked, so
that realism checks and anyone studying real writing never see them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from training.io import DataError, read_table

REDACTED = "ไม่แสดงรายละเอียด"
SOURCES = {
    # source name: (file under the data root, key column, text column)
    "traffy-2024": ("traffy-2024/traffy_2024.csv", "ticket_id", "description"),
    "traffy-tags-2022": ("traffy-tags-2022/traffy_tags_2022.csv", "ticket_seq", "text"),
}
WRONGDOING = (
    "procurement",
    "bribery",
    "embezzlement",
    "abuse_of_power",
    "conflict_of_interest",
    "misconduct",
)


@dataclass(frozen=True)
class Ticket:
    source: str
    key: str
    text: str
    tags: str  # traffy-tags-2022 standard_tags, traffy-2024 category ("" when absent)


def realdev_keys(realdev: Path) -> set[tuple[str, str]]:
    """``(source, row_key)`` of every labelled real-dev row."""
    path = realdev / "labels.jsonl"
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            keys.add((str(obj["source"]), str(obj["row_key"])))
    return keys


def traffy_tickets(data_root: Path, *, exclude: set[tuple[str, str]] | None = None) -> list[Ticket]:
    """Usable real tickets (redacted and empty ones dropped), minus the ``exclude`` keys."""
    exclude = exclude or set()
    out: list[Ticket] = []
    for source, (rel, key_col, text_col) in SOURCES.items():
        path = data_root / rel
        if not path.is_file():
            continue
        df = read_table(path)
        tag_col = "standard_tags" if "standard_tags" in df.columns else "category"
        for key, text, tags in zip(
            df[key_col].astype(str), df[text_col], df.get(tag_col, pd.Series([""] * len(df))), strict=True
        ):
            if not isinstance(text, str) or not text.strip() or REDACTED in text or (source, key) in exclude:
                continue
            out.append(Ticket(source, key, text.strip(), tags if isinstance(tags, str) else ""))
    if not out:
        raise DataError(f"no Traffy data under {data_root} (expected traffy-2024/ and traffy-tags-2022/)")
    return out


def load_realdev(shared: Path) -> pd.DataFrame:
    """The real-dev labels joined with their texts: columns source, row_key, text, category, credibility, confidence."""
    realdev, data_root = shared / "real-dev", shared / "data"
    keys = realdev_keys(realdev)
    texts: dict[tuple[str, str], str] = {}
    for source, (rel, key_col, text_col) in SOURCES.items():
        path = data_root / rel
        if path.is_file():
            df = read_table(path)
            for key, text in zip(df[key_col].astype(str), df[text_col], strict=True):
                if (source, key) in keys and isinstance(text, str):
                    texts[(source, key)] = text.strip()
    rows = []
    for line in (realdev / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        k = (str(obj["source"]), str(obj["row_key"]))
        if k not in texts:
            raise DataError(f"real-dev row {k} has no text under {data_root}")
        rows.append(
            {
                "source": k[0],
                "row_key": k[1],
                "text": texts[k],
                "category": obj["category"],
                "credibility": obj["credibility"],
                "confidence": obj.get("confidence", ""),
            }
        )
    return pd.DataFrame(rows)
