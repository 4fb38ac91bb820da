"""Rules real site families follow, each on a small page written for it (parser 1.3).

Print versions of an article (print_content is the document, only print buttons are furniture),
items numbered only by their place in an <ol>, a marker followed directly by digits (3.12所…),
and a wrapping notice whose title has no 《》 (关于印发2023年…工作要点的通知), with the plan's
own title printed under an 附件 label.
"""

from __future__ import annotations

from scrapers.parse import parse_page
from tests.parse_helpers import assert_tiles, numbers, page


# --------------------------------------------------------------------------- 1. print versions
PRINT_PAGE = (
    "<div class='print_btn'><a href='javascript:window.print()'>【打印本页】</a>"
    "<a href='#' onclick='printPage();return false'>打印</a></div>"
    "<div class='print_title'><h2>某县教育局2024年工作计划</h2></div>"
    "<div class='print_info'>发布时间：2024-03-05</div>"
    "<div class='print_content'>"
    "<p>一、提升办学质量</p><p>1.新建幼儿园两所，新增学位540个。</p><p>2.完成中小学校舍改造八处。</p>"
    "<p>二、加强队伍建设</p><p>3.招聘教师120名，充实农村学校。</p>"
    "</div>"
)


def test_a_print_version_keeps_its_print_content_and_drops_only_the_print_buttons():
    doc = parse_page(page(PRINT_PAGE), "http://example/print.jsp?id=9")
    assert doc.title == "某县教育局2024年工作计划"
    assert str(doc.pub_date) == "2024-03-05"
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2),
                            ("section", 2, None), ("item", 2, 3)]
    assert "打印" not in doc.body
    assert doc.body.startswith("一、提升办学质量")
    assert_tiles(doc)


# --------------------------------------------------------------------------- 4. notices without 《》
NOTICE_BODY = (
    "<p>各学校：</p><p>现将2024年某区教育工作要点印发给你们，请认真贯彻执行。</p>"
    "<p>某区教育局</p><p>2024年2月20日</p>"
)
PLAN_BODY = "<p>一、加强党建</p><p>（一）开展理论学习。</p><p>二、提升质量</p><p>（一）推进课后服务。</p>"


def test_a_notice_titled_without_guillemets_unwraps_to_the_plan_it_prints():
    doc = parse_page(page("<h1>关于印发2024年某区教育工作要点的通知</h1>"
                          f"<div id='zoom'>{NOTICE_BODY}<p>附件</p><p>2024年某区教育工作要点</p>{PLAN_BODY}</div>"),
                     "http://example/bare-notice")
    assert (doc.title, doc.notice_title, doc.metadata_sources["title"]) == (
        "2024年某区教育工作要点", "关于印发2024年某区教育工作要点的通知", "notice")
    assert doc.doc_kind == "plan"
    assert [p.kind for p in doc.parts] == ["notice", "section", "item", "section", "item"]
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("section", 2, None), ("item", 2, 1)]
    assert_tiles(doc)


def test_a_notice_about_a_list_stays_a_notice():
    doc = parse_page(page("<h1>关于公布2024年某区优秀教师名单的通知</h1>"
                          "<div id='zoom'><p>各学校：</p><p>经评审，现将名单公布如下。</p></div>"), "http://example/list")
    assert (doc.title, doc.notice_title) == ("关于公布2024年某区优秀教师名单的通知", None)


def test_the_plan_title_under_an_attachment_label_titles_a_notice_that_names_it_loosely():
    doc = parse_page(page("<h1>关于做好2024年教育重点工作的通知</h1>"
                          f"<div id='zoom'>{NOTICE_BODY}<p>附件1</p><p>2024年某区教育工作要点</p>{PLAN_BODY}</div>"),
                     "http://example/attached")
    assert (doc.title, doc.notice_title, doc.metadata_sources["title"]) == (
        "2024年某区教育工作要点", "关于做好2024年教育重点工作的通知", "attachment")
    assert doc.plan_year == 2024
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("section", 2, None), ("item", 2, 1)]
    assert_tiles(doc)


# --------------------------------------------------------------------------- 3. a marker run into digits
def zoom(*paragraphs: str) -> bytes:
    return page("<h1>某县2024年教育工作计划</h1><div id='zoom'>"
                + "".join(f"<p>{text}</p>" for text in paragraphs) + "</div>")


def test_a_marker_run_into_digits_is_the_next_number_of_its_sequence():
    doc = parse_page(zoom("一、改善办学条件", "1.新建学校两所。", "2.改扩建幼儿园三所。",
                          "3.12所农村薄弱学校完成改造。", "二、强化师资", "1.招聘教师80名。"), "http://example/glued")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2), ("item", 1, 3),
                            ("section", 2, None), ("item", 2, 1)]
    third = [p for p in doc.parts if p.kind == "item"][2]
    assert (third.item_marker, third.text) == ("3.", "3.12所农村薄弱学校完成改造。\n")
    assert_tiles(doc)


def test_a_decimal_that_does_not_continue_a_sequence_stays_text():
    doc = parse_page(zoom("一、改善办学条件", "1.新建学校两所。", "5.5万平方米校舍完成改造。",
                          "二、强化师资", "3.2万名教师参加培训。"), "http://example/decimal")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("section", 2, None)]
    assert_tiles(doc)


# --------------------------------------------------------------------------- 2. <ol> items
def ol(*texts: str, start: str = "") -> str:
    return f"<ol{start}>" + "".join(f"<li><p>{text}</p></li>" for text in texts) + "</ol>"


def test_ordered_list_items_under_section_headings_are_items_numbered_by_position():
    doc = parse_page(zoom("一、加强党的建设", ol("落实党组织领导的校长负责制。", "推进思政课一体化建设。"),
                          "二、推动均衡发展", ol("扩大普惠学位", "推进集团化办学。", "改善农村学校条件。")),
                     "http://example/ol")
    assert numbers(doc) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2),
                            ("section", 2, None), ("item", 2, 1), ("item", 2, 2), ("item", 2, 3)]
    items = [p for p in doc.parts if p.kind == "item"]
    assert [(p.item_marker, p.text) for p in items[:2]] == [
        (None, "落实党组织领导的校长负责制。\n"), (None, "推进思政课一体化建设。\n")]
    assert doc.quality["item_count"] == 5
    assert_tiles(doc)


def test_a_top_level_ordered_list_of_sentences_is_items_and_start_is_respected():
    doc = parse_page(zoom("全年重点做好以下工作：", ol("新建学校两所。", "招聘教师80名。", start=" start='3'")),
                     "http://example/ol-top")
    assert numbers(doc) == [("item", None, 3), ("item", None, 4)]
    assert_tiles(doc)


def test_an_ordered_list_of_short_phrases_or_under_a_numbered_item_stays_text():
    short = parse_page(zoom("相关链接说明", ol("学前教育", "义务教育")), "http://example/ol-short")
    assert numbers(short) == []
    under_item = parse_page(zoom("一、改善条件", "1.完成以下工程：", ol("新建食堂一处。", "改造操场两处。"),
                                 "2.招聘教师80名。"), "http://example/ol-under-item")
    assert numbers(under_item) == [("section", 1, None), ("item", 1, 1), ("item", 1, 2)]
    assert_tiles(under_item)


def test_an_unordered_list_is_not_numbered():
    doc = parse_page(zoom("一、加强党的建设", "<ul><li>落实校长负责制。</li><li>推进思政课建设。</li></ul>"),
                     "http://example/ul")
    assert numbers(doc) == [("section", 1, None)]
