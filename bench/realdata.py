"""Real-data benchmarks: Khatkrong through its CLI against plain peers, on the datasets of ``../shared/data``.

    python -m bench                       # every dataset, peers, tokenisers; rewrites docs/benchmarks.md
    python -m bench --datasets hatethaisent --max-train 300 --no-page   # a quick look

For every dataset and fold this writes train/validation/test CSVs to a temporary directory (never into the
repository), then:

- **ours**: ``khatkrong train`` (subprocess, a temporary SQLite tracking store) and ``khatkrong evaluate
  --json`` on the test file; training time is the run's ``fit_seconds``; per-class figures come from the
  run's ``evaluation/classification_report_category.txt``;
- **char TF-IDF + LinearSVC**: scikit-learn defaults (``char_wb`` 1-3 n-grams), trained on the same training
  file;
- **fastText** (``fasttext-wheel``, when installed): supervised, on the project's tokens (nlpo3 with
  pythainlp's dictionary, after the project's normalisation), fixed settings chosen before looking at any test
  figure (``FASTTEXT_PARAMS``);
- throughput: texts per CPU-second on one thread for 300-character texts cut from the dataset's test texts,
  the best of three passes (the machine is shared), in-process.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from bench.datasets import REPO, SEED, Folds, load, subsample

for _key, _value in (("PYTHAINLP_READ_ONLY", "1"), ("PYTHAINLP_OFFLINE", "1"), ("MLFLOW_DISABLE_TELEMETRY", "true"),
                     ("DO_NOT_TRACK", "true")):
    os.environ.setdefault(_key, _value)

DATASETS = ("wisesight", "truevoice", "hatethaisent", "toxicity", "traffy")
FASTTEXT_PARAMS = dict(epoch=25, lr=0.5, wordNgrams=2, dim=100, minCount=1, loss="softmax", thread=1, seed=SEED)
SPEED_CHARS = 300
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
Log = Callable[[str], None]


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --- helpers -------------------------------------------------------------------------------------


def khatkrong_cmd() -> list[str]:
    """The installed ``khatkrong`` script beside this interpreter (the user's path), else the module."""
    script = Path(sys.executable).parent / "khatkrong"
    if script.exists():
        return [str(script)]
    found = shutil.which("khatkrong")
    return [found] if found else [sys.executable, "-c", "from training.cli import main; main()"]


def texts_of_length(texts: Sequence[str], n: int, chars: int = SPEED_CHARS) -> list[str]:
    """``n`` texts of exactly ``chars`` characters, cut from the given texts joined by spaces (cycled)."""
    pool = " ".join(t.replace("\n", " ") for t in texts)
    while len(pool) < n * chars:
        pool = pool + " " + pool
    return [pool[i * chars : (i + 1) * chars] for i in range(n)]


def throughput(fn: Callable[[list[str]], object], texts: list[str], repeats: int = 3) -> float:
    """Texts per CPU-second of ``fn`` on one thread: the best of ``repeats`` passes, after a warm-up.

    CPU time of this process, not wall time: on a shared machine the wall clock also counts the time the
    neighbours hold the core; on an idle core the two agree.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        fn(texts[:20])
        best = np.inf
        for _ in range(repeats):
            t0 = time.process_time()
            fn(texts)
            best = min(best, time.process_time() - t0)
    return float(len(texts) / best)


def _metrics(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return {"accuracy": float(accuracy_score(y_true, y_pred)),
            "macro_f1": float(f1_score(y_true, y_pred, average="macro", zero_division=0))}


def parse_report(text: str) -> list[dict[str, Any]]:
    """Per-class rows of a scikit-learn ``classification_report`` text (labels may hold spaces).

    >>> parse_report("          precision recall f1-score support\\n\\n  a b   0.5 1.0 0.6667 2\\n\\naccuracy 0.5 2\\n")
    [{'label': 'a b', 'precision': 0.5, 'recall': 1.0, 'f1': 0.6667, 'support': 2}]
    """
    rows = []
    for line in text.splitlines():
        m = re.match(r"^\s*(.+?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s*$", line)
        if m and m.group(1) not in ("macro avg", "weighted avg", "micro avg"):
            rows.append({"label": m.group(1), "precision": float(m.group(2)), "recall": float(m.group(3)),
                         "f1": float(m.group(4)), "support": int(m.group(5))})
    return rows


# --- ours, through the CLI -----------------------------------------------------------------------


def run_ours(work: Path, name: str, train: Path, test: Path, val: Path | None, speed_texts: list[str] | None,
             log: Log) -> dict[str, Any]:
    """Train and evaluate through the ``khatkrong`` CLI; read fit time and per-class figures from the run."""
    uri = f"sqlite:///{work / 'mlflow.db'}"
    env = {**os.environ, **ONE_THREAD}
    cmd = [*khatkrong_cmd(), "train", "--data", str(train), "--text-column", "text", "--category-column", "label",
           "--test-data", str(test), "--experiment", "bench", "--register-as", name, "--tracking-uri", uri]
    if val is not None:
        cmd += ["--val-data", str(val)]
    log(f"ours: khatkrong train ... --register-as {name}")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"khatkrong train failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    cmd = [*khatkrong_cmd(), "evaluate", "--model", f"models:/{name}/1", "--data", str(test), "--text-column", "text",
           "--category-column", "label", "--json", "--tracking-uri", uri]
    proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"khatkrong evaluate failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    out: dict[str, Any] = {"accuracy": summary["category_accuracy"], "macro_f1": summary["category_macro_f1"],
                           "train_cli_seconds": wall}
    import mlflow
    from mlflow.tracking import MlflowClient

    from training import registry

    registry.configure(uri)
    info = registry.resolve(f"models:/{name}/1")
    run = MlflowClient().get_run(info["run_id"])
    out["fit_seconds"] = float(run.data.metrics["fit_seconds"])
    out["n_train"], out["n_val"] = int(run.data.params["n_train"]), int(run.data.params["n_val"])
    out["n_features"] = None
    local = mlflow.artifacts.download_artifacts(run_id=info["run_id"],
                                                artifact_path="evaluation/classification_report_category.txt",
                                                dst_path=str(work / f"{name}-report"))
    out["per_class"] = parse_report(Path(local).read_text(encoding="utf-8"))
    if speed_texts:
        screener, _ = registry.load_screener(f"models:/{name}/1")
        out["n_features"] = int(screener.n_features_)
        out["texts_per_s"] = throughput(screener.predict_proba, speed_texts)
        out["screen_texts_per_s"] = throughput(lambda t: screener.screen(t), speed_texts)
    return out


# --- peers ---------------------------------------------------------------------------------------


SVM_PEERS = {
    # the plain baseline: scikit-learn defaults
    "svm": ({"analyzer": "char_wb", "ngram_range": (1, 3)}, {}),
    # the stronger plain peer a data scientist writes in ten lines (issue 9)
    "svm_strong": ({"analyzer": "char_wb", "ngram_range": (2, 4), "sublinear_tf": True, "min_df": 2}, {"C": 0.5}),
}


def run_svm(train: pd.DataFrame, test: pd.DataFrame, speed_texts: list[str] | None, peer: str = "svm") -> dict[str, Any]:
    """A plain peer: ``TfidfVectorizer(**tfidf)`` + ``LinearSVC(**svc)`` with the settings of ``SVM_PEERS[peer]``:
    ``svm`` is char_wb (1, 3) with scikit-learn's defaults, ``svm_strong`` char_wb (2, 4), sublinear TF,
    ``min_df=2`` and ``C=0.5``."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    tfidf, svc = SVM_PEERS[peer]
    pipe = make_pipeline(TfidfVectorizer(**tfidf), LinearSVC(**svc))  # type: ignore[arg-type]
    t0 = time.perf_counter()
    pipe.fit(train.text.tolist(), train.label.tolist())
    fit = time.perf_counter() - t0
    out: dict[str, Any] = {**_metrics(test.label.tolist(), pipe.predict(test.text.tolist())), "fit_seconds": fit,
                           "n_train": len(train)}
    if speed_texts:
        out["texts_per_s"] = throughput(pipe.predict, speed_texts)
    return out


def fasttext_available() -> bool:
    try:
        import fasttext  # noqa: F401
    except ImportError:
        return False
    return True


def _ft_tokens(text: str) -> str:
    from model.normalize import normalize
    from model.tokenize import tokenize

    return " ".join(tokenize(normalize(text)))


def run_fasttext(train: pd.DataFrame, test: pd.DataFrame, speed_texts: list[str] | None, work: Path) -> dict[str, Any]:
    """fastText supervised on the project's tokens (normalise, then nlpo3 with pythainlp's dictionary)."""
    import fasttext

    labels = sorted(train.label.unique())
    code = {lab: f"__label__{i}" for i, lab in enumerate(labels)}
    back = {v: k for k, v in code.items()}
    path = work / "fasttext_train.txt"
    t0 = time.perf_counter()
    with path.open("w", encoding="utf-8") as fh:
        for text, lab in zip(train.text, train.label, strict=True):
            fh.write(f"{code[lab]} {_ft_tokens(text)}\n")
    model = fasttext.train_supervised(input=str(path), verbose=0, **FASTTEXT_PARAMS)
    fit = time.perf_counter() - t0

    def predict(texts: list[str]) -> list[str]:
        pred, _ = model.predict([_ft_tokens(t) for t in texts])  # a list: numpy 2 refuses a single string
        return [back[p[0]] for p in pred]

    out: dict[str, Any] = {**_metrics(test.label.tolist(), predict(test.text.tolist())), "fit_seconds": fit,
                           "n_train": len(train)}
    if speed_texts:
        out["texts_per_s"] = throughput(predict, speed_texts)
    return out


# --- tokenisers ------------------------------------------------------------------------------------


def compare_tokenizers(tasks: Sequence[Folds], n_speed: int, log: Log) -> dict[str, Any]:
    """newmm vs nlpo3: segmentation speed on 300-character texts, agreement, and validation macro-F1 of the
    default features and category head with each engine (validation splits only)."""
    from sklearn.linear_model import LogisticRegression

    from bench.datasets import stratified_holdout
    from bench.tune_realdata import base_features
    from model.features import ThaiFeatures
    from model.normalize import normalize
    from model.tokenize import segment, warm_up
    from training.train import TrainConfig

    cfg = TrainConfig()
    pool = [t for task in tasks for t in task.folds[0][1].text.tolist()]
    texts = [normalize(t) for t in texts_of_length(pool, n_speed)]
    speed: dict[str, float] = {}
    for engine in ("newmm", "nlpo3"):
        warm_up(engine)

        def seg(ts: list[str], e: str = engine) -> object:
            return [segment(t, e) for t in ts]

        speed[engine] = throughput(seg, texts)
    same = float(np.mean([segment(t, "newmm") == segment(t, "nlpo3") for t in texts]))
    accuracy: list[dict[str, Any]] = []
    for task in tasks:
        if task.name == "toxicity":  # cross-validated: no validation split to compare on
            continue
        train = task.folds[0][0]
        train, val = (train, task.val) if task.val is not None else stratified_holdout(train, 0.1)
        row: dict[str, Any] = {"dataset": task.name, "n_val": len(val)}
        for engine in ("newmm", "nlpo3"):
            feats = ThaiFeatures(**base_features(engine=engine))
            t0 = time.perf_counter()
            Xtr = feats.fit_transform(train.text.tolist())
            Xva = feats.transform(val.text.tolist())
            clf = LogisticRegression(C=cfg.C_category, class_weight=cfg.class_weight, max_iter=2000)
            clf.fit(Xtr, train.label.tolist())
            m = _metrics(val.label.tolist(), clf.predict(Xva))
            row[f"{engine}_macro_f1"], row[f"{engine}_seconds"] = m["macro_f1"], time.perf_counter() - t0
        log(f"tokenisers on {task.name}: {row}")
        accuracy.append(row)
    return {"speed_texts_per_s": speed, "identical_share": same, "n_texts": n_speed, "validation": accuracy}


# --- the run -------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import sklearn

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "scikit_learn": sklearn.__version__, "load_average_at_start": os.getloadavg()[0],
            "date": time.strftime("%Y-%m-%d %H:%M %Z")}


