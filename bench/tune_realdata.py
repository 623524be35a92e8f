"""Tune the pipeline's defaults on the validation splits of the real datasets (never on a test split).

    python -m bench.tune_realdata [--datasets wisesight truevoice hatethaisent toxicity traffy] [--engines]
    python -m bench.tune_realdata --features word12+charwb33 word12+charwb24 --C 4 8 16 --peer

Validation: wisesight's official ``valid``; elsewhere 10% of the training part, stratified (seed 42), as the
CLI carves it (toxicity: of its first cross-validation fold's training part). Prints category macro-F1 and
accuracy per feature setting, C and class weight; with ``--peer`` the stronger plain peer of
``bench.realdata.SVM_PEERS`` (``svm_strong``) fitted on the same training part and scored on the same
validation rows, the figure the defaults must match; with ``--engines`` the newmm / nlpo3 comparison at the
defaults. Writes ``bench/out/tune_realdata.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

from bench.datasets import REPO, load, stratified_holdout
from model.features import ThaiFeatures
from training.train import TrainConfig

GRID: dict[str, dict[str, Any]] = {
    "word12+charwb33": dict(word_ngram_range=(1, 2), char_ngram_range=(3, 3)),
    "word12+charwb24": dict(word_ngram_range=(1, 2), char_ngram_range=(2, 4)),
    "word12+charwb13": dict(word_ngram_range=(1, 2), char_ngram_range=(1, 3)),
    "word12+charwb14": dict(word_ngram_range=(1, 2), char_ngram_range=(1, 4)),
    "word12+charwb34": dict(word_ngram_range=(1, 2), char_ngram_range=(3, 4)),
    "word12+charwb23": dict(word_ngram_range=(1, 2), char_ngram_range=(2, 3)),
    "word13+charwb24": dict(word_ngram_range=(1, 3), char_ngram_range=(2, 4)),
    "word11+charwb24": dict(word_ngram_range=(1, 1), char_ngram_range=(2, 4)),
}
DATASETS = ["hatethaisent", "truevoice", "toxicity", "traffy", "wisesight"]


def validation_split(name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    task = load(name)
    train, _test = task.folds[0]
    if task.val is not None:
        return train, task.val
    return stratified_holdout(train, 0.1)


def base_features(**kw: Any) -> dict[str, Any]:
    """The default features' parameters (``TrainConfig().screener()``'s), with ``kw`` changed."""
    features = TrainConfig().screener().features
    assert features is not None
    return {**features.get_params(), **kw}


def score(Xtr: Any, ytr: Any, Xva: Any, yva: Any, C: float, class_weight: str | None) -> dict[str, float]:
    t0 = time.perf_counter()
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=2000).fit(Xtr, ytr)
    fit = time.perf_counter() - t0
    p = clf.predict(Xva)
    return {
        "val_macro_f1": round(float(f1_score(yva, p, average="macro")), 4),
        "val_accuracy": round(float(accuracy_score(yva, p)), 4),
        "fit_s": round(fit, 1),
    }


def peer_row(name: str, train: pd.DataFrame, val: pd.DataFrame, peer: str = "svm_strong") -> dict[str, Any]:
    """The plain peer ``peer`` of ``bench.realdata`` on the same training part and validation rows."""
    from bench.realdata import SVM_PEERS, run_svm

    out = run_svm(train, val, None, peer)
    tfidf, svc = SVM_PEERS[peer]
    return {
        "dataset": name,
        "engine": "-",
        "features": f"peer {peer}: {tfidf} {svc}",
        "C": svc.get("C", 1.0),
        "class_weight": None,
        "n_train": len(train),
        "n_val": len(val),
        "prepare_s": 0.0,
        "val_macro_f1": round(out["macro_f1"], 4),
        "val_accuracy": round(out["accuracy"], 4),
        "fit_s": round(out["fit_seconds"], 1),
    }


def cross_validate(
    name: str,
    features: list[str],
    Cs: list[float],
    extras: list[dict[str, Any]],
    *,
    k: int,
    peer: bool,
    max_rows: int | None = None,
) -> list[dict[str, Any]]:
    """Stratified ``k``-fold cross-validation over the dataset's non-test rows (training part and validation
    split together; the test split is never read): mean and standard deviation of macro-F1 and accuracy over
    the folds for every feature setting x extra keywords x C, and for the peer on the same folds.
    Less noisy than one small validation split (hatethaisent's 500 rows, traffy's 94)."""
    from sklearn.model_selection import StratifiedKFold

    from bench.datasets import subsample

    train, val = validation_split(name)
    pool = pd.concat([train, val], ignore_index=True)
    if max_rows:
        pool = subsample(pool, max_rows).reset_index(drop=True)
    docs = ThaiFeatures(engine=TrainConfig().engine).prepare(pool.text.tolist())
    y = pool.label.to_numpy()
    folds = list(StratifiedKFold(n_splits=k, shuffle=True, random_state=42).split(pool, y))
    scores: dict[tuple[str, str, float], list[dict[str, float]]] = {}
    for fold, (tr, va) in enumerate(folds):
        print(f"[tune] {name}: fold {fold + 1} of {k}", file=sys.stderr, flush=True)
        if peer:
            from bench.realdata import run_svm

            out = run_svm(pool.iloc[tr], pool.iloc[va], None, "svm_strong")
            scores.setdefault(("peer svm_strong", "{}", 0.5), []).append(
                {"val_macro_f1": out["macro_f1"], "val_accuracy": out["accuracy"]}
            )
        for fname in features:
            for extra in extras:
                feats = ThaiFeatures(**base_features(**GRID[fname], **extra))
                Xtr = feats.fit_docs([docs[i] for i in tr]).transform_docs([docs[i] for i in tr])
                Xva = feats.transform_docs([docs[i] for i in va])
                for c in Cs:
                    r = score(Xtr, y[tr], Xva, y[va], c, TrainConfig().class_weight)
                    scores.setdefault((fname, json.dumps(extra), c), []).append(r)
    rows = []
    for (fname, extra_s, c), rs in scores.items():
        f1, acc = np.array([r["val_macro_f1"] for r in rs]), np.array([r["val_accuracy"] for r in rs])
        row = {
            "dataset": name,
            "cv_folds": k,
            "n_rows": len(pool),
            "features": fname,
            "extra": extra_s,
            "C": c,
            "cv_macro_f1": round(float(f1.mean()), 4),
            "cv_macro_f1_std": round(float(f1.std()), 4),
            "cv_accuracy": round(float(acc.mean()), 4),
            "per_fold_macro_f1": [round(float(v), 4) for v in f1],
        }
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", nargs="*", default=DATASETS)
    ap.add_argument("--features", nargs="*", default=list(GRID))
    ap.add_argument("--C", nargs="*", type=float, default=[2.0, 8.0, 32.0])
    ap.add_argument(
        "--class-weights",
        nargs="*",
        default=None,
        help="class weights to try for every setting ('balanced', 'none'); default: balanced, and "
        "unweighted only for the first setting at the default C",
    )
    ap.add_argument("--engines", action="store_true", help="also compare newmm with nlpo3 at the defaults")
    ap.add_argument("--peer", action="store_true", help="also score svm_strong on the same validation rows")
    ap.add_argument(
        "--extra",
        nargs="*",
        default=["{}"],
        help="JSON of ThaiFeatures keywords applied to every setting (several: each tried in turn)",
    )
    ap.add_argument(
        "--cv", type=int, default=0, help="K-fold cross-validation over the non-test rows instead"
    )
    ap.add_argument("--max-rows", type=int, help="with --cv: subsample the non-test rows (stratified)")
    ap.add_argument("--out", default=str(REPO / "bench" / "out" / "tune_realdata.json"))
    args = ap.parse_args()
    extras = [json.loads(e) for e in args.extra]
    extra = extras[0]
    weights = None if args.class_weights is None else [None if w == "none" else w for w in args.class_weights]
    rows: list[dict[str, Any]] = []
    if args.cv:
        for name in args.datasets:
            rows += cross_validate(
                name, args.features, args.C, extras, k=args.cv, peer=args.peer, max_rows=args.max_rows
            )
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        print(pd.DataFrame(rows).drop(columns="per_fold_macro_f1").to_string(index=False))
        return
    for name in args.datasets:
        train, val = validation_split(name)
        if args.peer:
            rows.append(peer_row(name, train, val))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        engines = ["nlpo3", "newmm"] if args.engines else [TrainConfig().engine]
        for engine in engines:
            probe = ThaiFeatures(engine=engine)
            t0 = time.perf_counter()
            docs_tr, docs_va = probe.prepare(train.text.tolist()), probe.prepare(val.text.tolist())
            prep = time.perf_counter() - t0
            for fname in args.features if engine == engines[0] else [args.features[0]]:
                feats = ThaiFeatures(**base_features(**GRID[fname], engine=engine, **extra))
                Xtr = feats.fit_docs(docs_tr).transform_docs(docs_tr)
                Xva = feats.transform_docs(docs_va)
                default_c = TrainConfig().C_category
                for c in args.C if engine == engines[0] else [default_c]:
                    both = c == default_c and fname == args.features[0]
                    cws = weights if weights is not None else (("balanced", None) if both else ("balanced",))
                    for cw in cws:
                        r = {
                            "dataset": name,
                            "engine": engine,
                            "features": fname,
                            "C": c,
                            "class_weight": cw,
                            "n_train": len(train),
                            "n_val": len(val),
                            "prepare_s": round(prep, 1),
                            "n_features": int(Xtr.shape[1]),
                            **score(Xtr, train.label, Xva, val.label, c, cw),
                        }
                        rows.append(r)
                        print(json.dumps(r, ensure_ascii=False), flush=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
