"""Fourteenth blind holdout (tests/holdout14): sixteen pages in the spirit of a random sample of education
bureaus' 政府信息公开 pages (sixteen provinces and autonomous regions, 2018–2025), written without reading
the parser and scored on the first set's bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Answers follow set 3's conventions: texts compared with all whitespace removed; an item's text is its
own part (it ends where its first sub-item starts); heads and tails are given without the marker.
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout14(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout14"
    conventions = answer_file_conventions(page_range=(15, 16))
