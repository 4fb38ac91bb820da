"""Write the fifth holdout set: each page's HTML and its expected answer from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout5/build_pages.py` to rewrite pages/ and answers/; the run is
deterministic and checks its own output (encodings, furniture, unique heads) before writing.

Spec body lines, one paragraph each (the answer format and conventions are set 3's):
  S <marker>|text   section heading (一、)            I <marker>|text  item (1. 1、 １． （一）)
  U <marker>|text   sub-item on its own paragraph     X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph: notice, preamble, section text, or the continuation of the
                    item / sub-item above it
  C text            closing / signature line          H text           a heading printed inside the
                                                                       body (the plan's own title)
`**lead**` marks text printed in the style's emphasis (a bold or 楷体 lead sentence); when an item's
text starts with it, the marker sits inside the emphasis, as Word pastes it. A marker printed with a
space inside (`3 .`) is answered with a null marker: the number and the boundaries are still judged.
"""

from __future__ import annotations

import json
import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
CONTENT = "@@CONTENT@@"
CONTENT_JSON = "@@CONTENT_JSON@@"
METADATA_FIELDS = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")
# Furniture a body must never keep; each page is checked for the ones its own template prints.
FURNITURE = ["打印本页", "关闭窗口", "网站标识码", "上一篇", "下一篇", "扫一扫", "字号", "字体：", "公安机关备案号",
             "当前位置", "您现在的位置", "来源：", "索引号", "发布机构", "发文机关", "主办单位", "承办单位", "关怀版",
             "长者模式", "无障碍", "繁體", "浏览次数", "阅读次数", "分享到", "收藏", "相关附件", "相关链接", "相关解读",
             "政策解读", "ICP备", "网站找错", "有效性", "主题分类", "信息分类", "生成日期", "成文日期", "发布时间",
             "发布日期", "责任编辑", "打印】", "关闭】", "技术支持", "网站地图"]


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) >= 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10 + (CN.index(chinese[2]) + 1 if len(chinese) > 2 else 0)
    return CN.index(chinese[0]) + 1


def squash(text: str) -> str:
    return "".join(text.replace("**", "").split())


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
        elif kind in "PCH":
            lines.append((kind, None, rest))
        else:
            raise ValueError(f"unknown spec line {raw!r}")
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
        elif kind in "CH":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = None if " " in entry["item_marker"] else entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering styles
# Each style turns one paragraph (kind, inner html) into the markup a real editor leaves behind.

EMPHASIS = {  # style -> (open, close) for **lead**
    "word": ('<b><span style="font-family:楷体_GB2312;font-size:16.0pt">', "</span></b>"),
    "trs_mso": ('<span style="font-family:楷体_GB2312;font-size:16.0pt">', "</span>"),
    "notice_kai": ('<span style="font-family:楷体_GB2312">', "</span>"),
}


def emphasised(style: str, marker: str, text: str) -> str:
    opening, closing = EMPHASIS.get(style, ("<strong>", "</strong>"))
    if text.startswith("**"):
        text = marker + text[2:] if marker else text[2:]
        text = "**" + text
    else:
        text = marker + text
    return re.sub(r"\*\*(.+?)\*\*", lambda m: f"{opening}{m.group(1)}{closing}", text)


def times_new_roman_digits(inner: str) -> str:
    """Word pastes ASCII digit runs as their own Times New Roman spans (outside tags only)."""
    fangsong = '<span style="font-family:仿宋_GB2312;font-size:16.0pt">'
    times = "</span><span lang=\"EN-US\" style=\"font-family:'Times New Roman';font-size:16.0pt\">"
    parts = re.split(r"(<[^>]+>)", inner)
    return "".join(part if part.startswith("<") else
                   re.sub(r"([0-9][0-9.%]*)", lambda m: f"{times}{m.group(1)}</span>{fangsong}", part)
                   for part in parts)


