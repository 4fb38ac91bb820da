"""The parser's pieces on small, hand-written inputs: dates, decoding, markers, labels, titles."""

from __future__ import annotations

import datetime as dt

import pytest

from scrapers.parse import parse_page
from scrapers.parse.dates import is_date_line, parse_date, read_unseparated_date, small_chinese_number, year_in_title
from scrapers.parse.decode import canonical_codec, decode_html
from scrapers.parse.hierarchy import read_marker
from scrapers.parse.metadata import document_kind, unwrap_notice
from tests.parse_helpers import page


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2022-02-25", dt.date(2022, 2, 25)),
        ("2022年2月25日", dt.date(2022, 2, 25)),
        ("2022年02月25日 10:30", dt.date(2022, 2, 25)),
        ("2022/2/25", dt.date(2022, 2, 25)),
        ("2022.2.25", dt.date(2022, 2, 25)),
        ("2023-04-19 11:13:22", dt.date(2023, 4, 19)),
        ("２０２２年２月２５日", dt.date(2022, 2, 25)),
        ("二〇二二年二月二十五日", dt.date(2022, 2, 25)),
        ("20220225", dt.date(2022, 2, 25)),
        ("时间：2022-3-1", dt.date(2022, 3, 1)),
        ("201836", None),
        ("2022-13-01", None),
        ("2022-02-30", None),
        ("1850-01-01", None),
        ("", None),
        (None, None),
        ("明天", None),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("201836", dt.date(2018, 3, 6)),  # 36 is no month: 3月6日
        ("2020415", dt.date(2020, 4, 15)),  # 41 is no month: 4月15日
        ("2019930", dt.date(2019, 9, 30)),
        ("2019101", dt.date(2019, 10, 1)),  # a day is never printed 01 when 年月日 were typed bare
        ("２０１８３６", dt.date(2018, 3, 6)),
        ("2018111", None),  # 1月11日 or 11月1日
        ("2018123", None),  # 1月23日 or 12月3日
        ("201812", None),  # as likely December 2018
        ("20183", None),
        ("2020041", None),
        ("2019 930", None),
        ("发文日期201836", None),
        (None, None),
    ],
)
def test_read_unseparated_date(raw, expected):
    assert read_unseparated_date(raw) == expected


def test_date_lines_and_small_numbers():
    assert is_date_line("2022年2月25日") and is_date_line("201836") and is_date_line("二〇二二年二月")
    assert not is_date_line("2022年全区教育体育工作总的要求是：以习近平新时代中国特色社会主义思想为指导")
    assert not is_date_line("某县教育局")
    assert [small_chinese_number(t) for t in ("一", "十", "十二", "二十", "二十三", "十十", "百", "")] == [
        1, 10, 12, 20, 23, None, None, None]


@pytest.mark.parametrize(
    "title, year",
    [("2022年工作要点", 2022), ("某区2022-2023学年工作计划", 2022), ("2021年度工作总结", 2021),
     ("二〇二三年教育工作要点", 2023), ("十四五教育规划", None), (None, None)],
)
def test_year_in_title(title, year):
    assert year_in_title(title) == year


def test_codec_names():
    assert [canonical_codec(n) for n in ("gb2312", "GBK", "gb_2312-80", "x-gbk", "utf8", "nonsense", None)] == [
        "gb18030", "gb18030", "gb18030", "gb18030", "utf-8", None, None]


def test_decode_order_bom_header_meta_detection():
    text = "<html><body><p>关于做好招生工作的通知，请各单位认真贯彻执行。</p></body></html>"
    gbk = text.encode("gbk")
    assert decode_html(b"\xef\xbb\xbf" + text.encode()).source == "bom"
    assert decode_html(gbk, {"Content-Type": "text/html; charset=GBK"}).encoding == "gb18030"
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' + gbk
    assert (decode_html(meta).encoding, decode_html(meta).source) == ("gb18030", "meta")
    # A latin-1 server default yields to the page's own declaration.
    assert decode_html(meta, {"content-type": "text/html; charset=ISO-8859-1"}).source == "meta"
    undeclared = decode_html(gbk * 3)
    assert undeclared.source == "detected" and "招生工作" in undeclared.text


