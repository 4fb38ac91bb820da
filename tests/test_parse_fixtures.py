"""Pages in other templates and encodings than the sample site (tests/fixtures/pages)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from scrapers.parse import parse_page
from tests.parse_helpers import assert_tiles

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def parse(name: str, headers: dict[str, str] | None = None):
    return parse_page((PAGES / name).read_bytes(), "http://example.gov.cn/" + name, headers)


def test_gbk_bytes_declared_gb2312_with_a_gbk_only_character():
    raw = (PAGES / "gbk_progress_report.html").read_bytes()
    try:
        raw.decode("gb2312")
        raise AssertionError("the fixture must not be valid gb2312")
    except UnicodeDecodeError:
        pass
    doc = parse("gbk_progress_report.html")
    assert (doc.encoding, doc.quality["encoding_source"], doc.quality["encoding_declared"]) == ("gb18030", "meta", "gb2312")
    assert "局长刘镕同志" in doc.body
    assert doc.quality["decode_replaced_chars"] == 0


def test_xxgk_labels_in_spans_with_ideographic_padding():
    doc = parse("gbk_progress_report.html")
    assert doc.title == "关于2022年教育工作要点推进情况的报告"
    assert doc.index_no == "11130100MB0000000A/2022-00117"
    assert doc.doc_no == "某教报〔2022〕21号"
    assert doc.publisher == "某市教育局"
    assert doc.pub_date == dt.date(2022, 7, 18)  # printed 2022.7.18 09:30
    assert doc.pub_date_raw == "2022.7.18 09:30"
    assert doc.written_date == dt.date(2022, 7, 15)  # printed 2022/7/15
    assert {key: doc.metadata_sources[key] for key in ("title", "pub_date", "written_date")} == {
        "title": "xxgk", "pub_date": "xxgk", "written_date": "xxgk"}
    assert (doc.doc_kind, doc.plan_year) == ("report", 2022)
    assert doc.quality["missing_fields"] == []


def test_report_with_items_restarting_per_section_and_inline_subitems():
    doc = parse("gbk_progress_report.html")
    assert_tiles(doc)
    assert doc.quality["numbering_scheme"] == "sections+items:per-section"
    assert (doc.quality["item_style"], doc.quality["subitem_style"]) == ("（一）", "一是")
    assert [(p.kind, p.path, p.section_no, p.item_no, p.sub_no) for p in doc.parts] == [
        ("preamble", "0", None, None, None),
        ("section", "1", 1, None, None),
        ("item", "1.1", 1, 1, None),
        ("item", "1.2", 1, 2, None),
        ("subitem", "1.2.1", 1, 2, 1),
        ("subitem", "1.2.2", 1, 2, 2),
        ("subitem", "1.2.3", 1, 2, 3),
        ("item", "1.3", 1, 3, None),
        ("section", "2", 2, None, None),
        ("paragraph", "2.1", 2, None, None),
        ("paragraph", "2.2", 2, None, None),
        ("section", "3", 3, None, None),
        ("item", "3.1", 3, 1, None),
        ("item", "3.2", 3, 2, None),
        ("paragraph", "closing", None, None, None),
    ]
    parts = {p.path: p for p in doc.parts}
    assert parts["1.2"].text == "（二）义务教育优质均衡。"
    assert [parts[f"1.2.{n}"].text for n in (1, 2, 3)] == [
        "一是新建改扩建中小学6所；", "二是组建教育集团12个；", "三是完成教师交流轮岗860人。\n"]
    assert parts["1.2.3"].title == "完成教师交流轮岗860人"
    # An item whose text continues in the next, unnumbered paragraph.
    assert parts["1.3"].text == "（三）职业教育提质培优。\n完成2所中职学校达标建设，新增省级实训基地3个。\n"
    # 统一是非 is not an inline 一是 marker.
    assert parts["3.2"].text == "（二）强化队伍建设。统一是非标准，严格教师考核。\n"
    # A section without numbered items keeps every paragraph as its own row.
    assert parts["2.2"].text == "农村学校教师结构性短缺依然存在。\n"
    assert parts["2.1"].section_heading == "存在的问题"
    assert doc.quality["leftover_chars"] == len(parts["2.1"].text) + len(parts["2.2"].text)
    assert "关于2022年教育工作要点推进情况的报告" not in doc.body  # printed again in the body
    assert "分享" not in doc.body and "网站标识码" not in doc.body


def test_metadata_only_in_meta_tags_with_content_before_name():
    doc = parse("meta_only_items.html")
    assert doc.title == "某区教育局2023-2024学年工作计划"
    assert doc.pub_date == dt.date(2023, 9, 5)
    assert doc.publisher == "某区教育局"
    assert (doc.site_name, doc.site_id_code, doc.column_name) == ("某区人民政府", "4401060001", "计划总结")
    assert doc.metadata_sources == {
        "title": "meta:ArticleTitle", "pub_date": "meta:PubDate", "publisher": "meta:ContentSource",
        "site_name": "meta:SiteName", "site_id_code": "meta:SiteIDCode", "column_name": "meta:ColumnName",
        "plan_year": "title"}
    assert (doc.plan_year, doc.doc_kind) == (2023, "plan")  # 2023-2024学年
    assert doc.quality["missing_fields"] == ["index_no", "doc_no"]


def test_items_without_sections_after_nbsp_and_ideographic_spaces_and_full_width():
    doc = parse("meta_only_items.html")
    assert_tiles(doc)
    assert doc.quality["numbering_scheme"] == "items-only"
    items = [p for p in doc.parts if p.kind == "item"]
    assert [(p.path, p.item_no, p.item_marker, p.section_no) for p in items] == [
        ("1", 1, "1．", None), ("2", 2, "２、", None), ("3", 3, "3.", None), ("4", 4, "４．", None)]
    assert [p.title for p in items] == ["加强党的建设", "推进学位建设", "提升教学质量", "加强安全管理"]
    # 1.5万 at a paragraph start is a number, not item 1 again: it continues item 2.
    assert items[1].text == "２、推进学位建设。新建中小学3所、幼儿园5所。\n1.5万名新生入学保障工作同步推进，确保每个适龄儿童有学上。\n"
    # The body keeps the original full-width characters; offsets point at them.
    assert doc.body[items[3].start:items[3].start + 2] == "４．"
    assert doc.parts[0].kind == "preamble"
    assert doc.body.startswith("新学年，全区教育系统")  # leading NBSPs are trimmed from paragraphs
    assert "打印" not in doc.body and "关闭" not in doc.body
    assert doc.quality["rejected_markers"] == []


def test_notice_wrapping_a_plan_with_a_mangled_date():
    doc = parse("notice_mangled_date.html")
    assert doc.title == "某县2018年教育工作要点"
    assert doc.notice_title == "关于印发《某县2018年教育工作要点》的通知"  # from an h1 split by <br>
    # 201836 splits into a month and a day one way only (3月6日): read, and flagged as read so.
    assert doc.pub_date == dt.date(2018, 3, 6)
    assert doc.pub_date_raw == "201836"
    assert doc.written_date == dt.date(2018, 3, 6)
    assert doc.quality["written_date_raw"] == "201836"
    assert doc.quality["date_flags"] == ["pub_date_read_without_separators", "written_date_read_without_separators"]
    assert (doc.plan_year, doc.quality["plan_year_from_pub_date"]) == (2018, False)
    assert doc.publisher == "某县教育局"  # the header line runs on into 浏览次数
    assert doc.quality["content_container"] == "markers"
    assert_tiles(doc)
    notice = doc.parts[0]
    assert notice.kind == "notice"
    assert notice.text == ("各乡镇中心学校，县直各学校：\n现将《某县2018年教育工作要点》印发给你们，请认真贯彻执行。\n"
                           "某县教育局\n201836\n（此件公开发布）\n")
    assert "分享" not in doc.body and "主办单位" not in doc.body


def test_numbering_defects_are_reported_not_hidden():
    doc = parse("notice_mangled_date.html")
    assert [(p.kind, p.path, p.item_no) for p in doc.parts[1:]] == [
        ("section", "1", None), ("paragraph", "1.1", None), ("paragraph", "1.2", None),
        ("section", "2", None), ("item", "2.1", 1), ("item", "2.2", 2), ("item", "2.3", 4), ("item", "2.4", 4)]
    assert doc.quality["skipped_numbers"] == ["item 3"]
    assert doc.quality["repeated_numbers"] == ["item 4"]


def test_http_header_charset_wins_over_the_page_declaration():
    doc = parse("notice_mangled_date.html", {"Content-Type": "text/html; charset=UTF-8"})
    assert (doc.encoding, doc.quality["encoding_source"]) == ("utf-8", "http-header")
    without_header = parse("notice_mangled_date.html")
    # The page declares gb2312 but is UTF-8: valid UTF-8 is read as UTF-8.
    assert (without_header.encoding, without_header.quality["encoding_source"]) == ("utf-8", "utf-8-valid")
    assert without_header.body == doc.body


def test_a_lying_utf8_header_falls_back_to_the_gb2312_meta():
    doc = parse("gbk_progress_report.html", {"content-type": "text/html; charset=utf-8"})
    assert (doc.encoding, doc.quality["encoding_source"]) == ("gb18030", "meta")
    assert "刘镕" in doc.body


def test_no_known_container_uses_the_densest_block():
    doc = parse("densest_block.html")
    assert doc.quality["content_container"] == "densest"
    assert doc.title == "市教育局2024年工作要点"  # 标题 in a th without a colon
    assert doc.index_no == "000000000/2024-00009"
    assert (doc.topic, doc.publisher, doc.pub_date) == ("教育", "某市教育局", dt.date(2024, 2, 1))
    assert_tiles(doc)
    assert Counter(p.kind for p in doc.parts) == {"preamble": 1, "section": 2, "item": 4}
    assert [p.item_marker for p in doc.parts if p.kind == "item"] == ["1、", "2、", "3、", "4、"]
    assert doc.body.endswith("4、完善资助体系。实现家庭经济困难学生资助全覆盖。")
    for word in ("主办单位", "联系方式", "通知公告", "首页"):
        assert word not in doc.body


def test_old_table_layout_with_split_labels_a_masthead_a_numbered_notice_and_an_attachments_list():
    doc = parse("gbk_split_labels_notice_attachments.html")
    assert (doc.encoding, doc.quality["content_container"]) == ("gb18030", "#zoom")
    # <b>索<span>&nbsp;</span>引<span>&nbsp;</span>号：</b>; the <title> and h1.site are the site's name.
    assert (doc.title, doc.notice_title) == ("某县2024年教育工作要点", "关于印发《某县2024年教育工作要点》的通知")
    assert (doc.index_no, doc.topic, doc.publisher) == ("000014349/2024-00012", "教育", "某县教育局")
    # 文号 only as a body line under the title; signed 二0二四年二月二十日; 发布日期 beats 发文日期.
    assert (doc.doc_no, doc.written_date, doc.pub_date) == ("某教字〔2024〕5号", dt.date(2024, 2, 20), dt.date(2024, 2, 22))
    assert {k: doc.metadata_sources[k] for k in ("title", "notice_title", "doc_no", "written_date", "pub_date")} == {
        "title": "notice", "notice_title": "heading", "doc_no": "body", "written_date": "notice", "pub_date": "xxgk"}
    assert (doc.plan_year, doc.doc_kind, doc.quality["missing_fields"]) == (2024, "plan", [])
    assert_tiles(doc)
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts] == [
        ("notice", "notice", None), ("preamble", "0", None), ("section", "1", "一、"), ("item", "1.1", "1."),
        ("item", "1.2", "2."), ("subitem", "1.2.1", "①"), ("subitem", "1.2.2", "②"), ("section", "2", "二、"),
        ("item", "2.1", "3."), ("subitem", "2.1.1", "（1）"), ("subitem", "2.1.2", "（2）"), ("item", "2.2", "4."),
        ("paragraph", "closing", None)]
    assert doc.parts[-2].text == "4.发展职业教育。新增专业2个。\n"
    assert doc.parts[-1].text == "附件：1.某县2024年教育重点工作任务分解表\n2.某县2024年教育民生实事项目表"
    assert doc.quality["leftover_chars"] == 0
    assert "打印" not in doc.body and "网站标识码" not in doc.body


def test_paren_cn_top_level_bracketed_labels_an_attachment_inside_an_item_and_a_closing_credit():
    doc = parse("gbk_paren_cn_sections_bracket_labels.html")
    assert (doc.encoding, doc.quality["content_container"]) == ("gb18030", ".TRS_Editor")
    # 【索引号】 【文件编号】 【发布机构】 in th cells; the block's short 县教科局 beats the ContentSource meta.
    assert (doc.index_no, doc.doc_no, doc.publisher, doc.pub_date) == (
        "000013972/2024-00031", "某教科发〔2024〕6号", "县教科局", dt.date(2024, 3, 5))
    assert {doc.metadata_sources[k] for k in ("index_no", "doc_no", "publisher", "pub_date")} == {"xxgk"}
    assert_tiles(doc)
    assert [(p.kind, p.path, p.item_marker, p.section_no, p.item_no) for p in doc.parts] == [
        ("preamble", "0", None, None, None), ("section", "1", "（一）", 1, None), ("item", "1.1", "1.", 1, 1),
        ("item", "1.2", "2.", 1, 2), ("item", "1.3", "3.", 1, 3), ("section", "2", "（二）", 2, None),
        ("item", "2.1", "1.", 2, 1), ("item", "2.2", "2.", 2, 2), ("section", "3", "（三）", 3, None),
        ("item", "3.1", "1.", 3, 1), ("item", "3.2", "2.", 3, 2)]
    assert doc.parts[3].text == "2.开展幼儿园保教质量评估，覆盖率达到100%。\n附件：某县2024年学前教育建设项目表\n"
    assert doc.parts[-1].text == "2.开展校长教师交流轮岗，交流人数不少于260人。"
    assert (doc.quality["numbering_scheme"], doc.quality["section_style"]) == ("sections+items:per-section", "（一）")
    for furniture in ("责任编辑", "审核", "纠错"):
        assert furniture not in doc.body
