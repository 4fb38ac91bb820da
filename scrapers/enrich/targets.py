"""Quantitative targets in an item's text: 新改扩建幼儿园42处 -> one typed Target row.

A mention is a number (Arabic, Chinese or 百分之…, optionally a range) followed by a unit from
scrapers.enrich.units, with the comparator words printed next to it. Most of the work is saying
what is *not* a target: years and dates, ordinals (第十五届), numbers inside quotes and book titles
(“两个确立”, 《…30条》), formulas (1+N), slogans (一校一案), session numbers (十一届十一次全会),
conditions (超过1000人学校配备…), and small Chinese numerals used as a count of a list or as the
article 一 (两项行动, 一支队伍). Pure text in, records out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

import cn2an

from scrapers.enrich.units import BASE_UNITS, KNOWN_UNITS, MULTIPLIERS, unit_rows
from scrapers.models import Target

__all__ = ["extract_targets", "doc_kind_for_section", "TARGETS_VERSION", "KNOWN_UNITS", "unit_rows"]

TARGETS_VERSION = "targets-2"

# Full-width digits and signs mapped one-to-one to ASCII, so offsets stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％～－＋", "0123456789.%~-+")

_ARABIC = r"(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?"
_CN_CHARS = "零〇一二两三四五六七八九十百千"
_CHINESE = rf"[{_CN_CHARS}]+(?:[万亿][{_CN_CHARS}]+)*"
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"

# comparator words as printed -> normalised comparator
_DIRECTION_WORDS = {
    "提高": "提高", "提升": "提高", "增加": "增加", "增长": "增加",
    "降低": "降低", "下降": "降低", "减少": "减少", "压减": "减少",
}
_BOUND_WORDS = {
    "不少于": "不少于", "不低于": "不低于", "不超过": "不超过", "不高于": "不超过", "不多于": "不超过",
    "至少": "至少", "超过": "超过", "高于": "超过", "逾": "超过", "低于": "低于", "控制在": "控制在",
    "达到": "达到", "达": "达到", "约": "左右", "大约": "左右",
    **{f"{verb}{to}": "达到" for verb in ("提高", "提升", "增加", "增长", "上升") for to in ("到", "至")},
    **{f"{verb}{to}": "控制在" for verb in ("降低", "下降", "减少", "降") for to in ("到", "至")},
}
_SUFFIX_WORDS = {"及以上": "以上", "以上": "以上", "以下": "以下", "以内": "以内", "左右": "左右"}
# words that bound a number from a little further away: 至少配备1名, 约需资金3000万元
_NEARBY_BOUND_WORDS = ("至少", "不少于", "不低于", "不超过", "不高于", "约", "大约") + tuple(
    word for word, normalized in _BOUND_WORDS.items() if len(word) == 3 and word[-1] in "到至"
)
_NEARBY_BOUND_GAP = 6


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MENTION = re.compile(
    rf"""
    (?P<pre>(?:{_alternation(_DIRECTION_WORDS)})(?:{_alternation(_BOUND_WORDS)})?|(?:{_alternation(_BOUND_WORDS)}))?
    (?:
        百分之(?P<pct>{_NUMBER}|百)
      | (?P<num>{_NUMBER})
        (?:(?:{_alternation(MULTIPLIERS)})?(?:{_alternation(BASE_UNITS)})?(?:——|[-–—~至到])(?P<num2>{_NUMBER}))?
        (?P<approx>[余多])?
        (?P<mult>{_alternation(MULTIPLIERS)})?
        (?P<approx2>[余多])?
        (?P<unit>{_alternation(BASE_UNITS)})
    )
    (?P<suf>{_alternation(_SUFFIX_WORDS)})?
    """,
    re.VERBOSE,
)

_CLAUSE_BREAK = re.compile(r"[，,；;。：:！？!?\n]")
_SENTENCE_BREAK = re.compile(r"[；;。！？!?\n]")

_HEDGES = ("力争", "争取", "努力", "确保")
_ACHIEVED_MARKERS = re.compile(
    r"已|累计|获评|荣获|获得|共有|现有|截至|先后|(?<![为除])了(?!解)"
)
# 全市共有中小学生十二万人，专任教师九千余名: a stock figure covers the rest of the sentence
_STOCK_MARKERS = re.compile(r"共有|现有|已有(?!基础)")
# 新建中小学5所，已投入使用: the next clause reports the figure as done
_COMPLETION_REMARK = re.compile(r"(?:现|目前|均|全部|都)?已")
_PLAN_MARKERS = re.compile(r"力争|争取|计划|将|要|明年|下一步|下阶段|今后|拟|预计|确保|努力|目标")
# A report says what was done: there 争取资金 means "secured", 确保 "ensured", 努力 "worked to". Only
# words that point ahead (力争 always does) make a report's figure a plan and its hedge a hedge.
_REPORT_FUTURE_MARKERS = re.compile(r"力争|计划|将|明年|下一步|下阶段|今后|拟|预计|目标|(?<![重主需只必])要(?![求点素件闻害务])")
# 在去年新增学位8000个的基础上: a plan quoting last year's figure as its starting point
_BASELINE_CLOSE = re.compile(r"[^，,；;。]{0,12}?的?基础上")
# 去年完成…, 上一学年累计…: the figure belongs to a year already past. 比去年, 是上年的1.2倍 compare with it.
_PAST_YEAR = re.compile(r"(?<![比较与同于超是为占以])(?:去年|上一?年度?|上一?学年|过去(?:的)?一年)(?!同期|的|水平|基数|级)")

# Verbs after which a small Chinese numeral is a committed count (新建两所), not the size of a
# list (开展…两项行动) or of a slogan. 一 right after most verbs is the article (建设一支队伍).
_COUNT_VERBS = re.compile(
    r"(?:新建|改建|扩建|改扩建|新改扩建|建成|建设|创建|培育|打造|评选|认定|招聘|培训|配备|配齐|新增|增加"
    r"|完成|改造|举办|组建|开设|开通|遴选|命名|引进|设立|开办)$"
)
_ONE_VERBS = re.compile(r"(?:新建|改建|扩建|改扩建|新改扩建|建成|创建|新增|改造|招聘|举办|开设)$")

_TIME_UNITS = {"年", "个月", "天", "周"}
_PEOPLE_UNITS = {"人", "名"}
_CONDITION_TAIL = re.compile(r"(?:及以上|以上|以下)?的?(?:学校|校|班级|超?大班额|班额|班|幼儿园|园|单位|企业|规模)")
_LENGTH_UNITS = {"公里", "千米", "米"}
# 距离学校3公里以上的学生: a distance that picks out who an action is for (上学距离不超过3公里 and
# 铺设400米的跑道 are targets: no 距 with a noun after, no threshold)
_DISTANCE_LEAD = re.compile(r"距|离")
_DISTANCE_QUALIFIES = re.compile(r"(?:以外|之外)?的[\u4e00-\u9fff]")
_THRESHOLD_AFTER = re.compile(r"以外|之外")
# 优良率低于50%的学校进行约谈: a rate threshold that picks out the schools acted on
_RATE_WORD = re.compile(r"(?:率|比例|占比|比重|得分|分数|成绩)$")
_STRICT_BOUNDS = {"低于", "高于", "超过", "逾"}
_THRESHOLD_FOLLOWS = re.compile(r"的[\u4e00-\u9fff]")
# Counters that are also the first character of words: 10对 (pairs) but not 3对接, 1对1; 120校 but
# not 3校区; 92.5分 but not 3分类. These count only when no word character runs on from them.
_NOT_AFTER_UNIT = {"对": re.compile(r"[接口标照象比策话待外于此其应齐称等付抗冲立\d一二两三四五六七八九十]"),
                   "岗": re.compile(r"[位前双]")}
_COUNTER_AT_PHRASE_END = {"校", "园", "班", "分"}
_WORD_CHAR_AFTER_COUNTER = re.compile(r"(?![的全均都已和及共])[\u4e00-\u9fff]")
_NETWORK_GENERATIONS = {"2", "3", "4", "5", "6"}  # 5G, 4G: mobile network generations, not bandwidth
_POSTPOSED_END = re.compile(r"[，,；;。、！？!?\n]|$")
# 新建初级中学一所: 1 closing the phrase is a count for things built or set up, not 跑一次
_POSTPOSED_ONE_UNITS = {"所", "处", "座", "栋", "个", "间", "片", "家", "支", "套", "台", "块"}
_SESSION_TAIL = re.compile(r"(?:、[^，。；]{0,6})?(?:全会|会议|全体会议|代表大会|党代会)")
_NAMED_POLICY_TAIL = re.compile(r"措施|举措|意见|规定|要求")
_FORMULA_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}\+\s*[0-9A-Za-z一二三四五六七八九十两]")
_YEAR = re.compile(r"(?:19|20)\d\d")

_DEADLINE = re.compile(
    r"(?:到|截至|截止到?)?(?:(?:20\d\d(?:——|[-–—~至到]))?20\d\d年(?:底前|底|末|前|内)?(?:(?:秋季|春季)学期(?:前|末)?)?"
    r"(?:\d{1,2}月(?:底|末|份)?)?(?:前)?"
    r"|年底前|年底|年内|年末|本学期|本学年|今年内|今年底|今年|明年|上半年|下半年|寒假前|暑假前|开学前"
    r"|(?:\d+|[一二两三四五六七八九十]+)(?:年|个月|天|周)内)"
)
_BARE_YEAR = re.compile(r"(?:到|截至|截止到?)?(?:20\d\d(?:——|[-–—~至到]))?20\d\d年")
_NOT_A_DEADLINE_TAIL = re.compile(r"基础|水平|相比|比|同期")

_SUBJECT_LEAD = re.compile(
    r"^[、\s]*(?:[一二三四五六七八九十]是|其中)?(?:在(?=去年|上一?年))?(?:去年|上一?年度?|今年|明年|全年|年内|年底前)?(?:全省|全市|全县|全区)?"
    r"(?:(?:力争|争取|努力|确保|积极|大力|全力|持续|深入|加快|继续|逐步|全面|累计|预计|已|共|再|又|要|将|计划|着力)+)?"
    r"(?:组织|开展|评估|认定|建设|完成|新增|实现|推进|推动|打造|培训|招聘|评选|启动|建成|创建|购置|铺设"
    r"|培育|举办|配备|配建|引进|投入|发放|资助|惠及|覆盖|组建|使|有)*"
)
_SUBJECT_TRAIL = re.compile(rf"(?:{_alternation(list(_DIRECTION_WORDS) + list(_BOUND_WORDS))}|保持在|稳定在|[较比]上年|同比)+$")
_SUBJECT_AFTER_STOP = re.compile(r"[、每]|的?基础上|达标|达到|提供|实现|开展|参加|获得|面向|做实|规范|投入使用")
_SUBJECT_MAX = 30


@dataclass(frozen=True)
class _Layout:
    """Where clauses, sentences and quotations start and end in one text."""

    clause_breaks: list[int]
    sentence_breaks: list[int]
    quoted: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> _Layout:
        return cls(
            [m.start() for m in _CLAUSE_BREAK.finditer(text)],
            [m.start() for m in _SENTENCE_BREAK.finditer(text)],
            _quoted_ranges(text),
        )

    def clause(self, position: int, text_length: int) -> tuple[int, int]:
        return _enclosing(self.clause_breaks, position, text_length)

    def sentence(self, position: int, text_length: int) -> tuple[int, int]:
        return _enclosing(self.sentence_breaks, position, text_length)

    def is_quoted(self, start: int, end: int) -> bool:
        return any(open_ <= start and end <= close for open_, close in self.quoted)


def _enclosing(breaks: list[int], position: int, text_length: int) -> tuple[int, int]:
    index = bisect.bisect_right(breaks, position)
    start = breaks[index - 1] + 1 if index else 0
    end = breaks[index] if index < len(breaks) else text_length
    return start, end


_QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "〈": "〉"}
_LONGEST_QUOTED_NAME = 40  # a longer “…” is quoted prose, whose numbers still count


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for opener, closer in _QUOTE_PAIRS.items():
        for match in re.finditer(rf"{opener}[^{opener}{closer}\n]*{closer}", text):
            if opener == "《" or match.end() - match.start() <= _LONGEST_QUOTED_NAME:
                ranges.append((match.start(), match.end()))
    for match in re.finditer(r'"[^"\n]{1,40}"', text):
        ranges.append((match.start(), match.end()))
    return ranges


def _parse_number(printed: str) -> float | None:
    if re.fullmatch(_ARABIC, printed):
        return float(printed.replace(",", ""))
    if not re.search("[零〇一二两三四五六七八九十]", printed):
        return None  # 百/千/万 alone are words (百兆, 千方百计), not numerals
    try:
        return float(cn2an.cn2an(printed.replace("两", "二").replace("〇", "零"), "strict"))
    except ValueError:
        return None  # 十四五, 一二年级: runs of numeral characters that are not a number


def doc_kind_for_section(doc_kind: str, section_heading: str | None) -> str:
    """The doc_kind to pass for an item: a report's 下一步/工作打算 section is a plan."""
    if doc_kind == "report" and section_heading and re.search(r"打算|计划|思路|安排|下一步|目标|重点", section_heading):
        return "plan"
    return doc_kind


