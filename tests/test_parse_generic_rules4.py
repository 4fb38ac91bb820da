"""Rules real site families follow, each on a small page written for it (parser 1.4).

A 版记 (抄送：…, …办公室 2022年3月1日印发) after the last item belongs to no item; a catalogue's
生成日期 is a fallback publication date like 发文日期; a date typed without 年月日 is read when
its digits split into a month and a day one way only, and flagged. Content containers of Epoint
(#mainText) and 博达 VSB (inside a <form>); an …info wrapper; zero-width characters; an 附件：1.…
2.… list before the plan it attaches; meta lines (unlabelled dates, 作者：, 更新时间, 发布者, 无);
转发 notices and ——subtitles.
"""

from __future__ import annotations

import datetime as dt

from scrapers.parse import PARSER_VERSION, parse_page
from tests import parse_helpers
from tests.parse_helpers import assert_tiles


def page(inner: str) -> bytes:
    """A page whose <title> names the plan, so the rules below are seen on a titled document."""
    return parse_helpers.page(inner, head="<title>某区2022年教育工作要点</title>")


def test_parser_version_moved_with_the_output():
    assert PARSER_VERSION == "1.4"


# --------------------------------------------------------------------------- 1. 版记
PLAN = ("<div class='article'><h1>某区2022年教育工作要点</h1><div id='zoom'>"
        "<p>一、提升质量</p><p>1.新建幼儿园两所，新增学位540个。</p><p>2.招聘教师120名，充实农村学校。</p>"
        "{closing}</div></div>")
COLOPHON = ("<table><tr><td><p>抄送：区委办、区政府办。</p></td></tr>"
            "<tr><td><p>某区教育局办公室　　　　2022年3月1日印发</p></td></tr></table>")


def test_a_colophon_after_the_last_item_is_closing_text():
    doc = parse_page(page(PLAN.format(closing=COLOPHON)), "http://example/a.html")
    last_item = [p for p in doc.parts if p.kind == "item"][-1]
    assert last_item.text == "2.招聘教师120名，充实农村学校。\n"
    assert (doc.parts[-1].kind, doc.parts[-1].path) == ("paragraph", "closing")
    assert doc.parts[-1].text == "抄送：区委办、区政府办。\n某区教育局办公室　　　　2022年3月1日印发"
    assert doc.written_date is None  # the day it was printed is not the day it was signed
    assert_tiles(doc)


def test_a_signature_before_the_colophon_still_signs_the_document():
    signed = "<p>某区教育局</p><p>2022年2月25日</p>" + COLOPHON
    doc = parse_page(page(PLAN.format(closing=signed)), "http://example/a.html")
    assert [p for p in doc.parts if p.kind == "item"][-1].text == "2.招聘教师120名，充实农村学校。\n"
    assert doc.parts[-1].text.startswith("某区教育局\n2022年2月25日\n抄送：")
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2022, 2, 25), "signature")


def test_an_item_that_only_mentions_printing_stays_an_item():
    closing = "<p>3.制定并印发《课后服务实施办法》，2022年3月1日前印发</p>"
    doc = parse_page(page(PLAN.format(closing=closing)), "http://example/a.html")
    assert [p.item_no for p in doc.parts if p.kind == "item"] == [1, 2, 3]


# --------------------------------------------------------------------------- 2. dates
def info_block(rows: str) -> str:
    return f"<table class='xxgk'>{rows}</table>" + PLAN.format(closing="")


def row(label: str, value: str) -> str:
    return f"<tr><th>{label}：</th><td>{value}</td></tr>"


def test_generation_date_is_the_fallback_publication_date():
    doc = parse_page(page(info_block(row("索引号", "11340000-2022-00012") + row("生成日期", "2022-03-08"))),
                     "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2022, 3, 8), "xxgk:生成日期")


def test_a_printed_publication_date_beats_the_generation_date():
    rows = row("索引号", "11340000-2022-00012") + row("生成日期", "2022-03-01") + row("发布日期", "2022-03-08")
    doc = parse_page(page(info_block(rows)), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2022, 3, 8), "xxgk")
    assert doc.quality["metadata_conflicts"] == []