def run(
    datasets: Sequence[str] = DATASETS,
    *,
    data: str | Path | None = None,
    max_train: int | None = None,
    max_test: int | None = None,
    speed_n: int = 2000,
    peers: Sequence[str] = ("svm", "svm_strong", "fasttext"),
    tokenizers: bool = True,
    work_dir: str | Path | None = None,
    log: Log = _log,
) -> dict[str, Any]:
    """Run the benchmarks; return a JSON-able dict of every figure (see :func:`bench.report.render`)."""
    started = time.perf_counter()
    result: dict[str, Any] = {"machine": machine(), "settings": {
        "max_train": max_train, "max_test": max_test, "speed_n": speed_n, "speed_chars": SPEED_CHARS,
        "fasttext": FASTTEXT_PARAMS, "peers": list(peers)}, "datasets": {}}
    if "fasttext" in peers and not fasttext_available():
        log("fastText is not installed (pip install fasttext-wheel): leaving it out")
        peers = [p for p in peers if p != "fasttext"]
        result["settings"]["peers"] = list(peers)
    tasks = [load(name, data) for name in datasets]
    with tempfile.TemporaryDirectory(prefix="khatkrong-bench-", dir=work_dir) as tmp:
        work = Path(tmp)
        for task in tasks:
            log(f"{task.name}: {task.protocol}")
            folds_out: list[dict[str, Any]] = []
            for k, (train, test) in enumerate(task.folds):
                if max_train:
                    train = subsample(train, max_train)
                if max_test:
                    test = subsample(test, max_test)
                fdir = work / f"{task.name}-{k}"
                fdir.mkdir()
                paths = {"train": fdir / "train.csv", "test": fdir / "test.csv"}
                train.to_csv(paths["train"], index=False)
                test.to_csv(paths["test"], index=False)
                val_path = None
                if task.val is not None:
                    val = subsample(task.val, max_test) if max_test else task.val
                    val_path = fdir / "val.csv"
                    val.to_csv(val_path, index=False)
                speed = texts_of_length(test.text.tolist(), speed_n) if k == 0 and speed_n else None
                fold: dict[str, Any] = {"n_train_file": len(train), "n_test": len(test)}
                fold["ours"] = run_ours(work, f"bench-{task.name}-{k}", paths["train"], paths["test"], val_path, speed, log)
                for peer in SVM_PEERS:
                    if peer in peers:
                        fold[peer] = run_svm(train, test, speed, peer)
                if "fasttext" in peers:
                    fold["fasttext"] = run_fasttext(train, test, speed, fdir)
                log(f"{task.name} fold {k}: " + ", ".join(
                    f"{m} acc {fold[m]['accuracy']:.4f} F1 {fold[m]['macro_f1']:.4f}" for m in ("ours", *peers)))
                folds_out.append(fold)
            result["datasets"][task.name] = {
                "title": task.title, "protocol": task.protocol, "notes": task.notes, "published": task.published,
                "folds": folds_out, "summary": summarize(folds_out, ["ours", *peers]),
            }
        if tokenizers:
            result["tokenizers"] = compare_tokenizers(tasks, min(speed_n, 2000) or 200, log)
    result["seconds"] = time.perf_counter() - started
    return result


