"""Is the corpus learnable but not trivial? Baselines on a frame-held-out split.

    python -m bench.corpus_check [--data datasets/generated/corpus.csv] [--param KEY=VALUE ...] [--pipeline-only]

- plain character TF-IDF (char_wb 1-3, scikit-learn defaults otherwise) + logistic regression;
- a keyword-only baseline: logistic regression on the presence of hand-picked keywords (no n-grams);
- the default Khatkrong pipeline (``TrainConfig().screener()``, with ``--param`` overrides; validation split
  for calibration), frame-held-out only unless ``--pipeline-stratified``: the row to compare before and after
  a change to the core;
- both on a frame-held-out split (test frames unseen) and on a plain stratified split, for contrast.
Prints macro-F1 per head.
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from training.corpus.split import group_split, stratified_split

KEYWORDS = (
    # credibility cues
    "บาท",
    "วันที่",
    "สัญญา",
    "เลขที่",
    "หมู่",
    "ตำบล",
    "อำเภอ",
    "จังหวัด",
    "หลักฐาน",
    "รูป",
    "คลิป",
    "เอกสาร",
    "ไอ้",
    "มึง",
    "เลว",
    "ชั่ว",
    "ควาย",
    "ไล่ออก",
    "ระวัง",
    "ส่งต่อ",
    "แชร์",
    "ทุกคน",
    "ทั้งประเทศ",
    "555",
    "ทดสอบ",
    # category cues
    "ประมูล",
    "ฮั้ว",
    "สเปก",
    "ผู้รับเหมา",
    "ก่อสร้าง",
    "สินบน",
    "ส่วย",
    "ใต้โต๊ะ",
    "จ่าย",
    "ด่าน",
    "ยักยอก",
    "เบิก",
    "งบ",
    "น้ำมัน",
    "รถหลวง",
    "ข่มขู่",
    "อำนาจ",
    "สั่ง",
    "ญาติ",
    "ลูก",
    "ภรรยา",
    "บริษัท",
    "เมา",
    "ขาดงาน",
    "ลวนลาม",
    "หยาบคาย",
    "ถนน",
    "ไฟ",
    "ขยะ",
    "น้ำท่วม",
    "ท่อ",
    "หลอก",
    "โอนเงิน",
    "เพื่อนบ้าน",
    "สอบถาม",
)


def keyword_matrix(texts: pd.Series) -> np.ndarray:
    return np.array([[1.0 if k in t else 0.0 for k in KEYWORDS] for t in texts])


def run(train: pd.DataFrame, test: pd.DataFrame) -> dict[str, float]:
    out = {}
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    Xtr, Xte = vec.fit_transform(train.text), vec.transform(test.text)
    Ktr, Kte = keyword_matrix(train.text), keyword_matrix(test.text)
    for head in ("credibility", "category"):
        clf = LogisticRegression(max_iter=2000).fit(Xtr, train[head])
        out[f"char TF-IDF + LR, {head}"] = f1_score(test[head], clf.predict(Xte), average="macro")
        kw = LogisticRegression(max_iter=2000).fit(Ktr, train[head])
        out[f"keywords only, {head}"] = f1_score(test[head], kw.predict(Kte), average="macro")
    return out


def run_pipeline(
    train: pd.DataFrame, val: pd.DataFrame, test: pd.DataFrame, params: dict[str, str] | None = None
) -> dict[str, float]:
    from training.train import TrainConfig

    values: dict[str, object] = {k: (None if v.lower() == "none" else v) for k, v in (params or {}).items()}
    screener = (
        TrainConfig(**values)
        .screener()
        .fit(
            train.text.tolist(),
            category=train.category.tolist(),
            credibility=train.credibility.tolist(),
            val_texts=val.text.tolist(),
            val_category=val.category.tolist(),
            val_credibility=val.credibility.tolist(),
        )
    )
    proba = screener.predict_proba(test.text.tolist())
    out = {}
    for head in ("credibility", "category"):
        predicted = np.asarray(screener.classes_[head])[proba[head].argmax(axis=1)]
        out[f"Khatkrong pipeline, {head}"] = f1_score(test[head], predicted, average="macro")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="datasets/generated/corpus.csv")
    ap.add_argument(
        "--pipeline-stratified", action="store_true", help="also fit the pipeline on the plain split"
    )
    ap.add_argument("--param", action="append", default=[], help="TrainConfig KEY=VALUE for the pipeline")
    ap.add_argument("--pipeline-only", action="store_true", help="skip the plain and keyword baselines")
    args = ap.parse_args()
    params = dict(p.split("=", 1) for p in args.param)
    df = pd.read_csv(args.data)
    grouped = group_split(df, group="frame", stratify=["category", "credibility"], val=0.1, test=0.2, seed=42)
    plain = stratified_split(df, stratify=["credibility"], val=0.1, test=0.2, seed=42)
    g: dict[str, float] = {}
    p: dict[str, float] = {}
    if not args.pipeline_only:
        g, p = run(grouped.train, grouped.test), run(plain.train, plain.test)
    g.update(run_pipeline(grouped.train, grouped.val, grouped.test, params))
    if args.pipeline_stratified:
        p.update(run_pipeline(plain.train, plain.val, plain.test, params))
    if params:
        print("pipeline settings: " + ", ".join(f"{k}={v}" for k, v in params.items()))
    print(
        f"{len(df)} rows; frame-held-out test {len(grouped.test)} rows from {grouped.test.frame.nunique()} unseen frames\n"
    )
    print("| baseline, head | macro-F1, frame-held-out | macro-F1, stratified |")
    print("|---|---|---|")
    for key in g:
        print(f"| {key} | {g[key]:.4f} | {p[key]:.4f} |" if key in p else f"| {key} | {g[key]:.4f} | |")


if __name__ == "__main__":
    main()