def test_a_date_typed_without_separators_is_read_when_only_one_reading_exists():
    doc = parse_page(page(info_block(row("索引号", "X-2020-1") + row("发文日期", "2020415"))), "http://example/a.html")
    assert (doc.pub_date, doc.pub_date_raw) == (dt.date(2020, 4, 15), "2020415")
    assert doc.quality["date_flags"] == ["pub_date_read_without_separators"]


def test_a_date_typed_without_separators_with_two_readings_is_not_guessed():
    doc = parse_page(page(info_block(row("索引号", "X-2018-1") + row("发文日期", "2018111"))), "http://example/a.html")
    assert (doc.pub_date, doc.pub_date_raw) == (None, "2018111")
    assert doc.quality["date_flags"] == ["pub_date_unreadable"]
    assert doc.plan_year == 2022  # from the title, not the unreadable date


# --------------------------------------------------------------------------- 3. containers
ARTICLE = ("<p>一、提升质量</p><p>（一）新建幼儿园两所。新增学位540个，学前三年毛入园率达到93%以上，普惠性幼儿园覆盖率达到90%。</p>"
           "<p>（二）完成校舍改造八处。改善农村学校寄宿条件，新建学生食堂三个，完成薄弱学校改造提升工程。</p>"
           "<p>二、加强队伍</p><p>（一）招聘教师120名。充实农村学校，推动城区学校教师到乡村学校支教不少于80人。</p>"
           "<p>（二）培训教师5000人次。实施“强师工程”，开展教师全员培训，提升专业能力。</p>")
EPOINT = ("<div class='ewb-article'><h1>某区2022年教育工作要点</h1>"
          "<div class='ewb-article-sources'><span>发布时间：</span><span>2022-02-26 15:30</span></div>"
          "<div class='ewb-article-info'><div id='{id}'>" + ARTICLE + "</div></div>"
          "<div class='ewb-article-tool'><a onclick='window.print()'>打印本页</a></div></div>"
          "<div class='ewb-footer'><p>主办单位：某区人民政府办公室。网站标识码：5203210002。</p></div>")


def test_an_epoint_main_text_is_the_content():
    doc = parse_page(page(EPOINT.format(id="mainText")), "http://example/a.html")
    assert (doc.quality["content_container"], doc.quality["item_count"]) == ("#mainText", 4)
    assert doc.body.startswith("一、提升质量") and doc.body.endswith("提升专业能力。")


def test_an_info_named_wrapper_holding_the_article_is_not_a_metadata_line():
    doc = parse_page(page(EPOINT.format(id="artText")), "http://example/a.html")
    assert (doc.quality["content_container"], doc.quality["item_count"]) == ("densest", 4)
    assert doc.body.startswith("一、提升质量") and doc.body.endswith("提升专业能力。")
    assert "打印" not in doc.body and "主办单位" not in doc.body


def test_a_short_info_line_inside_the_content_is_still_dropped():
    inner = "<div id='zoom'><div class='article-info'>发布时间：2022-02-26 浏览次数：35</div>" + ARTICLE + "</div>"
    doc = parse_page(page(inner), "http://example/a.html")
    assert doc.body.startswith("一、提升质量")
    assert "浏览次数" not in doc.body


# --------------------------------------------------------------------------- 4. metadata
def test_an_empty_value_does_not_take_the_next_unknown_label():
    block = ("<div class='xxgk-info'><div class='row'><span class='label'>索 引 号：</span><span class='value'>X-2022-1</span>"
             "<span class='label'>文　　号：</span><span class='value'></span>"
             "<span class='label'>有 效 性：</span><span class='value'>有效</span></div></div>")
    doc = parse_page(page(block + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.doc_no) == ("X-2022-1", None)


def test_an_html5_time_beside_the_title_is_the_publication_date():
    head = ("<article><h1>某区2022年教育工作要点</h1><p class='article-meta'><time datetime='2022-07-08'>7月8日</time>"
            " <span>浏览次数：<b>862</b></span></p><div id='zoom'>{text}</div></article>")
    doc = parse_page(page(head.format(text=ARTICLE)), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2022, 7, 8), "time")
    mentioned = ARTICLE + "<p>（三）<time datetime='2022-09-01'>9月1日</time>起实施课后服务。全面覆盖。</p>"
    doc = parse_page(page(head.format(text=mentioned).replace("<time datetime='2022-07-08'>7月8日</time>", "")),
                     "http://example/a.html")
    assert doc.pub_date is None  # a date the text mentions is not the page's


