"""Rules real site families follow, each on a small page written for it (parser 1.1).

Split labels, Chinese-numeral dates with a digit zero, a 文号 printed only in the body, mastheads
that must not become the title, one order of trust for pub_date, inline and per-item sub-item
families, the closing 附件 list, and the densest-block fallback past furniture.
"""

from __future__ import annotations

import datetime as dt

import pytest

from scrapers.parse import parse_page
from scrapers.parse.dates import is_date_line, parse_date, year_in_title
from scrapers.parse.metadata import is_site_name, looks_like_document_title
from tests.parse_helpers import assert_tiles, page, shape


CONTENT = "<div id='zoom'><p>一、总体要求</p><p>1.坚持立德树人。加强思政。</p></div>"


# --------------------------------------------------------------------------- 1. split labels


def test_a_label_broken_by_inline_elements_is_read_on_the_element_text():
    doc = parse_page(page(
        "<table class='xxgk'>"
        "<tr><td><b>索<span>&nbsp;</span>引<span>&nbsp;</span>号：</b></td><td>11110000000000000X/2023-00007</td>"
        "<td><b>发<span>&nbsp;</span>文<span>&nbsp;</span>字<span>&nbsp;</span>号</b></td><td>某教发〔2023〕5号</td></tr>"
        "<tr><td><b>发文<font>日期</font>：</b></td><td>2023-03-01</td>"
        "<td><span>发布机构</span>：</td><td>某县教育局</td></tr></table>" + CONTENT), "http://example/split")
    assert (doc.index_no, doc.doc_no, doc.publisher) == ("11110000000000000X/2023-00007", "某教发〔2023〕5号", "某县教育局")
    # 日期： inside 发文<font>日期</font>： is not a label of its own: the date is the 发文日期.
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2023, 3, 1), "xxgk:发文日期")
    assert {doc.metadata_sources[k] for k in ("index_no", "doc_no", "publisher")} == {"xxgk"}


def test_a_label_split_inside_a_value_cell_keeps_its_value_and_words_are_not_labels():
    doc = parse_page(page(
        "<div class='info'><span><b>来</b><b>源</b>：</span><span>某县教育局</span>"
        "<span>资金<b>来源</b>说明</span></div>" + CONTENT), "http://example/split2")
    assert (doc.publisher, doc.metadata_sources["publisher"]) == ("某县教育局", "header")


# --------------------------------------------------------------------------- 2. dates


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("二0二三年三月十日", dt.date(2023, 3, 10)),
        ("二〇二三年三月十日", dt.date(2023, 3, 10)),
        ("二零二三年三月十日", dt.date(2023, 3, 10)),
        ("二O二三年十二月三十一日", dt.date(2023, 12, 31)),
        ("二０二三年三月十日", dt.date(2023, 3, 10)),
        ("二0二三年三月三十二日", None),
        ("二0二三年十三月一日", None),
        ("O0OO年一月一日", None),
    ],
)
def test_chinese_numeral_dates_with_the_zero_printed_any_way(raw, expected):
    assert parse_date(raw) == expected
    assert is_date_line(raw)


def test_a_notice_signed_with_a_digit_zero_gives_the_written_date_and_the_year():
    assert year_in_title("二0二四年教育工作要点") == 2024
    doc = parse_page(page(
        "<div id='zoom'><p>各学校：</p><p>现将《2023年教育工作要点》印发给你们，请认真贯彻执行。</p>"
        "<p>某县教育局</p><p>二0二三年三月十日</p><p>2023年教育工作要点</p>"
        "<p>一、总体要求</p><p>1.坚持立德树人。</p></div>",
        "<title>关于印发《2023年教育工作要点》的通知_某县人民政府</title>"), "http://example/signed")
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2023, 3, 10), "notice")


# --------------------------------------------------------------------------- 3. 文号 in the body


NOTICE_BODY = ("<p>各乡镇中心校，县直各学校：</p><p>现将《某县2023年教育工作要点》印发给你们，请认真贯彻执行。</p>"
               "<p>某县教育局</p><p>2023年3月10日</p><p>某县2023年教育工作要点</p><p>一、总体要求</p><p>1.立德树人。</p>")


@pytest.mark.parametrize("printed", ["某教字〔2023〕9号", "某教发[2023]12号", "某政办（2023）第3号", "某教字〔２０２３〕９号"])
def test_a_document_number_printed_alone_above_the_addressee_is_the_doc_no(printed):
    doc = parse_page(page(f"<div class='bt'>关于印发《某县2023年教育工作要点》的通知</div>"
                          f"<div id='zoom'><p>{printed}</p>{NOTICE_BODY}</div>"), "http://example/docno")
    assert (doc.doc_no, doc.metadata_sources["doc_no"]) == (printed, "body")
    assert doc.notice_title == "关于印发《某县2023年教育工作要点》的通知"
    assert [p.kind for p in doc.parts][:2] == ["notice", "section"]


