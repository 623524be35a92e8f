"""Real-dev figures: how a model trained on the synthetic corpus does on 210 real, hand-labelled tickets.

    python -m bench.realdev [--data datasets/generated/corpus.csv] [--rows N] [--model URI] [--shared ../shared]
    python -m bench.realdev --synth-seeds 1,2,3 --rows 30000     # mean and spread over freshly generated corpora

Trains our screener (``TrainConfig`` defaults, frame-held-out validation carved from the corpus) unless
``--model`` names a registered one, and, on the same corpus, two baselines: a plain char TF-IDF (char_wb 1-3)
+ logistic regression per head, and a keyword rule (no training). Prints, for each, the figures the real-dev
README names: category macro-F1 over the classes with 5+ real-dev rows, F1 of "wrongdoing alleged" (any
wrongdoing category vs service_issue/other), the share of credible tickets labelled frivolous, and the share
of credible tickets that get ``proceed``; with ``--confusion`` the category confusion matrix (counts only).

real-dev has 210 rows (25 abuse_of_power, 14 other, 6 misconduct): one ticket moves a class's F1 by several
points, and two corpora generated with different seeds give figures that differ by 0.02-0.07. With
``--synth-seeds`` the corpus is generated afresh for each seed (``--rows`` rows) and each model is trained and
scored once per corpus; the table shows the mean and the standard deviation over the seeds: compare changes on
that, not on one run.

real-dev is for validation and reporting only: this prints aggregate figures, never a ticket's text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.corpus.real import WRONGDOING, load_realdev  # noqa: E402

MIN_CLASS_ROWS = 5

# The keyword rule: the first matching group decides the category; credibility is "credible" unless the text
# is nearly empty (it has no frivolity or malice words: vocabulary is not substance).
KEYWORD_RULE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bribery", ("ส่วย", "สินบน", "ใต้โต๊ะ", "จ่ายเงิน", "รับเงิน")),
    ("procurement", ("ประมูล", "ฮั้ว", "ผู้รับเหมา")),
    ("embezzlement", ("ยักยอก", "เบียดบัง")),
    ("conflict_of_interest", ("ผลประโยชน์ทับซ้อน", "ญาติ")),
    ("misconduct", ("ปิดเรื่อง", "ไม่สุภาพ", "เมา")),
    ("abuse_of_power", ("ละเลย", "ละเว้น", "เพิกเฉย", "ไม่ดำเนินการ", "ไม่มาจัดการ", "หลายครั้ง", "เทศกิจ")),
)


def keyword_rule(texts: Sequence[str]) -> tuple[list[str], list[str]]:
    cats, creds = [], []
    for t in texts:
        cat = next((c for c, words in KEYWORD_RULE if any(w in t for w in words)), "service_issue")
        cats.append(cat)
        creds.append("frivolous" if len(t.strip()) < 8 else "credible")
    return cats, creds


def figures(
    true_cat: Sequence[str],
    pred_cat: Sequence[str],
    true_cred: Sequence[str],
    pred_cred: Sequence[str],
    proceed: Sequence[bool] | None,
) -> dict[str, float]:
    """The real-dev README's figures for one model."""
    tc, pc = np.asarray(true_cat, dtype=object), np.asarray(pred_cat, dtype=object)
    classes = sorted(c for c, n in pd.Series(tc).value_counts().items() if n >= MIN_CLASS_ROWS)
    out = {
        "category macro-F1 (5+ rows)": float(
            f1_score(tc, pc, labels=classes, average="macro", zero_division=0)
        )
    }
    tw, pw = np.isin(tc, WRONGDOING), np.isin(pc, WRONGDOING)
    out["wrongdoing F1"] = float(f1_score(tw, pw, zero_division=0))
    out["wrongdoing precision"] = float((tw & pw).sum() / max(pw.sum(), 1))
    out["wrongdoing recall"] = float((tw & pw).sum() / max(tw.sum(), 1))
    credible = np.asarray(true_cred, dtype=object) == "credible"
    out["credible labelled frivolous"] = float(
        (np.asarray(pred_cred, dtype=object)[credible] == "frivolous").mean()
    )
    out["credible labelled malicious"] = float(
        (np.asarray(pred_cred, dtype=object)[credible] == "malicious").mean()
    )
    if proceed is not None:
        out["credible proceed"] = float(np.asarray(proceed, dtype=bool)[credible].mean())
    out["category accuracy"] = float((tc == pc).mean())
    return out


