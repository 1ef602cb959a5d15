"""Read articles into ``Article`` records: files, folders, HTML, JSONL/JSON/CSV dumps; encodings; dates; furniture.

``read_articles(paths)`` walks files and folders, decodes each file, picks a
reader by extension or content (plain text, HTML, dumps), finds each article's
publication date, strips page-level furniture (menus before the date line,
navigation lists after the article's end, photo-credit lines) and folds
identical texts read under several names into one article. It never raises
for a bad input: every file or dump record gets one ``InputReport`` saying
whether it was parsed, skipped (and why) or a duplicate of another.

No wall clock is read anywhere: an article whose date cannot be found keeps
``date=None``.

>>> article = parse_text(" date 2022-10-25 Ministries meet\\nThe ministers met./.", article_id="a", path="a.txt")
>>> (article.date.isoformat(), article.title, article.text)
('2022-10-25', 'Ministries meet', 'The ministers met.')
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from timeline.data import ingest as phrases
from timeline.errors import InputError
from timeline.models import Article

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------
# Named thresholds
# ---------------------------------------------------------------------------

#: Files larger than this are still read, with a warning in their report.
LARGE_FILE_BYTES = 50 * 1024 * 1024
#: How many non-empty lines from the top of a page are searched for its date line.
DATE_LINE_SEARCH_LINES = 80
#: Prose paragraphs after which the search for a date line stops (a chronology in the body is not one).
DATE_LINE_MAX_PROSE_BEFORE = 3
#: A date line is short: longer lines are body text that happens to mention a date.
DATE_LINE_MAX_CHARS = 200
#: Letters a date line may carry besides its date, time, zone, weekday and label (a byline, a place).
DATE_LINE_MAX_OTHER_LETTERS = 40
#: Lower-case words (other than fillers) a date line may carry; more is a sentence.
DATE_LINE_MAX_LOWER_WORDS = 2
#: Non-empty lines above a date line searched for the headline (a lead paragraph may sit between).
TITLE_LOOKBACK_LINES = 2
#: A title is a short line that does not end like a sentence.
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
#: A prose line (a paragraph of the article) has at least this many words and reads like sentences.
PROSE_MIN_WORDS = 12
#: A tail of text is prose when at least this share of its words is in prose lines.
PROSE_SHARE = 0.5
#: A section heading of furniture cuts the rest of the page when at least this share of the body precedes it.
SECTION_CUT_MIN_SHARE = 0.25
#: End markers ("./.") checked in one text; later ones stay (a guard against quadratic work on huge files).
END_MARKERS_CHECKED = 20
#: Trailing headline-like lines (no heading) are a navigation list from this many on.
TRAILING_LIST_MIN_LINES = 3
#: An article body with fewer words than this is page furniture, not an article.
MIN_ARTICLE_WORDS = 3
#: Years a printed date may have.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Characters sampled for the language check.
LANGUAGE_SAMPLE_CHARS = 20_000
#: Share of letters in non-Latin scripts above which a text is not English.
NON_LATIN_SHARE = 0.3
#: Share of words carrying Vietnamese-only letters above which a text is Vietnamese.
VIETNAMESE_WORD_SHARE = 0.25
#: Share of English stopwords a text of English prose reaches.
ENGLISH_STOPWORD_SHARE = 0.06
#: Texts with fewer words than this count as English unless another language's stopwords clearly win.
LANGUAGE_MIN_WORDS = 20
#: Share of control characters (other than tabs and newlines) that makes a file binary.
BINARY_CONTROL_SHARE = 0.05
#: Share of non-ASCII characters after a single-byte fallback decoding that makes a file binary.
BINARY_HIGH_SHARE = 0.3
#: The far bound given to htmldate, so that no date is ever clipped to "today".
HTML_MAX_DATE = "2100-12-31"
HTML_MIN_DATE = "1990-01-01"

#: File extensions of each reader; other files are sniffed (HTML or plain text).
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
CSV_EXTENSIONS = frozenset({".csv", ".tsv"})

PARSED, SKIPPED, DUPLICATE = "parsed", "skipped", "duplicate"
NO_DATE_WARNING = "no date found: relative dates stay unknown"


@dataclass(frozen=True, slots=True)
class InputReport:
    """What became of one input: a file, or one record of a JSONL/JSON/CSV dump.

    ``status`` is ``parsed``, ``skipped`` or ``duplicate``; ``reason`` says why
    an input was skipped, names the first article for a duplicate, or carries
    warnings for a parsed one ("no date found: relative dates stay unknown").
    """

    path: str
    status: str
    reason: str = ""
    article_id: str = ""


# ---------------------------------------------------------------------------
# Date patterns
# ---------------------------------------------------------------------------

_MONTH = "|".join(sorted(phrases.MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(re.escape(w) for w in sorted(phrases.WEEKDAYS, key=len, reverse=True))
_PUBLISHED = "|".join(re.escape(w) for w in sorted(phrases.PUBLISHED_LABELS, key=len, reverse=True))
_UPDATED = "|".join(re.escape(w) for w in sorted(phrases.UPDATED_LABELS, key=len, reverse=True))

#: The header line of the project's own text format: " date 2022-10-25 Title of the article".
HEADER_LINE = re.compile(
    r"""
    ^\s*date\s*[:=]?\s+
    (?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})
    (?:[T\ ]\d{1,2}:\d{2}(?::\d{2})?)?      # an optional time is ignored
    (?:\s+(?P<title>.*?))?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: ISO 8601 date-time: the printed local date is the date, whatever the offset.
ISO_DATETIME = re.compile(
    r"""
    (?<![\d/.-])
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    [T\ ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?
    (?:Z|[+\-−]\d{2}:?\d{2})?
    (?![\d])
    """,
    re.VERBOSE,
)

#: "Oct 26, 2022", "October 26 2022", "Oct. 26th, 2022".
MONTH_DAY_YEAR = re.compile(
    rf"""
    \b(?P<month>{_MONTH})\.?\s+
    (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+
    (?P<year>\d{{4}})(?:\b|(?=\d{{1,2}}:\d{{2}}))     # "October 26, 20224:21 PM": a time glued to the year
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: "26 October 2022", "26th of Oct. 2022", "26-Oct-2022".
DAY_MONTH_YEAR = re.compile(
    rf"""
    (?<![\d])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]+
    (?P<month>{_MONTH})\.?,?[\s\-/.]+
    (?P<year>\d{{4}})(?:\b|(?=\d{{1,2}}:\d{{2}}))
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: "2018/1/3", "2022-10-26", "2022.10.26": year first, then month, then day.
YEAR_MONTH_DAY = re.compile(
    r"""
    (?<![\d/.\-])
    (?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})
    (?![\d])
    """,
    re.VERBOSE,
)

#: "28/10/2022", "19-03-2014": day first unless only month-first makes a date (10/28/2022).
NUMERIC_DAY_MONTH_YEAR = re.compile(
    r"""
    (?<![\d/.\-])
    (?P<first>\d{1,2})(?P<sep>[-/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})
    (?![\d])
    """,
    re.VERBOSE,
)

#: The year every full-date pattern contains (``\d`` as they write it, so other scripts' digits count too).
FOUR_DIGITS = re.compile(r"\d{4}")

#: Full-date patterns in the order they are tried at one position (the earliest match in a line wins).
FULL_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    ISO_DATETIME,
    YEAR_MONTH_DAY,
    MONTH_DAY_YEAR,
    DAY_MONTH_YEAR,
    NUMERIC_DAY_MONTH_YEAR,
)

#: A wire-service dateline opening the body: "VIENTIANE, Oct. 26 (Xinhua) --", "VIETNAM, April 10 - ".
WIRE_DATELINE = re.compile(
    rf"""
    ^\W{{0,3}}
    (?P<place>[A-Z][\w'.\-]*(?:[\ ,]+[A-Z][\w'.\-]*){{0,4}})   # HANOI / Ho Chi Minh City / PHNOM PENH, Cambodia
    ,\s*
    (?i:(?P<month>{_MONTH}))\.?\s+
    (?P<day>\d{{1,2}})(?:st|nd|rd|th)?
    (?:,?\s+(?P<year>\d{{4}}))?
    \s*(?:\([^()]{{1,40}}\)\s*)?                                # (Xinhua) / (Reuters)
    (?:[-–—]{{1,2}}|:)
    """,
    re.VERBOSE,
)