def extract_targets(text: str, *, doc_kind: str = "plan") -> list[Target]:
    """Every quantitative statement in one item's text, in reading order."""
    scanned = text.translate(_FULLWIDTH)  # offsets into scanned are offsets into text
    layout = _Layout.of(scanned)
    deadlines = [(at, text[at:end]) for at, end in _deadlines(scanned, layout)]
    found = []
    for match in _MENTION.finditer(scanned):
        if not layout.is_quoted(match.start(), match.end()):
            target = _target(scanned, match, layout, deadlines, doc_kind)
            if target is not None:
                found.append((match, target))
    targets = []
    for position, (match, target) in enumerate(found):
        previous_end = found[position - 1][0].end() if position else 0
        next_start = found[position + 1][0].start() if position + 1 < len(found) else len(scanned)
        subject = _subject(scanned, match, layout, previous_end, next_start)
        span = text[target.start : target.end]
        targets.append(replace(target, span=span, unit=_printed_unit(text, match) or target.unit, subject=subject))
    return targets


def _printed_unit(text: str, match: re.Match) -> str | None:
    """万元 as printed (full-width ％ included); None for 百分之, whose unit is not printed as one."""
    if match["pct"] is not None:
        return None
    multiplier = text[match.start("mult") : match.end("mult")] if match["mult"] else ""
    return multiplier + text[match.start("unit") : match.end("unit")]


