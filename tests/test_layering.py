"""Dependencies point inward (STYLE.md 1): ``model`` imports nothing of ours; ``training`` and ``service``
import ``model`` but never each other. Every import counts, also those inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ("model", "training", "service", "bench", "tests")
ALLOWED = {"model": {"model"}, "training": {"model", "training"}, "service": {"model", "service"}}


def imported_packages(path: Path) -> set[tuple[str, int]]:
    """Top-level names of our packages that ``path`` imports, with the line."""
    found: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update((name.split(".")[0], node.lineno) for name in names if name.split(".")[0] in OURS)
    return found


def test_parser_sees_imports_inside_functions(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("import os\n\ndef f():\n    from service.main import app\n    import training.cli\n")
    assert imported_packages(src) == {("service", 4), ("training", 5)}


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_inward(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no sources under {package}/"
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in files
        for name, line in sorted(imported_packages(path))
        if name not in ALLOWED[package]
    ]
    assert not wrong, "\n".join(wrong)