def test_a_value_ends_at_the_next_label_of_its_line_whatever_it_is():
    line = "<div class='info'>发布时间：2024-03-01 09:30 来源：某县教育局 作者：王晓静 浏览：<span id='hits'>123</span>次</div>"
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.publisher, doc.pub_date) == ("某县教育局", dt.date(2024, 3, 1))


def test_an_unlabelled_date_opening_a_meta_line_is_the_publication_date():
    heading = ("<h1>某区2023年工作要点<br/><span>2023-02-16 10:21:35&nbsp;&nbsp;&nbsp;来源：某区教育科技局"
               "&nbsp;&nbsp;&nbsp;评论：<a href='#c'>0</a></span></h1>")
    doc = parse_page(page(heading + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"], doc.publisher) == (dt.date(2023, 2, 16), "header", "某区教育科技局")


def test_the_update_time_dates_a_page_that_prints_nothing_else():
    line = "<div>作者：佚名　　文章来源：某县教育局　　点击数：5　　更新时间：2021-3-8</div>"
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2021, 3, 8), "header:更新时间")
    line = "<div>发布时间：2021-03-01　更新时间：2021-3-8</div>"
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.pub_date, doc.quality["metadata_conflicts"]) == (dt.date(2021, 3, 1), [])


def test_a_poster_is_the_publisher_only_when_it_names_an_office():
    for poster, publisher in (("某区教育体育局", "某区教育体育局"), ("张晓明", None)):
        line = f"<div class='detail-info'>发布者：{poster}　　发布时间：2023-03-06</div>"
        doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
        assert doc.publisher == publisher


def test_a_placeholder_value_is_no_value():
    rows = row("索引号", "X-2024-1") + row("文号", "无") + row("发布机构", "—")
    doc = parse_page(page(info_block(rows)), "http://example/a.html")
    assert (doc.index_no, doc.doc_no, doc.publisher) == ("X-2024-1", None, None)


def test_a_forwarding_notice_without_brackets_unwraps_to_the_plan():
    title = "某市人民政府办公室关于转发市教育体育局2023年全市教育体育工作要点的通知"
    doc = parse_page(f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
                     "<div id='zoom'><p>各县（市、区）人民政府：</p><p>市教育体育局2023年全市教育体育工作要点已经市人民政府同意，现转发给你们，请认真贯彻执行。</p>"
                     "<p>一、提升质量</p><p>1.新建幼儿园两所，新增学位540个。</p></div></body></html>".encode(),
                     "http://example/a.html")
    assert (doc.title, doc.notice_title, doc.doc_kind) == ("2023年全市教育体育工作要点", title, "plan")


def test_a_subtitle_naming_the_document_joins_its_main_heading():
    inner = ("<h1>办好人民满意的教育</h1><h2 class='subtitle'>——某区2022年教育工作要点</h2>"
             "<div class='source'>发布时间：2022年02月18日　来源：某区教育局</div><div id='zoom'>" + ARTICLE + "</div>")
    doc = parse_page(f"<html><head><meta charset='utf-8'></head><body>{inner}</body></html>".encode(), "http://example/a.html")
    assert (doc.title, doc.plan_year, doc.doc_kind) == ("办好人民满意的教育——某区2022年教育工作要点", 2022, "plan")


# --------------------------------------------------------------------------- 5. body
def test_zero_width_characters_do_not_hide_markers():
    inner = ("<div id='zoom'><p>一、提升质量&#8203;</p><p>&#8203;1.&#8203;新建幼儿园两所。</p>"
             "<p>2.\u200b完成校舍改造<wbr>八处。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.text) for p in doc.parts if p.kind != "preamble"] == [
        ("section", "一、提升质量\n"), ("item", "1.新建幼儿园两所。\n"), ("item", "2.完成校舍改造八处。")]


