"""Fifteenth blind holdout (tests/holdout15): an education-policy researcher's crawl, scored on the common bar.

Sixteen pages found by searching government sites for 教育工作要点 / 工作计划 / 工作总结 / 推进情况 (a 省教育厅,
a 市政府 republishing its 教育局's plan, 区 pages under 政务公开 catalogues, small county bureau sites, 教体局 and
教育科技局 pages, 2018–2025), written without reading the parser. The bar (tests/holdout_scoring.py): at least 98%
of items and of sub-items found with exact boundaries and numbering, at least 98% of the numbered parts the
parser emits matching an expected one, every section count right, every metadata field a page carries read
exactly and none invented, no page furniture in the body. Texts are compared with all whitespace removed; an
item's text is its own part (it ends where its first sub-item starts); heads and tails are given without the
marker; a null answer marker is not compared. Run with -s for the per-page table.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout15(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout15"
    conventions = answer_file_conventions(page_range=(15, 16))
