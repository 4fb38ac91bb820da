"""Rules real site families follow, each on a small page written for it (parser 1.2).

Documents whose top level is （一）, a trailing credit line closing the article, a 附件 line naming
an attachment in the middle of the numbering, and 信息公开 labels printed in brackets or under
other names.
"""

from __future__ import annotations

import pytest

from scrapers.parse import PARSER_VERSION, parse_page
from tests.parse_helpers import assert_tiles, numbers, page, shape


def zoom(*paragraphs: str) -> bytes:
    return page("<div id='zoom'>" + "".join(f"<p>{text}</p>" for text in paragraphs) + "</div>")


def test_parser_version_moved_with_the_output():
    assert PARSER_VERSION >= "1.2"  # moved on in 1.3 (test_parse_generic_rules3)


# --------------------------------------------------------------------------- 1. （一） as the top level


def test_a_plan_whose_top_level_is_paren_cn_has_it_as_sections_and_1_as_items():
    doc = parse_page(zoom("为办好人民满意的教育，制定本计划。",
                          "（一）落实立德树人", "1.加强思政课建设。配齐思政教师30名。", "2.推进劳动教育。建设基地4个。",
                          "（二）扩大教育资源", "1.新建幼儿园2所。", "2.改扩建小学3所。", "3.新增学位1800个。"),
                     "http://example/paren-top")
    assert shape(doc) == [
        ("preamble", "0", None), ("section", "1", "（一）"), ("item", "1.1", "1."), ("item", "1.2", "2."),
        ("section", "2", "（二）"), ("item", "2.1", "1."), ("item", "2.2", "2."), ("item", "2.3", "3.")]
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2),
                            ("section", 2, None), ("item", 2, 1), ("item", 2, 2), ("item", 2, 3)]
    assert doc.parts[1].section_heading == "落实立德树人"
    assert (doc.quality["numbering_scheme"], doc.quality["section_style"], doc.quality["item_style"]) == (
        "sections+items:per-section", "（一）", "1.")
    assert_tiles(doc)


def test_half_width_paren_cn_sections_with_1_dun_items_numbered_through():
    doc = parse_page(zoom("(一)队伍建设", "1、招聘教师120名。", "2、培训校长60名。", "(二)安全管理", "3、排查隐患。"),
                     "http://example/paren-top2")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2), ("section", 2, None), ("item", 2, 3)]
    assert doc.quality["numbering_scheme"] == "sections+items:through"


def test_paren_cn_items_with_sub_items_in_their_own_paragraphs_follow_the_same_nesting():
    # Under （一） the next finer family, here （1）, is the item level.
    doc = parse_page(zoom("（一）资助工作", "（1）发放助学金。", "（2）落实免补政策。", "（二）营养改善", "（1）覆盖学校80所。"),
                     "http://example/paren-top3")
    assert [(kind, marker) for kind, _, marker in shape(doc)] == [
        ("section", "（一）"), ("item", "（1）"), ("item", "（2）"), ("section", "（二）"), ("item", "（1）")]


def test_yi_sections_keep_paren_cn_items_and_1_sub_items():
    doc = parse_page(zoom("一、上半年工作", "（一）学位供给。新增学位900个。", "1.新建学校2所。", "2.扩建学校1所。",
                          "（二）课后服务。参与率98%。", "二、下半年打算", "（一）抓好开学。"), "http://example/report")
    assert [(kind, marker) for kind, _, marker in shape(doc)] == [
        ("section", "一、"), ("item", "（一）"), ("subitem", "1."), ("subitem", "2."), ("item", "（二）"),
        ("section", "二、"), ("item", "（一）")]


def test_yi_sections_keep_1_items():
    doc = parse_page(zoom("一、总体要求", "1.立德树人。", "2.五育并举。", "二、重点任务", "1.扩大资源。"), "http://example/plan")
    assert [(kind, marker) for kind, _, marker in shape(doc)] == [
        ("section", "一、"), ("item", "1."), ("item", "2."), ("section", "二、"), ("item", "1.")]


