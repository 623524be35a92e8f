"""Reading and writing labelled tables by file extension: ``.csv``, ``.jsonl`` (or ``.json``), ``.parquet``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

SUPPORTED = (".csv", ".jsonl", ".json", ".parquet", ".txt")


class DataError(ValueError):
    """A data file is missing, unreadable, empty or lacks a column."""


def check_format(path: str | Path) -> None:
    """Fail early, before any work, when ``path`` has an extension we cannot write."""
    if _suffix(Path(path)) == ".txt":
        raise DataError(f"{path}: cannot write .txt tables")


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DataError(
            f"{path}: unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED)}"
        )
    return suffix


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table; ``.txt`` gives one ``text`` row per non-empty line."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    try:
        if suffix == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        elif suffix in (".jsonl", ".json"):
            df = pd.read_json(path, lines=suffix == ".jsonl", dtype=False)
        elif suffix == ".parquet":
            df = pd.read_parquet(path)
        else:
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
            df = pd.DataFrame({"text": [ln for ln in lines if ln]})
    except DataError:
        raise
    except pd.errors.EmptyDataError:
        raise DataError(f"{path}: the file is empty") from None
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read it as {suffix}: {exc}") from None
    if df.empty:
        raise DataError(f"{path}: the file has no rows")
    return df


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """Write a table, the format chosen by extension; byte-for-byte stable for the same frame."""
    path = Path(path)
    suffix = _suffix(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(path, index=False, lineterminator="\n")
    elif suffix in (".jsonl", ".json"):
        df.to_json(path, orient="records", lines=suffix == ".jsonl", force_ascii=False)
    elif suffix == ".parquet":
        df.to_parquet(path, index=False)
    else:
        raise DataError(f"{path}: cannot write .txt tables")


def require_columns(df: pd.DataFrame, columns: list[str], path: str | Path) -> None:
    """Raise ``DataError`` naming every missing column and the columns that exist."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(
            f"{path}: missing column(s) {', '.join(missing)}; the file has: {', '.join(map(str, df.columns))}"
        )
