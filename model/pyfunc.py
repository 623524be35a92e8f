"""The screener as one MLflow pyfunc model: loadable by ``mlflow.pyfunc.load_model``, servable by
``mlflow models serve`` and usable in ``mlflow.pyfunc.spark_udf``.

``predict`` takes texts (a one-column DataFrame, a ``text`` column, a Series, an array or a list) and returns
one row per text with flat columns; ``evidence``, ``flags`` and ``details`` are JSON strings so every
column is a scalar type.

``model_version`` says which model scored the row. A pyfunc cannot see the registry, so it comes from the
``model_version`` inference parameter (``predict(df, params={"model_version": "3"})``, or
``spark_udf(..., params=...)``) when given, else from the run the model was logged in (``run:<run_id>``,
fixed at logging time). ``params={"explain": False}`` skips the evidence (``evidence`` is then ``[]``): the
fast path for batch scoring.
"""

from __future__ import annotations

import json
from typing import Any

import joblib
import mlflow.pyfunc
import pandas as pd
from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import INVALID_PARAMETER_VALUE
from mlflow.pyfunc import PythonModel

from model.pipeline import Screener
from model.result import ScreenResult

ARTIFACT_KEY = "screener"
OUTPUT_COLUMNS = (
    "credibility",
    "credibility_score",
    "flag_score",
    "p_credible",
    "p_frivolous",
    "p_malicious",
    "category",
    "category_score",
    "decision",
    "flags",
    "evidence",
    "details",
    "model_version",
)
SPARK_RESULT_TYPE = (
    "credibility string, credibility_score double, flag_score double, category string, category_score double, "
    "decision string, flags string, model_version string"
)
"""The scalar outputs as a Spark struct, for ``mlflow.pyfunc.spark_udf(..., result_type=SPARK_RESULT_TYPE)``
(``flags`` is a JSON array in a string; see docs/spark.md)."""


def texts_from_input(model_input: Any) -> list[str]:
    """Accept the shapes MLflow hands to ``predict``.

    A missing text (``None``, NaN) is a bad input, not the report "None": it raises an ``MlflowException``
    with ``INVALID_PARAMETER_VALUE``, which ``mlflow models serve`` answers with a 400 naming the rows.
    """
    if isinstance(model_input, pd.DataFrame):
        column = "text" if "text" in model_input.columns else model_input.columns[0]
        values = model_input[column].tolist()
    elif isinstance(model_input, pd.Series):
        values = model_input.tolist()
    elif isinstance(model_input, str):
        values = [model_input]
    elif isinstance(model_input, dict) and "text" in model_input:
        value = model_input["text"]
        values = [value] if isinstance(value, str) else list(value)
    else:
        values = list(model_input)
    missing = [i for i, v in enumerate(values) if v is None or (not isinstance(v, str) and bool(pd.isna(v)))]
    if missing:
        shown = ", ".join(str(i) for i in missing[:10]) + (", ..." if len(missing) > 10 else "")
        raise MlflowException(
            f"text is missing in {len(missing)} of {len(values)} rows (rows {shown})",
            error_code=INVALID_PARAMETER_VALUE,
        )
    return [v if isinstance(v, str) else str(v) for v in values]


def flatten(result: ScreenResult) -> dict[str, Any]:
    """One screening result as a flat row of :data:`OUTPUT_COLUMNS` (``flags``, ``evidence`` and ``details``
    as JSON strings of their :meth:`~model.result.ScreenResult.to_dict` shape)."""
    cred, cat = result.credibility, result.category
    probs = cred.probabilities if cred is not None else {}
    shape = result.to_dict()
    return {
        "credibility": cred.label if cred is not None else None,
        "credibility_score": cred.score if cred is not None else None,
        "flag_score": cred.flag_score if cred is not None else None,
        "p_credible": probs.get("credible"),
        "p_frivolous": probs.get("frivolous"),
        "p_malicious": probs.get("malicious"),
        "category": cat.label if cat is not None else None,
        "category_score": cat.score if cat is not None else None,
        "decision": result.decision,
        "flags": json.dumps(shape["flags"], ensure_ascii=False),
        "evidence": json.dumps(shape["evidence"], ensure_ascii=False),
        "details": json.dumps(shape["details"], ensure_ascii=False),
    }


