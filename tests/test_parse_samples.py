"""Golden tests: the bundled sample site's real-template pages, parsed end to end."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from scrapers.parse import PARSER_VERSION, parse_page
from tests.parse_helpers import assert_tiles

SITE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"
ZIBO = "www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html"
ZIBO_NOTICE = "www.zibo.gov.cn/jyj/art/2022/5/20/art_2158_5200101.html"
ZHUANGLANG = "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html"
ZHUANGLANG_NEWS = "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202302/t20230210_1230001.html"
BINHAI = "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html"
BINHAI_REPORT = "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html"
FURNITURE = ("网站标识码", "打印", "扫一扫", "浏览次数", "字号", "字体", "分享", "ICP", "主办", "相关链接",
             "关闭窗口", "浏览器", "联系方式", "当前位置", "首页")


def parse(relative: str, headers: dict[str, str] | None = None):
    return parse_page((SITE / relative).read_bytes(), "http://" + relative, headers)


def items_per_section(doc) -> list[int]:
    counts = Counter(part.section_no for part in doc.parts if part.kind == "item")
    return [counts[number] for number in sorted(counts)]


@pytest.fixture(scope="module")
def zibo():
    return parse(ZIBO)


@pytest.fixture(scope="module")
def zhuanglang():
    return parse(ZHUANGLANG)


@pytest.fixture(scope="module")
def binhai():
    return parse(BINHAI)


def test_parser_version_is_a_short_string():
    assert isinstance(PARSER_VERSION, str) and 0 < len(PARSER_VERSION) <= 16


def test_zibo_metadata_from_the_xxgk_table_and_meta_tags(zibo):
    assert zibo.title == "淄博市教育局 2022年工作要点"
    assert zibo.notice_title is None
    assert zibo.index_no == "11370300004224677M/2022-5300729"
    assert zibo.doc_no is None  # the 文号 cell is printed empty
    assert zibo.pub_date == dt.date(2022, 12, 1)
    assert zibo.publisher == "淄博市教育局"
    assert (zibo.site_name, zibo.site_id_code, zibo.column_name) == ("淄博市教育局", "3703000031", "计划总结")
    assert (zibo.plan_year, zibo.doc_kind, zibo.encoding) == (2022, "plan", "utf-8")
    assert zibo.metadata_sources["title"] == "xxgk"
    assert zibo.metadata_sources["site_id_code"] == "meta:SiteIDCode"
    assert zibo.quality["missing_fields"] == ["doc_no"]


def test_zibo_structure(zibo):
    assert_tiles(zibo)
    kinds = Counter(part.kind for part in zibo.parts)
    assert kinds == {"preamble": 1, "section": 12, "item": 42}
    assert items_per_section(zibo) == [5, 5, 3, 3, 3, 3, 5, 2, 2, 3, 4, 4]
    assert [p.item_no for p in zibo.parts if p.kind == "item"] == list(range(1, 43))
    assert zibo.quality["numbering_scheme"] == "sections+items:through"
    assert (zibo.quality["skipped_numbers"], zibo.quality["repeated_numbers"]) == ([], [])
    preamble = zibo.parts[0]
    assert (preamble.kind, preamble.path) == ("preamble", "0")
    assert preamble.text.startswith("总体要求:以习近平新时代中国特色社会主义思想为指导")
    section = zibo.parts[1]
    assert (section.kind, section.path, section.section_no, section.item_marker) == ("section", "1", 1, "一、")
    assert section.text == "一、实施党建示范引领行动\n"
    assert section.title == section.section_heading == "实施党建示范引领行动"
    item = next(p for p in zibo.parts if p.item_no == 11)
    assert (item.path, item.section_no, item.item_marker) == ("3.1", 3, "11.")
    assert item.section_heading == "实施国家学前教育普及普惠县(区)创建行动"
    assert item.title == "加快扩增公办学前教育资源"
    assert item.text.endswith("公办园在园幼儿占比达到55%以上。\n")
    last = zibo.parts[-1]
    assert (last.path, last.item_no, last.title) == ("12.4", 42, "提升后勤服务水平")
    assert last.text.endswith("实现留守儿童等特殊群体儿童关爱工作覆盖。")


def test_zhuanglang_trs_page(zhuanglang):
    assert zhuanglang.title == "2023年全县教育工作要点"
    assert zhuanglang.pub_date == dt.date(2023, 4, 19)
    assert zhuanglang.pub_date_raw == "2023-04-19 11:13:22"
    assert zhuanglang.publisher == "庄浪县教育局"
    assert (zhuanglang.index_no, zhuanglang.doc_no) == (None, None)
    assert (zhuanglang.plan_year, zhuanglang.doc_kind) == (2023, "plan")
    assert_tiles(zhuanglang)
    assert Counter(p.kind for p in zhuanglang.parts) == {"preamble": 1, "section": 8, "item": 45}
    assert items_per_section(zhuanglang) == [4, 6, 2, 3, 5, 9, 10, 6]
    # The title printed inside TRS_Editor is not a body paragraph.
    assert "2023年全县教育工作要点" not in zhuanglang.body.split("\n")
    assert zhuanglang.quality["title_repeats_dropped"] == 1
    assert zhuanglang.body.startswith("2023年是全面深入学习贯彻落实党的二十大精神的首要之年")
    item = next(p for p in zhuanglang.parts if p.item_no == 25)
    assert item.title.startswith("推进中小学思政教育一体化建设加强专职思政课教师配备")  # no 。 after its lead
    assert next(p for p in zhuanglang.parts if p.item_no == 45).title == "全县教育质量实现新提升"


def test_binhai_gbk_notice_wrapping_the_plan(binhai):
    assert binhai.encoding == "gb18030"
    assert binhai.quality["encoding_declared"] == "gb2312"
    assert binhai.title == "滨海新区2022年教育体育工作要点"
    assert binhai.notice_title == "关于印发《滨海新区2022年教育体育工作要点》的通知"
    assert binhai.index_no == "11120116MB1234567X/2022-00031"
    assert binhai.doc_no == "津滨教体〔2022〕8号"
    assert binhai.pub_date == dt.date(2022, 3, 1)
    assert binhai.written_date == dt.date(2022, 2, 25)
    assert binhai.publisher == "天津市滨海新区教育体育局"
    assert (binhai.topic, binhai.plan_year, binhai.doc_kind) == ("教育", 2022, "plan")
    assert binhai.metadata_sources["title"] == "notice"
    assert_tiles(binhai)
    assert Counter(p.kind for p in binhai.parts) == {"notice": 1, "preamble": 1, "section": 8, "item": 32}
    assert items_per_section(binhai) == [5, 5, 4, 4, 3, 4, 4, 3]
    notice = binhai.parts[0]
    assert (notice.kind, notice.path, notice.title) == ("notice", "notice", binhai.notice_title)
    assert notice.text == (
        "局属各单位,各开发区(泰达街)教育主管部门,机关各室:\n"
        "现将《滨海新区2022年教育体育工作要点》印发给你们,请结合工作实际,认真贯彻落实。\n"
        "2022年2月25日\n(此件主动公开)\n"
    )
    assert binhai.parts[1].text.startswith("2022年全区教育体育工作总的要求是")
    assert "滨海新区2022年教育体育工作要点" not in binhai.body.split("\n")


def test_binhai_item_continues_over_an_unnumbered_paragraph(binhai):
    item = next(p for p in binhai.parts if p.item_no == 10)
    assert item.title == "持续打好“双减”攻坚战"
    first, second = item.text.rstrip("\n").split("\n")
    assert first.endswith("试点开展校外培训机构专业执法。")
    assert second.startswith("制定《关于进一步做好中小学课后服务工作的实施细则》")
    assert binhai.quality["leftover_chars"] == 0


@pytest.mark.parametrize("relative", [ZIBO, ZHUANGLANG, BINHAI, ZIBO_NOTICE, BINHAI_REPORT, ZHUANGLANG_NEWS])
def test_clean_body_has_no_page_furniture(relative):
    doc = parse(relative)
    for word in FURNITURE:
        assert word not in doc.body, word
    json.dumps(doc.quality)  # the warehouse stores it as JSON


def test_binhai_report_items_restart_per_section_with_inline_subitems():
    doc = parse(BINHAI_REPORT)
    assert doc.title == "滨海新区教育体育局2021年工作总结"
    assert (doc.doc_kind, doc.plan_year, doc.pub_date) == ("report", 2021, dt.date(2022, 1, 10))
    assert "镕" in doc.body  # a GBK-only character in a page declared gb2312
    assert doc.written_date == dt.date(2022, 1, 10)
    assert doc.metadata_sources["written_date"] == "signature"
    assert_tiles(doc)
    assert doc.quality["numbering_scheme"] == "sections+items:per-section"
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts] == [
        ("preamble", "0", None),
        ("section", "1", "一、"),
        ("item", "1.1", "（一）"),
        ("item", "1.2", "（二）"),
        ("subitem", "1.2.1", "一是"),
        ("subitem", "1.2.2", "二是"),
        ("section", "2", "二、"),
        ("paragraph", "2.1", None),
        ("section", "3", "三、"),
        ("item", "3.1", "（一）"),
        ("item", "3.2", "（二）"),
        ("paragraph", "closing", None),
    ]
    sub = doc.parts[4]
    assert (sub.text, sub.title, sub.item_no, sub.sub_no) == ("一是新建中小学5所，已投入使用；", "新建中小学5所，已投入使用", 2, 1)
    assert doc.parts[7].text == "优质教育资源总量仍然不足，城乡之间发展还不平衡。\n"
    assert doc.parts[-1].text == "天津市滨海新区教育体育局\n2022年1月10日"


def test_zibo_enrolment_notice_sections_without_items():
    doc = parse(ZIBO_NOTICE)
    assert doc.title == "关于做好2022年普通高中招生工作的通知"
    assert (doc.doc_kind, doc.doc_no, doc.pub_date) == ("notice", "淄教发〔2022〕15号", dt.date(2022, 5, 20))
    assert doc.index_no == "11370300004224677M/2022-5200101"
    assert_tiles(doc)
    assert [(p.kind, p.path) for p in doc.parts] == [
        ("preamble", "0"), ("section", "1"), ("paragraph", "1.1"), ("section", "2"), ("paragraph", "2.1"),
        ("paragraph", "closing"),
    ]
    assert doc.quality["numbering_scheme"] == "sections-only"
    assert "2022年招生计划表.pdf" not in doc.body


def test_zhuanglang_news_article_is_other():
    doc = parse(ZHUANGLANG_NEWS)
    assert (doc.title, doc.doc_kind) == ("庄浪县教育局召开2023年春季开学工作会议", "other")
    assert doc.pub_date == dt.date(2023, 2, 10)
    assert doc.body == "2月9日，县教育局召开2023年春季开学工作会议，安排部署春季开学各项工作。\n会议要求，各学校要扎实做好开学准备，确保2月13日正常开学。"
    assert [(p.kind, p.path) for p in doc.parts] == [("paragraph", "1"), ("paragraph", "2")]
