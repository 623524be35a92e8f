"""The API's response models follow the model's result types and vocabularies."""

from __future__ import annotations

from typing import get_args

from model.labels import DECISIONS, DIRECTIONS
from model.result import DETAIL_KEYS
from service import schemas


def test_details_and_vocabularies_follow_the_model() -> None:
    assert tuple(schemas.Details.model_fields) == DETAIL_KEYS
    assert get_args(schemas.ScreenResult.model_fields["decision"].annotation) == DECISIONS
    assert get_args(schemas.Evidence.model_fields["direction"].annotation) == DIRECTIONS