def test_a_document_number_elsewhere_in_the_body_or_after_a_table_value_is_not_taken():
    cited = parse_page(page("<div id='zoom'><p>各学校：</p><p>某教字〔2022〕3号</p><p>根据文件精神，现通知如下。</p>"
                            "<p>一、总体要求</p></div>"), "http://example/docno2")
    assert cited.doc_no is None  # after the addressee line: a quotation, not this document's number
    table = parse_page(page("<table><tr><td>文号：</td><td>某教发〔2023〕1号</td><td>索引号：</td><td>1/2023-1</td></tr>"
                            f"</table><div id='zoom'><p>某教字〔2023〕9号</p>{NOTICE_BODY}</div>"), "http://example/docno3")
    assert (table.doc_no, table.metadata_sources["doc_no"]) == ("某教发〔2023〕1号", "xxgk")


# --------------------------------------------------------------------------- 4. titles


def test_site_names_and_document_titles():
    assert [is_site_name(t) for t in ("祁东县人民政府门户网站", "新乡市红旗区人民政府", "某县教育局", "某市教育和体育局网站",
                                      "某县教育局2024年工作要点", "关于做好招生工作的通知")] == [
        True, True, True, True, False, False]
    assert [looks_like_document_title(t) for t in ("某县教育局2024年工作要点", "通知公告", "某县人民政府门户网站",
                                                   "关于做好招生工作的通知")] == [True, False, False, True]


def test_a_site_name_title_tag_and_a_masthead_lose_to_the_article_heading():
    doc = parse_page(page(
        "<div class='head'><h1 class='site'>某市某区人民政府</h1></div>"
        "<div class='left'><h3>通知公告</h3><ul><li><a href='/a'>某文</a></li></ul></div>"
        "<table><tr><td><div class='tit'>某区教育局2024年教育工作要点</div></td></tr>"
        "<tr><td>发布时间：2024-02-28 来源：某区教育局</td></tr></table>" + CONTENT,
        "<title>某市某区人民政府门户网站</title>"), "http://example/title1")
    assert (doc.title, doc.metadata_sources["title"], doc.doc_kind, doc.plan_year) == (
        "某区教育局2024年教育工作要点", "heading", "plan", 2024)


def test_without_a_heading_the_title_tag_less_its_site_part_and_never_the_site_alone():
    suffixed = parse_page(page("<h1 class='site'>某区人民政府</h1>" + CONTENT,
                               "<title>某区2022-2023学年教育工作计划_某区人民政府</title>"), "http://example/title2")
    assert (suffixed.title, suffixed.metadata_sources["title"], suffixed.plan_year) == (
        "某区2022-2023学年教育工作计划", "title_tag", 2022)
    prefixed = parse_page(page(CONTENT, "<title>某区人民政府 - 某区教育局2023年工作总结</title>"), "http://example/title3")
    assert (prefixed.title, prefixed.doc_kind) == ("某区教育局2023年工作总结", "report")
    site_only = parse_page(page(CONTENT, "<title>某县人民政府门户网站</title>"), "http://example/title4")
    assert site_only.title is None and "title" in site_only.quality["missing_fields"]


def test_the_heading_nearest_above_the_content_when_none_reads_like_a_document():
    doc = parse_page(page("<h2>政务公开</h2><div class='main'><h2>教育局党组会议纪要</h2>" + CONTENT + "</div>"
                          "<h2>相关阅读</h2>"), "http://example/title5")
    assert (doc.title, doc.metadata_sources["title"]) == ("教育局党组会议纪要", "heading")


def test_a_name_label_in_the_disclosure_grid_titles_the_page_but_not_in_running_text():
    grid = parse_page(page("<table><tr><th>索引号：</th><td>1/2024-1</td></tr><tr><th>名　称：</th>"
                           "<td>某区教育局2024年工作要点</td></tr></table>" + CONTENT,
                           "<title>某区教育局2024年工作要点--某区人民政府</title>"), "http://example/name1")
    assert (grid.title, grid.metadata_sources["title"]) == ("某区教育局2024年工作要点", "xxgk")
    loose = parse_page(page("<div class='info'>名称：某某活动</div><h1>某区教育局2024年工作要点</h1>" + CONTENT),
                       "http://example/name2")
    assert (loose.title, loose.metadata_sources["title"]) == ("某区教育局2024年工作要点", "heading")


