"""The registered model on Spark through ``mlflow.pyfunc.spark_udf`` (local[2]) equals the CLI's batch output.

One Spark session for the module (it takes seconds to start). Needs pyspark (the ``spark`` extra) and a
Java runtime (Debian's ``default-jre-headless``); without them the test is skipped, except in CI
(``CI=true``), where it fails.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from training import batch, registry

pytestmark = [
    pytest.mark.spark,
    # pyspark 4 warns that it does not fully support pandas >= 3; this test is what checks our use of it
    pytest.mark.filterwarnings("ignore::UserWarning:pyspark.*", "ignore::FutureWarning:pyspark.*"),
]
SAMPLE = Path(__file__).resolve().parents[2] / "datasets" / "sample.csv"
ROWS = 300


def _require(ok: bool, why: str) -> None:
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the Spark test: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        _require(False, "pyspark is not installed (pip install -e '.[spark]')")
    _require(shutil.which("java") is not None or bool(os.environ.get("JAVA_HOME")), "no Java runtime")
    from pyspark.sql import SparkSession

    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("khatkrong-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_udf_struct_equals_the_cli(spark: Any, registered: Any, tmp_path: Path) -> None:
    import mlflow.pyfunc
    from pyspark.sql import functions as F

    from model.pyfunc import SPARK_RESULT_TYPE

    registry.configure(registered.uri)
    texts = pd.read_csv(SAMPLE)["text"].iloc[600 : 600 + ROWS].tolist()
    frame = pd.DataFrame({"id": [f"c{i}" for i in range(ROWS)], "text": texts})
    src = tmp_path / "in.parquet"
    frame.to_parquet(src)
    batch.score_file(registered.model_uri, src, tmp_path / "cli.parquet", explain=False, chunk_rows=100)
    cli = pd.read_parquet(tmp_path / "cli.parquet").set_index("id")

    udf = mlflow.pyfunc.spark_udf(
        spark,
        f"models:/{registered.name}/{registered.version}",
        result_type=SPARK_RESULT_TYPE,
        env_manager="local",
        params={"model_version": registered.version, "explain": False},
    )
    sdf = spark.createDataFrame(frame).repartition(2)
    scored = (
        sdf.withColumn("screen", udf(F.struct("text"))).select("id", "screen.*").toPandas().set_index("id")
    )

    assert len(scored) == ROWS
    columns = [c.split()[0] for c in SPARK_RESULT_TYPE.split(", ")]
    assert list(scored.columns) == columns
    got, want = scored.loc[cli.index, columns], cli[columns]
    for column in columns:
        if column.endswith("_score"):
            assert (got[column] - want[column]).abs().max() < 1e-12, column
        else:
            assert got[column].tolist() == want[column].tolist(), column
    assert set(scored["model_version"]) == {registered.version}
