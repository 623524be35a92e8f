"""LABELS.md's boundary rules, on hand-written texts, for a model trained on the generated corpus.

Each rule of the labelling guide gets a pair (or more) of hand-written reports that differ only in what the rule
turns on; a model trained on a freshly generated corpus (TrainConfig defaults, frame-held-out validation) must
label both sides as the guide says. The texts are written for these tests (none comes from a real ticket).
"""

from __future__ import annotations

import pandas as pd
import pytest

from training.corpus.generate import generate
from training.corpus.split import group_split
from training.train import TrainConfig

ROWS = 12_000


@pytest.fixture(scope="module")
def screener():  # noqa: ANN201
    df = pd.DataFrame([r.__dict__ for r in generate(ROWS, seed=11)])
    parts = group_split(df, group="frame", stratify=["category", "credibility"], val=0.1, test=0.01, seed=0)
    train = pd.concat([parts.train, parts.test])
    return (
        TrainConfig()
        .screener()
        .fit(
            train.text.tolist(),
            category=train.category.tolist(),
            credibility=train.credibility.tolist(),
            val_texts=parts.val.text.tolist(),
            val_category=parts.val.category.tolist(),
            val_credibility=parts.val.credibility.tolist(),
        )
    )


def _labels(screener, texts: list[str], head: str) -> list[str]:  # noqa: ANN001
    return [r.head(head).label for r in screener.screen(texts, evidence=0)]


VENDORS = "แผงลอยตั้งขายเต็มทางเท้าหน้าปากซอยรามคำแหง 24 ทุกเย็น คนเดินต้องลงไปเดินบนถนน"


@pytest.mark.slow
def test_rule1_omission_counts(screener) -> None:  # noqa: ANN001
    plain = VENDORS
    omission = VENDORS + " แจ้งเทศกิจไปสามครั้งแล้ว เทศกิจไม่เคยมาจัดการเลย ปล่อยปละละเลย"
    assert _labels(screener, [plain, omission], "category") == ["service_issue", "abuse_of_power"]


@pytest.mark.slow
def test_rule2_insinuated_payment_wins(screener) -> None:  # noqa: ANN001
    texts = [
        VENDORS + " เทศกิจเดินผ่านทุกวันไม่เคยทำอะไร สงสัยว่ารับส่วยไปแล้ว",
        "รถบรรทุกดินวิ่งตอนกลางวันทั้งที่ห้าม ตำรวจยืนดูอยู่ที่ป้อม จ่ายแล้วจบ?",
    ]
    assert _labels(screener, texts, "category") == ["bribery", "bribery"]


@pytest.mark.slow
def test_rule3_slow_is_not_wrongdoing(screener) -> None:  # noqa: ANN001
    slow = "ถนนซอยลาดพร้าว 101 เป็นหลุมใหญ่ แจ้งไปสามสัปดาห์แล้วยังไม่มีใครมาซ่อม"
    ignored = (
        "ถนนซอยลาดพร้าว 101 เป็นหลุมใหญ่ แจ้งเขตไปห้าครั้ง เจ้าหน้าที่เพิกเฉย ไม่ยอมมาดู "
        "บอกว่าไม่ใช่หน้าที่ แต่ซอยข้าง ๆ ที่บ้านผู้ใหญ่อยู่ซ่อมให้ทันที"
    )
    assert _labels(screener, [slow, ignored], "category") == ["service_issue", "abuse_of_power"]


@pytest.mark.slow
def test_rule4_false_completion_is_misconduct(screener) -> None:  # noqa: ANN001
    text = "แจ้งเรื่องท่อระบายน้ำอุดตันหน้าตลาด เจ้าหน้าที่ปิดเรื่องว่าดำเนินการเสร็จแล้ว เอารูปเก่ามาแนบ ความจริงยังไม่มีใครมาทำเลย"
    assert _labels(screener, [text], "category") == ["misconduct"]


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="known failure (issue 8): the model reads omission plus 'เก็บเงินจากร้าน' as abuse_of_power; the corpus "
    "has too few frames where a collection of money sits beside dereliction",
)
def test_rule5_money_over_omission(screener) -> None:  # noqa: ANN001
    text = "ร้านอาหารตั้งโต๊ะเต็มทางเท้าซอยสุขุมวิท 11 ทุกคืน แจ้งไปหลายครั้งเทศกิจไม่เคยจัดการ เห็นเทศกิจมาเก็บเงินจากร้านทุกสิ้นเดือน"
    assert _labels(screener, [text], "category") == ["bribery"]


@pytest.mark.slow
def test_credibility_follows_substance_not_vocabulary(screener) -> None:  # noqa: ANN001
    legal = (
        "ขอร้องเรียนสำนักงานเขตบางกะปิ กรณีส่อทุจริตและละเว้นการปฏิบัติหน้าที่ อาคารพาณิชย์ในซอยรามคำแหง 39 "
        "ต่อเติมรุกล้ำทางสาธารณะ ขัดข้อบัญญัติกรุงเทพมหานคร แจ้งแล้วไม่มีการดำเนินการ"
    )
    angry = "ไฟถนนซอยเพชรเกษม 48 ดับมาสองเดือน โคตรมืด เดินกลับบ้านกลัวมาก แม่งไม่มีใครสนใจเลย"
    rant = "ทุจริตกันทั้งประเทศ โกงกินกันหมด ไม่มีใครดีสักคน"
    assert _labels(screener, [legal, angry, rant], "credibility") == ["credible", "credible", "frivolous"]