# --------------------------------------------------------------------------- 5. pub_date order


GRID = ("<div class='zwgk'><div class='row'><div class='col'><label>索引号：</label><span>1/2024-1</span></div>"
        "<div class='col'><label>发文日期：</label><span>2024-03-05</span></div></div>"
        "<div class='row'><div class='col'><label>发布机构：</label><span>某局</span></div>{published}</div></div>")


@pytest.mark.parametrize(
    "published, pub_meta, header, expected, source, conflicts",
    [
        # 发布日期 sits in a grid cell of its own, away from the 索引号/发文日期 cells: still the block's.
        ("<div class='col'><label>发布日期：</label><span>2024-03-06</span></div>", "2024-03-07", "", "2024-03-06",
         "xxgk", ["pub_date:2024-03-06|2024-03-07"]),
        ("", "2024-03-07", "<div class='info'>发布时间：2024-03-08</div>", "2024-03-07", "meta:PubDate",
         ["pub_date:2024-03-07|2024-03-08"]),
        ("", "", "<div class='info'>发布时间：2024-03-08</div>", "2024-03-08", "header", []),
        ("", "", "", "2024-03-05", "xxgk:发文日期", []),
    ],
)
def test_pub_date_follows_one_order_of_trust(published, pub_meta, header, expected, source, conflicts):
    head = f"<meta name='PubDate' content='{pub_meta}'>" if pub_meta else ""
    doc = parse_page(page(GRID.format(published=published) + header + CONTENT, head), "http://example/dates")
    assert (doc.pub_date.isoformat(), doc.metadata_sources["pub_date"]) == (expected, source)
    assert doc.quality["metadata_conflicts"] == conflicts  # 发文日期 is another date, never a conflict


# --------------------------------------------------------------------------- 6. sub-items


def test_inline_circled_parenthesised_and_bracketed_sub_items_split_like_yishi():
    doc = parse_page(page(
        "<div id='zoom'><p>一、扩充资源</p>"
        "<p>１．深化集团化办学。①新组建教育集团4个；②覆盖率达到85%；③结对帮扶40对。</p>"
        "<p>２．推进学前教育：（1）新建幼儿园3所；（2）普惠率达到90%。</p>"
        "<p>３．加强体育工作。⑴每天锻炼1小时；⑵达标率56%。</p>"
        "<p>４．完善设施。见附表(1)，只有一处①不算分项。</p></div>"), "http://example/inline")
    assert shape(doc) == [
        ("section", "1", "一、"), ("item", "1.1", "１．"), ("subitem", "1.1.1", "①"), ("subitem", "1.1.2", "②"),
        ("subitem", "1.1.3", "③"), ("item", "1.2", "２．"), ("subitem", "1.2.1", "（1）"), ("subitem", "1.2.2", "（2）"),
        ("item", "1.3", "３．"), ("subitem", "1.3.1", "⑴"), ("subitem", "1.3.2", "⑵"), ("item", "1.4", "４．")]
    parts = {p.path: p for p in doc.parts}
    assert (parts["1.1"].text, parts["1.1.3"].text) == ("１．深化集团化办学。", "③结对帮扶40对。\n")
    assert (parts["1.1.2"].sub_no, parts["1.1.2"].item_no, parts["1.1.2"].title) == (2, 1, "覆盖率达到85%")
    assert_tiles(doc)


def test_each_item_chooses_its_own_sub_item_family_in_own_paragraphs():
    doc = parse_page(page(
        "<div id='zoom'><p>一、强化党建</p><p>1.推进清廉学校建设。</p><p>（1）创建示范校15所；</p><p>（2）开展活动50场。</p>"
        "<p>2.加强作风建设。</p><p>①开展专项整治；</p><p>②群众满意度90%以上。</p><p>3.加强宣传。</p></div>"),
        "http://example/families")
    assert shape(doc) == [
        ("section", "1", "一、"), ("item", "1.1", "1."), ("subitem", "1.1.1", "（1）"), ("subitem", "1.1.2", "（2）"),
        ("item", "1.2", "2."), ("subitem", "1.2.1", "①"), ("subitem", "1.2.2", "②"), ("item", "1.3", "3.")]
    assert doc.quality["rejected_markers"] == []


# --------------------------------------------------------------------------- 7. attachments


ITEMS = "<p>一、总体要求</p><p>1.立德树人。落实根本任务。</p><p>2.资助学生。发放资金2600万元。</p>"