def summarize(folds: list[dict[str, Any]], models: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per model: mean (and standard deviation over folds) of each figure; speed from the first fold."""
    out: dict[str, dict[str, Any]] = {}
    for m in models:
        rows = [f[m] for f in folds if m in f]
        if not rows:
            continue
        s: dict[str, Any] = {}
        for key in ("accuracy", "macro_f1", "fit_seconds"):
            vals = [r[key] for r in rows]
            s[key] = float(np.mean(vals))
            if len(vals) > 1:
                s[f"{key}_std"] = float(np.std(vals))
        for key in ("texts_per_s", "screen_texts_per_s", "n_features", "per_class", "n_train", "n_val"):
            if key in rows[0]:
                s[key] = rows[0][key]
        out[m] = s
    return out


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from bench.datasets import DataMissing
    from bench.report import write_page

    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--datasets", nargs="*", default=list(DATASETS), choices=DATASETS)
    ap.add_argument("--data", help="data directory [default: $KHATKRONG_BENCH_DATA or ../shared/data]")
    ap.add_argument("--max-train", type=int, help="subsample training files to this many rows (stratified)")
    ap.add_argument("--max-test", type=int, help="subsample test files to this many rows (stratified)")
    ap.add_argument("--speed-n", type=int, default=2000, help="300-character texts per throughput pass")
    ap.add_argument("--no-fasttext", action="store_true")
    ap.add_argument("--no-tokenizers", action="store_true")
    ap.add_argument("--results", default=str(REPO / "bench" / "out" / "realdata.json"), help="JSON of every figure")
    ap.add_argument("--render-only", action="store_true", help="rewrite the page from --results, run nothing")
    ap.add_argument("--no-page", action="store_true", help="do not touch docs/")
    args = ap.parse_args(argv)
    results_path = Path(args.results)
    if args.render_only:
        result = json.loads(results_path.read_text(encoding="utf-8"))
    else:
        try:
            result = run(args.datasets, data=args.data, max_train=args.max_train, max_test=args.max_test,
                         speed_n=args.speed_n, peers=["svm", "svm_strong"] if args.no_fasttext else ["svm", "svm_strong", "fasttext"],
                         tokenizers=not args.no_tokenizers)
        except DataMissing as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            return 0
        result["command"] = " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])])
        results_path.parent.mkdir(parents=True, exist_ok=True)
        results_path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        _log(f"wrote {results_path}")
    if not args.no_page:
        page = write_page(result)
        _log(f"wrote {page}")
    return 0
