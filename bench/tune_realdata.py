"""Tune the pipeline's defaults on the validation splits of the real datasets (never on a test split).

    python -m bench.tune_realdata [--datasets wisesight truevoice hatethaisent traffy] [--engines]

Validation: wisesight's official ``valid``; elsewhere 10% of the training part, stratified (seed 42), as the
CLI carves it. Prints category macro-F1 and accuracy per feature setting, C and class weight, and with
``--engines`` the newmm / nlpo3 comparison at the defaults. Writes ``bench/out/tune_realdata.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from typing import Any

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

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
    "word13+charwb24": dict(word_ngram_range=(1, 3), char_ngram_range=(2, 4)),
}


def validation_split(name: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    task = load(name)
    train, _test = task.folds[0]
    if task.val is not None:
        return train, task.val
    return stratified_holdout(train, 0.1)


def base_features(**kw: Any) -> dict[str, Any]:
    cfg = TrainConfig()
    out = dict(word_ngram_range=(1, cfg.word_ngram_max), char_ngram_range=(cfg.char_ngram_min, cfg.char_ngram_max),
               word_min_df=cfg.word_min_df, char_min_df=cfg.char_min_df, char_max_features=cfg.char_max_features,
               detail_weight=cfg.detail_weight, engine=cfg.engine)
    out.update(kw)
    return out


def score(Xtr: Any, ytr: Any, Xva: Any, yva: Any, C: float, class_weight: str | None) -> dict[str, float]:
    t0 = time.perf_counter()
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=2000).fit(Xtr, ytr)
    fit = time.perf_counter() - t0
    p = clf.predict(Xva)
    return {"val_macro_f1": round(float(f1_score(yva, p, average="macro")), 4),
            "val_accuracy": round(float(accuracy_score(yva, p)), 4), "fit_s": round(fit, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", nargs="*", default=["hatethaisent", "truevoice", "traffy", "wisesight"])
    ap.add_argument("--features", nargs="*", default=list(GRID))
    ap.add_argument("--C", nargs="*", type=float, default=[2.0, 8.0, 32.0])
    ap.add_argument("--engines", action="store_true", help="also compare newmm with nlpo3 at the defaults")
    ap.add_argument("--extra", default="{}", help="JSON of ThaiFeatures keywords applied to every setting")
    args = ap.parse_args()
    extra = json.loads(args.extra)
    rows: list[dict[str, Any]] = []
    for name in args.datasets:
        train, val = validation_split(name)
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
                    for cw in ("balanced", None) if both else ("balanced",):
                        r = {"dataset": name, "engine": engine, "features": fname, "C": c, "class_weight": cw,
                             "n_train": len(train), "n_val": len(val), "prepare_s": round(prep, 1),
                             **score(Xtr, train.label, Xva, val.label, c, cw)}
                        rows.append(r)
                        print(json.dumps(r, ensure_ascii=False), flush=True)
    out = REPO / "bench" / "out" / "tune_realdata.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
