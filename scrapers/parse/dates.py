"""Reading dates as Chinese government pages print them, without ever guessing.

Accepted: 2022-02-25, 2022年2月25日, 2022/2/25, 2022.2.25 (any of them with a time after it,
full-width digits too), 二〇二二年二月二十五日 with the zero printed any way typists print it
(〇 ○ 零 0 ０ O: 二0二二年, 二零二二年), and the compact 20220225. Anything else reads as None:
the caller keeps the raw text and flags it.

A date typed without its 年月日 (`201836`, `2020415`, seen on old notices) is read by
`read_unseparated_date` only when its digits split into a month and a day in exactly one way
(36 → 3月6日; 415 → 4月15日); `2018111` (1月11日 or 11月1日) and `201812` (also a year and month)
stay unread. Callers flag a date read this way.
"""

from __future__ import annotations

import datetime as dt
import re

# Full-width ASCII (digits, punctuation) to half-width, one character for one, so offsets hold.
FULLWIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
FULLWIDTH_TO_ASCII.update({0x3000: 0x20, 0xA0: 0x20})

_SEPARATED = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_CN_DIGITS = "〇一二三四五六七八九"
# A year in Chinese numerals; its zero is printed as 〇, ○, 零, a digit 0 or a letter O (full-width
# forms are folded to ASCII before matching).
_CN_YEAR_DIGIT = "〇○零0Oo一二三四五六七八九"
_CN_YEAR_VALUE = {ch: _CN_DIGITS.index(ch) for ch in _CN_DIGITS} | {ch: 0 for ch in "○零0Oo"}
_CN_DATE = re.compile(rf"(?<![0-9A-Za-z])([{_CN_YEAR_DIGIT}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,3}})\s*月\s*([一二三四五六七八九十]{{1,3}})\s*[日号]")
# A line that is nothing but a date (a notice's or report's signing line), readable or not.
_DATE_LINE = re.compile(
    r"^[\s(（]*[0-9０-９〇○零OＯ一二三四五六七八九十]{2,}[0-9０-９〇○零OＯ一二三四五六七八九十年月日号.．/／\-－\s]*[)）]?$"
)

MIN_YEAR, MAX_YEAR = 1949, 2100


def small_chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23 (up to 99); None for anything else."""
    if not text or any(ch not in "一二三四五六七八九十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS.index(text) if len(text) == 1 else None
    tens_part, _, ones_part = text.partition("十")
    if "十" in ones_part or len(tens_part) > 1 or len(ones_part) > 1:
        return None
    tens = _CN_DIGITS.index(tens_part) if tens_part else 1
    ones = _CN_DIGITS.index(ones_part) if ones_part else 0
    return tens * 10 + ones if tens else None


def _cn_year(digits: str) -> int:
    return int("".join(str(_CN_YEAR_VALUE[ch]) for ch in digits))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(raw: str | None) -> dt.date | None:
    """The first date printed in raw, or None when there is none that is certainly a date."""
    if not raw:
        return None
    text = raw.translate(FULLWIDTH_TO_ASCII)
    match = _SEPARATED.search(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _CN_DATE.search(text)
    if match:
        year = _cn_year(match[1])
        month, day = small_chinese_number(match[2]), small_chinese_number(match[3])
        return _valid(year, month, day) if month and day else None
    match = _COMPACT.search(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    return None


_UNSEPARATED = re.compile(r"(?<!\d)((?:19|20)\d{2})([1-9]\d{0,2})(?!\d)")


def read_unseparated_date(raw: str | None) -> dt.date | None:
    """A year followed by an unpadded month and day with nothing between, when only one split is a date."""
    if not raw:
        return None
    text = raw.translate(FULLWIDTH_TO_ASCII).strip()
    match = _UNSEPARATED.fullmatch(text)
    if not match or len(match[2]) < 2:
        return None
    year, rest = int(match[1]), match[2]
    if len(rest) == 2 and 1 <= int(rest) <= 12:
        return None  # 201812 is as likely December 2018
    readings = {_valid(year, int(rest[:cut]), int(rest[cut:])) for cut in range(1, len(rest))
                if not rest[cut:].startswith("0")}
    readings.discard(None)
    return readings.pop() if len(readings) == 1 else None


def is_date_line(line: str) -> bool:
    """True for a short line made only of date characters, e.g. '2022年2月25日' or '201836'."""
    return len(line) <= 24 and _DATE_LINE.match(line) is not None


_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*(?:[-—–~至到]\s*(?:(?:19|20)\d{2}|\d{2})\s*)?(?:学年|年度|年)")
_CN_YEAR_IN_TITLE = re.compile(rf"(?<![0-9A-Za-z])([{_CN_YEAR_DIGIT}]{{4}})\s*(?:学年|年度|年)")


def year_in_title(title: str | None) -> int | None:
    """The year a title is about: 2022年工作要点 → 2022, 2022-2023学年 → 2022."""
    if not title:
        return None
    text = title.translate(FULLWIDTH_TO_ASCII)
    match = _YEAR_IN_TITLE.search(text)
    if match:
        year = int(match[1])
        return year if MIN_YEAR <= year <= MAX_YEAR else None
    match = _CN_YEAR_IN_TITLE.search(text)
    if match:
        year = _cn_year(match[1])
        return year if MIN_YEAR <= year <= MAX_YEAR else None
    return None