#: A clock time printed next to a date: "19:28", "23:18:39", "08:06 AM".
CLOCK_TIME = re.compile(
    r"""
    (?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?
    (?:\s*[ap]\.?m\.?)?
    (?![\d:])
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: A time zone printed next to a time: "(GMT+7)", "UTC+07:00", "ICT", "+0700". Never used to shift the date.
TIME_ZONE = re.compile(
    r"""
    \(?\b(?:GMT|UTC|ICT|ET|EST|EDT|CT|PT|PST|PDT|CET|CEST|BST|JST|KST|SGT|HKT|IST)\b
    (?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?\)?
    | [+\-−]\d{2}:?\d{2}\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: A weekday name opening or inside a date line ("Thứ Sáu", "Wednesday").
WEEKDAY_NAME = re.compile(rf"(?<!\w)(?:{_WEEKDAY})\.?(?!\w)", re.IGNORECASE)

#: A publication label at the end of the text before a date ("Published:", "Publication Date :").
PUBLISHED_LABEL = re.compile(rf"(?<!\w)(?:{_PUBLISHED})(?:\s+(?:on|at))?\s*[:：]?\s*$", re.IGNORECASE)
#: A revision label at the end of the text before a date ("Updated:", "Last modified").
UPDATED_LABEL = re.compile(rf"(?<!\w)(?:{_UPDATED})(?:\s+(?:on|at))?\s*[:：]?\s*$", re.IGNORECASE)
#: A revision label anywhere in a line: "November 28, 2013 -- Updated 0203 GMT" is a revision date.
UPDATED_ANYWHERE = re.compile(rf"(?<!\w)(?:{_UPDATED})(?!\w)", re.IGNORECASE)
#: Any label word anywhere in a date line, removed before judging what else the line says.
ANY_LABEL = re.compile(rf"(?<!\w)(?:{_UPDATED}|{_PUBLISHED})(?!\w)", re.IGNORECASE)

#: Lower-case words a date line may carry without being a sentence.
DATE_LINE_FILLERS = frozenset(
    {"by", "on", "at", "and", "in", "of", "the", "am", "pm", "gmt", "utc", "ict", "from"}
)

# ---------------------------------------------------------------------------
# Furniture patterns
# ---------------------------------------------------------------------------

#: The end marker of a news-agency article ("...in 2023./." of VNA, "Enditem" of Xinhua), possibly glued to what follows.
#: It opens with a character class (the first letter of either marker) so that ``re`` skips ahead
#: to the next "/" or "E" instead of trying both alternatives at every position.
END_MARKER = re.compile(
    r"""
    [/E]
    (?: (?<=/)(?P<slash>\.)(?=\s|$|[^\w\s]|[A-Z])     # "/." or the end of "./."; what precedes is checked in code
      | (?<=E)(?P<word>nditem|NDITEM|ND\ ITEM)\b   # Xinhua's end of story: "Enditem", "ENDITEM", "END ITEM"
    )
    """,
    re.VERBOSE,
)

_SECTION_PREFIX = "|".join(
    re.escape(p) for p in sorted(phrases.FURNITURE_SECTION_PREFIXES, key=len, reverse=True)
)
_SECTION_LABEL = "|".join(
    re.escape(p) for p in sorted(phrases.FURNITURE_SECTION_LABELS, key=len, reverse=True)
)
_INLINE_LINK = "|".join(re.escape(p) for p in sorted(phrases.INLINE_LINK_LABELS, key=len, reverse=True))
_LINE_LABEL = "|".join(re.escape(p) for p in sorted(phrases.FURNITURE_LINE_LABELS, key=len, reverse=True))

#: A line opening a trailing furniture section: "Related news", "WORDS ON THE STREET 70th anniversary ...".
SECTION_PREFIX_LINE = re.compile(rf"^\W{{0,3}}(?:{_SECTION_PREFIX})(?:\s*[:：]|\s|$)", re.IGNORECASE)
#: A heading that is furniture only as a whole line or before a colon: "Tags: ASEAN, Laos", "Comments".
SECTION_LABEL_LINE = re.compile(rf"^\W{{0,3}}(?:{_SECTION_LABEL})\s*(?:[:：].*|\W*)$", re.IGNORECASE)
#: An inline link line: "Read more: Vietnam, Laos sign ...". Dropped alone; as a bare heading it opens a section.
INLINE_LINK_LINE = re.compile(rf"^\W{{0,3}}(?:{_INLINE_LINK})\s*(?:[:：>»]|\s[-–—])\s*\S", re.IGNORECASE)
#: A line of widget text dropped wherever it is: "Advertisement", "Share on Facebook".
LINE_LABEL_LINE = re.compile(rf"^\W{{0,3}}(?:{_LINE_LABEL})\W*$", re.IGNORECASE)
#: A section heading glued after a sentence inside a line: "...conference.WORDS ON THE STREET ...".
GLUED_SECTION = re.compile(rf"(?<=[.!?”\"’)])\s*(?=(?=[A-Z])(?i:{_SECTION_PREFIX})\b)")
#: The same with the mark before it, for one quick scan of a whole text: it finds every place where
#: GLUED_SECTION would split a line (the blanks between never hold a line end), so that a text
#: without any skips the line-by-line split. Opening with a character class lets ``re`` skip ahead.
GLUED_SECTION_ANYWHERE = re.compile(rf"[.!?”\"’)][^\S\n]*(?=[A-Z])(?i:{_SECTION_PREFIX})\b")

#: A heading over a list of other stories, in the words sites vary most: "Other Opinion Columns",
#: "More Asia stories", "Other headlines". Few words, "other" or "more", then a kind of story.
OTHER_STORIES_LINE = re.compile(
    r"""
    ^\W{0,3}(?:other|more)\s+(?:[\w'’&\-]+\s+){0,2}
    (?:columns|stories|articles|news|headlines|posts|reports|videos|opinions|features|galleries|reads|
       columns\s+by\s+\w+(?:\s+\w+)?|from\s+(?:the\s+)?\w+(?:\s+\w+)?)
    \W{0,3}$
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: The end tag of a wire story on its own line: "(END)", "-- END --", "- Ends -", "###".
END_TAG_LINE = re.compile(r"^\W{0,3}(?:(?i:end|ends)|#{3})\W{0,3}$")
#: A line that is only an e-mail address (the reporter's contact at the end of a wire story).
EMAIL_LINE = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\.?$")

#: A line that is only a photo credit: "Photo: VNA", "(Photo: Vietnam Plus)", "Photo courtesy of MPS", "VNA Photo".
PHOTO_CREDIT_LINE = re.compile(
    r"""
    ^[(\[]?\s*
    (?:
        (?i:(?:file|illustrative|illustration|archive|archived|featured)\s+)?
        (?i:photos?|images?|pictures?|pics?|illustration|ảnh|nguồn)
        \s*(?i::|：|by\b|courtesy\b|credits?\b|source\b)[^.!?]{0,80}
      | (?i:(?:file|illustrative|illustration|archive)\s+(?:photo|image|picture))
      | [A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3}\s+(?i:photos?|file\s+photo)
    )
    \s*[)\]]?\.?\s*$
    """,
    re.VERBOSE,
)

#: A bullet or number opening a list item: "- ", "• ", "+ ", "1. ", "(a) ".
BULLET = re.compile(r"^\s*(?:[-–—•*+·▪►]|\d{1,2}[.)]|\(?[a-z]\))\s")
#: A byline alone on a line: "By Nguyen Van Anh", "By Staff Reporter".
#: "By Adrian H. Halili", "By Adrian H. Halili, Reporter", "By Jane Doe | Staff Writer" (a role ends it, not a full stop)
BYLINE = re.compile(
    r"^(?i:by)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,5}"
    r"(?:\s*(?:,|\s[|/–—-])\s*[A-Z][\w'\-]*(?:\s+[A-Za-z][\w'\-]*){0,3})?\s*$"
)
#: A credit line: "Source: VNA", "(Source: Xinhua)", "Editor: Huaxia", "Reporter: Minh Anh", "Translated by Lan".
CREDIT_LINE = re.compile(
    r"""
    ^[(\[]?\s*
    (?i:source|sources|nguồn|editor|editors|edited\s+by|reporter|reported\s+by|written\s+by|
        translated\s+by|translation|compiled\s+by|story|text|video)
    \s*(?::|：|(?<=by)\s)\s*[^.!?:]{1,60}?[)\]]?\.?\s*$
    """,
    re.VERBOSE,
)

#: Consecutive sentences inside a line: "...met. The ..." tells prose from a headline.
SENTENCE_BREAK = re.compile(r"[\w)\]%][.!?][\"”’)]?\s+[\"“‘(]?[A-Z0-9]")
#: A line ending like a sentence.
SENTENCE_END = re.compile(r"""[.!?…]["”’)\]]*$""")
#: Words of a line (letters and digits).
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
#: Letter-only tokens, for the language check and date-line judging.
LETTERS = re.compile(r"[^\W\d_]+")

#: Zero-width and other invisible characters dropped from every page.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: A blank other than a plain space (a tab, a no-break space): with a double space, all that
#: HORIZONTAL_SPACE can match, found by a scan that does not stop at every plain space.
ODD_BLANK = re.compile(r"[^\S\n ]")
#: Horizontal white space of any kind (tabs, no-break spaces) folded to one space: a run of two or
#: more blanks, or one blank that is not a plain space. Written to open with a character class (not
#: an alternation) so that ``re`` skips ahead to the next blank instead of trying every position.
HORIZONTAL_SPACE = re.compile(
    r"""
    [^\S\n]                 # a blank (white space other than a line end)
    (?: [^\S\n]+            # ... followed by more blanks: the whole run
      | (?<!\ ) )            # ... or alone, and not a plain space
    """,
    re.VERBOSE,
)


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date in the accepted year range, or None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _match_date(m: re.Match[str]) -> date | None:
    """The date a FULL_DATE_PATTERNS match stands for, or None when it is not a calendar date."""
    groups = m.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        if first <= 12 < second:  # only month-first makes a date: 10/28/2022
            return _make_date(year, first, second)
        return _make_date(year, second, first)
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else phrases.MONTHS[month_text.lower().rstrip(".")]
    return _make_date(year, month, int(groups["day"]))


def _full_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full (day, month, year) date in ``text`` as (start, end, date), in text order, overlaps removed."""
    if not FOUR_DIGITS.search(text):  # every pattern needs a year: one fast scan spares the five slow ones
        return []
    found: list[tuple[int, int, date]] = []
    for pattern in FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            value = _match_date(m)
            if value is not None:
                found.append((m.start(), m.end(), value))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, date]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


#: A date written as one run of digits, maybe with its time: 20221026, 20221026081500, 20221026T081500Z.
COMPACT_STAMP = re.compile(r"(?:19|20)\d{6}(?:T?\d{4}(?:\d\d)?Z?)?")


def parse_date_field(value: object) -> date | None:
    """The date of a dump's date field: ISO, printed dates, or a Unix timestamp; None when there is none.

    >>> parse_date_field("2022-10-26T08:00:00+07:00")
    datetime.date(2022, 10, 26)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value) / 1000 if value > 1e11 else float(value)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    compact = COMPACT_STAMP.fullmatch(text)
    if compact:  # 20221026, GDELT's 20221026081500 and 20221026T081500Z
        return _make_date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    if text.isdigit() and len(text) in (10, 13):  # a Unix timestamp read from CSV, in seconds or milliseconds
        return parse_date_field(int(text))
    dates = _full_dates(text)
    return dates[0][2] if dates else None


@dataclass(frozen=True, slots=True)
class _DateLine:
    """Where a page states its date: the value, how it was found, and the line it is on."""

    value: date
    how: str  # "header" | "dateline"
    index: int  # index of the line in the page's lines
    kind: str  # "header" (own format), "line" (a date line to cut menus at), "wire" (inside the body)
    title: str = ""


def _is_date_line(line: str) -> tuple[date | None, str]:
    """(date, label kind) when ``line`` is a printed date line; kind is "published", "updated" or "plain"."""
    if len(line) > DATE_LINE_MAX_CHARS * 2:
        return None, ""
    dates = _full_dates(line)
    if not dates:
        return None, ""
    start, end, value = dates[0]
    prefix = line[:start]
    prefix_core = WEEKDAY_NAME.sub(" ", TIME_ZONE.sub(" ", CLOCK_TIME.sub(" ", prefix)))
    prefix_core = re.sub(r"[\s,|/·•\-–—]+$", "", prefix_core)
    if PUBLISHED_LABEL.search(prefix_core):
        return value, "published"
    if UPDATED_LABEL.search(prefix_core):
        return value, "updated"
    if len(line) > DATE_LINE_MAX_CHARS:
        return None, ""
    rest = line[:start] + " " + line[end:]
    for pattern in (CLOCK_TIME, TIME_ZONE, WEEKDAY_NAME, ANY_LABEL):
        rest = pattern.sub(" ", rest)
    words = LETTERS.findall(rest)
    if sum(len(w) for w in words) > DATE_LINE_MAX_OTHER_LETTERS:
        return None, ""
    lower = [w for w in words if w.islower() and w not in DATE_LINE_FILLERS]
    if len(lower) > DATE_LINE_MAX_LOWER_WORDS:
        return None, ""
    return value, "plain"


def _wire_date(m: re.Match[str], page: str) -> date | None:
    """The date of a wire dateline; without a printed year, the year of the page's first full date (nearest)."""
    month = phrases.MONTHS[m.group("month").lower()]
    day = int(m.group("day"))
    if m.group("year"):
        return _make_date(int(m.group("year")), month, day)
    anchors = _full_dates(page)
    if not anchors:
        return None
    anchor = anchors[0][2]
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _make_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d))


