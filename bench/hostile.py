"""Worst-case CPU time of normalisation and screening on hostile 20,000-character texts.

Long runs of one Thai mark or vowel, runs of alternating marks (which NFC must reorder), combining marks of
other scripts, runs of spaces, digits and laughter: the inputs that made normalisation quadratic (20,000
characters took 2.3 s). Prints one row per text (process CPU time, best of ``--repeat``) and the worst case
against the target (< 50 ms for each of normalise and screen).

    python -m bench.hostile                 # a screener fitted on datasets/sample.csv
    python -m bench.hostile --length 50000  # longer texts
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

TARGET_MS = 50.0
MARKS = [
    chr(c)
    for c in (*range(0x0E48, 0x0E4F), 0x0E30, 0x0E31, 0x0E32, 0x0E33, 0x0E34, 0x0E38, 0x0E3A, 0x0E45, 0x0E47)
]


def hostile_texts(n: int) -> dict[str, str]:
    """Named adversarial texts of ``n`` characters."""
    texts: dict[str, str] = {}
    for mark in MARKS:
        texts[f"U+{ord(mark):04X} run"] = mark * n
        texts[f"ก + U+{ord(mark):04X} run"] = "ก" + mark * (n - 1)
    pairs = {
        "tone/SARA U alternating": "\u0e48\u0e38",
        "SARA A/tone alternating": "\u0e30\u0e48",
        "all Thai marks cycled": "".join(MARKS),
        "Latin acute/grave-below": "\u0301\u0316",
        "Hebrew/Arabic marks": "\u05b0\u05b8\u064b\u0650",
        "decomposed Hangul": "\u1100\u1161\u11a8",
        "consonant + tone pairs": "ก\u0e48",
        "space + mark": " \u0e48",
        "zero-width + mark": "\u200b\u0e49",
    }
    for name, unit in pairs.items():
        texts[name] = (unit * (n // len(unit) + 1))[:n]
    texts["ก + Latin marks"] = "a" + ("\u0301\u0316" * n)[: n - 1]
    texts["spaces"] = "ก" + " " * (n - 2) + "\u0e48"
    texts["newlines and spaces"] = ("\n " * n)[:n]
    texts["laughter"] = "5" * n
    texts["digits then 0"] = "5" * (n - 1) + "0"
    texts["one long word"] = ("กขค" * n)[:n]
    texts["Thai digits"] = ("๑๒๓" * n)[:n]
    return texts


def cpu_ms(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        func()
        best = min(best, time.process_time() - t0)
    return best * 1000


def fitted_screener():  # type: ignore[no-untyped-def]
    import pandas as pd

    from model.pipeline import Screener

    sample = pd.read_csv(Path(__file__).resolve().parents[1] / "datasets" / "sample.csv")
    return Screener().fit(
        sample["text"].tolist(),
        category=sample["category"].tolist(),
        credibility=sample["credibility"].tolist(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from model.normalize import normalize, normalize_with_offsets

    screener = fitted_screener()
    screener.screen(["ทดสอบ"])  # warm-up: tokeniser dictionary, compiled patterns
    rows = []
    for name, text in hostile_texts(args.length).items():
        rows.append(
            (
                name,
                cpu_ms(lambda t=text: normalize(t), args.repeat),
                cpu_ms(lambda t=text: normalize_with_offsets(t), args.repeat),
                cpu_ms(lambda t=text: screener.screen([t]), args.repeat),
            )
        )
    print(
        f"{'text (' + str(args.length) + ' characters)':34s} {'normalize ms':>12s} {'with offsets':>12s} {'screen ms':>10s}"
    )
    for name, a, b, c in rows:
        print(f"{name:34s} {a:12.1f} {b:12.1f} {c:10.1f}")
    worst_norm = max(rows, key=lambda r: max(r[1], r[2]))
    worst_screen = max(rows, key=lambda r: r[3])
    print()
    print(
        f"worst normalise: {max(worst_norm[1], worst_norm[2]):.1f} ms ({worst_norm[0]}), target < {TARGET_MS:.0f} ms"
    )
    print(f"worst screen:    {worst_screen[3]:.1f} ms ({worst_screen[0]}), target < {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
