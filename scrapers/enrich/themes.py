"""Education-policy themes for plan items: a fixed codebook, weighted keyword evidence, jieba keywords.

The codebook (22 codes) is the dbt seed dbt_project/seeds/themes.csv; the evidence is the
analyst-edited theme_keywords.yaml beside this file. Classification is a pure function of
(title, text, section heading): the keyword terms are compiled once into a trie-shaped regular
expression and read leftmost-longest, which is the forward maximum matching jieba does with its
dictionary, restricted to the taxonomy's terms -- at a fraction of jieba's cost per character, so
10,000 items take seconds. jieba (with the education-policy user dictionary, so 双减, 县管校聘,
集团化办学 stay whole) serves the free keywords of `ThemeClassifier.keywords`.

jieba's dictionary is process-wide: `jieba.dt` is initialised once and each user dictionary is
loaded into it once, however many classifiers are loaded.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import jieba
import yaml

from scrapers.models import ThemeAssignment

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
DEFAULT_CODEBOOK = _REPO / "dbt_project" / "seeds" / "themes.csv"
DEFAULT_KEYWORDS = _HERE / "theme_keywords.yaml"
DEFAULT_USERDICT = _HERE / "jieba_userdict.txt"
DEFAULT_STOPWORDS = _HERE / "stopwords.txt"

# Bump when the scoring rules in this module change; the files' own edits show in the hash part.
_RULES_REVISION = "1"


def _files_digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


THEMES_VERSION = f"{_RULES_REVISION}+{_files_digest(DEFAULT_CODEBOOK, DEFAULT_KEYWORDS, DEFAULT_USERDICT, DEFAULT_STOPWORDS)}"

# --------------------------------------------------------------------------- jieba, once per process

_jieba_lock = threading.Lock()
_loaded_userdicts: set[str] = set()
_keyword_extractors: dict[str, "jieba.analyse.TFIDF"] = {}


def _jieba_tokenizer(userdict: Path) -> jieba.Tokenizer:
    """jieba's default tokenizer, initialised once, with `userdict` loaded into it once."""
    with _jieba_lock:
        jieba.setLogLevel(logging.WARNING)
        jieba.dt.initialize()  # a no-op once done
        key = str(userdict.resolve())
        if key not in _loaded_userdicts:
            jieba.dt.load_userdict(key)
            _loaded_userdicts.add(key)
        return jieba.dt


def _keyword_extractor(stopwords: Path) -> "jieba.analyse.TFIDF":
    """A TF-IDF extractor over jieba.dt (jieba's own idf table) with our stop words; built on first use.

    jieba.analyse is imported here, not at module load: it pulls in jieba.posseg's HMM tables
    (about 2 s), which classification never needs.
    """
    import jieba.analyse

    key = str(stopwords.resolve())
    with _jieba_lock:
        if key not in _keyword_extractors:
            extractor = jieba.analyse.TFIDF()
            extractor.set_stop_words(key)
            _keyword_extractors[key] = extractor
        return _keyword_extractors[key]


# --------------------------------------------------------------------------- reading the reference files