@pytest.mark.parametrize(
    "line, level, number, printed",
    [
        ("一、实施党建示范引领行动", "cn", 1, "一、"),
        ("十二、实施教育保障提档升级行动", "cn", 12, "十二、"),
        ("（三）职业教育", "paren_cn", 3, "（三）"),
        ("(一)学前教育", "paren_cn", 1, "(一)"),
        ("12.提升考试服务水平", "arabic", 12, "12."),
        ("１．加强党的建设", "arabic", 1, "１．"),
        ("２、推进学位建设", "arabic", 2, "２、"),
        ("3 . 提升质量", "arabic", 3, "3 ."),
        ("（2）加强管理", "paren_arabic", 2, "（2）"),
        ("①完善制度", "circled", 1, "①"),
    ],
)
def test_markers_read_at_paragraph_start(line, level, number, printed):
    marker = read_marker(line)
    assert (marker.level, marker.number, marker.printed) == (level, number, printed)
    assert line[: len(marker.printed)] == marker.printed


@pytest.mark.parametrize("line", ["1.5万名新生入学", "2022年全区教育", "一是新建学校", "统一是非标准", "10.5%的学校", "提升1.质量"])
def test_not_markers(line):
    assert read_marker(line) is None


def test_notice_titles_and_kinds():
    assert unwrap_notice("关于印发《滨海新区2022年教育体育工作要点》的通知") == "滨海新区2022年教育体育工作要点"
    assert unwrap_notice("关于转发省教育厅《2022年工作要点》的通知") == "2022年工作要点"
    assert unwrap_notice("关于做好2022年普通高中招生工作的通知") is None
    assert [document_kind(t) for t in (
        "2022年工作要点", "2023年教育工作计划", "关于2022年工作要点推进情况的报告", "2021年工作总结",
        "关于做好招生工作的通知", "关于放假的公告", "教育局召开开学工作会议", None)] == [
        "plan", "plan", "report", "report", "notice", "notice", "other", "other"]


def test_header_lines_and_labels_that_only_look_like_labels():
    doc = parse_page(page(
        "<div class='info'>标题：2024年学校工作要点 时间：2024-02-20 09:00 来源：某中学 【字体：大 中 小】</div>"
        "<div id='zoom'><p>资金来源：财政拨款，保障学校正常运转。</p><p>一、总体要求</p><p>1.提高质量。</p></div>"),
        "http://example/a")
    assert (doc.title, doc.pub_date, doc.publisher) == ("2024年学校工作要点", dt.date(2024, 2, 20), "某中学")
    assert {k: doc.metadata_sources[k] for k in ("title", "pub_date", "publisher")} == {
        "title": "header", "pub_date": "header", "publisher": "header"}


def test_xxgk_table_beats_meta_tags_and_disagreement_is_reported():
    doc = parse_page(page(
        "<table><tr><td>发布日期：</td><td>2022年3月1日</td><td>发布机构：</td><td>甲局</td></tr></table>"
        "<div class='TRS_Editor'><p>正文第一段，内容足够长，用来测试。</p></div>",
        "<meta name='PubDate' content='2022-03-02'><meta name='ContentSource' content='乙局'>"),
        "http://example/b")
    assert (doc.pub_date, doc.publisher) == (dt.date(2022, 3, 1), "甲局")
    assert doc.quality["metadata_conflicts"] == ["pub_date:2022-03-01|2022-03-02"]


