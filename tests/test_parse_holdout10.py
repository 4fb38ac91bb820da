"""Tenth blind holdout (tests/holdout10): metadata as real 2018–2025 pages print it, scored on the first set's bar.

Sixteen pages whose 标题/索引号/文号/发布日期/发布机构 sit in th/td and td/td tables (two or three pairs a row,
padded labels, values in <a>/<span>), dl/dt/dd, ul/li <label>, div grids, label | value rows, bracketed
labels, header lines (丨, &nbsp;, full-width digits, weekdays, times), <meta> tags and a <script> that writes
the date; with placeholder values and a table and header line that disagree (see tests/holdout10/README.md).
The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Texts are compared with all whitespace removed; an item's text is its own part (it ends where its
first sub-item starts); heads and tails are given without the marker. Run with -s for the per-page table.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout10(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout10"
    conventions = answer_file_conventions(page_range=(15, 16), page_column=42)
