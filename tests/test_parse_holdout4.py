"""Fourth blind holdout (tests/holdout4): pages written without reading the parser, scored on the first set's bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Texts are compared with all whitespace removed; an item's text is its own part (it ends where its
first sub-item starts). As in set 3, heads and tails are given without the marker, so the marker is cut
from the part's text first; a null answer marker is not compared. tests/holdout4/README.md states the
answer decisions (three levels, （一） sections, tables inside items, notices, 版记).
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout4(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout4"
    conventions = answer_file_conventions(page_range=(15, 16))