def test_a_vsb_article_inside_a_form_is_the_content():
    inner = ("<form name='_newscontent_fromname'><div class='content-title'><h1>某市2024年教育工作要点</h1></div>"
             "<div id='vsb_content'><div class='v_news_content'>" + ARTICLE + "</div></div></form>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert (doc.quality["content_container"], doc.quality["item_count"]) == (".v_news_content", 4)


def test_an_attachment_list_before_the_plan_it_attaches_is_notice_text():
    inner = ("<h1>某区教育委员会关于印发《某区2024年教育工作要点》的通知</h1><div id='zoom'>"
             "<p>各中小学校：</p><p>现将《某区2024年教育工作要点》印发给你们，请认真贯彻落实。</p>"
             "<p>附件：1.某区2024年教育工作要点</p><p>　　　2.某区2024年教育重点工作任务分解表</p>"
             "<p>某区教育委员会</p><p>2024年2月21日</p><p>附件1</p><p>某区2024年教育工作要点</p>"
             "<p>一、坚持党建统领</p><p>1.深化理论武装。全年集中学习不少于12次。</p><p>2.加强基层党建。创建党建品牌学校10所。</p>"
             "<p>二、坚持扩优提质</p><p>3.扩大学前教育普惠资源。新增学位630个。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.item_no) for p in doc.parts if p.kind in ("section", "item")] == [
        ("section", None), ("item", 1), ("item", 2), ("section", None), ("item", 3)]
    notice = doc.parts[0]
    assert notice.kind == "notice" and notice.text.endswith("2.某区2024年教育重点工作任务分解表\n某区教育委员会\n2024年2月21日\n附件1\n")
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2024, 2, 21), "notice")


# --------------------------------------------------------------------------- 6. found by holdout 9
def test_a_section_without_the_documents_item_family_numbers_its_items_its_own_way():
    inner = ("<div id='zoom'><p>一、上半年工作推进情况</p><p>（一）党建引领持续加强。一是理论学习常态化；二是支部建设标准化。</p>"
             "<p>（二）教育质量稳步提升。完成学校改造八处。</p><p>二、存在的问题</p><p>优质资源总量不足。</p>"
             "<p>三、下一步工作打算</p><p>1.确保秋季学期顺利开学。做好招生工作。</p><p>2.加快教育数字化转型。建设智慧校园5所。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts if p.kind in ("item", "subitem")] == [
        ("item", "1.1", "（一）"), ("subitem", "1.1.1", "一是"), ("subitem", "1.1.2", "二是"), ("item", "1.2", "（二）"),
        ("item", "3.1", "1."), ("item", "3.2", "2.")]
    assert [p.path for p in doc.parts if p.kind == "paragraph"] == ["2.1"]


def test_a_schedule_appended_with_a_bare_fu_label_closes_the_plan():
    schedule = "<p>附：2024-2025学年第一学期行事历</p><p>第1周（9月2日—9月8日）：开学教学常规检查。</p><p>第2周：学科教研活动。</p>"
    doc = parse_page(page(PLAN.format(closing=schedule)), "http://example/a.html")
    assert [p for p in doc.parts if p.kind == "item"][-1].text == "2.招聘教师120名，充实农村学校。\n"
    assert doc.parts[-1].path == "closing" and doc.parts[-1].text.startswith("附：2024-2025学年")


def test_a_notice_whose_plan_is_only_attached_is_the_document():
    title = "关于印发《某县2024年教育工作要点》的通知"
    notice = (f"<h1>{title}</h1><div id='zoom'><p>各学校：</p><p>现将《某县2024年教育工作要点》印发给你们，请认真贯彻执行。</p>"
              "<p>某县教育局</p><p>2024年2月21日</p></div><div class='fujian'><a href='/a.docx'>某县2024年教育工作要点.docx</a></div>")
    doc = parse_page(f"<html><head><meta charset='utf-8'></head><body>{notice}</body></html>".encode(), "http://example/a.html")
    assert (doc.title, doc.notice_title, doc.doc_kind, doc.plan_year) == (title, None, "notice", 2024)
    printed = notice.replace("<p>2024年2月21日</p>", "<p>2024年2月21日</p><p>一、提升质量</p><p>1.新建幼儿园两所。</p>")
    doc = parse_page(f"<html><head><meta charset='utf-8'></head><body>{printed}</body></html>".encode(), "http://example/a.html")
    assert (doc.title, doc.notice_title, doc.doc_kind) == ("某县2024年教育工作要点", title, "plan")


