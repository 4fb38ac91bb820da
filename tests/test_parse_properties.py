"""Properties that must hold on any input: parse_page never raises and parts tile the body."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.parse import parse_page
from tests.parse_helpers import assert_tiles

SITE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"
SAMPLES = [
    (SITE / "www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html").read_bytes(),
    (SITE / "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html").read_bytes(),
    (SITE / "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html").read_bytes(),
    (SITE / "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html").read_bytes(),
]
KINDS = {"notice", "preamble", "section", "item", "subitem", "paragraph"}
# GAZETTE_HYPOTHESIS_EXAMPLES raises the example count for a longer local hunt.
FAST = settings(max_examples=int(os.environ.get("GAZETTE_HYPOTHESIS_EXAMPLES", "120")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def check(doc) -> None:
    assert doc.quality["parser_error"] is False, doc.quality["parser_error_message"]
    assert {part.kind for part in doc.parts} <= KINDS
    assert_tiles(doc)
    json.dumps(doc.quality)
    assert all(isinstance(value, (str, int, bool, list)) for value in doc.quality.values())


@FAST
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(body):
    check(parse_page(body, "http://example/x"))


@FAST
@given(st.sampled_from(SAMPLES), st.floats(min_value=0, max_value=1), st.sampled_from([None, {"Content-Type": "text/html; charset=utf-8"}]))
def test_truncated_real_pages(sample, fraction, headers):
    check(parse_page(sample[: int(len(sample) * fraction)], "http://example/y", headers))


LINE_PIECES = st.sampled_from([
    "一、", "二、", "三、", "十、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "１．", "２．", "4.", "1.5万",
    "①", "（1）", "一是", "二是", "三是", "\u00a0\u00a0", "\u3000\u3000", "2022年2月25日", "201836",
    "（此件主动公开）", "现将《2022年工作要点》印发给你们", "关于印发《2022年工作要点》的通知", "2022年工作要点",
    "时间：2023-04-19", "来源：教育局", "索引号：", "网站标识码：123", "扫一扫", "打印", "某县教育局",
    "加强党的建设。", "推进学位建设；", "完成改造项目10个", "，", "。", "：", " ", "<b>", "</b>", "<br>", "&nbsp;",
])
PARAGRAPH = st.lists(LINE_PIECES, min_size=0, max_size=6).map("".join)
WRAPPERS = st.sampled_from([
    "<div class='TRS_Editor'>{}</div>", "<div id='zoom'>{}</div>", "<div>{}</div>",
    "<!--ContentStart-->{}<!--ContentEnd-->", "<table><tr><td>{}</td></tr></table>", "{}",
])


@FAST
@given(st.lists(PARAGRAPH, max_size=25), WRAPPERS, st.sampled_from(["utf-8", "gbk"]))
def test_generated_gazette_like_pages(paragraphs, wrapper, encoding):
    inner = "".join(f"<p>{text}</p>" for text in paragraphs)
    html = (f"<html><head><meta charset='{encoding}'><meta name='ArticleTitle' content='2022年工作要点'></head>"
            f"<body><h1>2022年工作要点</h1>{wrapper.format(inner)}<div class='footer'>网站标识码：1</div></body></html>")
    doc = parse_page(html.encode("gb18030" if encoding == "gbk" else encoding), "http://example/z")
    check(doc)
    assert "网站标识码" not in doc.body


@FAST
@given(st.text(max_size=2000))
def test_arbitrary_text_in_a_page(text):
    check(parse_page(f"<html><body><div id='zoom'>{text}</div></body></html>".encode("utf-8", "surrogatepass"),
                     "http://example/w"))
