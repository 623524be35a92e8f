"""Benchmark of streaming batch scoring (``khatkrong score --data --out``) beside Spark ``local[2]``.

For each row count (default 100,000 and 1,000,000 generated rows: the texts of datasets/sample.csv repeated,
each with its own id) and each ``--jobs`` value (default 1 and 2), it runs the real command in a subprocess
and samples the resident memory of its whole process tree (the command and its workers) every 0.2 s. Then
it scores the first row count with ``mlflow.pyfunc.spark_udf`` on a ``local[2]`` session (JVM included in
the memory), reading and writing Parquet with Spark; the session's start-up is timed apart.

Usage (from the project root; the machine is shared, so run it under ``nice`` and read the load average)::

    nice -n 10 .venv/bin/python bench/batch.py                      # trains a demo model on datasets/sample.csv
    nice -n 10 .venv/bin/python bench/batch.py --rows 100000 --jobs 1,2 --no-spark
    nice -n 10 .venv/bin/python bench/batch.py --model models:/khatkrong-screener@champion \\
        --tracking-uri sqlite:///mlruns/mlflow.db

Prints a Markdown table (rows/s, seconds, peak RSS of the tree, of its largest process) and saves it as
JSON under ``bench/out/``. Scoring runs with ``--no-explain`` (the fast path for archives), the same on
both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.serve import train_demo, tree  # noqa: E402


@dataclass
class Run:
    engine: str  # "khatkrong score" or "spark local[2]"
    rows: int
    jobs: int
    seconds: float
    rows_per_s: float
    peak_rss_mb: float  # the whole process tree, sampled
    peak_process_mb: float  # its largest single process
    startup_s: float | None = None  # Spark: session start, not included in seconds
    load_avg: str = ""


def make_input(rows: int, path: Path) -> None:
    """``rows`` rows of (id, text), the sample's texts repeated, written in slices (memory flat here too)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    if path.exists() and pq.ParquetFile(path).metadata.num_rows == rows:
        return
    texts = pd.read_csv(ROOT / "datasets" / "sample.csv")["text"].tolist()
    schema = pa.schema([("id", pa.string()), ("text", pa.string())])
    tmp = path.with_suffix(".tmp")
    with pq.ParquetWriter(tmp, schema) as writer:
        for start in range(0, rows, 50_000):
            n = min(50_000, rows - start)
            writer.write_table(
                pa.table(
                    {
                        "id": [f"r{start + i}" for i in range(n)],
                        "text": [texts[(start + i) % len(texts)] for i in range(n)],
                    },
                    schema=schema,
                )
            )
    tmp.replace(path)


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Run ``cmd``; returns (seconds, peak tree RSS MB, peak single-process RSS MB, its stdout)."""
    peak = [0, 0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            sizes = [_rss_kb(p) for p in tree(proc.pid)]
            peak[0] = max(peak[0], sum(sizes))
            peak[1] = max(peak[1], max(sizes, default=0))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, peak[0] / 1024, peak[1] / 1024, out


def load_avg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def run_cli(
    model: str, tracking: str, src: Path, dst: Path, rows: int, jobs: int, env: dict[str, str]
) -> Run:
    cmd = [sys.executable, "-c", "from training.cli import main; main()", "score", "--model", model,
           "--tracking-uri", tracking, "--data", str(src), "--out", str(dst), "--jobs", str(jobs), "--no-explain"]  # fmt: skip
    before = load_avg()
    seconds, tree_mb, proc_mb, _ = measured(cmd, env)
    import pyarrow.parquet as pq

    assert pq.ParquetFile(dst).metadata.num_rows == rows
    dst.unlink()
    return Run("khatkrong score", rows, jobs, round(seconds, 1), round(rows / seconds, 1), round(tree_mb), round(proc_mb),
               load_avg=f"{before} -> {load_avg()}")  # fmt: skip


SPARK_JOB = """
import json, os, sys, time
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
import mlflow, mlflow.pyfunc
from pyspark.sql import SparkSession, functions as F
from model.pyfunc import SPARK_RESULT_TYPE
from training import registry
registry.configure(sys.argv[1])
info = registry.resolve(sys.argv[2])
t0 = time.perf_counter()
spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
         .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