class _UniqueKeyLoader(yaml.SafeLoader):
    """Refuses a term listed twice under one theme: YAML would silently keep only the last weight."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
            seen.add(key)
        return super().construct_mapping(node, deep)


@dataclass(frozen=True)
class ThemeSettings:
    title_factor: float
    text_factor: float
    heading_factor: float
    secondary_ratio: float
    min_secondary: float
    max_secondary: int
    min_confident: float
    fallback_theme: str


_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")


def _normalize(text: str) -> str:
    # Full-width letters/digits (１＋Ｘ), case and slogan quotes (坚持“五育”并举) must not hide a term.
    return unicodedata.normalize("NFKC", text).lower().translate(_QUOTES)


def _trie_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex equivalent to 'the longest listed term starting here', built as a character trie.

    An alternation of hundreds of literals makes the engine try each one at every position; a trie
    shares prefixes, so each position costs about one dictionary step.
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a term may end here: try the longer continuation first (greedy ?)
            return "(?:" + body + ")?"
        return body

    return re.compile(render(trie))


_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|\d+[.．、]|第[一二三四五六七八九十百]+[部分章节]?)\s*")
_NUMBERISH = re.compile(r"^[\d.%％,，一二三四五六七八九十百千万亿两零〇]+$|\d")


# --------------------------------------------------------------------------- the classifier


class ThemeClassifier:
    """Scores an item against every theme code from weighted keyword evidence; see theme_keywords.yaml."""

    def __init__(
        self,
        codebook: dict[str, str],
        weights: dict[str, dict[str, float]],
        neutral: Iterable[str],
        settings: ThemeSettings,
        tokenizer: jieba.Tokenizer,
        stopwords: Path,
        version: str,
    ):
        unknown = sorted(set(weights) - set(codebook))
        if unknown:
            raise ValueError(f"keyword themes not in the codebook: {unknown}")
        empty = sorted(code for code in codebook if not weights.get(code))
        if empty:
            raise ValueError(f"codebook themes without keywords: {empty}")
        if settings.fallback_theme not in codebook:
            raise ValueError(f"fallback_theme {settings.fallback_theme!r} is not a codebook code")
        self._codes = list(codebook)
        self._names = dict(codebook)
        self._settings = settings
        self._tokenizer = tokenizer
        self._stopwords = stopwords
        self._extractor: jieba.analyse.TFIDF | None = None  # on first keywords(), not at load
        self.version = version
        # normalised term -> [(theme, weight)]; one term may count for several themes
        self._term_themes: dict[str, list[tuple[str, float]]] = {_normalize(term): [] for term in neutral}
        self._spelling: dict[str, str] = {}  # evidence shows terms as the YAML spells them (1+X)
        for code, terms in weights.items():
            for term, weight in terms.items():
                self._term_themes.setdefault(_normalize(term), []).append((code, weight))
                self._spelling.setdefault(_normalize(term), term)
        self._pattern = _trie_pattern(self._term_themes)

    @classmethod
    def load(
        cls,
        codebook_path: Path | str = DEFAULT_CODEBOOK,
        keywords_path: Path | str = DEFAULT_KEYWORDS,
        userdict_path: Path | str = DEFAULT_USERDICT,
        stopwords_path: Path | str = DEFAULT_STOPWORDS,
    ) -> ThemeClassifier:
        codebook_path, keywords_path = Path(codebook_path), Path(keywords_path)
        userdict_path, stopwords_path = Path(userdict_path), Path(stopwords_path)
        with codebook_path.open(encoding="utf-8", newline="") as f:
            codebook = {row["theme_code"]: row["theme_name_zh"] for row in csv.DictReader(f)}
        config = yaml.load(keywords_path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        settings = ThemeSettings(**config["settings"])
        weights = {
            code: {str(term): float(weight) for term, weight in (terms or {}).items()}
            for code, terms in config["themes"].items()
        }
        bad = [(code, term) for code, terms in weights.items() for term, w in terms.items() if w <= 0]
        if bad:
            raise ValueError(f"keyword weights must be positive: {bad}")
        version = f"{_RULES_REVISION}+{_files_digest(codebook_path, keywords_path, userdict_path, stopwords_path)}"
        neutral = [str(term) for term in config.get("neutral") or []]
        return cls(codebook, weights, neutral, settings, _jieba_tokenizer(userdict_path), stopwords_path, version)

    @property
    def theme_names(self) -> dict[str, str]:
        return dict(self._names)

    def _evidence(self, text: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for term in self._pattern.findall(_normalize(text)):
            counts[term] = counts.get(term, 0) + 1
        return counts

    def classify(self, title: str, text: str, section_heading: str | None) -> ThemeAssignment:
        s = self._settings
        content = dict.fromkeys(self._codes, 0.0)  # title + text
        context = dict.fromkeys(self._codes, 0.0)  # section heading
        evidence: dict[str, list[str]] = {}
        heading = _HEADING_NUMBER.sub("", section_heading or "")
        for source, factor, scores in (
            (title or "", s.title_factor, content),
            (text or "", s.text_factor, content),
            (heading, s.heading_factor, context),
        ):
            for term, count in self._evidence(source).items():
                for code, weight in self._term_themes[term]:
                    scores[code] += weight * factor * (1.0 + math.log(count))
                    terms = evidence.setdefault(code, [])
                    if self._spelling[term] not in terms:
                        terms.append(self._spelling[term])
        scores = {code: round(content[code] + context[code], 3) for code in self._codes}
        ranked = sorted(self._codes, key=lambda code: (-scores[code], -content[code], self._codes.index(code)))
        primary = ranked[0] if scores[ranked[0]] > 0 else s.fallback_theme
        low_confidence = max(content.values()) < s.min_confident
        top = scores[primary]
        secondary = [
            code
            for code in ranked
            if code != primary and scores[code] >= s.min_secondary and scores[code] >= s.secondary_ratio * top
        ][: s.max_secondary]
        return ThemeAssignment(
            primary_theme=primary,
            primary_score=top,
            low_confidence=low_confidence,
            scores=scores,
            secondary_themes=secondary,
            evidence={code: evidence[code] for code in ranked if code in evidence},
        )

    def classify_many(self, rows: Iterable[tuple[str, str, str | None]]) -> list[ThemeAssignment]:
        """(title, text, section_heading) rows; the same as classify() on each."""
        return [self.classify(title, text, heading) for title, text, heading in rows]

    def keywords(self, text: str, top_k: int = 8) -> list[str]:
        """jieba TF-IDF keywords, without stop words, numbers or words with digits."""
        if self._extractor is None:  # looked up once, not per item: keywords() is on the hot path
            self._extractor = _keyword_extractor(self._stopwords)
            self._extractor.tokenizer = self._tokenizer
        ranked = self._extractor.extract_tags(text, topK=None)
        return [word for word in ranked if not _NUMBERISH.search(word)][:top_k]