@pytest.mark.parametrize("markers", [("1.", "2.", "3."), ("（一）", "（二）", "（三）")])
def test_a_single_family_is_items_only(markers):
    doc = parse_page(zoom("今年重点抓好以下工作：", *(f"{m}完成任务{n}。" for n, m in enumerate(markers, 1))),
                     "http://example/flat")
    assert [(kind, marker) for kind, _, marker in shape(doc)] == [("preamble", None)] + [("item", m) for m in markers]
    assert doc.quality["numbering_scheme"] == "items-only"


# --------------------------------------------------------------------------- 3. 附件 inside the numbering


def test_an_attachment_named_inside_an_item_does_not_end_the_items():
    doc = parse_page(zoom("一、改善办学条件", "1.改造校舍。维修学校12所，暑期完工。", "附件：2023年校舍维修项目清单",
                          "2.建设食堂。新建食堂3个。", "二、提高质量", "3.推进课改。建设课改基地5个。"),
                     "http://example/attach-mid")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2), ("section", 2, None), ("item", 2, 3)]
    assert doc.parts[1].text == "1.改造校舍。维修学校12所，暑期完工。\n附件：2023年校舍维修项目清单\n"
    assert "closing" not in [p.path for p in doc.parts]


def test_an_attachment_line_before_the_next_section_does_not_end_the_sections():
    doc = parse_page(zoom("一、改善办学条件", "1.改造校舍。", "附件1：维修项目清单", "二、提高质量", "1.推进课改。"),
                     "http://example/attach-mid2")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("section", 2, None), ("item", 2, 1)]
    assert doc.parts[1].text == "1.改造校舍。\n附件1：维修项目清单\n"


@pytest.mark.parametrize(
    "closing",
    [
        # A numbered list after a section whose last item is 1: 2.… is the list going on, not item 2.
        ["附件：1.重点任务分解表", "2.民生实事项目清单"],
        ["附件：", "1.重点任务分解表", "2.民生实事项目清单"],
        ["附件：项目清单", "某县教育局", "2023年3月1日"],
    ],
)
def test_the_closing_attachments_list_still_ends_the_items(closing):
    doc = parse_page(zoom("一、总体要求", "1.立德树人。", "2.五育并举。", "二、重点任务", "1.扩大资源。", *closing),
                     "http://example/attach-end")
    assert [(kind, path) for kind, path, _ in shape(doc)][-2:] == [("item", "2.1"), ("paragraph", "closing")]
    assert doc.parts[-1].text == "\n".join(closing)


# --------------------------------------------------------------------------- 2. closing credit lines


@pytest.mark.parametrize(
    "credits",
    [
        ["来源：某县教育局　编辑：王芳　审核：李强"],
        ["责任编辑：王芳"],
        ["（编辑：王芳）"],
        ["审核：李强", "校对：赵敏"],
        ["供稿：基础教育科", "文字：王芳　摄影：李强"],
        ["原标题：《某县教育局2023年工作要点》"],
        ["【纠错】", "分享到："],
    ],
)
def test_credit_lines_closing_the_article_are_furniture_and_the_last_item_ends_before_them(credits):
    doc = parse_page(zoom("一、总体要求", "1.立德树人。", "2.资助学生。发放资金2600万元。", *credits), "http://example/credits")
    assert shape(doc) == [("section", "1", "一、"), ("item", "1.1", "1."), ("item", "1.2", "2.")]
    assert doc.parts[-1].text == "2.资助学生。发放资金2600万元。"
    assert doc.body == "一、总体要求\n1.立德树人。\n2.资助学生。发放资金2600万元。"


def test_the_source_line_under_the_title_stays_the_publisher_and_credit_words_in_items_stay():
    doc = parse_page(page("<div class='info'>来源：某县教育局</div><div id='zoom'><p>一、总体要求</p><p>1.立德树人。</p>"
                          "<p>2.明确资金来源：县财政列支。</p><p>3.审核：各校自查后由教育局复核。</p>"
                          "<p>来源：某县融媒体中心　责任编辑：王芳</p></div>"), "http://example/credits2")
    assert (doc.publisher, doc.metadata_sources["publisher"]) == ("某县教育局", "header")
    assert [p.kind for p in doc.parts] == ["section", "item", "item", "item"]
    assert doc.parts[-1].text == "3.审核：各校自查后由教育局复核。"  # a numbered item, not a credit line


# --------------------------------------------------------------------------- 4. bracketed and renamed labels

