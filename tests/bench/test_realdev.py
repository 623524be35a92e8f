"""bench/realdev.py: the real-dev figures, computed the way the real-dev README defines them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.realdev import figures, keyword_rule


def test_figures_follow_the_readme_definitions() -> None:
    true_cat = ["service_issue"] * 6 + ["abuse_of_power"] * 5 + ["bribery"]
    pred_cat = (
        ["service_issue"] * 5 + ["misconduct"] + ["abuse_of_power"] * 3 + ["service_issue"] * 2 + ["bribery"]
    )
    true_cred = ["credible"] * 10 + ["frivolous"] * 2
    pred_cred = ["credible"] * 9 + ["frivolous"] + ["frivolous"] * 2
    proceed = [True] * 9 + [False] * 3
    f = figures(true_cat, pred_cat, true_cred, pred_cred, proceed)
    # classes with 5+ rows: service_issue (P 5/7, R 5/6) and abuse_of_power (P 1, R 3/5); bribery (1 row) left out
    f1_service = 2 * (5 / 7) * (5 / 6) / (5 / 7 + 5 / 6)
    f1_abuse = 2 * 1 * 0.6 / 1.6
    assert f["category macro-F1 (5+ rows)"] == pytest.approx((f1_service + f1_abuse) / 2)
    # wrongdoing alleged: true 6 (5 abuse + 1 bribery), predicted 5 (misconduct, 3 abuse, bribery), 4 right
    assert f["wrongdoing precision"] == pytest.approx(4 / 5) and f["wrongdoing recall"] == pytest.approx(
        4 / 6
    )
    assert f["credible labelled frivolous"] == pytest.approx(0.1)
    assert f["credible proceed"] == pytest.approx(0.9)


def test_keyword_rule_reads_the_guide_words() -> None:
    cats, creds = keyword_rule(["เทศกิจน่าจะได้ส่วย", "แจ้งหลายครั้งแล้วเขตละเลย", "ถนนพังหน้าบ้าน", "ก"])
    assert cats == ["bribery", "abuse_of_power", "service_issue", "service_issue"]
    assert creds == ["credible", "credible", "credible", "frivolous"]


@pytest.mark.realdata
def test_realdev_joins_every_labelled_row() -> None:
    shared = Path(__file__).resolve().parents[3] / "shared"
    if not (shared / "real-dev" / "labels.jsonl").is_file():
        pytest.skip("no ../shared/real-dev beside the repository")
    from training.corpus.real import load_realdev

    dev = load_realdev(shared)
    assert len(dev) == 210 and dev["text"].str.len().min() > 0
