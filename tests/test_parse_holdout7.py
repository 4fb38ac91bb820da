"""Seventh blind holdout (tests/holdout7): volume in the common real shapes, scored on the first set's bar.

Eleven long pages (287 items, 36 sub-items): city and county 工作要点 numbered through 1.–42., a plan
whose items restart in every section, （一） items with 1. sub-items, a 工作总结 with 一是/二是, a
推进情况, a notice wrapping a plan, GBK pages. The bar (tests/holdout_scoring.py): at least 98% of
items and of sub-items found with exact boundaries and numbering, at least 98% of the numbered parts
the parser emits matching an expected one, every section count right, every metadata field a page
carries read exactly and none invented, no page furniture in the body. Same answer conventions as
set 3: whitespace-free texts, an item's text is its own part, heads and tails without the marker.
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout7(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout7"
    conventions = answer_file_conventions(page_range=(10, 12))
