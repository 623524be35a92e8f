"""The model's vocabularies: the labels it predicts and the decisions it suggests.

One place for the words every layer shares: the corpus generator labels with them, the pipeline decides
with them, the API's response schema validates against them.
"""

from __future__ import annotations

from typing import Literal, get_args

Category = Literal[
    "procurement",
    "bribery",
    "embezzlement",
    "abuse_of_power",
    "conflict_of_interest",
    "misconduct",
    "service_issue",
    "other",
]
Credibility = Literal["credible", "frivolous", "malicious"]
Decision = Literal["proceed", "review", "deprioritize"]
Head = Literal["category", "credibility"]
Direction = Literal["raises", "lowers"]

CATEGORIES: tuple[str, ...] = get_args(Category)
"""The categories of the default corpus (a model trained on an agency's own history may have others)."""
CREDIBILITY: tuple[str, ...] = get_args(Credibility)
"""Credibility labels: ``credible`` must be among a credibility head's classes."""
DECISIONS: tuple[str, ...] = get_args(Decision)
"""Advisory decisions: ``proceed``; ``review`` (malicious likelier); ``deprioritize`` (frivolous likelier)."""
HEADS: tuple[str, ...] = get_args(Head)
"""The prediction heads of a screener, in the order results list them."""
DIRECTIONS: tuple[str, ...] = get_args(Direction)
"""Whether a piece of evidence raises or lowers the probability of the label it explains."""
