"""Write the fifteenth holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout15/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、)            I <marker>|text  item (1. 1、 （一）)
  U <marker>|text   sub-item on its own paragraph     P text           plain paragraph (notice,
  T text            centred line (文号, titles)                         preamble, continuation)
  C text            closing / signature line
A P line continues the item or sub-item above it; T and C lines end it.
Each page names its own body style (how its CMS or editor writes paragraphs) and its own whole-page
template, so the pages share no furniture.
"""

from __future__ import annotations

import html
import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
METADATA_FIELDS = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")


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
        if kind in "SIU":
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
        elif kind == "U":
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


# --------------------------------------------------------------------------- body styles


def lead_and_rest(text: str) -> tuple[str, str]:
    """The lead sentence (through the first 。) and the rest: editors often set the lead apart."""
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[:cut + 1], text[cut + 1:])


def style_strong_lead(kind, marker, text):
    """Provincial CMS (四川): bold section headings and bold item lead sentences."""
    if kind == "T":
        return f'<p style="text-align: center;"><strong>{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align: right;">{text}</p>'
    if kind == "S":
        return f'<p style="text-indent: 2em;"><strong>{marker}{text}</strong></p>'
    if kind == "I":
        lead, rest = lead_and_rest(text)
        return f'<p style="text-indent: 2em;"><strong>{marker}{lead}</strong>{rest}</p>'
    return f'<p style="text-indent: 2em;">{marker or ""}{text}</p>'


def style_kaiti(kind, marker, text):
    """WPS pasted into a gov CMS: 黑体 sections, （一） items with their lead sentence in 楷体."""
    if kind == "T":
        return f'<p style="text-align:center"><span style="font-family:方正小标宋简体;font-size:22px">{text}</span></p>'
    if kind == "C":
        return f'<p style="text-align:right"><span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>'
    if kind == "S":
        return f'<p style="text-indent:2em"><span style="font-family:黑体;font-size:16pt">{marker}{text}</span></p>'
    if kind == "I":
        lead, rest = lead_and_rest(text)
        return (f'<p style="text-indent:2em"><span style="font-family:楷体_GB2312;font-size:16pt">{marker}{lead}</span>'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt">{rest}</span></p>')
    return f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-size:16pt">{marker or ""}{text}</span></p>'


def style_fullwidth_space(kind, marker, text):
    """Plain <p> indented with two U+3000 spaces typed into the text (no CSS)."""
    if kind == "T":
        return f'<p align="center"><b>{text}</b></p>'
    if kind == "C":
        return f'<p align="right">{text}</p>'
    if kind == "S":
        return f"<p>\u3000\u3000<b>{marker}{text}</b></p>"
    return f"<p>\u3000\u3000{marker or ''}{text}</p>"


def style_fullwidth_plain(kind, marker, text):
    """Like style_fullwidth_space but sections are not bold (plain text export)."""
    if kind == "T":
        return f'<p style="text-align:center;">{text}</p>'
    if kind == "C":
        return f'<p style="text-align:right;">{text}</p>'
    return f"<p>\u3000\u3000{marker or ''}{text}</p>"


def style_ueditor(kind, marker, text):
    """UEditor output: every paragraph a styled <p> wrapping one styled <span>."""
    if kind == "T":
        return ('<p style="text-align: center; line-height: 1.75em; margin-bottom: 10px;"><span style="font-family: 方正小标宋简体; '
                f'font-size: 29px;">{text}</span></p>')
    if kind == "C":
        return ('<p style="text-align: right; line-height: 1.75em; margin-bottom: 10px;"><span style="font-family: 仿宋, 仿宋_GB2312; '
                f'font-size: 21px;">{text}</span></p>')
    font = "黑体, SimHei" if kind == "S" else "仿宋, 仿宋_GB2312"
    return ('<p style="text-indent: 2em; line-height: 1.75em; margin-bottom: 10px;">'
            f'<span style="font-family: {font}; font-size: 21px;">{marker or ""}{text}</span></p>')


def style_mso(kind, marker, text):
    """Word HTML pasted as is: MsoNormal paragraphs; the marker's digits and its dot in separate runs."""
    run = "font-size:16.0pt;font-family:仿宋_GB2312"
    if kind == "T":
        return (f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:22.0pt;'
                f'font-family:方正小标宋简体">{text}<span lang="EN-US"><o:p></o:p></span></span></p>')
    if kind == "C":
        return (f'<p class="MsoNormal" align="right" style="text-align:right"><span style="{run}">{text}'
                f'<span lang="EN-US"><o:p></o:p></span></span></p>')
    lead = ""
    if marker:
        digits = re.match(r"\d+", marker)
        if digits:
            lead = (f'<span lang="EN-US" style="{run}">{digits.group()}</span>'
                    f'<span style="{run}">{marker[digits.end():]}</span>')
        else:
            lead = f'<span style="font-size:16.0pt;font-family:黑体">{marker}</span>'
    font = "黑体" if kind == "S" else "仿宋_GB2312"
    return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
            f'mso-line-height-rule:exactly">{lead}<span style="font-size:16.0pt;font-family:{font}">{text}'
            f'<span lang="EN-US"><o:p></o:p></span></span></p>')


