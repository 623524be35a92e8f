"""Choosing the near-duplicate threshold on labelled pairs (``KHATKRONG_DEDUP_THRESHOLD``).

Pairs, labelled by construction:

- **near-duplicates** (should be linked): a report and the same report resubmitted with the edits a person or
  a campaign makes: a greeting or a closing added, particles changed, spacing and punctuation changed,
  characters repeated, one sentence added, a phone number changed (masked anyway), a word dropped;
- **different reports sharing a template** (hard negatives): two reports of the corpus written from the same
  discourse frame (``frame`` column of ``datasets/sample.csv``): same wording pattern, other names, places,
  amounts and facts;
- **different reports of one category** (easy negatives), and, when ``--traffy`` points to the real Traffy
  Fondue tickets (``/work/shared/data/traffy-2024``), pairs of real tickets of one category.

For each threshold it prints precision, recall and F1 of "estimated Jaccard >= threshold" (MinHash, 128
permutations, character 5-grams of the normalised masked text, exactly :mod:`service.cases.dedup`).

Usage::

    .venv/bin/python bench/dedup_threshold.py [--traffy ../shared/data/traffy-2024/traffy_2024.csv]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

GREETINGS = ["เรียนท่านผู้เกี่ยวข้อง ", "เรียน เจ้าหน้าที่ ", "ขอร้องเรียนเรื่องนี้ครับ "]
CLOSINGS = [" ขอบคุณครับ", " ช่วยตรวจสอบด้วยค่ะ", " ขอความเป็นธรรมด้วย", " ด่วนมาก!!"]
EXTRA = [" ชาวบ้านเดือดร้อนมาก", " เรื่องนี้เกิดขึ้นหลายครั้งแล้ว", " มีพยานหลายคน"]


def edit(text: str, rng: random.Random) -> str:
    """One resubmission of ``text``: two or three small edits."""
    ops = rng.sample(range(7), k=rng.choice([2, 3]))
    for op in ops:
        if op == 0:
            text = rng.choice(GREETINGS) + text
        elif op == 1:
            text = text + rng.choice(CLOSINGS)
        elif op == 2:
            text = text.replace(" ", "  ").replace("ครับ", "ค่ะ")
        elif op == 3:
            text = text.replace("มาก", "มากๆ", 1).replace("!", "")
        elif op == 4:
            text = text + rng.choice(EXTRA)
        elif op == 5:
            text = text + f" โทร 08{rng.randint(10000000, 99999999)}"
        elif op == 6:
            words = text.split(" ")
            if len(words) > 4:
                del words[rng.randrange(len(words))]
            text = " ".join(words)
    return text


def pairs(traffy: Path | None, seed: int = 0) -> dict[str, list[tuple[str, str, bool]]]:
    import pandas as pd

    rng = random.Random(seed)
    df = pd.read_csv(ROOT / "datasets" / "sample.csv")
    texts = df["text"].astype(str).tolist()
    out: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for text in rng.sample(texts, 600):
        out["near-duplicate (edited resubmission)"].append((text, edit(text, rng), True))
    by_frame = df.groupby("frame")["text"].apply(list)
    for group in by_frame:
        if len(group) >= 2:
            a, b = rng.sample(group, 2)
            if a != b:
                out["same template, different report"].append((a, b, False))
    by_cat = df.groupby("category")["text"].apply(list)
    for _ in range(600):
        group = by_cat.iloc[rng.randrange(len(by_cat))]
        a, b = rng.sample(group, 2)
        out["same category, different report"].append((a, b, False))
    if traffy is not None and traffy.exists():
        t = pd.read_csv(traffy)
        t = t[t["description"].astype(str).str.len() > 30]
        t = t[~t["description"].astype(str).str.contains("ไม่แสดงรายละเอียด")]
        groups = [g for g in t.groupby("category")["description"].apply(list) if len(g) >= 2]
        for _ in range(600):
            a, b = rng.sample(groups[rng.randrange(len(groups))], 2)
            if a != b:
                out["real Traffy tickets, same category"].append((str(a), str(b), False))
        for text in rng.sample(t["description"].astype(str).tolist(), 300):
            out["real Traffy ticket, edited resubmission"].append((text, edit(text, rng), True))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from model.details import mask_personal
    from service.cases import dedup

    parser = argparse.ArgumentParser(description="near-duplicate threshold on labelled pairs")
    default_traffy = ROOT.parent / "shared" / "data" / "traffy-2024" / "traffy_2024.csv"
    parser.add_argument("--traffy", type=Path, default=default_traffy if default_traffy.exists() else None)
    args = parser.parse_args(argv)
    sets = pairs(args.traffy)
    scored: list[tuple[float, bool, str]] = []
    for name, items in sets.items():
        sims = []
        for a, b, label in items:
            s = dedup.similarity(dedup.signature(mask_personal(a)), dedup.signature(mask_personal(b)))
            scored.append((s, label, name))
            sims.append(s)
        sims.sort()
        p5, p50, p95 = (sims[int(p * (len(sims) - 1))] for p in (0.05, 0.5, 0.95))
        print(
            f"{name:42s} n={len(items):4d}  similarity p5={p5:.2f} p50={p50:.2f} p95={p95:.2f} max={sims[-1]:.2f}"
        )
    print("\n| threshold | precision | recall | F1 | false links (of negatives) |")
    print("|---|---|---|---|---|")
    negatives = sum(1 for _, label, _ in scored if not label)
    best = (0.0, 0.0)
    for t in [x / 20 for x in range(6, 19)]:
        tp = sum(1 for s, label, _ in scored if s >= t and label)
        fp = sum(1 for s, label, _ in scored if s >= t and not label)
        fn = sum(1 for s, label, _ in scored if s < t and label)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, t))
        print(f"| {t:.2f} | {p:.3f} | {r:.3f} | {f1:.3f} | {fp} of {negatives} |")
    print(f"\nbest F1 {best[0]:.3f} at threshold {best[1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