def _locate_date(lines: Sequence[str]) -> _DateLine | None:
    """The first date line of a page (header, printed date line or wire dateline) within its top lines."""
    fallback: _DateLine | None = None
    seen = prose = 0
    page: str | None = None
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if seen == 0:
            header = HEADER_LINE.match(stripped)
            if header:
                value = _make_date(int(header["year"]), int(header["month"]), int(header["day"]))
                if value is not None:
                    return _DateLine(value, "header", index, "header", (header["title"] or "").strip())
        seen += 1
        if seen > DATE_LINE_SEARCH_LINES:
            break
        wire = WIRE_DATELINE.match(stripped)
        if wire:
            if page is None:
                page = "\n".join(lines)
            value = _wire_date(wire, page)
            if value is not None:
                return _DateLine(value, "dateline", index, "wire")
        value, label = _is_date_line(stripped)
        if value is None:
            prose += _is_prose(stripped)
            if prose >= DATE_LINE_MAX_PROSE_BEFORE:  # the body has begun: later dates belong to it
                break
            continue
        found = _DateLine(value, "dateline", index, "line")
        if label != "updated":
            return found
        if fallback is None:
            fallback = found
    return fallback


def find_article_date(text: str) -> tuple[date | None, str]:
    """The publication date printed at the top of an article, and how it was found.

    ``how`` is ``"header"`` for the `` date YYYY-MM-DD Title`` header line and
    ``"dateline"`` for a printed date line or a wire dateline. The date is the
    local date as printed: ``(GMT+7)`` or ``+07:00`` never shift it. Returns
    ``(None, "")`` when the page prints no date.

    >>> find_article_date("Home News\\nDecember 29, 2021 | 19:07 (GMT+7)\\nTitle")
    (datetime.date(2021, 12, 29), 'dateline')
    """
    found = _locate_date(normalise_page(text).split("\n"))
    if found is None:
        return None, ""
    return found.value, found.how


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------


def _script_of(char: str) -> str:
    """The language code of a non-Latin letter's script, "" for Latin letters."""
    code = ord(char)
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:  # Latin, Latin Extended, Latin Extended Additional
        return ""
    for low, high, lang in phrases.SCRIPT_RANGES:
        if low <= code <= high:
            return lang
    return "other"


_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")  # the ranges _script_of calls Latin
_VIETNAMESE_LETTER = re.compile("[" + "".join(sorted(phrases.VIETNAMESE_LETTERS)) + "]")


#: A letter outside ASCII (a LETTERS character that is not ASCII).
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")
#: ASCII characters that are not LETTERS, each to a space.
_ASCII_NON_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not LETTERS.fullmatch(chr(c))})


def _letter_runs(text: str) -> list[str]:
    """``LETTERS.findall(text)``, faster for a text whose letters are all ASCII (most English pages).

    Then every other character separates words: non-ASCII ones become "?", every non-letter a
    space, and ``str.split`` cuts the runs, all in C on an ASCII string.
    """
    if _NON_ASCII_LETTER.search(text):
        return LETTERS.findall(text)
    return text.encode("ascii", "replace").decode("ascii").translate(_ASCII_NON_LETTERS).split()


def guess_language(text: str) -> str:
    """A rough language code for ``text`` ("en", "vi", "lo", "fr", …, "und") from scripts and stopwords.

    Deterministic and offline: non-Latin scripts first, then the share of
    words with Vietnamese-only letters, then stopword shares.

    >>> guess_language("Bộ trưởng Bộ Công an Tô Lâm tiếp Bộ trưởng Bộ An ninh Lào")
    'vi'
    """
    sample = unicodedata.normalize("NFC", text[:LANGUAGE_SAMPLE_CHARS])
    lowered = sample.lower()
    found = _letter_runs(lowered)
    letters = sum(map(len, found))
    if letters == 0:
        return "und"
    scripts: dict[str, int] = {}
    for char, count in Counter(_NON_LATIN_LETTER.findall(sample)).items():
        script = _script_of(char)
        scripts[script] = scripts.get(script, 0) + count
    if scripts:
        script, _ = max(sorted(scripts.items()), key=lambda item: item[1])
        if sum(scripts.values()) / letters > NON_LATIN_SHARE:
            return script
    if not found:
        return "und"
    total = len(found)
    words = Counter(found)

    def share(chosen: Iterable[str]) -> float:
        return sum(words.get(w, 0) for w in chosen) / total

    # most texts have no Vietnamese letter at all: one scan of the sample instead of one search per word
    if _VIETNAMESE_LETTER.search(lowered) and (
        share([w for w in words if _VIETNAMESE_LETTER.search(w)]) > VIETNAMESE_WORD_SHARE
    ):
        return "vi"
    english = share(phrases.ENGLISH_STOPWORDS)
    others = {lang: share(stopwords) for lang, stopwords in phrases.OTHER_STOPWORDS.items()}
    best_other, best_share = max(sorted(others.items()), key=lambda item: item[1])
    if english >= ENGLISH_STOPWORD_SHARE and english >= best_share:
        return "en"
    if total < LANGUAGE_MIN_WORDS:
        return best_other if best_share > english and best_share >= ENGLISH_STOPWORD_SHARE * 2 else "en"
    if best_share >= ENGLISH_STOPWORD_SHARE:
        return best_other
    return "en"  # Latin script with no other language's cues: give it the benefit of the doubt


def is_english(text: str) -> bool:
    """True when ``text`` reads as English (a Vietnamese date line or names on an English page do not count).

    >>> is_english("The two ministers signed a cooperation plan for 2023.")
    True
    >>> is_english("ສອງຝ່າຍໄດ້ລົງນາມ")
    False
    """
    return guess_language(text) == "en"


# ---------------------------------------------------------------------------
# Plain text: page-level cleanup
# ---------------------------------------------------------------------------


def normalise_page(raw: str) -> str:
    """Unicode NFC, ``\\n`` line ends, no invisible characters, one space for any run of blanks in a line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = GLUED_SENTENCE.sub(r"\1 \2", text)  # "…defence ministries.In a meeting with …": two sentences
    text = _unwrapped(text)  # "… the defence ministries, was\nsigned on March 29": one sentence, hard-wrapped
    if "  " not in text and not ODD_BLANK.search(text):  # already one plain space between words
        return text
    return HORIZONTAL_SPACE.sub(" ", text)


#: a line break inside a sentence: after a lower-case word or a comma, before a lower-case word (text wrapped at a width)
WRAPPED_LINE = re.compile(r"(?<=[a-z,;])[ \t]*\n[ \t]*(?=[a-z])(?![a-z_\-]+[ \t]*:)")  # not before "date: 2021-08-05"
#: a wrapped line is a long one: a short line before a lower-case one is a heading or a name, not a cut sentence
WRAPPED_MIN_CHARS = 50


def _unwrapped(text: str) -> str:
    """The text with its hard wraps (a long line cut inside a sentence) joined by a space."""
    if "\n" not in text:
        return text
    parts: list[str] = []
    last = 0
    for m in WRAPPED_LINE.finditer(text):
        if m.start() - (text.rfind("\n", 0, m.start()) + 1) >= WRAPPED_MIN_CHARS:
            parts.append(text[last : m.start()])
            parts.append(" ")
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


#: a full stop glued to the next sentence by a scraper: after a word of three lower-case letters or more (not
#: an initial, not "U.S."), a year, a day of the month after its month ("in Riga on May 4.She said") or a
#: closing bracket, before a capitalised word ("ministries.In a meeting")
GLUED_SENTENCE = re.compile(
    r"([a-z]{3}\.|\d{4}\.|(?<=[a-z] )\d{1,2}\.|[)”\"]\.)([A-Z][a-z]+\b)(?!\.[a-z])"  # not "www.Example.com"
)


def _words(line: str, limit: int | None = None) -> int:
    """The number of words of ``line``; at most ``limit`` (counting stops there: a paragraph is long)."""
    if limit is None:
        return len(WORD.findall(line))
    return sum(1 for _ in islice(WORD.finditer(line), limit))


def _has_words(text: str, count: int) -> bool:
    """True when ``text`` has at least ``count`` words (stops reading once it has)."""
    return any(n + 1 >= count for n, _ in enumerate(WORD.finditer(text)))


def _is_prose(line: str) -> bool:
    """A paragraph of running text: long enough and ending like (or containing several) sentences."""
    if _words(line, PROSE_MIN_WORDS) < PROSE_MIN_WORDS:
        return False
    return _reads_like_sentences(line)


def _reads_like_sentences(line: str) -> bool:
    """True when ``line`` ends like a sentence or holds several."""
    return bool(SENTENCE_END.search(line) or SENTENCE_BREAK.search(line))


def _mostly_prose(text: str) -> bool:
    """True when most words of ``text`` are in prose lines."""
    total = prose = 0
    for line in text.split("\n"):
        n = _words(line)
        total += n
        if n >= PROSE_MIN_WORDS and _reads_like_sentences(line):  # _is_prose, with the words counted once
            prose += n
    return total > 0 and prose / total >= PROSE_SHARE


def _is_section_heading(line: str) -> bool:
    """A line that opens a furniture section (related news, tags, comments, a glued headline list)."""
    if INLINE_LINK_LINE.match(line):
        return False
    return bool(
        SECTION_PREFIX_LINE.match(line) or SECTION_LABEL_LINE.match(line) or OTHER_STORIES_LINE.match(line)
    )


def _is_furniture_line(line: str) -> bool:
    """A line that is page furniture wherever it stands: a photo credit, a byline, a widget label, a link."""
    return bool(
        PHOTO_CREDIT_LINE.match(line)
        or BYLINE.match(line)
        or CREDIT_LINE.match(line)
        or LINE_LABEL_LINE.match(line)
        or EMAIL_LINE.match(line)
        or (INLINE_LINK_LINE.match(line) and not _is_prose(line))
    )


def _is_title_like(line: str) -> bool:
    """A headline: a short line with letters that does not end like a sentence and is not furniture."""
    n = _words(line, TITLE_MAX_WORDS + 1)
    if not 1 <= n <= TITLE_MAX_WORDS or len(line) > TITLE_MAX_CHARS:
        return False
    if not LETTERS.search(line) or (line.endswith((".", ",", ";", ":")) and not line.endswith("...")):
        return False
    if _is_furniture_line(line) or _is_section_heading(line):
        return False
    return _is_date_line(line)[0] is None


def _end_markers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each end marker in ``text``: "./." or "/." glued to a word, or "Enditem" after a space."""
    for m in END_MARKER.finditer(text):
        start = m.start()
        if m.group("slash"):
            if start > 0 and text[start - 1] == ".":  # "./."
                start -= 1
            if start > 0 and text[start - 1] == " ":
                start -= 1
            if start == 0 or text[start - 1].isspace() or text[start - 1] in "/.":
                continue
            token = text[max(0, start - 200) : start].rsplit(None, 1)[-1]
            if "://" in token or token.startswith("www."):  # the end of a web address
                continue
        else:
            while start > 0 and text[start - 1].isspace():
                start -= 1
            if start == m.start():
                continue
        yield start, m.end()


