"""Smoke test of the real-data benchmark: one small dataset, subsampled, through the khatkrong CLI.

Runs when ``../shared/data`` exists beside the repository (as in CI); skips with a clear message otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import realdata, report
from bench.datasets import DataMissing, data_dir, load, stratified_holdout, subsample

try:
    DATA: Path | None = data_dir()
    WHY = ""
except DataMissing as exc:
    DATA, WHY = None, str(exc)

needs_data = pytest.mark.skipif(DATA is None, reason=WHY or "no data")


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("bench")
    return realdata.run(
        ["hatethaisent"],
        max_train=240,
        max_test=120,
        speed_n=100,
        peers=["svm", "svm_strong"],
        tokenizers=False,
        work_dir=work,
        log=lambda _m: None,
    )


@pytest.mark.realdata
@pytest.mark.slow
@needs_data
def test_benchmark_runs_through_the_cli_and_peers(smoke: dict) -> None:
    s = smoke["datasets"]["hatethaisent"]["summary"]
    for model in ("ours", "svm", "svm_strong"):
        assert 0.5 <= s[model]["accuracy"] <= 1.0, (model, s[model])
        assert 0.0 < s[model]["macro_f1"] <= 1.0
        assert s[model]["fit_seconds"] > 0
        assert s[model]["texts_per_s"] > 0
    assert {r["label"] for r in s["ours"]["per_class"]} == {"0", "1"}
    json.dumps(smoke, ensure_ascii=False)  # the results file must serialise


@pytest.mark.realdata
@needs_data
def test_page_keeps_the_scoring_service_section(smoke: dict, tmp_path: Path) -> None:
    page = tmp_path / "benchmarks.md"
    page.write_text("# old\n\nstale\n\n## Scoring service\n\nkept 123\n", encoding="utf-8")
    report.write_page(smoke, page)
    text = page.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks")
    assert "stale" not in text
    assert text.endswith("## Scoring service\n\nkept 123\n")
    assert "| hatethaisent | **Khatkrong (CLI)** |" in text
    assert (tmp_path / report.PLOT).stat().st_size > 0


@needs_data
def test_loaders_drop_what_the_spec_says() -> None:
    traffy = load("traffy")
    train, test = traffy.folds[0]
    assert not (train.text == "ไม่แสดงรายละเอียด").any() and not (test.text == "ไม่แสดงรายละเอียด").any()
    assert set(test.label) <= set(train.label)
    tox = load("toxicity")
    assert len(tox.folds) == 5
    assert not any((te.text == "TWEET_NOT_FOUND").any() for _, te in tox.folds)


def test_goals_say_per_dataset_whether_ours_matches_the_stronger_peer() -> None:
    def summary(ours: float, strong: float) -> dict:
        return {"summary": {"ours": {"macro_f1": ours, "accuracy": 0.9}, "svm_strong": {"macro_f1": strong}}}

    lines = report.goals(
        {"datasets": {"truevoice": summary(0.91, 0.88), "hatethaisent": summary(0.8649, 0.8679)}}
    )
    assert (
        "| matches or beats svm_strong on truevoice (macro-F1) | 0.9100 vs 0.8800 (+0.0300) | yes |" in lines
    )
    assert (
        "| matches or beats svm_strong on hatethaisent (macro-F1) | 0.8649 vs 0.8679 (-0.0030) | **no** |"
        in lines
    )


def test_helpers_without_data() -> None:
    import pandas as pd

    df = pd.DataFrame({"text": [f"ข้อความ {i}" for i in range(40)], "label": ["a"] * 30 + ["b"] * 10})
    rest, held = stratified_holdout(df, 0.2)
    assert len(held) == 8 and set(held.label) == {"a", "b"} and len(rest) == 32
    small = subsample(df, 10)
    assert len(small) <= 11 and set(small.label) == {"a", "b"}
    texts = realdata.texts_of_length(["กขค", "ง"], 5, chars=300)
    assert len(texts) == 5 and all(len(t) == 300 for t in texts)


def test_missing_data_skips_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DataMissing, match="skipping"):
        data_dir(tmp_path / "nowhere")
    assert (
        realdata.main(
            ["--data", str(tmp_path / "nowhere"), "--no-page", "--results", str(tmp_path / "r.json")]
        )
        == 0
    )