def _corpus(path: Path, rows: int | None, seed: int) -> pd.DataFrame:
    from training.io import read_table

    df = read_table(path)
    if rows and rows < len(df):
        df = df.sample(n=rows, random_state=seed).sort_index()
    return df


def _train_ours(df: pd.DataFrame, seed: int, params: dict[str, str]):  # noqa: ANN202
    from training.corpus.split import group_split
    from training.train import TrainConfig

    values: dict[str, object] = {k: (None if v.lower() == "none" else v) for k, v in params.items()}
    config = TrainConfig(seed=seed, **values)
    parts = group_split(
        df, group="frame", stratify=["category", "credibility"], val=0.1, test=0.01, seed=seed
    )
    train = pd.concat([parts.train, parts.test])
    screener = config.screener()
    screener.fit(
        train.text.tolist(),
        category=train.category.tolist(),
        credibility=train.credibility.tolist(),
        val_texts=parts.val.text.tolist(),
        val_category=parts.val.category.tolist(),
        val_credibility=parts.val.credibility.tolist(),
    )
    results = screener.screen(parts.val.text.tolist(), evidence=0)
    screener.corpus_val_ = {  # frame-held-out validation figures on the corpus itself
        head: float(f1_score(parts.val[head], [r.head(head).label for r in results], average="macro"))
        for head in ("category", "credibility")
    }
    return screener


def _ours(screener, texts: list[str]) -> tuple[list[str], list[str], list[bool]]:  # noqa: ANN001
    results = screener.screen(texts, evidence=0)
    return (
        [r.category.label for r in results],
        [r.credibility.label for r in results],
        [r.decision == "proceed" for r in results],
    )


def _plain_tfidf(df: pd.DataFrame, texts: list[str]) -> tuple[list[str], list[str], list[bool]]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    X, Xr = vec.fit_transform(df.text), vec.transform(texts)
    cat = LogisticRegression(max_iter=2000).fit(X, df.category).predict(Xr)
    cred = LogisticRegression(max_iter=2000).fit(X, df.credibility).predict(Xr)
    return list(cat), list(cred), [c == "credible" for c in cred]