def _cut_end_marker(text: str) -> str:
    """Cut the text after a news-agency end marker ("./.") when what follows is furniture; drop the marker.

    A marker early in a long text with prose after it (a quoted story) is
    dropped and reading goes on; only the first few such markers are checked.
    """
    pieces: list[str] = []
    last = 0
    for checked, (start, end) in enumerate(_end_markers(text)):
        if checked >= END_MARKERS_CHECKED:
            break
        before = text[last:start].rstrip()
        stop = "" if not before or before.endswith((".", "!", "?", "…")) else "."
        pieces.append(before + stop)
        tail = text[end:]
        if start >= len(text) / 2 or not tail.strip() or not _mostly_prose(tail):
            return "".join(pieces)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _drop_sections(lines: list[str]) -> list[str]:
    """Drop furniture sections: cut the rest at a late section heading, drop early ones and furniture lines."""
    total = sum(len(line) for line in lines) or 1
    kept: list[str] = []
    seen = 0
    prose_seen = False
    for line in lines:
        if prose_seen and END_TAG_LINE.match(line):  # "(END)": what follows is the page's, not the story's
            break
        if _is_section_heading(line):
            if prose_seen and seen / total >= SECTION_CUT_MIN_SHARE:
                break
            seen += len(line)
            continue
        seen += len(line)
        if _is_furniture_line(line):
            continue
        prose_seen = prose_seen or _is_prose(line)
        kept.append(line)
    # a trailing list of headlines with no heading above it (not a bulleted list the article introduces)
    tail = 0
    while tail < len(kept) and _is_headline_item(kept[len(kept) - 1 - tail]):
        tail += 1
    if tail >= TRAILING_LIST_MIN_LINES and tail < len(kept) and not kept[len(kept) - 1 - tail].endswith(":"):
        kept = kept[: len(kept) - tail]
    return kept


def _is_headline_item(line: str) -> bool:
    """A line of a navigation list: headline-like and not an item of a bulleted or numbered list."""
    return not BULLET.match(line) and _is_title_like(line)


def clean_body(lines: Iterable[str]) -> str:
    """Page-level cleanup of an article body: one paragraph per line, furniture before and after dropped.

    In-text captions and "(Photo: VNA)" credits stay for ``timeline.text``; a
    line that is only a credit, a glued navigation list after "./." and
    trailing "Related news" / "Tags:" / "Most read" sections go.

    >>> clean_body(["The sides met./.WORDS ON THE STREET Hanoi Summit Sea Games"])
    'The sides met.'
    """
    text = "\n".join(line.strip() for line in lines)
    if GLUED_SECTION_ANYWHERE.search(text):
        text = "\n".join(part.strip() for line in text.split("\n") for part in GLUED_SECTION.split(line))
    else:  # no heading glued anywhere: each line is its own single part
        text = "\n".join(line.strip() for line in text.split("\n"))
    text = "\n".join(line for line in text.split("\n") if line)
    if "-" in text or "–" in text or "—" in text:
        text = AGENCY_SIGNOFF.sub("", text)
    text = _cut_end_marker(text)
    return "\n".join(_drop_sections([line.strip() for line in text.split("\n") if line.strip()]))


#: an agency's sign-off after a paragraph's last full stop: "… cooperation minutes for 2018.-VNA", "… on Friday. — Bernama",
#: "… the pact. - VNA/VOV"; an acronym or a known agency, nothing after it on the line
AGENCY_SIGNOFF = re.compile(
    r"(?<=[.!?\"”’])[ \t]*[-–—][ \t]*(?:[A-Z]{2,6}(?:/[A-Z]{2,6})?|Xinhua|Bernama|Reuters|Kyodo|Yonhap|Antara|Anadolu|Sputnik|Tass|Vietnamplus)[ \t]*$",
    re.MULTILINE,
)
CREDITED = re.compile(r"\((?:photos?|source|image|pic|file\s+photo)\s*:[^)]*\)\s*$", re.I)


#: Capital initials with their full stops in a headline: "S. Korea", "U.S." (no sentence ends there).
INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.)+)(?=[\s,;:]|$)")


def _is_header_title(text: str) -> bool:
    """Whether what follows a header's date reads as a headline: title-like, one sentence at most, and
    not a photo's caption with its credit ("… Tea Banh (R) and … Vinh (Source: VNA)").

    Initials keep a wire headline whole: "S. Korea, Vietnam agree on talks with U.S." is one title.
    """
    text = INITIALS.sub(lambda m: m.group(1).replace(".", ""), text)
    if not _is_title_like(text) or SENTENCE_BREAK.search(text) or CREDITED.search(text):
        return False
    return not SENTENCE_END.search(text) or text.endswith("...")


def _split_title(lines: Sequence[str]) -> tuple[str, list[str]]:
    """(title, body lines): the first non-empty line when it is a headline followed by more text."""
    content = [line.strip() for line in lines if line.strip()]
    while content and _is_furniture_line(content[0]):
        content = content[1:]
    if len(content) >= 2 and _is_title_like(content[0]):
        return content[0], content[1:]
    return "", content


def _title_before(lines: Sequence[str]) -> tuple[str, list[str]]:
    """The headline printed just above a date line (skipping bylines) and the prose between them (a lead).

    Returns ("", []) when no headline is found there.
    """
    checked = 0
    for index in range(len(lines) - 1, -1, -1):
        stripped = lines[index].strip()
        if not stripped or _is_furniture_line(stripped):
            continue
        checked += 1
        if _is_title_like(stripped):
            lead = [line.strip() for line in lines[index + 1 :] if _is_prose(line.strip())]
            return stripped, lead
        if checked > TITLE_LOOKBACK_LINES:
            break
    return "", []


FRONT_MATTER_FENCE = "---"
#: The marks of a Markdown heading before a title: "# Title".
MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
#: "key: value" lines of a front-matter block at the top of a Markdown file.
FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Fields of a ``---`` fenced front-matter block and the lines after it; ({}, lines) when there is none."""
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() == FRONT_MATTER_FENCE:
            fields: dict[str, str] = {}
            for line in lines[1:end]:
                m = FRONT_MATTER_FIELD.match(line)
                if m:
                    fields[m["key"].lower()] = m["value"].strip("'\"")
            return fields, lines[end + 1 :]
    return {}, lines


def parse_text(raw: str, *, article_id: str, path: str) -> Article:
    """One plain-text article: its date line, title and body with page furniture removed.

    Three layouts are understood: the `` date YYYY-MM-DD Title`` header line,
    a scraped page (menu text, a date line, the title, the body) and bare text
    (a title line, then the body). A page without a date keeps ``date=None``.

    >>> a = parse_text("Menu Home\\nOct 26, 2022 / 19:28\\nA title\\nThe body text.", article_id="x", path="x")
    >>> (a.date.isoformat(), a.title, a.text)
    ('2022-10-26', 'A title', 'The body text.')
    """
    lines = normalise_page(raw).split("\n")
    fields, lines = _front_matter(lines)
    url = fields.get("url") or fields.get("link") or ""
    field_date = parse_date_field(fields.get("date"))
    found = _locate_date(lines)
    title = ""
    body: list[str]
    if found is None:
        title, body = _split_title(lines)
    elif found.kind == "header":
        title, body = found.title, lines[found.index + 1 :]
        if title and not _is_header_title(title):
            # " date 2024-10-14 The ministries on October 14 organized a meeting to …": a lead paragraph
            # (or a captioned photo) where the title would stand is the article's first lines, not its title
            title, body = "", [title, *body]
        elif not title:
            title, body = _split_title(body)
    elif found.kind == "line":  # menus before the date line go; a headline (and lead) just above it stays
        title, body = _split_title(lines[found.index + 1 :])
        if not title:
            title, lead = _title_before(lines[: found.index])
            body = lead + body
    else:  # a wire dateline opens the body: nothing before it is cut
        title, body = _split_title(lines)
    title = MARKDOWN_HEADING.sub("", fields.get("title") or title)
    value, how = (found.value, found.how) if found else (None, "")
    if field_date is not None:
        value, how = field_date, "header"
    return Article(
        id=article_id,
        path=path,
        date=value,
        title=title.strip(),
        text=clean_body(body),
        url=url,
        date_source=how,
    )


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

#: Text that opens an HTML document.
HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document (``<!doctype html>``, ``<html>``)."""
    return bool(HTML_START.match(text[:4096]))