DEFAULT_PARAMS: dict[str, Any] = {"evidence": 8, "explain": True, "model_version": ""}
"""``predict`` parameters (``params=`` of ``predict`` and ``spark_udf``): evidence items per head, whether
to explain at all (``explain=False`` leaves ``evidence`` an empty list: batch scoring that needs only the
scores), and the ``model_version`` to put in that column (see the module's docstring)."""


class ScreenerModel(PythonModel):
    """Holds a fitted :class:`Screener`, saved as a joblib artefact.

    ``logged_as`` (``run:<run_id>``) is pickled with the wrapper at logging time: the ``model_version`` of
    rows scored without a ``model_version`` parameter.
    """

    def __init__(self, screener: Screener | None = None, *, logged_as: str | None = None) -> None:
        self.screener = screener
        self.logged_as = logged_as

    def load_context(self, context: Any) -> None:
        self.screener = joblib.load(context.artifacts[ARTIFACT_KEY])
        from model import details, tokenize

        tokenize.warm_up(self.screener.features_.engine)
        details.warm_up()

    def predict(self, context, model_input, params=None):  # type: ignore[no-untyped-def]
        # no type hints on purpose: MLflow turns them into a (wrong) schema; the signature comes from the
        # input example instead
        assert self.screener is not None, "no screener loaded"
        params = params or {}
        version = str(params.get("model_version") or getattr(self, "logged_as", None) or "") or None
        results = self.screener.screen(
            texts_from_input(model_input),
            evidence=int(params.get("evidence", DEFAULT_PARAMS["evidence"])),
            explain=bool(params.get("explain", DEFAULT_PARAMS["explain"])),
        )
        rows = [{**flatten(r), "model_version": version} for r in results]
        return pd.DataFrame(rows, columns=list(OUTPUT_COLUMNS))


INPUT_EXAMPLE = pd.DataFrame(
    {"text": ["ผู้รับเหมาเทถนนหมู่ 5 บาง 5 ซม. แต่สัญญาเลขที่ 12/2568 กำหนด 15 ซม. มูลค่า 1,200,000 บาท"]}
)


def log_screener(
    screener: Screener,
    *,
    name: str = "model",
    registered_model_name: str | None = None,
    metadata: dict[str, Any] | None = None,
    pip_requirements: list[str] | None = None,
) -> Any:
    """Log a fitted screener as an MLflow pyfunc model in the active run (and register it if named).

    The ``model`` package travels with the artefact (``code_paths``), so the model loads wherever MLflow
    and the requirements are installed.
    """
    import os
    import tempfile

    from mlflow.models import infer_signature

    import model as model_pkg

    active = mlflow.active_run()
    logged_as = f"run:{active.info.run_id}" if active else None
    output = ScreenerModel(screener).predict(None, INPUT_EXAMPLE, params={"model_version": "example"})
    signature = infer_signature(INPUT_EXAMPLE, output, params=DEFAULT_PARAMS)
    requirements = pip_requirements or default_requirements()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "screener.joblib")
        joblib.dump(screener, path)
        return mlflow.pyfunc.log_model(
            name=name,
            python_model=ScreenerModel(logged_as=logged_as),
            artifacts={ARTIFACT_KEY: path},
            code_paths=[os.path.dirname(model_pkg.__file__)],
            signature=signature,
            input_example=INPUT_EXAMPLE,
            pip_requirements=requirements,
            registered_model_name=registered_model_name,
            metadata=metadata,
        )


def default_requirements() -> list[str]:
    """The packages the model needs at load time, pinned to the versions installed here."""
    from importlib.metadata import version

    pkgs = ("mlflow", "scikit-learn", "scipy", "numpy", "pandas", "joblib", "pythainlp", "nlpo3")
    return [f"{p}=={version(p)}" for p in pkgs]


def unwrap(pyfunc_model: Any) -> Screener:
    """The :class:`Screener` inside a loaded pyfunc model."""
    inner = pyfunc_model.unwrap_python_model()
    if not isinstance(inner, ScreenerModel) or inner.screener is None:
        raise TypeError(f"not a Khatkrong screener model: {type(inner).__name__}")
    return inner.screener
