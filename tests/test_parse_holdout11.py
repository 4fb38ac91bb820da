"""Eleventh blind holdout (tests/holdout11): a random-sample-style set of 16 county, district and city
education bureau pages from 16 provinces (2019–2025), written without reading the parser and scored on
the common bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Same Conventions as set 3: texts compared with all whitespace removed; an item's text is its own
part (it ends where its first sub-item starts); heads and tails are given without the marker; a null
answer marker is not compared. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout11(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout11"
    conventions = answer_file_conventions(page_range=(15, 16))