def _html_date(raw: str) -> date | None:
    """The publication date htmldate finds in the page's markup, bounded far in the future; None if none."""
    import htmldate  # imported here: heavy, and only HTML inputs need it

    try:
        found = htmldate.find_date(
            raw,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            min_date=HTML_MIN_DATE,
            max_date=HTML_MAX_DATE,
        )
    except (ValueError, TypeError) as error:  # malformed markup: a missing date, not a failure
        log.debug("htmldate failed: %s", error)
        return None
    if not found:
        return None
    return _make_date(int(found[:4]), int(found[5:7]), int(found[8:10]))


def _html_fallback_text(raw: str) -> tuple[str, str]:
    """(title, text) of a page trafilatura finds no main text in: visible text minus scripts, styles, nav."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return "", ""
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//template"):
        bad.drop_tree()
    title = " ".join((tree.findtext(".//title") or "").split())
    heading = tree.xpath("string(//h1)")
    blocks = [
        " ".join(element.text_content().split())
        for element in tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote|//pre|//td")
    ]
    text = "\n".join(b for b in blocks if b) or " ".join(tree.text_content().split())
    return " ".join(heading.split()) or title, text


#: What stands between a headline and the site's name, section or date in a page title:
#: "Headline | Site | 19.01.2020", "Site - Headline", "Headline :: Section", "Headline / Site". A hyphen
#: or a slash counts only with blanks around it ("Vietnam-Laos" is one word).
TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—:»·•/]|::)\s+|\s*[|»]\s*")
#: Letters and digits of a name, to compare "DW.COM" with "DW" and "Yonhap News Agency" with "YonhapNews".
NAME_KEY = re.compile(r"[^\W_]+")
#: Headings looked at for the page's headline (a page may have a logo or a widget in an h1 too).
HEADLINES_CHECKED = 5
#: A headline shorter than this (in words) is not trusted to cut a page title down to it.
HEADLINE_MIN_WORDS = 3


def _name_key(text: str) -> str:
    """``text`` folded to its letters and digits, lower case: the key two spellings of a name share."""
    return "".join(NAME_KEY.findall(unicodedata.normalize("NFKC", text).casefold()))


def _is_site_segment(segment: str, sitename: str) -> bool:
    """A piece of a page title that is the site's name ("DW" of "DW.COM") or a date ("19.01.2020")."""
    key = _name_key(segment)
    if not key:
        return True
    site = _name_key(sitename)
    if site and (key == site or (len(key) >= 2 and (site.startswith(key) or key.startswith(site)))):
        return True
    stripped = segment.strip()
    return bool(_full_dates(stripped)) and _is_date_line(stripped)[0] is not None


def clean_title(title: str, *, headlines: Sequence[str] = (), sitename: str = "") -> str:
    """A page title without the site's name, section or date around the headline.

    A headline printed on the page (an ``h1``) that opens or closes the title
    is the title when the pieces around it are shorter; otherwise pieces split
    off by " | ", " - ", "::" that are the site's name or a date are dropped
    from either end, and a headline that the rest only shortens is the title.

    >>> clean_title("Ties deepen | DW | 19.01.2020", sitename="DW.COM")
    'Ties deepen'
    >>> clean_title("Talks open in Hanoi - Vietnam News Agency", headlines=["Talks open in Hanoi"])
    'Talks open in Hanoi'
    """
    title = " ".join(title.split())
    folded = unicodedata.normalize("NFKC", title).casefold()
    for headline in headlines:
        headline = " ".join(headline.split())
        if _words(headline, HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS or _is_site_segment(headline, sitename):
            continue
        if not title:
            return headline
        key = unicodedata.normalize("NFKC", headline).casefold()
        rest = title[len(headline) :]
        # "Headline | Section | Site": each piece after it is shorter ("Site - Headline" is not cut to a logo)
        if (
            folded != key
            and folded.startswith(key)
            and TITLE_SEPARATOR.match(title, len(headline))
            and max(_words(piece) for piece in TITLE_SEPARATOR.split(rest)) < _words(headline)
        ):
            return title[: len(headline)]
        # "Section - Headline", "Site | Headline": the same with the headline last
        lead = title[: len(title) - len(headline)]
        if (
            folded != key
            and folded.endswith(key)
            and (sep := TITLE_SEPARATOR.search(lead))
            and sep.end() == len(lead)
            and max(_words(piece) for piece in TITLE_SEPARATOR.split(lead)) < _words(headline)
        ):
            return title[len(lead) :]
    cleaned = _without_site_pieces(title, sitename)
    key = _name_key(cleaned) if _words(cleaned, HEADLINE_MIN_WORDS) >= HEADLINE_MIN_WORDS else ""
    for headline in headlines:  # a shortened SEO title: the printed headline says it whole
        headline = " ".join(headline.split())
        if key and _name_key(headline).startswith(key) and _words(headline, HEADLINE_MIN_WORDS) >= HEADLINE_MIN_WORDS:
            return headline
    return cleaned


def _without_site_pieces(title: str, sitename: str) -> str:
    """``title`` without the pieces at either end that are the site's name or a date."""
    pieces = TITLE_SEPARATOR.split(title)
    if len(pieces) < 2:
        return title
    separators = [m.group() for m in TITLE_SEPARATOR.finditer(title)]
    start, end = 0, len(pieces)
    while end - start > 1 and _is_site_segment(pieces[end - 1], sitename):
        end -= 1
    while end - start > 1 and _is_site_segment(pieces[start], sitename):
        start += 1
    if (start, end) == (0, len(pieces)):
        return title
    kept = [pieces[start]]
    for index in range(start + 1, end):
        kept.append(separators[index - 1] + pieces[index])
    return "".join(kept).strip()


def _headlines(tree: Any) -> list[str]:
    """The texts of the page's first ``h1`` headings (before an extractor reshapes the tree)."""
    return [
        " ".join(heading.text_content().split())
        for heading in islice(tree.iter("h1"), HEADLINES_CHECKED)
    ]


def _not_a_logo(title: str, tree: Any, headlines: Sequence[str]) -> str:
    """The page's <title> instead of an ``h1`` the extractor took as the title when <title> does not name it.

    A site whose logo is the page's one ``h1`` ("The Daily Courier Online")
    and whose headline is an ``h2`` gets its title from <title> then.
    """
    if tree is None or title not in headlines:
        return title
    page_title = " ".join((tree.findtext(".//title") or "").split())
    if _words(page_title, HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS or _name_key(title) in _name_key(page_title):
        return title
    return page_title


def _html_tree(raw: str) -> Any:
    """The page parsed once by lxml, for the headline and for trafilatura and htmldate; None if unparsable."""
    import lxml.html

    try:
        return lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return None


#: A page whose text is at least this share link text, with no paragraph of prose, is a list of links.
LINK_LIST_SHARE = 0.5


def _link_count_if_list(tree: Any) -> int:
    """The number of links on a page whose visible text is mostly link text (a section or tag page), else 0."""
    body = tree.find("body")
    if body is None:
        body = tree
    visible = "//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
    total = sum(len(piece.split()) for piece in body.xpath("." + visible))
    links = body.xpath(".//a")
    linked = sum(len(piece.split()) for a in links for piece in a.itertext())
    return len(links) if total and linked / total >= LINK_LIST_SHARE else 0


#: Pieces of visible text read before and after the headline for its printed date ("March 13, 2015", "9:00PM").
DATE_BY_HEADLINE_BEFORE, DATE_BY_HEADLINE_AFTER = 6, 40
#: The visible text nodes near an element, nearest first on each axis.
_VISIBLE = "::text()[normalize-space()][not(ancestor::script)][not(ancestor::style)][not(ancestor::noscript)]"


def _joined_pieces(pieces: Iterable[object]) -> list[str]:
    """Visible text pieces as lines, a label piece ("Published:") joined with the value after it."""
    lines: list[str] = []
    for piece in pieces:
        text = " ".join(str(piece).split())
        if lines and lines[-1].endswith((":", "：")):
            lines[-1] = f"{lines[-1]} {text}"
        else:
            lines.append(text)
    return lines


def _printed_dates(lines: Iterable[str]) -> dict[str, date]:
    """The first date of each label ("published", "plain", "updated") among date lines, up to the prose."""
    found: dict[str, date] = {}
    prose = 0
    for line in lines:
        value, label = _is_date_line(line)
        if value is not None:
            if label == "plain" and UPDATED_ANYWHERE.search(line):  # the label after the date
                label = "updated"
            found.setdefault(label, value)
        elif _is_prose(line):
            prose += 1
            if prose >= DATE_LINE_MAX_PROSE_BEFORE:
                break
    return found


def _date_by_headline(tree: Any, title: str) -> tuple[date | None, str]:
    """(date, label) printed just above or below the article's headline, in a byline block outside the main text.

    The headline is the ``h1`` that reads as the title (not a logo in an
    ``h1``: a site's top bar often prints the day the page was saved). A
    labelled publication date wins, then a plain date below the headline,
    then one above it, then a revision date; ``label`` says which
    ("published", "plain", "plain above", "updated"). Pieces
    such as "Published:" and "March 13, 2015" in separate elements are read as
    one line. ``(None, "")`` when nothing is printed there.
    """
    key = _name_key(title)
    if _words(title, HEADLINE_MIN_WORDS) < HEADLINE_MIN_WORDS:
        return None, ""
    for heading in islice(tree.iter("h1"), HEADLINES_CHECKED):
        if _name_key(heading.text_content()) != key:
            continue
        before = heading.xpath(f"preceding{_VISIBLE}[position() <= {DATE_BY_HEADLINE_BEFORE}]")
        after = heading.xpath(f"following{_VISIBLE}[position() <= {DATE_BY_HEADLINE_AFTER}]")
        below = _printed_dates(_joined_pieces(after))
        above = _printed_dates(reversed(_joined_pieces(before)))  # lxml gives them in document order
        for label, found in (("published", below), ("published", above), ("plain", below)):
            if label in found:
                return found[label], label
        if "plain" in above:  # above the headline: possibly a top bar's day of saving, so said apart
            return above["plain"], "plain above"
        for found in (below, above):
            if "updated" in found:
                return found["updated"], "updated"
        return None, ""
    return None, ""


#: "datePublished": "…" in a page's JSON-LD (read as text: a broken JSON-LD block still states it).
JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{6,60})"')


def _meta_published_date(tree: Any, names: frozenset[str], *, json_ld: bool = True) -> date | None:
    """The date the page's meta tags ``names`` (or its JSON-LD datePublished) state, read as printed.

    htmldate skips values such as "Wed, 26 Oct 2022 01:30:00 GMT+7" or
    "26/10/2022 01:30 GMT+7" and then answers with a revision date or a date in
    the address; read here, the printed day is the date, with no zone shift.
    """
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in names:
            value = parse_date_field(meta.get("content"))
            if value is not None:
                return value
    if not json_ld:
        return None
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "") and script.text:
            stated = JSON_LD_PUBLISHED.findall(script.text)
            # one article's block; a list of several (related stories) names no one date
            if len(stated) == 1 and (value := parse_date_field(stated[0])) is not None:
                return value
    return None


