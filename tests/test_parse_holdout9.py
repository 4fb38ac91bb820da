"""Ninth blind holdout (tests/holdout9): document-structure variety on ordinary templates, scored on the common bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Conventions as set 3: texts compared with all whitespace removed; an item's text is its own part (it
ends where its first sub-item starts); heads and tails are given without the printed marker; a null answer
marker is not compared. tests/holdout9/README.md states every debatable answer.
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout9(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout9"
    conventions = answer_file_conventions(page_range=(15, 16), page_column=44)