def block(style: str, kind: str, inner: str, index: int) -> str:
    if style == "word":
        if kind == "H":
            return (f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
                    f'<span style="font-family:方正小标宋简体;font-size:22.0pt">{inner}</span></p>')
        font = "黑体" if kind == "S" else "仿宋_GB2312"
        align = "text-align:right;" if kind == "C" else "text-indent:2em;"
        body = inner if kind == "S" else times_new_roman_digits(inner)
        html = (f'<p class="MsoNormal" style="{align}line-height:28.0pt;mso-line-height-rule:exactly">'
                f'<span style="font-family:{font};font-size:16.0pt">{body}</span></p>')
        return html.replace('<span style="font-family:仿宋_GB2312;font-size:16.0pt"></span>', "")
    if style == "strong_p":
        if kind == "S":
            return f'<p style="text-indent:2em;"><strong>{inner}</strong></p>'
        if kind == "H":
            return f'<p style="text-align:center;"><strong><span style="font-size:20px;">{inner}</span></strong></p>'
        if kind == "C":
            return f'<p style="text-align:right;">{inner}</p>'
        return f'<p style="text-indent:2em;">{inner}</p>'
    if style == "ueditor":
        if kind == "S":
            return (f'<p style="text-indent: 2em; line-height: 2em; margin-bottom: 10px;"><span style="font-size: 16px;'
                    f' font-family: 黑体, SimHei;">{inner}</span></p>')
        align = "text-align: right;" if kind == "C" else "text-indent: 2em;"
        return (f'<p style="{align} line-height: 2em; margin-bottom: 10px;"><span style="font-size: 16px;'
                f' font-family: 仿宋_GB2312;">{inner}</span></p>')
    if style == "trs_mso":
        if kind == "H":
            return (f'<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:18.0pt;'
                    f'font-family:方正小标宋_GBK">{inner}</span></b></p>')
        font = "黑体" if kind == "S" else "仿宋_GB2312"
        return (f'<p class="MsoNormal" style="margin:0cm;line-height:28.0pt">&nbsp;&nbsp;&nbsp;&nbsp;'
                f'<span style="font-size:16.0pt;font-family:{font}">{inner}</span></p>')
    if style == "lead_mixed":  # indentation typed as NBSPs on some lines and ideographic spaces on others
        lead = "&nbsp;&nbsp; " if index % 2 else "\u3000\u3000"
        if kind == "S":
            return f"<p><b>{lead}{inner}</b></p>"
        return f"<p>{lead}{inner}</p>"
    if style == "article":
        if kind == "S":
            return f'<p class="p-title"><strong>{inner}</strong></p>'
        return f'<p class="p-text">{inner}</p>'
    if style == "vue":
        if kind == "S":
            return f'<p style="text-indent: 2em; text-align: justify;"><strong>{inner}</strong></p>'
        return f'<p style="text-indent: 2em; text-align: justify;">{inner}</p>'
    if style == "ideo":
        if kind == "S":
            return f"<p>\u3000\u3000<strong>{inner}</strong></p>"
        if kind == "C":
            return f'<p style="text-align:right">{inner}</p>'
        return f"<p>\u3000\u3000{inner}</p>"
    if style == "emsp":
        if kind == "S":
            return f'<p><span style="font-family:黑体">&emsp;&emsp;{inner}</span></p>'
        return f"<p>&emsp;&emsp;{inner}</p>"
    if style == "songti":
        if kind == "S":
            return (f'<p align="justify" style="text-indent:2em"><span style="font-size:12pt;font-family:黑体">'
                    f'{inner}</span></p>')
        align = 'align="right"' if kind == "C" else 'align="justify" style="text-indent:2em"'
        return f'<p {align}><span style="font-size:12pt;font-family:宋体">{inner}</span></p>'
    if style == "notice_kai":
        if kind == "S":
            return f'<p style="text-indent:2em"><span style="font-family:黑体">{inner}</span></p>'
        if kind == "H":
            return f'<p style="text-align:center"><span style="font-family:方正小标宋简体;font-size:22px">{inner}</span></p>'
        if kind == "C":
            return f'<p style="text-align:right">{inner}</p>'
        return f'<p style="text-indent:2em">{inner}</p>'
    if style == "span16":
        inner = f'<span style="font-size:16px;font-family:仿宋,仿宋_GB2312;">{inner}</span>'
        if kind == "S":
            inner = f"<strong>{inner}</strong>"
        return f'<p style="text-indent:2em;line-height:1.75em;">{inner}</p>'
    if style == "plain":
        if kind == "S":
            return f"<p><strong>{inner}</strong></p>"
        return f"<p>{inner}</p>"
    if style == "epoint":
        if kind == "S":
            return f'<p style="text-indent:2em;line-height:1.5;"><span style="font-family:黑体;">{inner}</span></p>'
        if kind == "C":
            return f'<p style="text-align:right;line-height:1.5;">{inner}</p>'
        return f'<p style="text-indent:2em;line-height:1.5;">{inner}</p>'
    raise ValueError(style)


def render(lines, style: str) -> str:
    paragraphs: list[list] = []  # [kind, inner]
    for kind, marker, text in lines:
        inner = emphasised(style, marker or "", text)
        if kind == "X":
            paragraphs[-1][1] += inner
        else:
            paragraphs.append([kind, inner])
    if style == "br":  # one UEditor paragraph, lines broken by <br/> and indented with &emsp;
        rendered = [f"&emsp;&emsp;<strong>{inner}</strong>" if kind == "S" else f"&emsp;&emsp;{inner}"
                    for kind, inner in paragraphs]
        return '<p style="line-height: 2em;">' + "<br/>\n".join(rendered) + "</p>"
    return "\n".join(block(style, kind, inner, index) for index, (kind, inner) in enumerate(paragraphs))


def body_text(lines) -> str:
    """The page's clean text as a reader sees it, paragraph per line (for the furniture check)."""
    text = []
    for kind, marker, line in lines:
        if kind == "X":
            text[-1] += (marker or "") + line.replace("**", "")
        else:
            text.append((marker or "") + line.replace("**", ""))
    return "\n".join(text)


def page_html(p: dict, content: str) -> str:
    nuxt = json.dumps(content, ensure_ascii=False).replace("/", "\\u002F")
    return p["html"].replace(CONTENT_JSON, nuxt).replace(CONTENT, content)


def check(p: dict, lines, html: str, answer: dict) -> None:
    slug = p["slug"]
    text = body_text(lines)
    outside = html.replace(render(lines, p["style"]), "")
    for needle in answer["must_not_appear"]:
        assert needle not in text, (slug, needle)
        assert needle in outside, (slug, needle)
    heads = [("item", u["head"]) for u in answer["items"]] + [("subitem", u["head"]) for u in answer["subitems"]]
    assert len(heads) == len(set(heads)), slug
    flat_page = squash(re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ").replace("&emsp;", " "))
    for unit in answer["items"] + answer["subitems"]:
        assert unit["head"] in flat_page and unit["tail"] in flat_page, (slug, unit["head"])
    if p["encoding"] == "gbk":
        html.encode("gbk")
    for name in METADATA_FIELDS:
        assert name in p["expect"], (slug, name)


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = page_html(p, render(lines, p["style"]))
        outside = html.replace(render(lines, p["style"]), "")
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"][k] for k in METADATA_FIELDS},
            **expected_structure(lines),
            "must_not_appear": [s for s in FURNITURE if s in outside]
            + [s for s in p.get("must_not_appear", []) if s not in FURNITURE],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        check(p, lines, html, answer)
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