#: Blocks that hold a whole line of the main text, and the single link that may make up all of it.
_LINK_BLOCKS = "//p[.//a] | //li[.//a] | //h2[.//a] | //h3[.//a] | //h4[.//a]"


def _link_only_lines(tree: Any) -> frozenset[str]:
    """Name keys of the blocks whose whole text is one link: inline "related story" lines in the body.

    ("Don't get trapped by bad weather: Top tips" between two paragraphs, linked.)
    """
    found: set[str] = set()
    for block in tree.xpath(_LINK_BLOCKS):
        links = block.xpath(".//a")
        if len(links) != 1:
            continue
        key = _name_key(block.text_content())
        if key and key == _name_key(links[0].text_content()):
            found.add(key)
    return frozenset(found)


def parse_html(raw: str, *, article_id: str, path: str) -> Article:
    """One HTML page: main text, title and publication date in one trafilatura pass (htmldate inside).

    The page is parsed once; the title loses the site's name and date around
    the headline printed on the page. When the markup carries no date, the
    date line printed in the text is used. The main text gets the same
    page-level cleanup as plain text.
    """
    import trafilatura

    tree = _html_tree(raw)
    headlines = _headlines(tree) if tree is not None else []
    document = trafilatura.bare_extraction(
        tree if tree is not None else raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "min_date": HTML_MIN_DATE,
            "max_date": HTML_MAX_DATE,
        },
    )
    title = ""
    url = ""
    text = ""
    sitename = ""
    value: date | None = None
    if document is not None:
        title = " ".join((getattr(document, "title", None) or "").split())
        url = getattr(document, "url", None) or ""
        text = getattr(document, "text", None) or ""
        sitename = getattr(document, "sitename", None) or ""
        value = parse_date_field(getattr(document, "date", None))  # htmldate's answer, as trafilatura ran it
    if not text.strip():
        fallback_title, text = _html_fallback_text(raw)
        title = title or fallback_title
    if document is None:  # trafilatura gave up on the page: htmldate alone may still read its markup
        value = _html_date(raw)
    if tree is not None:  # the page's own publication tags first: htmldate's answer may be the revision date
        stated = _meta_published_date(tree, phrases.PUBLISHED_META_NAMES)
        if stated is None and value is None:
            stated = _meta_published_date(tree, phrases.DATE_META_NAMES, json_ld=False)
        value = stated or value
    title = clean_title(_not_a_logo(title, tree, headlines), headlines=headlines, sitename=sitename)
    how = "html" if value is not None else ""
    lines = normalise_page(text).split("\n")
    found = _locate_date(lines)
    body = lines
    if found is not None:
        if found.kind != "wire":  # the extractor has removed menus already: drop only the date line itself
            body = lines[: found.index] + lines[found.index + 1 :]
        if value is None:
            value, how = found.value, found.how
    if tree is not None:  # the date printed by the headline, outside the main text
        printed, label = _date_by_headline(tree, title)
        # a labelled "Published" date there outranks the markup's guess (a revision date, or the UTC date), and
        # so does a plain one a day off it: the page prints its local day, the markup another zone's (UTC)
        if printed is not None and (
            value is None
            or (label == "published" and printed != value)
            or (label == "plain" and abs((printed - value).days) == 1)
        ):
            value, how = printed, "dateline"
    if not title:
        title, body = _split_title(body)
    title = normalise_page(title).strip()
    if tree is not None:  # a paragraph that is only a link to another story is furniture, not the story
        linked = _link_only_lines(tree)
        body = [line for line in body if _name_key(line) not in linked or _is_prose(line)]
    text = clean_body(_without_repeated_title(body, title))
    if not any(_is_prose(line) for line in text.split("\n")):
        links = _link_count_if_list(tree) if tree is not None else 0  # only for pages without prose
        if links:
            raise InputError(path, f"a list of {links} links, not an article (no paragraph of text)")
        if text.strip():  # an error page, a gallery or an index saved by mistake: no one's events
            raise InputError(path, "no paragraph of text, not an article (an error, index or gallery page?)")
    return Article(
        id=article_id,
        path=path,
        date=value,
        title=title,
        text=text,
        url=url,
        date_source=how,
    )


def _without_repeated_title(lines: list[str], title: str) -> list[str]:
    """The body lines without a first line that only repeats the title (the headline kept in the main text)."""
    key = _name_key(title)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if key and _name_key(line) == key:
            return lines[:index] + lines[index + 1 :]
        break
    return lines


# ---------------------------------------------------------------------------
# Bytes → text
# ---------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, told by NUL bytes on every other position; else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    encoding = "utf-16-le" if odd > 0.4 and even < 0.05 else "utf-16-be" if even > 0.4 and odd < 0.05 else ""
    if not encoding:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _control_share(text) > BINARY_CONTROL_SHARE else text


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters other than \t \n \v \f \r


def _control_share(text: str) -> float:
    """The share of control characters (other than white space) in the first 100,000 characters."""
    sample = text[:100_000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


#: The charset an HTML page declares: <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html;
#: charset=windows-1251">, <?xml version="1.0" encoding="iso-8859-1"?>.
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<meta>[\w.:\-]{2,40})
      | <\?xml[^>]{0,100}?encoding\s*=\s*["'](?P<xml>[\w.:\-]{2,40})""",
    re.IGNORECASE | re.VERBOSE,
)
#: Charsets that browsers read as their larger superset (the WHATWG encoding labels), by Python codec
#: name: pages that declare the narrow one use the wide one's quotes and dashes.
BROWSER_CODECS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}
#: Bytes of a file searched for its declared charset (the head of a page).
CHARSET_SEARCH_BYTES = 4096


def _declared_charset(data: bytes) -> str:
    """The Python codec an HTML page declares in its head, when Python knows it and it is a single-text codec."""
    import codecs

    m = DECLARED_CHARSET.search(data[:CHARSET_SEARCH_BYTES])
    if not m:
        return ""
    name = (m.group("meta") or m.group("xml")).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return ""
    codec = BROWSER_CODECS.get(codec, codec)
    # UTF-8 was tried already; a UTF-16/32 page cannot declare itself in ASCII bytes
    return "" if codec.startswith(("utf-8", "utf-16", "utf-32")) else codec


#: The magic bytes of a gzip stream (a page saved compressed, "page.html.gz").
GZIP_MAGIC = b"\x1f\x8b"
#: The most bytes a gzip'd file may inflate to (a guard against a decompression bomb).
GZIP_MAX_BYTES = 4 * LARGE_FILE_BYTES


def _gunzip(data: bytes) -> tuple[bytes | None, str]:
    """(inflated bytes, "") of a gzip'd file, or (None, reason) when it is broken or inflates too far."""
    import zlib

    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        inflated = inflater.decompress(data, GZIP_MAX_BYTES)
    except zlib.error as error:
        return None, f"broken gzip file ({error})"
    if inflater.unconsumed_tail:
        return None, f"gzip file inflates past {GZIP_MAX_BYTES // 1024 // 1024} MB"
    if not inflater.eof:
        return None, "broken gzip file (cut short)"
    return inflated, ""


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """(text, encoding) for a file's bytes, or (None, reason) when it is empty or binary.

    Byte-order marks first (UTF-8/16/32), then strict UTF-8, then the charset
    an HTML page declares in its head (``<meta charset="gbk">``), then cp1252
    and latin-1. Line ends become ``\\n``.

    >>> decode_bytes("café\\r\\n".encode("cp1252"))
    ('café\\n', 'cp1252')
    """
    if not data:
        return None, "empty file"
    if data.startswith(GZIP_MAGIC):  # a saved page kept compressed: read what it holds
        inflated, problem = _gunzip(data)
        if inflated is None:
            return None, problem
        inner, how = decode_bytes(inflated)
        return inner, (f"gzip, {how}" if inner is not None else f"gzip'd {how}")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom) :].decode(name), name + " (BOM)"
            except UnicodeDecodeError:
                return None, f"not valid {name} text despite its byte-order mark"
            break
    if text is None:
        for signature, kind in phrases.BINARY_SIGNATURES:
            if data.startswith(signature):
                return None, f"binary file ({kind})"
        if b"\x00" in data:
            text = _utf16_without_bom(data)
            if text is None:
                return None, "binary file (contains NUL bytes)"
            encoding = "utf-16 (no BOM)"
    single_byte = False
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            declared = _declared_charset(data)
            if declared:
                try:
                    text, encoding = data.decode(declared), f"{declared} (declared)"
                except UnicodeDecodeError:
                    log.debug("page declares %s but is not valid %s", declared, declared)
            if text is None:
                single_byte = True
                try:
                    text, encoding = data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:100_000]
    if sample:
        if _control_share(sample) > BINARY_CONTROL_SHARE:
            return None, "binary file (mostly non-text bytes)"
        if single_byte and sum(1 for c in sample if ord(c) > 0x7F) / len(sample) > BINARY_HIGH_SHARE:
            return None, "binary file (mostly non-text bytes)"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding


# ---------------------------------------------------------------------------
# Walking inputs
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    """One file found under the inputs (or a path that could not be used, with ``problem`` set)."""

    path: Path
    shown: str  # the path as the user will recognise it
    relative: str  # the path below the input folder it was found in (or as given)
    problem: str = ""