def _target(text: str, match: re.Match, layout: _Layout, deadlines, doc_kind: str) -> Target | None:
    """The Target for one mention (subject left to the caller), or None when it is not a target."""
    start, end = match.span()
    clause_start, clause_end = layout.clause(start, len(text))
    before = text[clause_start:start]

    if match["pct"] is not None:
        value = 100.0 if match["pct"] == "百" else _parse_number(match["pct"])
        value_max, unit, base, multiplier, chinese = None, "%", "%", "", match["pct"] != "百"
        number_printed = match["pct"]
    else:
        value = _parse_number(match["num"])
        value_max = _parse_number(match["num2"]) if match["num2"] else None
        if match["num2"] and value_max is None:
            return None
        base, multiplier = match["unit"], match["mult"] or ""
        unit = multiplier + base
        number_printed = match["num"]
        chinese = not re.fullmatch(_ARABIC, number_printed)
    if value is None:
        return None

    comparator = _comparator(match, before)
    if _is_excluded(text, match, before, base, number_printed, value, chinese, multiplier, comparator):
        return None

    normalized, _ = BASE_UNITS[base]
    scale = MULTIPLIERS.get(multiplier, 1.0)
    return Target(
        span=match[0],
        start=start,
        end=end,
        value=value,
        value_max=value_max,
        unit=unit,
        unit_normalized=normalized,
        scale=scale,
        comparator=comparator,
        subject=None,
        hedged=_is_hedged(text, start, before, clause_start, layout, doc_kind),
        status=_status(text, match, layout, before, doc_kind),
        deadline=_deadline_for(deadlines, start, layout.sentence(start, len(text)), clause_end),
    )