# --------------------------------------------------------------------------- 7. found by holdout 8
def test_a_date_in_an_element_named_for_it_dates_the_page():
    line = ("<div class='article-info'><span class='time'>2024-02-28 10:15</span><span class='source'>某市教育局</span>"
            "<span class='font'>字号：大 中 小</span></div>")
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2024, 2, 28), "time")
    inside = PLAN.format(closing="<p>3.<span class='date'>2024-09-01</span>起实施课后服务。</p>")
    assert parse_page(page(inside), "http://example/a.html").pub_date is None


def test_information_time_is_a_publication_date_label():
    line = "<div class='ewb-article-sources'>【信息时间：<span id='infodate'>2024-02-26</span>&nbsp;&nbsp;阅读次数：<span></span>】</div>"
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.pub_date, doc.metadata_sources["pub_date"]) == (dt.date(2024, 2, 26), "header")


# --------------------------------------------------------------------------- 8. found by holdouts 10 and 11
def test_square_bracket_labels_with_the_value_right_after_them():
    line = ("<div class='c-info'><span>【索引号】430702-02-2023-0006</span>　<span>【文号】武教通〔2023〕2号</span><br>"
            "<span>【发布时间】2023-02-08 10:31</span>　<span>【信息来源】武陵区教育局</span></div>")
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.doc_no, doc.pub_date, doc.publisher) == (
        "430702-02-2023-0006", "武教通〔2023〕2号", dt.date(2023, 2, 8), "武陵区教育局")


def test_a_separator_between_label_and_value_is_not_the_value():
    rows = "".join(f"<p><span class='attr-name'>{label}</span><span class='attr-sep'>|</span><span class='attr-val'>{value}</span></p>"
                   for label, value in (("索引号", "130503-JY-2022-0004"), ("文号", "信教〔2022〕3号"), ("发布机构", "信都区教育局")))
    doc = parse_page(page(f"<div class='attr'>{rows}</div>" + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.doc_no, doc.publisher) == ("130503-JY-2022-0004", "信教〔2022〕3号", "信都区教育局")


def test_the_site_or_an_unknown_as_source_is_no_publisher():
    for source in ("本站原创", "未知"):
        line = f"<div class='info'>作者：admin　来源：{source}　发布时间：2024-3-5 9:30:12</div>"
        doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
        assert (doc.publisher, doc.pub_date) == (None, dt.date(2024, 3, 5))


def test_a_loosely_titled_notice_takes_the_plan_title_its_text_quotes():
    title = "某区教育局关于印发2025年全区教育工作要点的通知"
    body = (f"<h1>{title}</h1><div id='zoom'><p>各学校：</p><p>现将《某区2025年教育工作要点》印发给你们，请认真贯彻落实。</p>"
            "<p>某区教育局</p><p>2025年2月20日</p><p>某区2025年教育工作要点</p><p>一、提升质量</p><p>1.新建幼儿园两所。</p></div>")
    doc = parse_page(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode(), "http://example/a.html")
    assert (doc.title, doc.notice_title, doc.doc_kind) == ("某区2025年教育工作要点", title, "plan")
    assert [p.kind for p in doc.parts] == ["notice", "section", "item"]


def test_a_first_sub_item_run_into_digits_is_a_marker_when_2_follows():
    inner = ("<div id='zoom'><p>一、工作进展</p><p>（一）提升教育质量。</p><p>1.2024年中考全区平均分提高6.2分。</p>"
             "<p>2.组织开展教学竞赛，参赛教师420人。</p><p>（二）加强队伍建设。招聘教师180名。</p>"
             "<p>二、下一步打算</p><p>（一）巩固成果。</p><p>1.5万名学生参加课后服务。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts if p.kind in ("item", "subitem")] == [
        ("item", "1.1", "（一）"), ("subitem", "1.1.1", "1."), ("subitem", "1.1.2", "2."), ("item", "1.2", "（二）"),
        ("item", "2.1", "（一）")]  # 1.5万 with no 2. after it stays a decimal


def test_a_section_heading_run_into_its_first_items_paragraph_is_its_own_line():
    inner = ("<div id='zoom'><p><strong>一、坚持党建引领</strong>　<strong>1.强化政治引领。</strong>全面学习宣传党的二十大精神。</p>"
             "<p>2.加强基层党建。创建示范党组织10个。</p><p><strong>二、下半年工作打算</strong>（一）确保秋季学期顺利开学。新建校舍投入使用。</p>"
             "<p><strong>三、主要目标</strong>1.5万名学生参加课后服务。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.path, p.text) for p in doc.parts if p.kind != "preamble"] == [
        ("section", "1", "一、坚持党建引领　\n"), ("item", "1.1", "1.强化政治引领。全面学习宣传党的二十大精神。\n"),
        ("item", "1.2", "2.加强基层党建。创建示范党组织10个。\n"), ("section", "2", "二、下半年工作打算\n"),
        ("item", "2.1", "（一）确保秋季学期顺利开学。新建校舍投入使用。\n"),
        ("section", "3", "三、主要目标1.5万名学生参加课后服务。")]
    assert_tiles(doc)


def test_an_information_index_number_and_a_date_element_opening_with_the_date():
    block = ("<table class='xxgk'><tr><th>信息索引号</th><td>002613071/2023-118452</td><th>公开方式</th><td>主动公开</td></tr></table>"
             "<div class='pages-date'>2023-02-26 15:30 <span class='font'>来源：某县教育局</span></div>")
    doc = parse_page(page(block + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.pub_date, doc.publisher) == ("002613071/2023-118452", dt.date(2023, 2, 26), "某县教育局")


# --------------------------------------------------------------------------- 9. found by holdout 12
def test_an_issuing_office_label_of_another_spelling():
    doc = parse_page(page(info_block(row("索引号", "X-2024-47") + row("发文机构", "北京市丰台区教育委员会"))), "http://example/a.html")
    assert (doc.publisher, doc.metadata_sources["publisher"]) == ("北京市丰台区教育委员会", "xxgk")


def test_a_single_yishi_announced_by_its_item_is_a_sub_item():
    inner = ("<div id='zoom'><p>一、下半年打算</p><p>（一）做好招生工作。确保新建学校按期投用，重点做好：</p>"
             "<p>一是8月底前完成4个新建项目竣工验收。</p><p>（二）加强安全管理。一是排查隐患。</p></div>")
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.kind, p.path, p.item_marker) for p in doc.parts if p.kind in ("item", "subitem")] == [
        ("item", "1.1", "（一）"), ("subitem", "1.1.1", "一是"), ("item", "1.2", "（二）")]  # 一是 after 。 alone stays text