@pytest.mark.parametrize(
    "closing",
    [
        ["附件：1.2023年重点工作任务分解表", "2.2023年民生实事项目清单"],
        ["附件：", "1.2023年重点工作任务分解表", "2.2023年民生实事项目清单"],
        ["附件1：重点工作任务分解表", "附件2：民生实事项目清单"],
        ["附件 3.重点工作任务分解表"],
    ],
)
def test_the_attachments_list_ends_the_last_item_and_stays_as_closing_text(closing):
    doc = parse_page(page("<div id='zoom'>" + ITEMS + "".join(f"<p>{line}</p>" for line in closing) + "</div>"),
                     "http://example/attach")
    assert shape(doc) == [("section", "1", "一、"), ("item", "1.1", "1."), ("item", "1.2", "2."),
                          ("paragraph", "closing", None)]
    assert doc.parts[2].text == "2.资助学生。发放资金2600万元。\n"
    assert doc.parts[3].text == "\n".join(closing)
    assert (doc.quality["item_count"], doc.quality["leftover_chars"]) == (2, 0)


def test_a_signature_before_the_attachments_closes_too_and_gives_the_written_date():
    doc = parse_page(page("<div id='zoom'>" + ITEMS + "<p>某县教育局</p><p>2023年3月10日</p>"
                          "<p>附件：1.任务分解表</p><p>2.项目清单</p></div>"), "http://example/attach2")
    assert shape(doc)[-2:] == [("item", "1.2", "2."), ("paragraph", "closing", None)]
    assert doc.parts[-1].text == "某县教育局\n2023年3月10日\n附件：1.任务分解表\n2.项目清单"
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2023, 3, 10), "signature")


def test_a_notice_whose_only_numbers_are_its_attachments_has_no_items():
    doc = parse_page(page("<div id='zoom'><p>各学校：</p><p>现将有关材料印发给你们，请认真组织学习。</p>"
                          "<p>附件：1.学习材料</p><p>2.报名表</p></div>"), "http://example/attach3")
    assert doc.quality["item_count"] == 0
    assert [p.kind for p in doc.parts] == ["paragraph", "paragraph", "paragraph"]
    assert doc.body.endswith("附件：1.学习材料\n2.报名表")


def test_an_attached_plan_printed_in_full_is_still_the_document():
    doc = parse_page(page("<div id='zoom'><p>各学校：</p><p>现将《2023年工作要点》印发给你们，请认真贯彻执行。</p>"
                          "<p>附件</p><p>2023年工作要点</p>" + ITEMS + "</div>",
                          "<title>关于印发《2023年工作要点》的通知</title>"), "http://example/attach4")
    assert [(kind, path) for kind, path, _ in shape(doc)] == [
        ("notice", "notice"), ("section", "1"), ("item", "1.1"), ("item", "1.2")]


# --------------------------------------------------------------------------- densest block


def test_the_densest_block_fallback_is_not_fooled_by_a_long_footer():
    footer = "本网站由某县人民政府办公室主办。未经许可不得转载。" * 12
    doc = parse_page(page(
        "<div class='main'><div class='text'><p>一、总体要求</p><p>1.立德树人。落实根本任务。</p>"
        "<p>2.资助学生。发放资金。</p></div></div>"
        f"<div class='footer'><p>{footer}</p></div><div class='nav'><p>{footer}</p></div>"), "http://example/densest")
    assert doc.quality["content_container"] == "densest"
    assert doc.body == "一、总体要求\n1.立德树人。落实根本任务。\n2.资助学生。发放资金。"


def test_a_left_menu_heading_that_reads_like_a_document_loses_to_the_one_above_the_content():
    doc = parse_page(page("<div class='left'><h3>2023年部门预算公开</h3></div>"
                          "<div class='right'><div class='title'>某县教育局2023年工作总结</div>"
                          "<div class='subtitle'>——某县教育局办公室</div>" + CONTENT + "</div>"), "http://example/title6")
    assert (doc.title, doc.doc_kind) == ("某县教育局2023年工作总结", "report")


def test_a_signature_after_the_attachments_list_still_gives_the_written_date():
    doc = parse_page(page("<div id='zoom'>" + ITEMS + "<p>附件：1.任务分解表</p><p>2.项目清单</p>"
                          "<p>某县教育局</p><p>二〇二三年三月十日</p></div>"), "http://example/attach5")
    assert shape(doc)[-2:] == [("item", "1.2", "2."), ("paragraph", "closing", None)]
    assert doc.parts[-1].text == "附件：1.任务分解表\n2.项目清单\n某县教育局\n二〇二三年三月十日"
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2023, 3, 10), "signature")