def _comparator(match: re.Match, before: str) -> str | None:
    if match["suf"]:
        return _SUFFIX_WORDS[match["suf"]]
    if match["pct"] is None and (match["approx"] or match["approx2"]):
        return "余"
    prefix = match["pre"]
    if prefix:
        for word in sorted(_BOUND_WORDS, key=len, reverse=True):
            if prefix.endswith(word):
                return _BOUND_WORDS[word]
        return _DIRECTION_WORDS[prefix]
    nearby = before[-(_NEARBY_BOUND_GAP + 3) :]
    best = None
    for word in _NEARBY_BOUND_WORDS:
        at = nearby.rfind(word)
        if at >= 0 and len(nearby) - (at + len(word)) <= _NEARBY_BOUND_GAP:
            if best is None or at + len(word) > best[0] or (at + len(word) == best[0] and len(word) > len(best[1])):
                best = (at + len(word), word)
    return _BOUND_WORDS[best[1]] if best else None


def _is_excluded(text, match, before, base, number_printed, value, chinese, multiplier, comparator) -> bool:
    start, end = match.span()
    number_start = match.start("pct") if match["pct"] is not None else match.start("num")
    preceding = text[:number_start]
    if preceding.endswith("第"):
        return True  # ordinal: 第十五届, 第39个教师节
    if re.fullmatch(r"\d{13,}", number_printed):
        return True  # 11370300004224677M: an identifier, not a quantity
    if preceding.endswith("+") or _FORMULA_AFTER.match(text, end):
        return True  # formula: 1所领航高中+1所合作高校+N所
    if base == "%" and re.search(r"[一二三四五六七八九十两]个$", preceding):
        return True  # 四个100%: a slogan
    if chinese and number_printed == "一" and (text[end : end + 1] == "一" or base == "批"):
        return True  # 一校一案, 一人一案; 一批 is "some"
    if text[end : end + 1] == "性" or (base == "周" and text[end : end + 1] == "岁"):
        return True  # 一次性; 3周岁 is an age
    if base == "年":
        if match["num"] and _YEAR.fullmatch(match["num"]):
            return True  # a calendar year (or a range of them)
        if text[end : end + 1] in "级度代制" or comparator is None:
            return True  # 三年级, 5年制, 三年行动: a duration is a target only when bounded
    if base in _TIME_UNITS and text[end : end + 1] == "内" and not match["suf"]:
        return True  # 3年内, 3个月内: a deadline, read by _deadlines
    unit_end = match.end("unit") if match["pct"] is None else end
    if base in _NOT_AFTER_UNIT and _NOT_AFTER_UNIT[base].match(text, unit_end):
        return True  # 对接, 1对1帮扶, 岗位
    if base in _COUNTER_AT_PHRASE_END and not match["suf"] and _WORD_CHAR_AFTER_COUNTER.match(text, unit_end):
        return True  # 3校区, 3班级, 3分类: the first character of a word
    if base == "分" and (chinese or re.search(r"[时点:：]$", preceding) or text.startswith("之", unit_end)):
        return True  # 十分重要, 8时30分, 三分之一
    if base in ("G", "M") and (re.search(r"[A-Za-z]$", preceding) or re.match(r"[A-Za-z0-9/_.-]", text[unit_end : unit_end + 1])):
        return True  # IPv6, 10MB, 索引号 …677M/2022-: part of a code or another unit
    if base == "G" and number_printed in _NETWORK_GENERATIONS:
        return True  # 5G校园
    if base in _LENGTH_UNITS and _DISTANCE_QUALIFIES.match(text, end):
        threshold = match["suf"] or match["pre"] in _STRICT_BOUNDS or _THRESHOLD_AFTER.match(text, end)
        if threshold or _DISTANCE_LEAD.search(before[-8:]):
            return True  # 距离学校3公里以上的学生: the distance selects the pupils
    if base == "%" and match["pre"] in _STRICT_BOUNDS and _RATE_WORD.search(before) and _THRESHOLD_FOLLOWS.match(text, end):
        return True  # 优良率低于50%的学校: the rate selects the schools
    if base == "次" and (preceding.endswith("届") or _SESSION_TAIL.match(text, end)):
        return True  # 十一届十一次全会
    if base == "条" and _NAMED_POLICY_TAIL.match(text, end):
        return True  # 近视防控30条措施: the policy's name
    if base in _PEOPLE_UNITS and _CONDITION_TAIL.match(text, end - (len(match["suf"]) if match["suf"] else 0)):
        return True  # 超过1000人学校配备…: the number qualifies the schools
    if chinese and not multiplier and value <= 10 and comparator is None and match["pct"] is None:
        if (value > 1 or base in _POSTPOSED_ONE_UNITS) and _is_postposed_count(text, match, number_start):
            return False  # 改扩建学校两所, 名校长十名、: noun first, count closing the phrase
        verbs = _ONE_VERBS if value == 1 else _COUNT_VERBS
        if not verbs.search(text[:start]) or re.search("[和及、]", before):
            return True  # 两项行动, 审计、管理和培训三项工作, 一支队伍: a list's size or an article
    return False


