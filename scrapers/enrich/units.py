"""Units a quantitative target can be printed in, and what each one normalises to.

A printed unit is an optional multiplier (万, 亿, ...) followed by a base unit: 万平方米 is
平方米 × 1e4. The table lists base units only; multipliers combine with any of them.
"""

from __future__ import annotations

# base unit as printed -> (normalised unit, dimension)
BASE_UNITS: dict[str, tuple[str, str]] = {
    "元": ("元", "money"),
    "平方米": ("平方米", "area"),
    "平米": ("平方米", "area"),
    "㎡": ("平方米", "area"),
    "平方公里": ("平方公里", "area"),
    "公顷": ("公顷", "area"),
    "亩": ("亩", "area"),
    "公里": ("公里", "length"),
    "千米": ("公里", "length"),
    "米": ("米", "length"),
    "%": ("%", "share"),
    "‰": ("‰", "share"),
    "个百分点": ("个百分点", "share_change"),
    "倍": ("倍", "ratio"),
    "人次": ("人次", "attendance"),
    "人": ("人", "people"),
    "名": ("名", "people"),
    "位": ("位", "people"),
    "户": ("户", "households"),
    "所": ("所", "count"),
    "个": ("个", "count"),
    "处": ("处", "count"),
    "项次": ("项次", "count"),
    "项": ("项", "count"),
    "场次": ("场次", "count"),
    "场": ("场", "count"),
    "次": ("次", "count"),
    "家": ("家", "count"),
    "支": ("支", "count"),
    "间": ("间", "count"),
    "套": ("套", "count"),
    "台": ("台", "count"),
    "节": ("节", "count"),
    "门": ("门", "count"),
    "座": ("座", "count"),
    "栋": ("栋", "count"),
    "块": ("块", "count"),
    "辆": ("辆", "count"),
    "册": ("册", "count"),
    "本": ("本", "count"),
    "件": ("件", "count"),
    "张": ("张", "count"),
    "份": ("份", "count"),
    "篇": ("篇", "count"),
    "部": ("部", "count"),
    "条": ("条", "count"),
    "种": ("种", "count"),
    "批": ("批", "count"),
    "期": ("期", "count"),
    "对": ("对", "count"),  # 友好学校10对: pairs
    "片": ("片", "count"),  # 足球场13片, 学区3片
    "片区": ("片区", "count"),
    "轮": ("轮", "count"),
    "堂": ("堂", "count"),
    "岗": ("岗", "count"),
    "班": ("班", "count"),
    "个班": ("班", "count"),
    "校": ("校", "count"),  # 覆盖120校: a counter only when nothing follows it (see targets.py)
    "园": ("园", "count"),
    "分": ("分", "score"),  # 满意度得分92.5分; 分钟, 分之 and 时…分 are told apart in targets.py
    "学分": ("学分", "credit"),
    "Mbps": ("Mbps", "bandwidth"),
    "Mb/s": ("Mbps", "bandwidth"),
    "M": ("Mbps", "bandwidth"),  # 出口带宽1000M
    "兆": ("Mbps", "bandwidth"),
    "Gbps": ("Gbps", "bandwidth"),
    "Gb/s": ("Gbps", "bandwidth"),
    "G": ("Gbps", "bandwidth"),  # 10G; 5G (the network generation) is told apart in targets.py
    "吨": ("吨", "weight"),
    "公斤": ("公斤", "weight"),
    "千克": ("公斤", "weight"),
    "千瓦时": ("千瓦时", "energy"),
    "千瓦": ("千瓦", "power"),
    "兆瓦": ("兆瓦", "power"),
    "课时": ("课时", "duration"),
    "学时": ("学时", "duration"),
    "小时": ("小时", "duration"),
    "分钟": ("分钟", "duration"),
    "天": ("天", "duration"),
    "周": ("周", "duration"),
    "个月": ("个月", "duration"),
    "年": ("年", "duration"),
}

# multiplier as printed before a base unit -> factor
MULTIPLIERS: dict[str, float] = {"千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}

KNOWN_UNITS: frozenset[str] = frozenset(normalized for normalized, _ in BASE_UNITS.values())


def unit_rows() -> list[dict[str, str]]:
    """One row per normalised unit, for the warehouse's unit dimension table."""
    dimension_of = {normalized: dimension for normalized, dimension in BASE_UNITS.values()}
    return [{"unit_normalized": unit, "dimension": dimension_of[unit]} for unit in sorted(dimension_of)]
