"""Tune the screener's hyper-parameters on the corpus's validation split (never on test).

    python -m bench.tune [--data datasets/generated/corpus.csv] [--train-rows 20000]

Prints validation macro-F1 of both heads, fit seconds and transform speed for each feature setting and C.
"""

from __future__ import annotations

import argparse
import itertools
import time

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from model.features import ThaiFeatures
from training.corpus.split import group_split

FEATURES = {
    "word12+charwb24": dict(word_ngram_range=(1, 2), char_ngram_range=(2, 4)),
    "word12+charwb33": dict(word_ngram_range=(1, 2), char_ngram_range=(3, 3)),
    "word12 only": dict(word_ngram_range=(1, 2), char_ngram_range=(1, 1), char_max_features=1000),
    "word13+charwb24": dict(word_ngram_range=(1, 3), char_ngram_range=(2, 4)),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="datasets/generated/corpus.csv")
    ap.add_argument("--train-rows", type=int, default=20000)
    ap.add_argument("--features", nargs="*", default=list(FEATURES))
    ap.add_argument("--C", nargs="*", type=float, default=[0.5, 2.0, 8.0])
    args = ap.parse_args()
    df = pd.read_csv(args.data)
    parts = group_split(df, group="frame", stratify=["category", "credibility"], val=0.1, test=0.2, seed=42)
    train = parts.train.sample(min(args.train_rows, len(parts.train)), random_state=0)
    val = parts.val
    rows = []
    for name in args.features:
        feats = ThaiFeatures(**FEATURES[name])
        docs_tr, docs_va = feats.prepare(train.text.tolist()), feats.prepare(val.text.tolist())
        Xtr = feats.fit_docs(docs_tr).transform_docs(docs_tr)
        t0 = time.perf_counter()
        Xva = feats.transform_docs(docs_va)
        speed = len(val) / (time.perf_counter() - t0)
        for head, C in itertools.product(("category", "credibility"), args.C):
            t0 = time.perf_counter()
            clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(Xtr, train[head])
            fit = time.perf_counter() - t0
            f1 = f1_score(val[head], clf.predict(Xva), average="macro")
            rows.append({"features": name, "head": head, "C": C, "val_macro_f1": round(f1, 4),
                         "fit_s": round(fit, 1), "n_features": Xtr.shape[1], "transform_texts_s": round(speed)})
            print(rows[-1], flush=True)
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    np.random.seed(0)
    main()