def style_nbsp(kind, marker, text):
    """An old county site's editor: paragraphs indented with four &nbsp;."""
    if kind == "T":
        return f'<p align="center"><strong>{text}</strong></p>'
    if kind == "C":
        return f'<p align="right">{text}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
    if kind == "S":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{marker}{text}</strong></p>"
    return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{marker or ''}{text}</p>"


def style_vsb(kind, marker, text):
    """VSB (博达) CMS: paragraphs in v_news_content, first and last carry vsbcontent_start/end."""
    if kind == "T":
        return f'<p style="text-align: center;"><strong><span style="font-size: 20px;">{text}</span></strong></p>'
    if kind == "C":
        return f'<p style="text-align: right;">{text}</p>'
    if kind == "S":
        return f'<p style="text-indent: 2em;"><span style="font-family: 黑体;">{marker}{text}</span></p>'
    return f'<p style="text-indent: 2em;">{marker or ""}{text}</p>'


STYLES = {"strong_lead": style_strong_lead, "kaiti": style_kaiti, "fullwidth_space": style_fullwidth_space,
          "fullwidth_plain": style_fullwidth_plain, "ueditor": style_ueditor, "mso": style_mso, "nbsp": style_nbsp,
          "vsb": style_vsb}


def render(lines, style: str) -> str:
    if style == "br":
        # An older CMS keeps the whole text in one block, lines split by <br />.
        parts = []
        for kind, marker, text in lines:
            if kind == "T":
                parts.append(text)
            elif kind == "C":
                parts.append("\u3000" * 20 + text)
            else:
                parts.append("\u3000\u3000" + (marker or "") + text)
        return '<div style="line-height:200%;font-size:16px">' + "<br />\n".join(parts) + "</div>"
    paragraphs = [STYLES[style](kind, marker, text) for kind, marker, text in lines]
    if style == "vsb":
        paragraphs[0] = paragraphs[0].replace("<p ", '<p class="vsbcontent_start" ', 1)
        paragraphs[-1] = paragraphs[-1].replace("<p ", '<p class="vsbcontent_end" ', 1)
    return "\n".join(paragraphs)


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        page = p["html"].replace("{content}", render(lines, p["style"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(page.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"][k] for k in METADATA_FIELDS},
            **expected_structure(lines),
            "must_not_appear": p["must_not_appear"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


def check(pages: list[dict]) -> None:
    """Self-check without the parser: furniture is on the page but never in the plan text."""
    for p in pages:
        raw = (HERE / "pages" / f"{p['slug']}.html").read_bytes().decode(p["encoding"])
        text = html.unescape(re.sub(r"<[^>]+>", "", raw))
        spec_text = "".join(t for _, _, t in parse_spec(p["spec"]))
        for furniture in p["must_not_appear"]:
            assert furniture in text, (p["slug"], furniture, "not on the page")
            assert furniture not in spec_text, (p["slug"], furniture, "inside the plan text")
        assert len(p["expect"]) == len(METADATA_FIELDS), p["slug"]


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
    check(PAGES)
