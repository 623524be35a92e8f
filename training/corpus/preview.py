"""Check and preview a frames module: ``python -m training.corpus.preview procurement [--n 2]``."""

from __future__ import annotations

import argparse
import importlib
import random
from collections import Counter

from training.corpus.frames.base import Frame
from training.corpus.gazetteer import FILLERS, fill
from training.corpus.template import render, slots_of

KNOWN_SLOTS = set(FILLERS)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("category")
    ap.add_argument("--n", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    frames: list[Frame] = importlib.import_module(f"training.corpus.frames.{args.category}").FRAMES
    ids = Counter(f.id for f in frames)
    dup = [i for i, c in ids.items() if c > 1]
    assert not dup, f"duplicate ids: {dup}"
    rng = random.Random(args.seed)
    lengths = []
    for f in frames:
        unknown = slots_of(f.compiled) - KNOWN_SLOTS
        assert not unknown, f"{f.id}: unknown slots {unknown}"
        for _ in range(args.n):
            text = render(f.compiled, rng, fill)
            lengths.append(len(text))
            print(
                f"--- {f.id} [{f.credibility}{', hard=' + f.hard if f.hard else ''}] ({len(text)} chars)\n{text}"
            )
    print("\n=== summary ===")
    print("frames:", len(frames), "by category:", dict(Counter(f.category for f in frames)))
    print("by credibility:", dict(Counter(f.credibility for f in frames)))
    print(
        "hard share: %.0f%%" % (100 * sum(f.hard is not None for f in frames) / len(frames)),
        dict(Counter(f.hard for f in frames if f.hard)),
    )
    print("channels:", dict(Counter(c for f in frames for c in f.channels)))
    lengths.sort()
    print("rendered length min/median/max:", lengths[0], lengths[len(lengths) // 2], lengths[-1])


if __name__ == "__main__":
    main()