def test_labels_inside_the_content_are_not_metadata():
    doc = parse_page(page(
        "<div class='TRS_Editor'><p>各学校：</p><p>现将会议有关事项通知如下。</p><p>一、会议安排</p>"
        "<p>时间：2022年5月20日上午9:00</p></div>", "<meta name='PubDate' content='2022-05-10'>"),
        "http://example/c")
    assert doc.pub_date == dt.date(2022, 5, 10)
    assert "时间：2022年5月20日上午9:00" in doc.body


def test_plan_year_falls_back_to_the_publication_year_with_a_flag():
    doc = parse_page(page("<div id='zoom'><p>一、加强党建工作，推进各项任务落实到位。</p></div>",
                          "<meta name='ArticleTitle' content='教育局工作要点'><meta name='PubDate' content='2021-12-30'>"),
                     "http://example/d")
    assert (doc.plan_year, doc.quality["plan_year_from_pub_date"], doc.metadata_sources["plan_year"]) == (
        2021, True, "pub_date")


def test_odd_inputs_give_documents_not_exceptions():
    for body in (b"", b"\x00\xff\xfe", "<p>字符串</p>", b"<html>" * 500, b"<div>" * 3000 + "一、很深".encode()):
        doc = parse_page(body, "http://example/e", None)
        assert doc.quality["parser_error"] is False
        assert doc.doc_kind in ("plan", "report", "notice", "other")
    empty = parse_page(b"", "http://example/f")
    assert (empty.body, empty.parts, empty.quality["empty_body"]) == ("", [], True)


def test_br_separated_paragraphs_style_inside_trs_and_a_notice_signed_in_chinese_numerals():
    doc = parse_page(page(
        "<div class='TRS_Editor'><style>.TRS_Editor P{margin:0}</style>"
        "<p>各学校：<br>现将《2024年教育工作要点》印发给你们，请认真贯彻落实。<br>县教育局<br>二〇二四年三月五日</p>"
        "<p>一、总体要求<br>　　1.坚持立德树人。加强思政。<br>　　2.推进教育公平。<br>二、保障措施<br>3.加强组织领导。</p></div>",
        "<meta name='ArticleTitle' content='2024年教育工作要点'>"), "http://example/g")
    assert "margin" not in doc.body
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts] == [
        ("notice", "notice", None), ("section", "1", "一、"), ("item", "1.1", "1."), ("item", "1.2", "2."),
        ("section", "2", "二、"), ("item", "2.1", "3.")]
    assert doc.parts[0].text.endswith("县教育局\n二〇二四年三月五日\n")
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2024, 3, 5), "notice")
    assert doc.pub_date is None and doc.quality["missing_fields"] == ["index_no", "doc_no", "pub_date", "publisher"]


def test_table_layout_page_titled_only_by_its_first_line_with_block_subitems():
    doc = parse_page(page(
        "<table><tr><td class='bt_content'><div>2024年工作计划</div><div>发布时间：2024年1月2日</div>"
        "<p>一、目标</p><p>（一）学前教育。一是扩容；二是提质。</p><p>（二）义务教育。</p><p>1.均衡发展。</p>"
        "<p>2.减负提质。</p><p>二、措施</p><p>（一）经费保障。</p></td></tr></table>"
        "<div class='copyright'>版权所有：某县教育局 技术支持：某公司</div>"), "http://example/h")
    assert (doc.title, doc.metadata_sources["title"], doc.doc_kind, doc.plan_year) == ("2024年工作计划", "body", "plan", 2024)
    assert doc.pub_date == dt.date(2024, 1, 2)
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts] == [
        ("section", "1", "一、"), ("item", "1.1", "（一）"), ("subitem", "1.1.1", "一是"), ("subitem", "1.1.2", "二是"),
        ("item", "1.2", "（二）"), ("subitem", "1.2.1", "1."), ("subitem", "1.2.2", "2."),
        ("section", "2", "二、"), ("item", "2.1", "（一）")]
    assert doc.quality["numbering_scheme"] == "sections+items:per-section"
    assert "版权所有" not in doc.body and "2024年工作计划" not in doc.body