def confusion(true: Sequence[str], pred: Sequence[str]) -> str:
    labels = sorted(set(true) | set(pred))
    table = pd.crosstab(pd.Series(true, name="true"), pd.Series(pred, name="predicted")).reindex(
        index=labels, columns=labels, fill_value=0
    )
    short = {c: c[:8] for c in labels}
    lines = [
        "| true \\ predicted | " + " | ".join(short[c] for c in labels) + " |",
        "|---" * (len(labels) + 1) + "|",
    ]
    for r in labels:
        lines.append(f"| {r} | " + " | ".join(str(int(table.at[r, c])) for c in labels) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data", type=Path, default=REPO / "datasets/generated/corpus.csv", help="training corpus"
    )
    ap.add_argument(
        "--rows", type=int, default=None, help="train on a random sample of this many corpus rows"
    )
    ap.add_argument("--model", default=None, help="score with this registered model instead of training one")
    ap.add_argument(
        "--shared", type=Path, default=REPO.parent / "shared", help="folder holding real-dev/ and data/"
    )
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--param", action="append", default=[], help="TrainConfig KEY=VALUE for our model")
    ap.add_argument("--no-baselines", action="store_true", help="only our model")
    ap.add_argument("--confusion", action="store_true", help="print our model's category confusion matrix")
    ap.add_argument(
        "--synth-seeds",
        default=None,
        help="comma-separated seeds: generate a corpus per seed, report mean ± sd",
    )
    args = ap.parse_args(argv)
    if args.synth_seeds:
        return _over_seeds(args)

    if not (args.shared / "real-dev" / "labels.jsonl").is_file():
        print(f"no real-dev at {args.shared / 'real-dev'}: skipping", file=sys.stderr)
        return 0
    dev = load_realdev(args.shared)
    texts = dev.text.tolist()
    results: dict[str, dict[str, float]] = {}
    preds: dict[str, list[str]] = {}
    df = None
    if args.model is None or not args.no_baselines:
        df = _corpus(args.data, args.rows, args.seed)
    started = time.perf_counter()
    if args.model:
        from training import registry

        registry.configure(None)
        screener, _ = registry.load_screener(args.model)
        label = f"ours ({args.model})"
    else:
        assert df is not None
        params = dict(p.split("=", 1) for p in args.param)
        screener = _train_ours(df, args.seed, params)
        label = "ours (TrainConfig defaults" + (", " + ", ".join(args.param) if args.param else "") + ")"
    cat, cred, proceed = _ours(screener, texts)
    results[label], preds[label] = figures(dev.category, cat, dev.credibility, cred, proceed), cat
    for head, value in getattr(screener, "corpus_val_", {}).items():
        results[label][f"corpus frame-held-out val {head} macro-F1"] = value
    fit_s = time.perf_counter() - started
    if not args.no_baselines:
        assert df is not None
        cat, cred, proceed = _plain_tfidf(df, texts)
        results["plain char TF-IDF + LR"] = figures(dev.category, cat, dev.credibility, cred, proceed)
        cat, cred = keyword_rule(texts)
        results["keyword rule"] = figures(dev.category, cat, dev.credibility, cred, None)
    rows = f"{len(df)} rows of {args.data}" if df is not None else "(no corpus)"
    print(f"real-dev: {len(dev)} tickets; corpus: {rows}; ours fitted+scored in {fit_s:.0f} s\n")
    keys = list(dict.fromkeys(k for r in results.values() for k in r))
    print("| figure | " + " | ".join(results) + " |")
    print("|---" * (len(results) + 1) + "|")
    for k in keys:
        print(f"| {k} | " + " | ".join(f"{r[k]:.3f}" if k in r else "-" for r in results.values()) + " |")
    if args.confusion:
        print(f"\n{label}, category (rows true, columns predicted):\n")
        print(confusion(dev.category.tolist(), preds[label]))
    return 0


def _over_seeds(args: argparse.Namespace) -> int:
    """Generate a corpus per seed, train and score every model on each; print the mean and spread."""
    from training.corpus.generate import generate

    if not (args.shared / "real-dev" / "labels.jsonl").is_file():
        print(f"no real-dev at {args.shared / 'real-dev'}: skipping", file=sys.stderr)
        return 0
    seeds = [int(s) for s in args.synth_seeds.split(",") if s.strip()]
    rows = args.rows or 30_000
    dev = load_realdev(args.shared)
    texts = dev.text.tolist()
    params = dict(p.split("=", 1) for p in args.param)
    label = "ours (TrainConfig defaults" + (", " + ", ".join(args.param) if args.param else "") + ")"
    runs: dict[str, list[dict[str, float]]] = {}
    for seed in seeds:
        df = pd.DataFrame([row.__dict__ for row in generate(rows, seed)])
        screener = _train_ours(df, seed, params)
        cat, cred, proceed = _ours(screener, texts)
        figs = figures(dev.category, cat, dev.credibility, cred, proceed)
        for head, value in screener.corpus_val_.items():
            figs[f"corpus frame-held-out val {head} macro-F1"] = value
        runs.setdefault(label, []).append(figs)
        if not args.no_baselines:
            cat, cred, proceed = _plain_tfidf(df, texts)
            runs.setdefault("plain char TF-IDF + LR", []).append(
                figures(dev.category, cat, dev.credibility, cred, proceed)
            )
        print(
            f"[realdev] seed {seed}: " + ", ".join(f"{k} {v:.3f}" for k, v in figs.items()), file=sys.stderr
        )
    print(f"real-dev: {len(dev)} tickets; {len(seeds)} corpora of {rows} rows (seeds {args.synth_seeds})\n")
    keys = list(dict.fromkeys(k for r in runs.values() for f in r for k in f))
    print("| figure | " + " | ".join(f"{name}, mean ± sd" for name in runs) + " |")
    print("|---" * (len(runs) + 1) + "|")
    for k in keys:
        cells = []
        for r in runs.values():
            values = [f[k] for f in r if k in f]
            cells.append(f"{np.mean(values):.3f} ± {np.std(values):.3f}" if values else "-")
        print(f"| {k} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
