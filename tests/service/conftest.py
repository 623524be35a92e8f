"""Fixtures of the service tests: a tiny real screener registered in a temporary SQLite MLflow store.

The corpus is written here: short Thai reports, 3 credibility labels x 4 categories. Nothing touches the
network or the project's own ``mlruns``.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

for _key, _value in (
    ("MLFLOW_DISABLE_TELEMETRY", "true"),
    ("PYTHAINLP_READ_ONLY", "1"),
    ("PYTHAINLP_OFFLINE", "1"),
    ("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0"),
):
    os.environ.setdefault(_key, _value)

from fastapi.testclient import TestClient  # noqa: E402

from service.main import create_app  # noqa: E402
from service.settings import Settings  # noqa: E402

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once
NAME = "khatkrong-screener"
RELOAD_NAME = "khatkrong-reload-test"
KEYS = {
    "intake": "k-intake-0123456789abcdefgh",
    "reviewer": "k-reviewer-0123456789abcdefgh",
    "admin": "k-admin-0123456789abcdefgh",
}
KEY_ID_SECRET = "test-key-id-secret-0123456789abcdef"
CANARY_MIN_CREDIBLE_PROCEED = 0.5
"""The tiny test screener sends 9 of the 16 credible canaries to proceed (a real model: all 16)."""
API_KEYS = ",".join(f"{key}:{role}" for role, key in KEYS.items())

PLACES = [
    "อบต.หนองบัว อำเภอเมือง จังหวัดขอนแก่น",
    "เทศบาลตำบลบางพลี จังหวัดสมุทรปราการ",
    "อบจ.เชียงใหม่",
    "สำนักงานเขตบางรัก กรุงเทพมหานคร",
]

CREDIBLE = {
    "procurement": [
        "ผู้รับเหมาเทถนนคอนกรีตหมู่ 5 {p} หนาเพียง 10 ซม. แต่สัญญาเลขที่ 12/2568 กำหนด 15 ซม. มูลค่า 1,200,000 บาท",
        "การจัดซื้อเครื่องออกกำลังกาย {p} ตามสัญญาเลขที่ 45/2567 ราคาสูงกว่าท้องตลาด 3 เท่า รวม 850,000 บาท",
        "ประกาศประกวดราคาโครงการขุดลอกคลอง {p} ล็อกสเปกให้บริษัทเดียว เมื่อวันที่ 3 มีนาคม 2568 วงเงิน 2,500,000 บาท",
        "ตรวจรับงานสร้างศาลาหมู่บ้าน {p} ทั้งที่งานไม่เสร็จ สัญญาเลขที่ 7/2568 ลงวันที่ 10 มกราคม 2568",
    ],
    "bribery": [
        "นายก {p} เรียกรับเงิน 50,000 บาท จากผู้รับเหมาเมื่อวันที่ 5 เมษายน 2568 เพื่อให้ชนะการประมูล",
        "เจ้าหน้าที่ที่ดิน {p} เรียกเงินใต้โต๊ะ 20,000 บาท เพื่อเร่งออกโฉนด เมื่อวันที่ 12 กุมภาพันธ์ 2568",
        "ปลัด {p} รับเงินสินบน 100,000 บาท จากร้านค้าเพื่อไม่ตรวจใบอนุญาต เมื่อเดือนมีนาคม 2568",
        "ผู้อำนวยการกองช่าง {p} เรียกค่าหัวคิว 10 เปอร์เซ็นต์ จากงบ 3,000,000 บาท ตามสัญญาเลขที่ 88/2567",
    ],
    "service": [
        "ยื่นคำขออนุญาตก่อสร้างที่ {p} ตั้งแต่วันที่ 1 ธันวาคม 2567 ผ่านไป 4 เดือนยังไม่ได้รับการพิจารณา",
        "ไฟถนนหมู่ 3 {p} ดับมา 2 เดือน แจ้งเรื่องเลขที่รับ 1234/2568 แล้วแต่ไม่มีการซ่อม",
        "ขยะไม่ได้รับการจัดเก็บที่ {p} มา 3 สัปดาห์ ตั้งแต่วันที่ 2 มีนาคม 2568 แจ้งกองสาธารณสุขแล้ว",
        "ขอเอกสารราชการที่ {p} เมื่อวันที่ 20 มกราคม 2568 เจ้าหน้าที่ให้รอ 60 วัน ทั้งที่คู่มือกำหนด 15 วัน",
    ],
    "misconduct": [
        "หัวหน้าสำนักปลัด {p} นำรถยนต์ราชการทะเบียน กข 1234 ไปใช้ส่วนตัวทุกวันหยุด ตั้งแต่มกราคม 2568",
        "เจ้าหน้าที่การเงิน {p} ลงเวลาทำงานแทนกันและเบิกค่าล่วงเวลา 45,000 บาท โดยไม่ได้มาทำงาน",
        "นายก {p} แต่งตั้งญาติเป็นพนักงานจ้างโดยไม่มีการสอบ ตามคำสั่งเลขที่ 112/2568",
        "ผู้อำนวยการโรงเรียนใน {p} นำวัสดุของโรงเรียนมูลค่า 30,000 บาท ไปใช้ที่บ้าน เมื่อวันที่ 8 มีนาคม 2568",
    ],
}
FRIVOLOUS = {
    "procurement": ["ถนนแถวบ้านไม่สวยเลย อยากให้ทำใหม่", "ไม่ชอบสีอาคารใหม่ที่สร้าง ดูไม่เข้ากัน"],
    "bribery": ["ได้ยินมาว่ามีคนรับเงิน แต่ไม่รู้ว่าใคร", "คิดว่าน่าจะมีการจ่ายใต้โต๊ะ แต่ไม่แน่ใจ"],
    "service": ["เจ้าหน้าที่พูดไม่เพราะ ไม่ยิ้มเลย", "รอคิวนานมาก เบื่อมาก ไม่อยากไปอีก"],
    "misconduct": ["เห็นเจ้าหน้าที่เล่นโทรศัพท์ตอนทำงาน ไม่ชอบ", "ข้าราชการแต่งตัวไม่เรียบร้อย"],
}
MALICIOUS = {
    "procurement": ["ไอ้นายกโกงกินทุกโครงการ ไล่มันออกไปเลย ชั่วมาก", "พวกผู้รับเหมาเลวทั้งหมด ต้องจับติดคุกให้หมด"],
    "bribery": ["ไอ้ปลัดหน้าโง่รับสินบนแน่นอน ไล่มันออก ระวังตัวไว้", "นายกมันชั่ว กินเงินชาวบ้าน เดี๋ยวเจอดีแน่"],
    "service": ["เจ้าหน้าที่โง่ทุกคน ไล่ออกให้หมด ทำงานไม่เป็น", "ไอ้พวกข้าราชการขี้เกียจ สมควรตาย"],
    "misconduct": ["ไอ้หัวหน้ามันเลว ชู้สาวทั้งวัน ไล่มันออกไป", "ผอ.มันชั่วช้า ต้องโดนลงโทษให้หนัก ระวังตัวไว้"],
}


def corpus() -> tuple[list[str], list[str], list[str]]:
    """``(texts, categories, credibilities)``: 64 short reports."""
    texts, cats, creds = [], [], []
    for cat, templates in CREDIBLE.items():
        for i, template in enumerate(templates):
            for p in (PLACES[i % 4], PLACES[(i + 1) % 4]):
                texts.append(template.format(p=p))
                cats.append(cat)
                creds.append("credible")
    for label, table in (("frivolous", FRIVOLOUS), ("malicious", MALICIOUS)):
        for cat, lines in table.items():
            for line in lines:
                for suffix in ("", " ช่วยตรวจสอบด้วย"):
                    texts.append(line + suffix)
                    cats.append(cat)
                    creds.append(label)
    return texts, cats, creds


def train_screener() -> Any:
    from model.features import ThaiFeatures
    from model.pipeline import Screener

    texts, cats, creds = corpus()
    return Screener(features=ThaiFeatures(word_min_df=1, char_min_df=1), max_iter=500).fit(
        texts, category=cats, credibility=creds
    )


BROKEN_MODEL_CODE = textwrap.dedent(
    """
    import mlflow.pyfunc


    class Broken(mlflow.pyfunc.PythonModel):
        def predict(self, context, model_input, params=None):
            raise RuntimeError("this model is broken on purpose")


    mlflow.models.set_model(Broken())
    """
)


@dataclass(frozen=True)
class Store:
    """The temporary MLflow store and what is registered in it."""

    uri: str
    root: Path
    run_id: str
    good_model_uri: str  # the logged model, registrable under other names
    versions: dict[str, str]  # "good", "broken", "corrupt" -> version of RELOAD_NAME


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    import mlflow
    from mlflow.tracking import MlflowClient

    from model.pyfunc import log_screener

    root = tmp_path_factory.mktemp("mlflow")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    client = MlflowClient(uri, uri)
    exp = client.create_experiment("service-tests", artifact_location=(root / "artifacts").as_uri())
    screener = train_screener()
    with mlflow.start_run(experiment_id=exp) as run:
        mlflow.log_param("data_digest", "sha256:test-corpus")
        mlflow.log_metrics({"test_credibility_macro_f1": 0.93, "test_category_macro_f1": 0.88})
        info = log_screener(screener, registered_model_name=NAME, pip_requirements=["mlflow"])
    client.set_registered_model_alias(NAME, "champion", "1")

    versions = {"good": mlflow.register_model(info.model_uri, RELOAD_NAME).version}
    code = root / "broken_model.py"
    code.write_text(BROKEN_MODEL_CODE, encoding="utf-8")
    with mlflow.start_run(experiment_id=exp):
        broken = mlflow.pyfunc.log_model(name="model", python_model=str(code), pip_requirements=["mlflow"])
    versions["broken"] = mlflow.register_model(broken.model_uri, RELOAD_NAME).version
    corrupt = train_screener()
    corrupt.heads_["credibility"].coef_ = corrupt.heads_["credibility"].coef_[
        :, :5
    ]  # wrong width: screen raises
    with mlflow.start_run(experiment_id=exp):
        bad = log_screener_unchecked(corrupt)
    versions["corrupt"] = mlflow.register_model(bad.model_uri, RELOAD_NAME).version
    versions = {k: str(v) for k, v in versions.items()}
    client.set_registered_model_alias(RELOAD_NAME, "champion", versions["good"])
    # The service must use its settings, never MLflow's process-wide URIs: point those nowhere.
    mlflow.set_tracking_uri(UNREACHABLE)
    mlflow.set_registry_uri(UNREACHABLE)
    return Store(uri=uri, root=root, run_id=run.info.run_id, good_model_uri=info.model_uri, versions=versions)


def log_screener_unchecked(screener: Any) -> Any:
    """Log a screener whose ``screen`` raises (``log_screener`` would fail computing its signature)."""
    import os
    import tempfile

    import joblib
    import mlflow

    import model as model_pkg
    from model.pyfunc import ARTIFACT_KEY, ScreenerModel

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "screener.joblib")
        joblib.dump(screener, path)
        return mlflow.pyfunc.log_model(
            name="model",
            python_model=ScreenerModel(),
            artifacts={ARTIFACT_KEY: path},
            code_paths=[os.path.dirname(model_pkg.__file__)],
            pip_requirements=["mlflow"],
        )


def make_settings(store: Store, cache: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "model_uri": f"models:/{NAME}@champion",
        "tracking_uri": store.uri,
        "model_cache_dir": cache,
        "api_keys": API_KEYS,
        "key_id_secret": KEY_ID_SECRET,
        "canary_min_credible_proceed": CANARY_MIN_CREDIBLE_PROCEED,
    }
    values.update(overrides)
    return Settings(**values)


def auth(role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEYS[role]}"}


class Kit:
    """What the tests need from here (test modules cannot import ``conftest`` under importlib mode)."""

    NAME = NAME
    RELOAD_NAME = RELOAD_NAME
    KEYS = KEYS
    API_KEYS = API_KEYS
    KEY_ID_SECRET = KEY_ID_SECRET

    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def auth(role: str) -> dict[str, str]:
        return auth(role)

    def settings(self, cache: Path, **overrides: Any) -> Settings:
        return make_settings(self.store, cache, **overrides)

    @staticmethod
    def train_screener() -> Any:
        return train_screener()

    def register_good_version(self, name: str) -> str:
        """Register the good model once more under ``name``; returns the new version."""
        import mlflow

        mlflow.set_tracking_uri(self.store.uri)  # MLflow resolves the logged model through its global URIs
        mlflow.set_registry_uri(self.store.uri)
        try:
            return str(mlflow.register_model(self.store.good_model_uri, name).version)
        finally:
            mlflow.set_tracking_uri(UNREACHABLE)
            mlflow.set_registry_uri(UNREACHABLE)


@pytest.fixture(scope="session")
def kit(store: Store) -> Kit:
    return Kit(store)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def client(store: Store, cache_dir: Path) -> Iterator[TestClient]:
    """A client of an app serving version 1 of the champion, lifespan running for the whole session."""
    app = create_app(make_settings(store, cache_dir))
    with TestClient(app) as c:
        yield c
