"""Third blind holdout (tests/holdout3): pages written without reading the parser, scored on the first set's bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Texts are compared with all whitespace removed; an item's text is its own part (it ends where its
first sub-item starts). This set's answers give heads and tails without the marker (an <ol><li> item
prints none), so the marker is cut from the part's text first; a null answer marker is not compared.
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout3(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout3"
    conventions = answer_file_conventions(page_range=(14, 16))
