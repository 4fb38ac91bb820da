"""Twelfth blind holdout (tests/holdout12): sixteen education bureaus' 信息公开 pages, weighted to metadata.

A random sample in spirit: one page each from 北京/上海/重庆 districts, 海南, 宁夏, 青海, 西藏, 新疆, 广东, 江苏,
山东, 四川, 河北, 云南, 黑龙江 and 广西 bureaus, 2018–2025, each in its own template, encoding and metadata
placement; answers written before the parser was ever run on them (see tests/holdout12/README.md).
Scored on the common bar (tests/holdout_scoring.py) with set 3's conventions: texts compared with all
whitespace removed, an item's text is its own part (it ends where its first sub-item starts), heads and
tails given without the marker. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout12(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout12"
    conventions = answer_file_conventions(page_range=(16, 16))