startup = time.perf_counter() - t0
t1 = time.perf_counter()
udf = mlflow.pyfunc.spark_udf(spark, f"models:/{info['name']}/{info['version']}", result_type=SPARK_RESULT_TYPE,
                              env_manager="local", params={"model_version": info["version"], "explain": False})
df = spark.read.parquet(sys.argv[3]).repartition(int(sys.argv[5]))
df.select("id", udf(F.struct("text")).alias("s")).select("id", "s.*").write.mode("overwrite").parquet(sys.argv[4])
seconds = time.perf_counter() - t1
rows = spark.read.parquet(sys.argv[4]).count()
spark.stop()
print(json.dumps({"startup": startup, "seconds": seconds, "rows": rows}))
"""


def run_spark(model: str, tracking: str, src: Path, dst: Path, rows: int, env: dict[str, str]) -> Run:
    before = load_avg()
    cmd = [sys.executable, "-c", SPARK_JOB, tracking, model, str(src), str(dst), str(max(4, rows // 25_000))]
    _, tree_mb, proc_mb, out = measured(cmd, env)
    result = json.loads(out.strip().splitlines()[-1])
    assert result["rows"] == rows, result
    return Run("spark local[2]", rows, 2, round(result["seconds"], 1), round(rows / result["seconds"], 1),
               round(tree_mb), round(proc_mb), startup_s=round(result["startup"], 1),
               load_avg=f"{before} -> {load_avg()}")  # fmt: skip


def table(runs: list[Run]) -> str:
    lines = [
        "| engine | rows | jobs | seconds | rows/s | peak RSS, tree (MB) | peak RSS, largest process (MB) | load avg (1/5/15 min, before -> after) |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        start = f" (+{r.startup_s} s session start)" if r.startup_s is not None else ""
        lines.append(
            f"| {r.engine} | {r.rows:,} | {r.jobs} | {r.seconds}{start} | {r.rows_per_s:,.0f} | {r.peak_rss_mb:,.0f} | "
            f"{r.peak_process_mb:,.0f} | {r.load_avg} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", help="model URI (default: train a demo model on datasets/sample.csv)")
    p.add_argument(
        "--tracking-uri", default=os.environ.get("MLFLOW_TRACKING_URI", "sqlite:///mlruns/mlflow.db")
    )
    p.add_argument("--rows", default="100000,1000000", help="comma-separated row counts")
    p.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    p.add_argument("--no-spark", action="store_true", help="skip the Spark run")
    p.add_argument("--spark-only", action="store_true", help="only the Spark run (on the first row count)")
    p.add_argument("--work-dir", type=Path, default=OUT / "batch", help="generated inputs (kept for reruns)")
    args = p.parse_args(argv)
    env = {**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true", "PYTHAINLP_READ_ONLY": "1", "PYTHAINLP_OFFLINE": "1",
           "SPARK_LOCAL_IP": "127.0.0.1", "PYTHONPATH": str(ROOT)}  # fmt: skip
    os.environ.update(env)
    model, tracking = args.model, args.tracking_uri
    if model is None:
        model, tracking = train_demo(OUT / "batch-demo-store")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    counts = [int(x) for x in args.rows.split(",")]
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="khatkrong-bench-") as tmp:
        for rows in counts if not args.spark_only else []:
            src = args.work_dir / f"rows-{rows}.parquet"
            make_input(rows, src)
            for jobs in (int(j) for j in args.jobs.split(",")):
                runs.append(run_cli(model, tracking, src, Path(tmp) / "out.parquet", rows, jobs, env))
                print(table(runs[-1:]).splitlines()[-1], flush=True)
        if not args.no_spark:
            src = args.work_dir / f"rows-{counts[0]}.parquet"
            make_input(counts[0], src)
            runs.append(run_spark(model, tracking, src, Path(tmp) / "spark-out", counts[0], env))
            print(table(runs[-1:]).splitlines()[-1], flush=True)
    print()
    print(table(runs))
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (OUT / f"batch-{stamp}.json").write_text(
        json.dumps([asdict(r) for r in runs], indent=2), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