def _walk(folder: Path, shown: str) -> Iterator[_Entry]:
    """Files under ``folder`` in sorted order; hidden names skipped; symbolic-link loops visited once."""
    seen: set[tuple[int, int]] = set()

    def visit(directory: Path, shown_dir: str, relative: str) -> Iterator[_Entry]:
        try:
            info = directory.stat()
        except OSError as error:
            yield _Entry(directory, shown_dir, relative, f"cannot read folder: {error.strerror or error}")
            return
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a symbolic link back to a folder already visited
            log.debug("folder visited already (symbolic-link loop?): %s", shown_dir)
            return
        seen.add(key)
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            yield _Entry(directory, shown_dir, relative, f"cannot read folder: {error.strerror or error}")
            return
        names = {item.name for item in entries}
        for item in entries:
            if item.name.startswith("."):
                continue
            child_shown = os.path.join(shown_dir, item.name)
            child_relative = f"{relative}/{item.name}" if relative else item.name
            try:
                is_dir = item.is_dir(follow_symlinks=True)
                is_file = item.is_file(follow_symlinks=True)
            except OSError as error:
                yield _Entry(
                    Path(item.path), child_shown, child_relative, f"cannot read: {error.strerror or error}"
                )
                continue
            page = _saved_page_of(item.name, names) if is_dir else ""
            if page:  # a browser's "Web Page, Complete" folder: the page's scripts, styles, ad frames
                yield _Entry(
                    Path(item.path), child_shown, child_relative, f"resources of the saved page {page}, not articles"
                )
            elif is_dir:
                yield from visit(Path(item.path), child_shown, child_relative)
            elif is_file:
                yield _Entry(Path(item.path), child_shown, child_relative)
            elif item.is_symlink():
                yield _Entry(Path(item.path), child_shown, child_relative, "broken symbolic link")
            else:
                yield _Entry(Path(item.path), child_shown, child_relative, "not a regular file")

    yield from visit(folder, shown, "")


#: The endings browsers give the folder of a page saved complete ("page_files" next to "page.html").
SAVED_PAGE_FOLDER_SUFFIXES = ("_files", "-files", "_fichiers", "-Dateien", "_archivos", "_arquivos")
#: A page's own resources, never an article: scripts, styles, fonts, source maps.
ASSET_EXTENSIONS = frozenset(
    {".js", ".mjs", ".cjs", ".css", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".svg", ".ico", ".swf"}
)


def _saved_page_of(folder: str, names: set[str]) -> str:
    """The saved page a folder holds the resources of ("page.html" for "page_files"), or ""."""
    for suffix in SAVED_PAGE_FOLDER_SUFFIXES:
        if folder.endswith(suffix) and len(folder) > len(suffix):
            stem = folder[: -len(suffix)]
            for extension in (".html", ".htm", ".xhtml", ".shtml"):
                if stem + extension in names:
                    return stem + extension
    return ""


def _entries(paths: Sequence[str | Path]) -> list[_Entry]:
    """Every file named by ``paths`` (folders expanded), each real file once, in a deterministic order."""
    entries: list[_Entry] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        shown = str(given)
        if path.is_dir():
            found: Iterable[_Entry] = _walk(path, shown)
        elif path.is_file():
            found = [_Entry(path, shown, path.as_posix())]
        elif path.is_symlink():
            found = [_Entry(path, shown, path.as_posix(), "broken symbolic link")]
        else:
            found = [_Entry(path, shown, path.as_posix(), "no such file or folder")]
        for entry in found:
            real = os.path.realpath(entry.path) if not entry.problem else f"problem:{entry.shown}"
            if real in seen:
                continue
            seen.add(real)
            entries.append(entry)
    return entries


class _Ids:
    """Hands out unique article ids: the preferred one, else the first free fallback, else a numbered one."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, preferred: str, *fallbacks: str) -> str:
        for candidate in (preferred, *fallbacks):
            if candidate and candidate not in self.used:
                self.used.add(candidate)
                return candidate
        base = preferred or (fallbacks[0] if fallbacks else "article")
        number = 2
        while f"{base}~{number}" in self.used:
            number += 1
        self.used.add(f"{base}~{number}")
        return f"{base}~{number}"


# ---------------------------------------------------------------------------
# Dumps: JSONL, JSON, CSV
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Record:
    """One record of a dump, before it becomes an Article."""

    number: int  # 1-based line (JSONL) or record number (JSON, CSV)
    fields: Mapping[str, Any] = field(default_factory=dict)
    problem: str = ""


def _field(record: Mapping[str, Any], name: str) -> Any:
    """The value of an Article field in a dump record, under any of its usual names."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for alias in phrases.FIELD_ALIASES[name]:
        value = lowered.get(alias)
        if value is not None and value != "":
            return value
    return None


def _has_text_field(names: Iterable[str]) -> bool:
    keys = {str(n).strip().lower() for n in names}
    return any(alias in keys for alias in (*phrases.FIELD_ALIASES["text"], *phrases.FIELD_ALIASES["html"]))


def _jsonl_records(text: str) -> Iterator[_Record]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield _Record(
                number, problem=f"line {number}: not valid JSON ({error.msg}; column {error.colno})"
            )
            continue
        if isinstance(value, dict):
            yield _Record(number, value)
        else:
            yield _Record(number, problem=f"line {number}: a JSON {type(value).__name__}, not an object")


def _json_records(text: str) -> tuple[list[_Record], str]:
    """(records, problem) of a JSON file: an array of objects, one object, or an object holding a list."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return [], f"not valid JSON ({error.msg}; line {error.lineno}, column {error.colno})"
    if isinstance(value, dict):
        for key in phrases.JSON_LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
        else:
            value = [value]
    if not isinstance(value, list):
        return [], f"a JSON {type(value).__name__}, not an array of article objects"
    records = [
        _Record(n, item) if isinstance(item, dict) else _Record(n, problem=f"item {n}: not an object")
        for n, item in enumerate(value, start=1)
    ]
    return records, ""


def _csv_records(text: str, suffix: str) -> tuple[list[_Record], str]:
    """(records, problem) of a CSV/TSV file with a header row; the problem names a missing ``text`` column."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    if suffix == ".tsv":
        delimiter = "\t"
    else:
        first = text.split("\n", 1)[0]
        delimiter = max(",;\t|", key=first.count) if first else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = [name.strip().lstrip("\ufeff") for name in (reader.fieldnames or [])]
    if not names:
        return [], "no header row"
    if not _has_text_field(names):
        return [], f"no 'text' column (columns: {', '.join(names)})"
    reader.fieldnames = names
    records: list[_Record] = []
    try:
        for n, row in enumerate(reader, start=1):
            records.append(_Record(n, {k: v for k, v in row.items() if k is not None}))
    except csv.Error as error:
        records.append(_Record(len(records) + 1, problem=f"row {len(records) + 1}: {error}"))
    return records, ""


# ---------------------------------------------------------------------------
# read_articles
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Outcome:
    """One input's result before duplicates are folded: the article (if parsed) and its report."""

    report: InputReport
    article: Article | None = None
    warnings: list[str] = field(default_factory=list)


def _article_outcome(article: Article, report_path: str, warnings: list[str]) -> _Outcome:
    """Judge a parsed article: skip it when it has no text or is not English; warn when it has no date."""
    if not _has_words(article.text, MIN_ARTICLE_WORDS):
        return _Outcome(InputReport(report_path, SKIPPED, "no article text found", article.id))
    language = guess_language(f"{article.title}\n{article.text}")
    if language != "en":
        return _Outcome(InputReport(report_path, SKIPPED, f"not English (looks like {language})", article.id))
    notes = list(warnings)
    if article.date is None:
        notes.append(NO_DATE_WARNING)
    else:
        late = _date_after_its_text(article)
        if late:
            notes.append(late)
    return _Outcome(InputReport(report_path, PARSED, "; ".join(notes), article.id), article, notes)


#: years an article's date may run ahead of the latest year its own text writes before it is doubted
FUTURE_DATE_SLACK_YEARS = 2
YEAR_IN_TEXT = re.compile(r"(?:19[5-9]\d|20\d\d|21\d\d)(?<![\d\-/.]\d{4})(?![\d\-/])")  # digits first: a fast scan


def _date_after_its_text(article: Article) -> str:
    """A warning when the article's date lies years after every year its text mentions (a wrong date line).

    There is no wall clock to compare with; the article's own text is the only witness.
    """
    assert article.date is not None
    years = [int(y) for y in YEAR_IN_TEXT.findall(article.text)]
    if years and article.date.year > max(years) + FUTURE_DATE_SLACK_YEARS:
        return (
            f"article date {article.date.isoformat()} is years after every year its text mentions "
            f"(latest {max(years)}): check the date line, or give --date; relative dates follow it"
        )
    return ""


def _parse_document(text: str, *, article_id: str, path: str, html: bool) -> Article:
    return (parse_html if html else parse_text)(text, article_id=article_id, path=path)


@dataclass(frozen=True, slots=True)
class _Document:
    """One document to parse (a file's text, or a dump record's) with all its outcome needs.

    Reading splits in two: what depends on the inputs read before (file order, id
    claims) makes these, one after another; parsing one (``_document_outcome``)
    depends on nothing else, so worker processes can do it.
    """

    source: str
    article_id: str
    path: str  # the article's path, also the path its report names
    html: bool
    warnings: tuple[str, ...] = ()
    fields: Mapping[str, Any] | None = None  # a dump record's fields: they override what its text says


def _document_outcome(document: _Document) -> _Outcome:
    """Parse one document and judge it; a parser bug skips this document, not the run."""
    try:
        article = _parse_document(
            document.source, article_id=document.article_id, path=document.path, html=document.html
        )
        notes = list(document.warnings)
        if document.fields is not None:
            article = _with_record_fields(article, document.fields, notes)
        return _article_outcome(article, document.path, notes)
    except InputError as error:  # a page that is not an article: its reason, without a traceback
        return _Outcome(InputReport(document.path, SKIPPED, error.reason, document.article_id))
    except Exception as error:  # one odd page must not lose every other input
        log.warning("failed to read %s", document.path, exc_info=True)
        report = InputReport(document.path, SKIPPED, f"could not parse: {error!r}", document.article_id)
        return _Outcome(report)


def _with_record_fields(article: Article, fields: Mapping[str, Any], notes: list[str]) -> Article:
    """A dump record's article with its fields (date, title, url) over what its text says."""
    title = _field(fields, "title")
    url = _field(fields, "url")
    raw_date = _field(fields, "date")
    value = parse_date_field(raw_date)
    if raw_date is not None and value is None:
        notes.append(f"date field {str(raw_date)[:40]!r} not understood")
    changes: dict[str, Any] = {}
    if value is not None:
        changes.update(date=value, date_source="field")
    if title is not None:
        changes["title"] = " ".join(str(title).split())
        if article.title and article.title.casefold() != changes["title"].casefold():
            # the record names its title: a short first line of its text is body, not a second title
            changes["text"] = f"{article.title}\n{article.text}"
    if url is not None:
        changes["url"] = str(url).strip()
    return replace(article, **changes)


