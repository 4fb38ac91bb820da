"""Write the tenth holdout set (metadata as real pages print it): each page's HTML and its answers from one spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout10/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each (same letters as set 3, plus T):
  S <marker>|text   section heading (一、)            I <marker>|text  item (1. １． 1、 （一）)
  U <marker>|text   sub-item on its own paragraph     X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph (notice, preamble, continuation of the part above)
  C text            closing / signature / 附件 line (belongs to no part)
  T text            a centred title line inside the body (a wrapped plan's own title)
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
# Metadata labels no page's clean body may keep (the plans' own text never uses them).
METADATA_LABELS = ["索引号", "发布机构", "来源：", "发布日期", "发布时间"]
METADATA_FIELDS = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    if marker[0] in circled:
        return circled.index(marker[0]) + 1
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) == 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10
    return CN.index(chinese) + 1


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", ""))


def parse_spec(spec: str) -> list[tuple[str, str | None, str]]:
    lines = []
    for raw in spec.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        kind, rest = raw[0], raw[2:].strip()
        if kind in "SIUX":
            marker, text = rest.split("|", 1)
            lines.append((kind, marker, text))
        else:
            lines.append((kind, None, rest))
    return lines


def expected_structure(lines) -> dict:
    sections, items, subs = 0, [], []
    section_no = None
    current = None  # the item or sub-item collecting continuation paragraphs
    for kind, marker, text in lines:
        if kind == "S":
            sections += 1
            section_no = numeral(marker)
            current = None
        elif kind == "I":
            current = {"section_no": section_no, "item_no": numeral(marker), "item_marker": marker, "text": text}
            items.append(current)
        elif kind in "UX":
            parent = items[-1]
            sub_no = 1 + sum(1 for s in subs if s["_parent"] is parent)
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": sub_no,
                       "item_marker": marker, "text": text, "_parent": parent}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind in "CT":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering


def render(lines, style: str) -> str:
    paragraphs: list[list] = []  # [kind, printed text]
    for kind, marker, text in lines:
        if kind == "X":  # an inline sub-item continues the paragraph above
            paragraphs[-1][1] += f"{marker}{text}"
        else:
            paragraphs.append([kind, f"{marker or ''}{text}"])
    if style == "br":  # an old editor: one block, lines indented with ideographic spaces and ended by <br>
        rows = []
        for kind, text in paragraphs:
            if kind == "T":
                rows.append(f"<center><b>{text}</b></center>")
            elif kind == "C":
                rows.append(f"　　　　　　　　　　{text}<br />")
            else:
                rows.append(f"　　{text}<br />")
        return '<div style="line-height:30px;font-size:16px">\n' + "\n".join(rows) + "\n</div>"
    return "\n".join(render_paragraph(kind, text, style) for kind, text in paragraphs)


def render_paragraph(kind: str, text: str, style: str) -> str:
    if kind == "T":
        return f'<p style="text-align:center"><strong><span style="font-size:20px">{text}</span></strong></p>'
    if style == "div":
        if kind == "S":
            return f'<div style="text-indent:2em;font-weight:bold">{text}</div>'
        if kind == "C":
            return f'<div style="text-align:right">{text}</div>'
        return f'<div style="text-indent:2em;line-height:2">{text}</div>'
    if style == "span":
        if kind == "C":
            return f'<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>'
        font = "黑体" if kind == "S" else "仿宋_GB2312"
        return (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
                f'<span style="font-family:{font};font-size:16pt">{text}</span></p>')
    if style == "nbsp":
        if kind == "C":
            return f'<p align="right">{text}</p>'
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>"
    # plain <p>
    if kind == "S":
        return f'<p style="text-indent:2em"><strong>{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right">{text}</p>'
    return f'<p style="text-indent:2em">{text}</p>'


# --------------------------------------------------------------------------- page chrome (three site families)

CHROMES = {
    "a": {
        "top": """<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjxx/">走进{short}</a></div>
<form class="search" action="/search/"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>""",
        "bottom": """<div class="tools"><a href="javascript:void(0)" onclick="window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="pager"><p>上一篇：<a href="/zwgk/p1.html">{prev}</a></p><p>下一篇：<a href="/zwgk/p2.html">{next}</a></p></div>
