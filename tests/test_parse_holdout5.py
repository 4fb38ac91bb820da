"""Fifth blind holdout (tests/holdout5): pages written without reading the parser, scored on the first set's bar.

Sixteen pages from 2023–2025 集约化 platforms (无障碍/关怀版 toolbars, xxgk-info rows, Vue-rendered articles,
hidden print and mobile copies of the body, header-only and gb2312-declared GBK). The bar
(tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and numbering,
at least 98% of the numbered parts the parser emits matching an expected one, every section count right, every
metadata field a page carries read exactly and none invented, no page furniture in the body. Conventions are
set 3's: texts compared with all whitespace removed; an item's text is its own part (it ends where its first
sub-item starts); heads and tails without the marker; a null answer marker (a marker printed with a space
inside, `3 .`) is not compared. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout5(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout5"
    conventions = answer_file_conventions(page_range=(15, 16))
