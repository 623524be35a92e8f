"""Word lists kept as data: ``model/data/<name>.txt``, one entry a line, ``#`` starts a comment line.

One cached accessor for every list the core reads (detail extraction, topic cues), so that a list is edited
as a file, reviewed as a diff of words, and read once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``model/data/<name>.txt`` in file order (blank and ``#`` lines skipped).

    >>> "ฮั้ว" in words("topic_procurement")
    True
    """
    path = DATA_DIR / f"{name}.txt"
    if not path.is_file():
        raise KeyError(f"no word list {name!r} in {DATA_DIR}")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)
