"""Thirteenth blind holdout (tests/holdout13): sixteen pages sampled as a crawler would save them from sixteen
local governments' portals and education bureau sites, written without reading the parser and scored on the
first set's bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Same conventions as set 3: texts compared with all whitespace removed; an item's text is its own part
(it ends where its first sub-item starts); heads and tails given without the marker; a null answer marker
is not compared. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout13(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout13"
    conventions = answer_file_conventions(page_range=(15, 16))
