"""Write the third holdout set: each page's HTML and its expected answer from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout3/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、)            I <marker>|text  item (1. １、 （一）)
  U <marker>|text   sub-item on its own paragraph     X <marker>|text  sub-item inline, same paragraph
  L text            <ol><li> item, number implicit    P text           plain paragraph (notice,
  C text            closing / signature line                           preamble, continuation)
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
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
    list_position = 0
    current = None  # the item or sub-item collecting continuation paragraphs
    for kind, marker, text in lines:
        if kind == "S":
            sections += 1
            section_no = numeral(marker)
            list_position = 0
            current = None
        elif kind in "IL":
            if kind == "L":
                list_position += 1
            current = {"section_no": section_no, "item_no": numeral(marker) if kind == "I" else list_position,
                       "item_marker": marker, "text": text}
            items.append(current)
        elif kind in "UX":
            parent = items[-1]
            sub_no = 1 + sum(1 for s in subs if s["_parent"] is parent)
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": sub_no,
                       "item_marker": marker, "text": text, "_parent": parent}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind == "C":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering styles


def render(lines, style: str) -> str:
    out: list[str] = []
    in_list = False
    for kind, marker, text in lines:
        if kind == "X":
            out[-1] = out[-1].replace("</p>", f"{marker}{text}</p>")
            continue
        if kind == "L":
            if not in_list:
                out.append('<ol style="list-style-type:decimal">')
                in_list = True
            out.append(f'<li><p style="text-indent:0">{text}</p></li>')
            continue
        if in_list:
            out.append("</ol>")
            in_list = False
        out.append(render_line(kind, marker or "", text, style))
    if in_list:
        out.append("</ol>")
    return "\n".join(out)


def render_line(kind: str, marker: str, text: str, style: str) -> str:
    if style == "div":
        if kind == "S":
            return f'<div style="text-indent:2em;font-family:黑体">{marker}{text}</div>'
        if kind == "C":
            return f'<div style="text-align:right">{text}</div>'
        return f'<div style="text-indent:2em;line-height:2">{marker}{text}</div>'
    if style == "section":
        inner = f"<strong>{marker}{text}</strong>" if kind == "S" else f"{marker}{text}"
        align = "right" if kind == "C" else "justify"
        return (f'<section style="margin:0 8px;text-align:{align}"><section style="line-height:1.75em">'
                f'<p style="text-indent:2em"><span style="font-size:16px">{inner}</span></p></section></section>')
    if style == "span":
        if kind == "C":
            return f'<p style="text-align:right"><span style="font-family:仿宋_GB2312">{text}</span></p>'
        font = "黑体" if kind == "S" else "楷体_GB2312" if marker.startswith("（") else "仿宋_GB2312"
        lead = f'<span style="font-family:{font};font-size:16pt">{marker}</span>' if marker else ""
        return (f'<p style="text-indent:32pt;line-height:28pt">{lead}'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>')
    if style == "nbsp":
        if kind == "C":
            return f'<p align="right">{text}</p>'
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{marker}{text}</p>"
    # plain <p>
    if kind == "S":
        return f'<p style="text-indent:2em"><strong>{marker}{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right">{text}</p>'
    return f'<p style="text-indent:2em">{marker}{text}</p>'


FOOTER = """<div class="footer">
<p>主办单位：{site}　　<a href="/about">关于我们</a>　<a href="/map">网站地图</a></p>
<p>网站标识码：{code}　　{icp}　　<img src="/images/ga.png">公安机关备案号：{ga}</p>
</div>"""
NAV = """<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/jyxw/">教育新闻</a> <a href="/hdjl/">互动交流</a>
<form action="/search"><input name="q" placeholder="请输入关键字"></form></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>"""
TOOLS = """<div class="tools">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】
【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="pager"><p>上一篇：<a href="/a/1.html">{prev}</a></p><p>下一篇：<a href="/a/2.html">{next}</a></p></div>
<div class="qr"><img src="/qr.png"><span>扫一扫在手机打开当前页</span></div>"""
FURNITURE = ["打印本页", "关闭窗口", "网站标识码", "上一篇", "下一篇", "扫一扫", "字号", "公安机关备案号", "当前位置",
             "来源：", "索引号", "发布机构", "主办单位"]


def page_html(p: dict, content: str) -> str:
    if "bare_page" in p:  # a print version: the whole page is the spec's own
        return p["bare_page"].replace("{content}", content)
    charset = "gb2312" if p["encoding"] == "gbk" else "utf-8"
    meta = "\n".join(f'<meta name="{k}" content="{v}">' for k, v in p.get("meta_tags", {}).items())
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
{meta}
<title>{p['html_title']}</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
{NAV.format(column=p['column'])}
{p['template'].format(content=content)}
{TOOLS.format(prev=p['prev'], next=p['next'])}
{FOOTER.format(site=p['site'], code=p['site_code'], icp=p['icp'], ga=p['ga'])}
</body>
</html>
"""


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = page_html(p, render(lines, p["style"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in ("title", "notice_title", "index_no", "doc_no", "pub_date",
                                                "publisher", "plan_year", "doc_kind")},
            **expected_structure(lines),
            "must_not_appear": FURNITURE + p.get("must_not_appear", []),
        }
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