<div class="footer"><p>主办单位：{site}　　承办单位：{host}</p>
<p>网站标识码：{code}　　<a href="https://beian.miit.gov.cn/">{icp}</a>　　<img src="/images/ga.png">{ga}</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p></div>""",
        "furniture": ["当前位置", "打印本页", "关闭窗口", "上一篇", "下一篇", "主办单位", "承办单位", "网站标识码",
                      "政府网站找错", "请输入关键字"],
    },
    "b": {
        "top": """<div id="top"><span class="date" id="today"></span><a href="/wza/">无障碍</a> | <a href="/big5/">繁体</a> | <a href="/m/">手机版</a></div>
<div id="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/jyzx/">教育资讯</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="location">您所在的位置：<a href="/">首页</a> &raquo; <a href="/xxgk/">信息公开</a> &raquo; {column}</div>""",
        "bottom": """<div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a> <a class="qq" href="#">QQ空间</a></div>
<div class="print">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="relate"><h4>相关链接</h4><ul><li><a href="/xxgk/r1.html">{prev}</a></li><li><a href="/xxgk/r2.html">{next}</a></li></ul></div>
<div id="footer"><p>版权所有：{site}　地址：{address}</p>
<p>{icp}　{ga}　网站标识码：{code}</p><p>建议使用1366×768分辨率浏览本网站</p></div>""",
        "furniture": ["您所在的位置", "无障碍", "分享到", "相关链接", "版权所有", "网站标识码", "建议使用", "手机版"],
    },
    "c": {
        "top": """<div class="site-head"><h2>{site}</h2><div class="topnav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zfxxgk/">政府信息公开</a><a href="/ztzl/">专题专栏</a></div></div>
<div class="bread"><span>您现在的位置：</span><a href="/">首页</a> / <a href="/zfxxgk/">政府信息公开</a> / {column}</div>""",
        "bottom": """<div class="article-foot"><div class="fontsize">字号：<a href="#" onclick="doZoom(18)">大</a> <a href="#" onclick="doZoom(16)">中</a> <a href="#" onclick="doZoom(14)">小</a></div>
<div class="qrcode"><img src="/qrcode.png"><p>扫一扫在手机打开当前页</p></div></div>
<div class="prevnext"><div>上一条：<a href="/zfxxgk/a1.html">{prev}</a></div><div>下一条：<a href="/zfxxgk/a2.html">{next}</a></div></div>
<div class="foot"><p>{site}主办　　联系电话：{phone}</p><p>网站标识码：{code}　{icp}　{ga}</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}">政府网站找错</a></p></div>""",
        "furniture": ["您现在的位置", "字号", "扫一扫", "上一条", "下一条", "联系电话", "网站标识码", "政府网站找错",
                      "专题专栏"],
    },
}


def page_html(p: dict, content: str) -> str:
    chrome = CHROMES[p["chrome"]]
    fill = {k: p[k] for k in ("site", "short", "host", "address", "phone", "code", "icp", "ga", "prev", "next",
                              "column") if k in p}
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{p['charset']}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
{p.get('head', '').strip()}
<title>{p['html_title']}</title>
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
{chrome['top'].format_map(fill)}
<div class="main">
{p['article'].strip().replace('{content}', content)}
</div>
{chrome['bottom'].format_map(fill)}
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def answers_for(p: dict, lines) -> dict:
    expect = p["expect"]
    answer = {"page": f"pages/{p['slug']}.html", "url": p["url"], "headers": p["headers"], "what": p["what"],
              **{k: expect.get(k) for k in METADATA_FIELDS}, **expected_structure(lines),
              "must_not_appear": CHROMES[p["chrome"]]["furniture"] + METADATA_LABELS + p["must_not_appear"]}
    if p.get("tolerated"):
        answer["tolerated"] = p["tolerated"]
    return answer


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = page_html(p, render(lines, p["style"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answers_for(p, lines), out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    from spec_pages import PAGES  # the hand-written specs, kept apart from the machinery

    build(PAGES)