def _is_postposed_count(text: str, match: re.Match, number_start: int) -> bool:
    """A count printed after its noun, closing the phrase: 新建学校两所，. A list's size comes before
    the noun it sizes (两项行动), so a numeral that ends its phrase after a noun is a committed count."""
    if match["num"] == "二":
        return False  # 项目二期, 二级: a bare 二 before a classifier is an ordinal; a count says 两
    return bool(re.search(r"[\u4e00-\u9fff]$", text[:number_start])) and bool(_POSTPOSED_END.match(text, match.end()))


def _is_hedged(text: str, start: int, before: str, clause_start: int, layout: _Layout, doc_kind: str) -> bool:
    sentence_start, _ = layout.sentence(start, len(text))
    if doc_kind == "report" and not _REPORT_FUTURE_MARKERS.search(text, sentence_start, start):
        return False  # 争取中央资金2.35亿元 in a report: secured, not hoped for
    if any(hedge in before for hedge in _HEDGES):
        return True
    # 力争到2025年，全市建成…: a short clause holding only the hedge and a date
    if clause_start - 1 > sentence_start:
        previous_start, _ = layout.clause(clause_start - 2, len(text))
        previous = text[previous_start : clause_start - 1]
        return len(previous) <= 12 and previous.startswith(_HEDGES)
    return False


