"""Quantitative targets: exact rows on the dev set, precision/recall/value/status on dev and holdout."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.enrich.targets import KNOWN_UNITS, TARGETS_VERSION, doc_kind_for_section, extract_targets, unit_rows

LABELLED = Path(__file__).parent / "labelled" / "targets"
DEV = yaml.safe_load((LABELLED / "dev.yaml").read_text(encoding="utf-8"))
HOLDOUT = yaml.safe_load((LABELLED / "holdout.yaml").read_text(encoding="utf-8"))

SCORED_FIELDS = ("value", "value_max", "unit_normalized", "scale")
BAR = {"precision": 0.95, "recall": 0.90, "value": 0.98, "status": 0.95}


def _run(case: dict):
    doc_kind = doc_kind_for_section(case["doc_kind"], case.get("section_heading"))
    return extract_targets(case["text"], doc_kind=doc_kind)


def _offsets(text: str, span: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def _expected_rows(case: dict) -> list[dict]:
    rows = []
    for label in case["targets"]:
        start, end = _offsets(case["text"], label["span"], label.get("nth", 0))
        row = {key: value for key, value in label.items() if key != "nth"}
        rows.append({**row, "start": start, "end": end, "value_max": label["value_max"], "scale": float(label["scale"])})
    return rows


@pytest.mark.parametrize("case", DEV, ids=[case["id"] for case in DEV])
def test_dev_rows_are_exact(case):
    expected = _expected_rows(case)
    fields = ("span", "start", "end", "value", "value_max", "unit_normalized", "scale", "comparator", "status",
              "hedged", "deadline", "subject")
    got = [{field: getattr(target, field) for field in fields} for target in _run(case)]
    assert got == [{field: row[field] for field in fields} for row in expected]


def score(cases: list[dict]) -> dict[str, float]:
    """A prediction matches the gold row whose span it overlaps; fields are compared on matches."""
    predicted = gold = matched = value_ok = status_ok = 0
    for case in cases:
        expected = _expected_rows(case)
        targets = _run(case)
        predicted += len(targets)
        gold += len(expected)
        unused = list(expected)
        for target in targets:
            row = next((row for row in unused if target.start < row["end"] and row["start"] < target.end), None)
            if row is None:
                continue
            unused.remove(row)
            matched += 1
            value_ok += all(getattr(target, field) == row[field] for field in SCORED_FIELDS)
            status_ok += target.status == row["status"]
    return {
        "precision": matched / predicted if predicted else 1.0,
        "recall": matched / gold if gold else 1.0,
        "value": value_ok / matched if matched else 1.0,
        "status": status_ok / matched if matched else 1.0,
        "gold": gold,
    }


@pytest.mark.parametrize("name, cases", [("dev", DEV), ("holdout", HOLDOUT)])
def test_scores_meet_the_bar(name, cases):
    scores = score(cases)
    print(name, {key: round(value, 3) for key, value in scores.items()})
    assert scores["gold"] > 50
    for measure, floor in BAR.items():
        assert scores[measure] >= floor, (name, measure, scores)


def test_issue_examples():
    text = "新改扩建幼儿园42处，招聘公办幼儿教师800人以上，公办园在园幼儿占比达到55%以上。"
    rows = [(t.span, t.value, t.unit, t.unit_normalized, t.comparator, t.subject) for t in extract_targets(text)]
    assert rows == [
        ("42处", 42.0, "处", "处", None, "新改扩建幼儿园"),
        ("800人以上", 800.0, "人", "人", "以上", "公办幼儿教师"),
        ("达到55%以上", 55.0, "%", "%", "以上", "公办园在园幼儿占比"),
    ]


@pytest.mark.parametrize(
    "text, value, value_max, unit, scale, comparator",
    [
        ("投入1.2亿元", 1.2, None, "亿元", 1e8, None),
        ("投入3000余万元", 3000.0, None, "万元", 1e4, "余"),
        ("建成十二所", 12.0, None, "所", 1.0, None),
        ("新建两个基地", 2.0, None, "个", 1.0, None),
        ("培育2~3支团队", 2.0, 3.0, "支", 1.0, None),
        ("改造2至3所", 2.0, 3.0, "所", 1.0, None),
        ("组建3—5个集团", 3.0, 5.0, "个", 1.0, None),
        ("绿化１２００平方米", 1200.0, None, "平方米", 1.0, None),  # full-width digits
        ("新增3万平方米", 3.0, None, "万平方米", 1e4, None),
        ("惠及5万人", 5.0, None, "万人", 1e4, None),
        ("结成友好学校12对", 12.0, None, "对", 1.0, None),
        ("平均分提高3.5分", 3.5, None, "分", 1.0, "提高"),
        ("建成笼式足球场6片", 6.0, None, "片", 1.0, None),
        ("出口带宽达到100Mbps", 100.0, None, "Mbps", 1.0, "达到"),
        ("建设10G教育城域网", 10.0, None, "G", 1.0, None),
        ("配送大米50吨", 50.0, None, "吨", 1.0, None),
        ("安装光伏设备1.5兆瓦", 1.5, None, "兆瓦", 1.0, None),
        ("新开设兴趣班40个班", 40.0, None, "个班", 1.0, None),
    ],
)
def test_numbers_units_and_scales(text, value, value_max, unit, scale, comparator):
    [target] = extract_targets(text)
    assert (target.value, target.value_max, target.unit, target.scale, target.comparator) == (
        value, value_max, unit, scale, comparator)
    assert text[target.start : target.end] == target.span


@pytest.mark.parametrize(
    "text",
    [
        "2022年2月25日印发",
        "省第十五届学运会，第39个教师节，第九届评选",
        "实施“十四五”学前教育提升行动和七五普法",
        "坚定捍卫“两个确立”，增强“四个意识”，开展“三全育人”",
        "构建1+N模式，实行5+2服务，落实3+1+2方案，形成“1246”工作思路和“三抓三促”行动",
        "实施淄博二中新改扩建工程，开展“一校一品”和“一校一案”，回头看“四个100%”",
        "电话：022-66896693，网站标识码：1201160007",
        "根据《通知》（津教〔2022〕8号）办理，上午8:30开始",
        "超过1000人学校配备专职心理健康教育教师",
        "市委十一届十一次、十二次全会和区委四届三次全会",
        "持续开展隐患排查整治和专项整治两项行动",
        "着力建设一支高素质教师队伍，创建一批示范校",
        "学校安全专项整治三年行动，支持5年制高职，力争3年内实现全员研训",
        "招收年满3周岁的适龄儿童，开展一次性补助",
        "推进5G校园应用，部署IPv6，索引号11370300004224677M/2022-0001",
        "开展师生1对1结对帮扶和“一对一”辅导，推进3对接工作",
        "考试于9时30分开始，学校十分重视，按3分类推进，建设3校区",
        "推进实验学校二期工程和三期规划",
        "距学校3公里以上的学生安排寄宿，离家超过5公里的学生享受补助",
        "对及格率低于60%的学校进行约谈，对近视率高于50%的班级开展干预",
        "全面消除66人以上超大班额，3000人以上规模学校配备安全干部",
    ],
)
def test_not_targets(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize(
    "text, doc_kind, status, hedged",
    [
        ("力争2个区县达到标准", "plan", "planned", True),
        ("确保入学率达到97%以上", "plan", "planned", True),
        ("新建中小学5所，已投入使用", "plan", "achieved", False),
        ("累计组织教师培训1.2万人次", "report", "achieved", False),
        ("明年计划再招聘教师300名", "report", "planned", False),
        ("新建幼儿园3所", "report", "achieved", False),
        ("争取省级专项资金5000万元", "report", "achieved", False),  # secured
        ("确保入学率达到97%以上", "report", "achieved", False),
        ("下一步将争取资金1亿元", "report", "planned", True),
        ("力争新建学校5所", "report", "planned", True),
        ("在去年招聘教师300名的基础上", "plan", "achieved", False),  # a baseline
        ("去年全市新增学位4500个", "plan", "achieved", False),
        ("比去年增加学位600个", "plan", "planned", False),  # compared with last year, still planned
        ("招生人数是上年的1.2倍", "plan", "planned", False),
    ],
)
def test_status_and_hedge(text, doc_kind, status, hedged):
    [target] = extract_targets(text, doc_kind=doc_kind)
    assert (target.status, target.hedged) == (status, hedged)


def test_small_chinese_counts_closing_their_phrase():
    # the noun comes first and the count closes the phrase: a committed count, not a list's size
    text = "改建农村小学两所，扩建初中一所，评选优秀教师五十名、优秀班主任十名。"
    assert [(t.span, t.value, t.subject) for t in extract_targets(text)] == [
        ("两所", 2.0, "改建农村小学"),
        ("一所", 1.0, "扩建初中"),
        ("五十名", 50.0, "优秀教师"),
        ("十名", 10.0, "优秀班主任"),
    ]
    # a list's size sits before its noun, and a bare 二 before a classifier is an ordinal
    assert extract_targets("抓好两项保障，实施校舍改造项目二期，最多跑一次") == []


def test_deadlines():
    assert [t.deadline for t in extract_targets("力争到2025年，建成示范园3所、试点园8所。")] == ["到2025年", "到2025年"]
    assert [t.deadline for t in extract_targets("计划2023年秋季学期前建成学校2所")] == ["2023年秋季学期前"]
    assert [t.deadline for t in extract_targets("年内创建2所以上省一类幼儿园")] == ["年内"]
    assert [t.deadline for t in extract_targets("今年力争在2022年基础上新增学位500个")] == ["今年"]


def test_doc_kind_for_section():
    assert doc_kind_for_section("report", "三、2022年工作打算") == "plan"
    assert doc_kind_for_section("report", "一、主要工作成效") == "report"
    assert doc_kind_for_section("plan", None) == "plan"


def test_units_are_known_and_loadable():
    emitted = {t.unit_normalized for case in DEV + HOLDOUT for t in _run(case)}
    assert emitted <= KNOWN_UNITS
    rows = unit_rows()
    assert {row["unit_normalized"] for row in rows} == KNOWN_UNITS
    assert {"unit_normalized": "元", "dimension": "money"} in rows
    assert {"unit_normalized": "个百分点", "dimension": "share_change"} in rows
    assert {"unit_normalized": "Mbps", "dimension": "bandwidth"} in rows
    assert {"unit_normalized": "分", "dimension": "score"} in rows
    assert isinstance(TARGETS_VERSION, str) and TARGETS_VERSION


_ALPHABET = "对分片班校MG0123456789０１２.,-—~至到一二两三十百千万亿余多以上左右不少于达到所个人名%元平方米年第“”《》+，。、的学校建成新增力争已"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spans_always_index_the_text(text):
    for target in extract_targets(text):
        assert text[target.start : target.end] == target.span
        assert target.unit_normalized in KNOWN_UNITS
        assert target.value_max is None or target.value_max >= 0