CONTENT = "<div id='zoom'><p>一、总体要求</p><p>1.坚持立德树人。加强思政。</p></div>"
SOURCE_META = "<meta name='ContentSource' content='某市某区教育体育局'>"


@pytest.mark.parametrize(
    "cells",
    [
        ("[索引号]", "[发文字号]", "[发布机构]", "[发布日期]"),
        ("【索引号】", "【发文字号】：", "【发布机构】", "【发布日期】"),
        ("〔索引号〕", "〔文件编号〕", "〔发布机构〕", "〔发布日期〕"),
        ("［索 引 号］", "［文　　号］", "［发布机构］", "［发布日期］"),
    ],
)
def test_labels_wrapped_in_brackets_give_the_value_after_them(cells):
    values = ("11500000MB0000000X/2023-00015", "某区教委〔2023〕12号", "某区教委", "2023-04-06")
    rows = "".join(f"<tr><td class='t1'>{label}</td><td class='t2'>{value}</td></tr>" for label, value in zip(cells, values))
    doc = parse_page(page(f"<table class='zwxl'>{rows}</table>" + CONTENT, SOURCE_META), "http://example/brackets")
    assert (doc.index_no, doc.doc_no, doc.publisher, doc.pub_date.isoformat()) == values
    # The block's 发布机构 is more trusted than the ContentSource meta tag, however much shorter.
    assert {doc.metadata_sources[name] for name in ("index_no", "doc_no", "publisher", "pub_date")} == {"xxgk"}


def test_labels_ended_by_a_bar_in_one_line_of_text():
    doc = parse_page(page("<div class='xxgk'><p>索引号|11500000MB0000000X/2023-00016</p><p>发文字号|某区教委〔2023〕13号</p>"
                          "<p>发布机构|某区教委</p></div>" + CONTENT, SOURCE_META), "http://example/bars")
    assert (doc.index_no, doc.doc_no, doc.publisher) == ("11500000MB0000000X/2023-00016", "某区教委〔2023〕13号", "某区教委")


def test_a_bracketed_label_split_by_inline_elements_and_the_shanghai_suoqu_number():
    doc = parse_page(page("<table><tr><td><b>[索<span>&nbsp;</span>取<span>&nbsp;</span>号]</b></td><td>SJ-01-2023-0003</td>"
                          "<td>发布机构：</td><td>某区教育局</td></tr></table>" + CONTENT), "http://example/suoqu")
    assert (doc.index_no, doc.metadata_sources["index_no"], doc.publisher) == ("SJ-01-2023-0003", "xxgk", "某区教育局")


def test_brackets_around_words_in_running_text_are_not_labels():
    doc = parse_page(page("<div class='info'><span>来源：某区教育局</span></div>"
                          "<div class='main'><p>（时间）安排见附表。报名（时间）另行通知。</p></div>" + CONTENT),
                     "http://example/brackets2")
    assert (doc.publisher, doc.pub_date, doc.pub_date_raw, doc.quality["date_flags"]) == ("某区教育局", None, None, [])


def test_a_report_of_paren_cn_items_where_one_item_has_sub_items_stays_items_only():
    doc = parse_page(zoom("（一）学位供给。新增学位900个。", "（二）课后服务。参与率98%。", "（三）教师队伍。招聘教师120名。",
                          "（1）公开招聘80名；", "（2）特岗计划40名。", "（四）安全管理。零事故。"), "http://example/paren-items")
    assert [(kind, marker) for kind, _, marker in shape(doc)] == [
        ("item", "（一）"), ("item", "（二）"), ("item", "（三）"), ("subitem", "（1）"), ("subitem", "（2）"), ("item", "（四）")]
    assert doc.quality["numbering_scheme"] == "items-only"


def test_a_paren_cn_section_with_only_unnumbered_text_keeps_its_paragraphs():
    doc = parse_page(zoom("（一）指导思想", "坚持以人民为中心发展教育。", "（二）主要任务", "1.扩大资源。", "2.提高质量。",
                          "（三）保障措施", "1.加强领导。"), "http://example/paren-text")
    assert shape(doc) == [
        ("section", "1", "（一）"), ("paragraph", "1.1", None), ("section", "2", "（二）"), ("item", "2.1", "1."),
        ("item", "2.2", "2."), ("section", "3", "（三）"), ("item", "3.1", "1.")]