# --------------------------------------------------------------------------- 10. found by holdout 13
def test_a_marker_typed_with_two_stops_is_one_marker():
    inner = "<div id='zoom'><p>一、提升质量</p><p>1.新建幼儿园两所。</p><p>2.、完成校舍改造八处。</p><p>3、招聘教师120名。</p></div>"
    doc = parse_page(page(inner), "http://example/a.html")
    assert [(p.item_no, p.item_marker) for p in doc.parts if p.kind == "item"] == [(1, "1."), (2, "2.、"), (3, "3、")]


def test_a_closing_note_belongs_to_no_item_with_or_without_a_signature():
    for closing in ("<p>注：以上项目投资数额以发展改革部门批复为准。</p>",
                    "<p>注：以上项目投资数额以发展改革部门批复为准。</p><p>某区教育局</p><p>2020年3月18日</p>"):
        doc = parse_page(page(PLAN.format(closing=closing)), "http://example/a.html")
        assert [p for p in doc.parts if p.kind == "item"][-1].text == "2.招聘教师120名，充实农村学校。\n"
        assert doc.parts[-1].path == "closing" and doc.parts[-1].text.startswith("注：以上项目")
    assert (doc.written_date, doc.metadata_sources["written_date"]) == (dt.date(2020, 3, 18), "signature")


# --------------------------------------------------------------------------- 11. found by holdout 14
def test_fields_on_one_line_between_bars():
    line = ("<div class='detail-meta'>索引号：LSK-2022-00045 | 发布日期：2022-02-16 | 发布机构：某区教育局 | "
            "字号：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a></div>")
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.pub_date, doc.publisher) == ("LSK-2022-00045", dt.date(2022, 2, 16), "某区教育局")
    line = "<div>索引号：　　LSK-2022-00045　发布机构：某区教育局丨浏览次数：12</div>"
    doc = parse_page(page(line + PLAN.format(closing="")), "http://example/a.html")
    assert (doc.index_no, doc.publisher) == ("LSK-2022-00045", "某区教育局")