def _status(text: str, match: re.Match, layout: _Layout, before: str, doc_kind: str) -> str:
    start, end = match.span()
    clause_start, clause_end = layout.clause(start, len(text))
    sentence_start, _ = layout.sentence(start, len(text))
    clause = text[clause_start:clause_end]
    if doc_kind == "report":
        return "planned" if _REPORT_FUTURE_MARKERS.search(text, sentence_start, start) else "achieved"
    if _is_past_figure(text, match, before):
        return "achieved"
    planned_words = _PLAN_MARKERS.search(text[sentence_start:start])
    stock_words = _STOCK_MARKERS.search(text[sentence_start:start])
    completed_next = _COMPLETION_REMARK.match(text, clause_end + 1)
    if (_ACHIEVED_MARKERS.search(clause) or stock_words or completed_next) and not planned_words:
        return "achieved"
    return "planned"


def _is_past_figure(text: str, match: re.Match, before: str) -> bool:
    """A figure a plan quotes from the past: a baseline (在…的基础上) or last year's result."""
    opened = before.rfind("在")
    if opened >= 0 and "基础上" not in before[opened:] and _BASELINE_CLOSE.match(text, match.end()):
        return True
    return bool(_PAST_YEAR.search(before))


def _deadlines(text: str, layout: _Layout) -> list[tuple[int, int]]:
    found = []
    for match in _DEADLINE.finditer(text):
        if layout.is_quoted(match.start(), match.end()) or text[: match.start()].endswith("第"):
            continue
        if _NOT_A_DEADLINE_TAIL.match(text, match.end()):
            continue  # 在2022年基础上: a baseline
        if _BARE_YEAR.fullmatch(match[0]) and not match[0].startswith(("到", "截")) and text[match.end() : match.end() + 1] not in "，,":
            continue  # 2022年全区教育工作: the year a text is about, not a due date
        if re.search(r"\d$", text[: match.start()]):
            continue  # inside a longer number
        found.append(match.span())
    return found


def _deadline_for(deadlines: list[tuple[int, str]], position: int, sentence: tuple[int, int], clause_end: int) -> str | None:
    """The nearest due date earlier in the sentence (到2025年，…), else later in the clause."""
    sentence_start, _ = sentence
    earlier = [printed for at, printed in deadlines if sentence_start <= at < position]
    if earlier:
        return earlier[-1]
    later = [printed for at, printed in deadlines if position < at < clause_end]
    return later[0] if later else None


def _subject(text: str, match: re.Match, layout: _Layout, previous_end: int, next_start: int) -> str | None:
    """The counted thing: the noun phrase after the number (30所劳动教育示范校) or else before it."""
    start, end = match.span()
    clause_start, clause_end = layout.clause(start, len(text))
    after = text[end : min(clause_end, next_start)]
    stop = _SUBJECT_AFTER_STOP.search(after)
    after = after[: stop.start()] if stop else after
    after = after.removeprefix("的").strip()
    if after:
        return after[:_SUBJECT_MAX]
    before = text[max(clause_start, previous_end) : start]
    before = _SUBJECT_TRAIL.sub("", before)
    before = _SUBJECT_LEAD.sub("", before, count=1).strip()
    return before[-_SUBJECT_MAX:] or None