#: what reading a file gives before parsing: documents to parse, and outcomes already known (skips)
_Item = _Document | _Outcome


def _record_items(entry: _Entry, records: Iterable[_Record], ids: _Ids, warnings: list[str]) -> Iterator[_Item]:
    """One item per dump record: its document, or the reason it was skipped."""
    base = entry.path.name
    for record in records:
        record_path = f"{entry.shown}#{record.number}"
        if record.problem:
            yield _Outcome(InputReport(record_path, SKIPPED, record.problem))
            continue
        raw_id = _field(record.fields, "id")
        record_id = str(raw_id).strip() if raw_id is not None else ""
        record_path = f"{entry.shown}#{record_id or record.number}"
        article_id = ids.claim(
            record_id or f"{base}#{record.number}", f"{base}#{record_id}" if record_id else "", record_path
        )
        body = _field(record.fields, "text")
        html_body = _field(record.fields, "html")
        if body is None and html_body is None:
            yield _Outcome(InputReport(record_path, SKIPPED, "record has no 'text'", article_id))
            continue
        source = str(body if body is not None else html_body)
        html = body is None or looks_like_html(source)
        yield _Document(source, article_id, record_path, html, tuple(warnings), record.fields)


def _file_items(entry: _Entry, file_id: str, ids: _Ids) -> list[_Item]:
    """The items of one file: one document, one per dump record, or the reason it cannot be used."""
    if entry.problem:
        return [_Outcome(InputReport(entry.shown, SKIPPED, entry.problem, file_id))]
    warnings: list[str] = []
    try:
        size = entry.path.stat().st_size
        if size > LARGE_FILE_BYTES:
            warnings.append(f"large file ({size / 1024 / 1024:.0f} MB)")
        data = entry.path.read_bytes()
    except OSError as error:
        return [
            _Outcome(InputReport(entry.shown, SKIPPED, f"cannot read: {error.strerror or error}", file_id))
        ]
    suffix = entry.path.suffix.lower()
    if suffix in ASSET_EXTENSIONS:
        return [_Outcome(InputReport(entry.shown, SKIPPED, f"a web page's {suffix[1:]} file, not an article", file_id))]
    if suffix in WEB_ARCHIVE_EXTENSIONS or WEB_ARCHIVE_START.match(data[:WEB_ARCHIVE_SNIFF_BYTES]):
        page, how = _web_archive_page(data)
        if page is None:
            return [_Outcome(InputReport(entry.shown, SKIPPED, how, file_id))]
        return [_Document(page, file_id, entry.shown, True, tuple(warnings))]
    text, how = decode_bytes(data)
    del data
    if text is None:
        return [_Outcome(InputReport(entry.shown, SKIPPED, how, file_id))]
    if not text.strip():
        return [_Outcome(InputReport(entry.shown, SKIPPED, "empty file (only white space)", file_id))]
    if suffix in JSONL_EXTENSIONS:
        return list(_record_items(entry, _jsonl_records(text), ids, warnings))
    if suffix in JSON_EXTENSIONS or suffix in CSV_EXTENSIONS:
        records, problem = _json_records(text) if suffix in JSON_EXTENSIONS else _csv_records(text, suffix)
        if problem:
            return [_Outcome(InputReport(entry.shown, SKIPPED, problem, file_id))]
        if not records:
            return [_Outcome(InputReport(entry.shown, SKIPPED, "no records", file_id))]
        return list(_record_items(entry, records, ids, warnings))
    html = suffix in HTML_EXTENSIONS or looks_like_html(text)
    return [_Document(text, file_id, entry.shown, html, tuple(warnings))]


#: A page saved by a browser as one file ("Web Page, Single File"): MIME, the page and its images.
WEB_ARCHIVE_EXTENSIONS = frozenset({".mhtml", ".mht"})
#: How such a file opens when its name does not say so: MIME headers, then a multipart/related body.
WEB_ARCHIVE_START = re.compile(
    rb"\s*(?:From|Snapshot-Content-Location|Subject|Date|MIME-Version|Content-Type):"
    rb"(?:[^\n]*\n){0,20}?[^\n]*multipart/related",
    re.IGNORECASE,
)
WEB_ARCHIVE_SNIFF_BYTES = 4096


def _web_archive_page(data: bytes) -> tuple[str | None, str]:
    """(HTML, how) of the page in a saved web archive (.mhtml), or (None, reason) when it holds none.

    The first text/html part is the page; its transfer encoding (quoted-printable,
    base64) is undone and its bytes decoded in the charset the part names, else
    as any other file's bytes.
    """
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
    except (ValueError, TypeError, IndexError) as error:  # a broken MIME header block
        return None, f"unreadable web archive ({error})"
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset() or ""
        if charset:
            try:
                return payload.decode(charset), f"web archive, {charset}"
            except (LookupError, UnicodeDecodeError):
                log.debug("web archive part is not valid %s", charset)
        text, how = decode_bytes(payload)
        if text is not None:
            return text, f"web archive, {how}"
        return None, f"web archive page: {how}"
    return None, "web archive without an HTML page"


def _outcome(item: _Item) -> _Outcome:
    return item if isinstance(item, _Outcome) else _document_outcome(item)


def _file_outcomes(entry: _Entry, file_id: str, ids: _Ids) -> list[_Outcome]:
    """The outcomes of one file: one for a document, one per record for a dump."""
    return [_outcome(item) for item in _file_items(entry, file_id, ids)]


def _fingerprint(text: str) -> str:
    """The identity of an article's text: case, width and white space folded."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _file_ids(entries: Sequence[_Entry], ids: _Ids) -> list[str]:
    """The article id of each file: its name, or its relative path when two files share a name."""
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.path.name] = counts.get(entry.path.name, 0) + 1
    result = []
    for entry in entries:
        name = entry.path.name
        if counts[name] == 1:
            result.append(ids.claim(name, entry.relative, entry.shown))
        else:
            result.append(ids.claim(entry.relative, entry.shown))
    return result


class ArticleStream:
    """Articles read one at a time: iterate to read; ``reports`` and ``aliases`` fill as it goes.

    Each distinct text is yielded once, as soon as its file is read, so a caller
    can extract and let the text go before the next file is read (an archive
    need not fit in memory). Later copies of a text are reported as duplicates
    and their ids gathered in ``aliases`` (first id → other ids); both are
    complete once the iteration ends. Iterate once.

    Iterating reads and parses here. ``items`` and ``settle`` split the same
    work so that parsing can run elsewhere: ``items`` walks, decodes and splits
    the inputs in order (ids depend on that order), each document is parsed
    anywhere (``_document_outcome``), and ``settle`` takes the outcomes back in
    input order (duplicates depend on it). ``pipeline`` does so with ``--jobs``.
    """

    def __init__(
        self,
        paths: Sequence[str | Path] | str | Path,
        *,
        date_override: date | None = None,
        on_input: Callable[[InputReport], None] | None = None,
    ) -> None:
        self.paths: list[str | Path] = [paths] if isinstance(paths, str | Path) else list(paths)
        self.date_override = date_override
        self.on_input = on_input
        self.reports: list[InputReport] = []
        self.aliases: dict[str, list[str]] = {}
        self._first_of: dict[str, str] = {}  # text fingerprint → id of the article first read with it

    def __iter__(self) -> Iterator[Article]:
        for item in self.items():
            outcome = _outcome(item)
            article = outcome.article
            kept = self.settle(outcome, _fingerprint(article.text) if article is not None else None)
            if kept is not None:
                yield kept

    def items(self) -> Iterator[_Item]:
        """The inputs in order, read but not parsed: documents to parse, and outcomes known already.

        Each item's outcome (``_document_outcome`` of a document, done anywhere) is given
        back to ``settle`` in the same order; ``__iter__`` does both in this process.
        """
        entries = _entries(self.paths)
        ids = _Ids()
        file_ids = _file_ids(entries, ids)
        for entry, file_id in zip(entries, file_ids, strict=True):
            try:
                items = _file_items(entry, file_id, ids)
            except Exception as error:  # a reader bug on one odd file must not lose every other input
                log.warning("failed to read %s", entry.shown, exc_info=True)
                items = [_Outcome(InputReport(entry.shown, SKIPPED, f"could not parse: {error!r}", file_id))]
            yield from items

    def settle(self, outcome: _Outcome, fingerprint: str | None) -> Article | None:
        """Record an item's outcome, in input order: the article to use, or None (skipped, or a later copy).

        ``fingerprint`` is ``_fingerprint`` of the article's text (None without an article),
        so that the text itself may have been let go by then.
        """
        report = outcome.report
        article = outcome.article
        keep = None
        if article is not None and fingerprint is not None:
            first = self._first_of.get(fingerprint)
            if first is not None:
                self.aliases.setdefault(first, []).append(article.id)
                report = InputReport(report.path, DUPLICATE, f"same text as {first}", article.id)
            else:
                if self.date_override is not None:
                    article = replace(article, date=self.date_override, date_source="override")
                    report = replace(
                        report, reason="; ".join(w for w in outcome.warnings if w != NO_DATE_WARNING)
                    )
                self._first_of[fingerprint] = article.id
                keep = article
        self.reports.append(report)
        if self.on_input is not None:
            self.on_input(report)
        return keep


def read_articles(
    paths: Sequence[str | Path],
    *,
    date_override: date | None = None,
    on_input: Callable[[InputReport], None] | None = None,
) -> tuple[list[Article], list[InputReport]]:
    """Read every article under ``paths``: one Article per distinct text, one InputReport per input.

    Folders are walked recursively in sorted order (hidden names skipped).
    A file that cannot be used is reported, never raised. ``date_override``
    replaces every article's date (``date_source="override"``). ``on_input``
    is called with each report as it is made (for progress bars). An
    ``ArticleStream`` does the same one article at a time.

    >>> articles, reports = read_articles(["seeds"])  # doctest: +SKIP
    """
    stream = ArticleStream(paths, date_override=date_override, on_input=on_input)
    articles = list(stream)
    articles = [replace(a, aliases=tuple(stream.aliases[a.id])) if a.id in stream.aliases else a for a in articles]
    return articles, stream.reports


__all__ = [
    "ArticleStream",
    "InputReport",
    "clean_body",
    "clean_title",
    "decode_bytes",
    "find_article_date",
    "guess_language",
    "is_english",
    "looks_like_html",
    "normalise_page",
    "parse_date_field",
    "parse_html",
    "parse_text",
    "read_articles",
]
