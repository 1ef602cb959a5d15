"""Date expressions in English news text → resolved dates with a precision: phrase + reference date + tense → When.

Every date knows its precision and its reference: ``resolve("on October 25",
ref=date(2022, 10, 26), tense="past")`` gives the day 2022-10-25, "next year"
gives the year 2023, "in the coming time" an open future starting the day
after the reference. There is no wall clock: without a reference date,
relative expressions resolve to precision ``unknown``.

``find_dates`` finds every expression of a text: a declared tuple of
recognisers (``RECOGNISERS``), each a named regular expression compiled once
with a resolver. For speed they are not run over the whole text: one scan of
the lower-cased text finds anchors (numbers, month and weekday names, "week",
"year", "today", "now"...), and the recognisers that fit an anchor are tried
at it and at the prefix words before it ("late last July", "from June 1").
The longest non-overlapping matches win, ties going to the earlier
recogniser; matches are resolved in that order, so that one overlapping a
match already taken is never resolved. When no tense is given, each
expression takes the tense of the nearest verb cue in its sentence, so that
"said Friday" is the past Friday while "will begin on April 7" is the
coming April 7.

Conventions (TIMEX3 where it has one): a month-day without a year takes the
year that puts it nearest the reference in the tense's direction; a bare month
or quarter in a present-tense or tenseless news sentence prefers the past; a
bare weekday is the latest one on or before the reference in the past, the
first one on or after it in the future (a week on is "next Friday") and the nearest one otherwise; "last/next
Monday" is the Monday of the previous/next ISO week.
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import accumulate
from operator import attrgetter

from timeline.data import dates as D
from timeline.models import UNKNOWN, DateMention, When

log = logging.getLogger(__name__)

PAST = "past"
FUTURE = "future"
PRESENT = "present"
#: Internal direction: nearest to the reference, whichever side.
NEAREST = "nearest"

#: Bare years outside these bounds are not taken for years ("in 1500 cases").
MIN_YEAR = 1900
MAX_YEAR = 2100
#: With a preposition or "year" before it a year may be older ("in 1858").
MIN_YEAR_WITH_CUE = 1000
#: Two-digit years below this pivot are 20xx, others 19xx (fixed: no wall clock).
TWO_DIGIT_PIVOT = 50
#: Cues further than this many characters from an expression do not set its tense.
TENSE_WINDOW = 160
#: The first, cheaper look for a cue: this many characters either side.
TENSE_NEAR = 50


# --------------------------------------------------------------------------- building blocks


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


_Trie = dict[str, "_Trie"]


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a prefix tree: fast where a flat alternation is slow."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


_MONTH_ALT = _alt(D.MONTHS)
_FULL_MONTH_ALT = _alt(D.STANDALONE_MONTHS)
_WEEKDAY_ALT = _alt(D.WEEKDAYS)
_SEASON_ALT = _alt(D.SEASONS)
_NUMBER_ALT = _alt(w for w in D.NUMBER_WORDS if w not in ("a", "an"))
_ORDINAL_ALT = _alt(D.ORDINAL_WORDS)

_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_SUFFIX = r"(?:st|nd|rd|th)?"
_DASH = r"(?:-|–|—|to|until|till|through|thru)"
#: Modifiers before a month, year or relative unit: kept as TIMEX3 mod, not changing the value.
_MOD = (
    r"(?:(?P<mod>early|earlier|late|later|mid|the\s+middle\s+of|middle\s+of|the\s+end\s+of|end\s+of"
    r"|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+turn\s+of)(?:\s+in)?(?:\s+|-))?"
)

#: Recognisers run on the lower-cased text (ASCII case folding keeps offsets): no IGNORECASE,
#: which would turn off the regex engine's fast literal paths.
_FLAGS = re.VERBOSE
#: "October 25 last year", "in March next year": a month or day in a year named relative to the reference.
_YEAR_REL = r"\s*,?\s+(?:of\s+)?(?P<yrel>next|last|this|the\s+previous|the\s+following|previous)\s+year\b"


def _mon(name: str, alt: str = _MONTH_ALT) -> str:
    """A month name group ending at a word boundary, with an optional abbreviation dot."""
    return rf"(?<![A-Za-z])(?P<{name}>{alt})(?![a-z])\.?"


# ISO and numeric dates: 2020-11-24, 2015.5.13, 2019-sep-1
ISO_DATE_RE = re.compile(
    rf"""(?<![\d.,/-])
    (?P<y>{_YEAR}) (?P<s>[-/.]) (?:(?P<mo>1[0-2]|0?[1-9])|(?P<mon>{_MONTH_ALT})) (?P=s) (?P<d>{_DAY})
    (?![\d])(?![-/.]\d)""",
    _FLAGS,
)
# day-first numeric dates: 24/11/2020, 13.5.2015, 3-7-07; month-first only when the day is > 12
NUMERIC_DATE_RE = re.compile(
    r"""(?<![\d.,/-])
    (?P<a>[0-3]?\d) (?P<s>[-/.]) (?P<b>[0-3]?\d) (?P=s) (?P<y>(?:1[0-9]|20)\d\d|\d\d)
    (?![\d])(?![-/.]\w)""",
    _FLAGS,
)
# month and year as numbers: 11/2016, 2016-11, 2015/3
NUMERIC_MONTH_RE = re.compile(
    r"""(?<![\d.,/-])
    (?: (?P<mo>1[0-2]|0?[1-9]) \s*(?P<s>[/-])\s* (?P<y>(?:19|20)\d\d)
      | (?P<y2>(?:19|20)\d\d) \s*(?P<s2>[/-])\s* (?P<mo2>1[0-2]|0?[1-9]) )
    (?![\d])(?![-/.]\w)""",
    _FLAGS,
)
# spans of days: November 20-21, from June 1 to 4, June 30 - July 2, 2022
MD_SPAN_RE = re.compile(
    rf"""(?:(?P<from>from|between)\s+)?
    {_mon("mon")} \s* (?P<d1>{_DAY}){_SUFFIX} (?!\d)
    (?:\s*[(\[](?:today|yesterday|tomorrow)[)\]])?  # "from December 15 (today) till 17": the paper's gloss of the first day
    \s* (?:{_DASH}|(?P<and>and)) \s*
    (?:{_mon("mon2")}\s*)? (?P<d2>{_DAY}){_SUFFIX} (?![\d.,]\d)
    (?:\s*,?\s*(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# spans of days, day first: 20-21 November, from 1 to 4 June 2021, 30 June - 2 July,
# from 5 May 2018 to 9 May 2018 (each end with its year)
DM_SPAN_RE = re.compile(
    rf"""(?<![\d.,/-])(?:(?P<from>from|between)\s+)?
    (?P<d1>{_DAY}){_SUFFIX} (?:\s+{_mon("mon")} (?:\s*,?\s*(?P<y1>{_YEAR})(?!\d))?)?
    \s* (?:{_DASH}|(?P<and>and)) \s*
    (?P<d2>{_DAY}){_SUFFIX} \s+ (?:of\s+)? {_mon("mon2")}
    (?:\s*,?\s*(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# month day [year]: October 25, Oct. 25, Tuesday, March 7, March 3, 2022, Dec31 , 1994
MDY_RE = re.compile(
    rf"""(?:(?P<wd>{_WEEKDAY_ALT})\b\s*,?\s*)?
    {_mon("mon")} \s* (?:the\s+)?
    (?: (?P<d>{_DAY}){_SUFFIX} (?![\d]) (?![.,]\d) | (?P<dw>{_ORDINAL_ALT})\b )
    (?: \s*,?\s*(?:of\s+|in\s+)?(?P<y>{_YEAR})(?!\d)(?![.,]\d) | {_YEAR_REL} )?""",  # "November 26 of 2018", "December 2 in 1975"
    _FLAGS,
)
# day month [year]: 24 November 2020, the 15th of February, 16. Nov. 2016, 05-Aug-2016, 31-Oct-74
DMY_RE = re.compile(
    rf"""(?<![\d.,/$-])
    (?:(?P<wd>{_WEEKDAY_ALT})\b\s*,?\s*)?
    (?:the\s+)?
    (?: (?P<d>{_DAY}){_SUFFIX} | (?P<dw>{_ORDINAL_ALT})\b )
    (?:\s*of\s+|\.?\s*|-)
    {_mon("mon")}
    (?: (?:\s*,?\s*(?:in\s+)?|-) (?P<y>{_YEAR}) (?!\d) | -(?P<yy>\d\d)(?!\d) | {_YEAR_REL} )?""",  # "2 December in 1975"
    _FLAGS,
)
# spans of months: from late November to mid-December, between March and May 2021
MONTH_SPAN_RE = re.compile(
    rf"""(?:from|between)\s+ (?:(?:early|late|mid)(?:\s+|-))?
    (?P<mon>{_FULL_MONTH_ALT})\b
    \s* (?:to|until|till|through|thru|and|-|–) \s* (?:(?:early|late|mid)(?:\s+|-))?
    (?P<mon2>{_FULL_MONTH_ALT})\b
    (?:\s*,?\s*(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# month [of] year: August 2021, May 2010, Dec-2018, summer-less "June of 1999"; year month: 2016 June
MONTH_YEAR_RE = re.compile(
    rf"""{_MOD}
    (?: {_mon("mon")} \s*[,/-]?\s* (?:of\s+)? (?P<y>{_YEAR})
      | (?P<y2>{_YEAR}) \s*,?\s* (?P<mon2>{_FULL_MONTH_ALT})\b )
    (?!\d)(?![.,]\d)""",
    _FLAGS,
)
# a month alone: August, early December, late last July, mid-November, next March
MONTH_RE = re.compile(
    rf"""{_MOD}
    (?:(?P<rel>last|next|this|past|coming|previous)\s+)?
    (?P<mon>{_FULL_MONTH_ALT})\b(?!\.\d)
    (?:{_YEAR_REL})?""",
    _FLAGS,
)
# spans of years: 2021-2025, from 2021 to 2025, between 2015 and 2018, 1957-58, 2021/22
YEAR_SPAN_RE = re.compile(
    rf"""(?<![\d.,/$-])
    (?:(?P<from>from|between)\s+)?
    (?P<y1>{_YEAR}) \s* (?:{_DASH}|/|(?P<and>and)) \s* (?P<y2>{_YEAR}|\d\d)
    (?![\d])(?![.,]\d)(?![-/]\w)""",
    _FLAGS,
)
# a year: 2022, in 2016, early 2011, the end of 2000, fiscal 2013, year 2008, 2014 BC
YEAR_RE = re.compile(
    rf"""{_MOD}
    (?:(?P<fy>fiscal(?:\s+year)?|financial\s+year|fy|the\s+year(?:\s+of)?|year)\s*)?
    (?P<y>{_YEAR}) (?!\d)
    (?:\s*(?P<era>ad|bc|bce|ce|a\.d\.|b\.c\.)(?![\w.]))?""",
    _FLAGS,
)
# seasons: last summer, the spring of 1978, summer 2016
SEASON_RE = re.compile(
    rf"""{_MOD}
    (?:(?P<rel>this|last|next|past|coming|previous)\s+|(?P<the>the)\s+)?
    (?P<season>{_SEASON_ALT})\b
    (?:\s*(?:of\s+)?(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# quarters by ordinal: the first quarter, third quarter of 2021, 4th qtr 2018
QUARTER_RE = re.compile(
    rf"""(?:the\s+)?
    (?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th
       |(?<![\w-])(?:iv|iii|ii|i))\s+              # a roman numeral, as translated copy writes "in IV quarter"
    (?:fiscal\s+|financial\s+|calendar\s+)?(?:quarter|qtr)\b
    (?:\s+(?:of\s+|in\s+)?
       (?: (?:the\s+)?(?P<rel>this|last|next|current|coming|previous|same)\s+(?:fiscal\s+)?year
         | (?:fiscal\s+)?(?P<y>{_YEAR})(?!\d)
         | (?P<theyear>the\s+year) ))?""",
    _FLAGS,
)
# quarters by code: Q1 2022, Q3/2021, 2022 Q1, 18q4
QUARTER_CODE_RE = re.compile(
    rf"""\b(?: q(?P<q>[1-4]) (?:[\s/-]*(?P<y>{_YEAR})(?!\d))?
         | (?P<y2>{_YEAR}) [\s/-]* q(?P<q2>[1-4])
         | (?P<yy>\d\d)q(?P<q3>[1-4]) )\b""",
    _FLAGS,
)
# weeks of a year: the first week of 2015, the last week of this year (ISO weeks)
WEEK_OF_YEAR_RE = re.compile(
    rf"""(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+(?:of|in)\s+
    (?: (?P<y>{_YEAR})(?!\d) | (?:the\s+)?(?P<rel>this|next|last|current|coming|previous)\s+year\b )""",
    _FLAGS,
)
# weeks of a month: the first week of October, the last week of September 2014 (its days: 1-7, 8-14, …, the last seven)
WEEK_OF_MONTH_RE = re.compile(
    rf"""(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+
    (?P<mon>{_FULL_MONTH_ALT})\b(?:,?\s+(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# halves: the first half of 2022, the second half of this year
HALF_RE = re.compile(
    rf"""(?:the\s+)?(?P<ord>first|second|1st|2nd|latter)\s+half\s+of\s+
    (?: (?:the\s+)?(?P<rel>this|last|next|current|coming|previous)\s+year
      | (?P<y>{_YEAR})(?!\d)
      | the\s+year )""",
    _FLAGS,
)
# decades and centuries: the 1990s, the early 2000s, the '90s, the 20th century
DECADE_RE = re.compile(
    r"""(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?
    (?: (?P<dec>(?:1[0-9]|20)\d0)['’]?s | (?<=the\s)['’]?(?P<dd>\d0)['’]?s )\b""",
    _FLAGS,
)
CENTURY_RE = re.compile(
    rf"""(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?
    (?: (?P<n>\d{{1,2}})(?:st|nd|rd|th) | (?P<w>{_ORDINAL_ALT}) ) [\s-]+ century\b""",
    _FLAGS,
)
# relative units: this week, last month, next year, earlier this year, the end of last year,
# this fiscal year, the coming week, later in the month
REL_UNIT_RE = re.compile(
    rf"""{_MOD}
    (?P<rel>this|last|next|past|previous|coming|upcoming|following|current|same
        |the\s+(?:past|last|next|previous|coming|upcoming|following|current|same))\s+
    (?:(?:fiscal|financial|calendar)\s+)?
    (?P<unit>week|weekend|month|year|yr|quarter)\b(?!-)""",
    _FLAGS,
)
# a day of a month told relative to the article's: the 15th of this month, the 20th of next month
DAY_OF_REL_MONTH_RE = re.compile(
    r"""(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+)?
    (?P<rel>this|next|last|current|previous|following|coming)\s+month\b
    # "will take place on the 15th." (translated copy): a bare day of the month next to the reference's
    | (?<=\bon\s)the\s+(?P<bd>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$))""",
    _FLAGS,
)
# the weekend of the news: "met over the weekend" (the last one), "will meet at the weekend" (the next one)
THE_WEEKEND_RE = re.compile(r"""(?:over|at|during)\s+the\s+weekend\b(?!\s+(?:of|before|after)\b)""", _FLAGS)
# the end of the year, the end of year, the beginning of the month, later in the year
END_OF_UNIT_RE = re.compile(
    r"""(?: (?:the\s+)?(?P<pos>end|beginning|start|middle|turn)\s+of\s+(?:the\s+)?
      | (?P<pos2>earlier|later)\s+in\s+the\s+ )
    (?P<unit>year|month|week)\b(?![\s-]*(?:\d|long|old))""",
    _FLAGS,
)
# N units ago: two years ago, 3 weeks ago
AGO_RE = re.compile(
    rf"""\b(?P<n>\d{{1,3}}|{_NUMBER_ALT}|a|an)\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b""",
    _FLAGS,
)
# in N units (future clauses only): in two weeks, in 3 years' time
IN_N_RE = re.compile(
    rf"""\bin\s+(?P<n>\d{{1,3}}|{_NUMBER_ALT}|a|an)\s+(?P<unit>day|week|month|year)s?(?:['’]?\s+time)?\b""",
    _FLAGS,
)
# days relative to the reference: today [October 26], yesterday, tomorrow, tonight, this morning
TODAY_RE = re.compile(
    rf"""\b(?: (?P<word>today|yesterday|tomorrow|tmrw|tonight)\b
             (?:\s*[\[(]\s* (?P<inner>
                 {_MONTH_ALT}\.?\s*{_DAY}{_SUFFIX}(?:,?\s*{_YEAR})?
               | {_DAY}{_SUFFIX}\s+{_MONTH_ALT}\.?(?:,?\s*{_YEAR})? ) \s*[\])])?
         | (?P<rel>this|last|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)\b
         | the\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b )""",
    _FLAGS,
)
# weekdays: Friday, last Monday, next Tuesday, Tuesday next week, this week Monday (not a named day of the
# calendar: "the Good Friday Agreement", "Super Tuesday", "Easter Monday")
_NAMED_DAY_BEFORE = "".join(rf"(?<!(?i:{w})\s)" for w in ("good", "black", "holy", "maundy", "easter", "palm", "ash", "cyber", "super", "bloody"))
WEEKDAY_RE = re.compile(
    rf"""(?: (?:(?P<rel>last|next|this|coming|upcoming|previous|past)\s+)?
           {_NAMED_DAY_BEFORE}(?P<wd>{_WEEKDAY_ALT})\b
           (?:\s*,?\s*(?:of\s+)?(?P<rel2>next|last|this|the\s+following|the\s+previous|the\s+coming)\s+week\b)?
         | (?P<rel3>next|last|this|previous)\s+week(?:['’]s)?\s*,?\s*(?:on\s+)?(?P<wd2>{_WEEKDAY_ALT})\b )""",
    _FLAGS,
)
# a span of weekdays: from Sunday to Tuesday, Monday-Wednesday, between Monday and Friday
WEEKDAY_SPAN_RE = re.compile(
    rf"""(?:(?P<lead>from|between)\s+)?(?P<wd>{_WEEKDAY_ALT})\b\s*(?:to|through|thru|till|until|and|-|–|—)\s*(?P<wd2>{_WEEKDAY_ALT})\b""",
    _FLAGS,
)
# a weekday and a day of the month: Friday the 15th, Tuesday 19th, Sunday (14)
WEEKDAY_DAY_RE = re.compile(
    rf"""(?P<wd>{_WEEKDAY_ALT})\b\s*(?:,?\s*(?:the\s+)?(?P<d>{_DAY})(?:st|nd|rd|th)\b
    | \((?P<pd>{_DAY})\))  # "arrived on Sunday (14)": Portuguese-origin copy brackets the day
    (?!\s*(?:of\s+)?{_MONTH_ALT}\b)""",
    _FLAGS,
)
# fixed-day holidays: Christmas, New Year's Eve 2021, last Halloween
HOLIDAY_RE = re.compile(
    rf"""(?:(?P<rel>last|next|this|previous|coming)\s+)?(?<![a-z])(?P<h>{_alt(D.HOLIDAYS)})(?![a-z])
    (?:\s*,?\s*(?:of\s+)?(?P<y>{_YEAR})(?!\d))?""",
    _FLAGS,
)
# vague references: in the coming time, soon, now, currently, in the past, at the time
VAGUE_RE = re.compile(rf"(?<![\w'’-]){_alt(D.VAGUE_PHRASES)}(?![\w'’-])", _FLAGS)
# open futures and pasts in the plural: coming months, the next few years, in recent years
FUTURE_PLURAL_RE = re.compile(
    rf"""(?:(?:in|over|during|within|for)\s+)?(?:the\s+)?
    (?:coming|next|upcoming|following|forthcoming)\s+
    (?:(?:few|several|couple\s+of|\d{{1,2}}|{_NUMBER_ALT})\s+)?
    (?:days|weeks|months|years|decades)\b
    | (?:the\s+)?(?:days|weeks|months|years)\s+(?:ahead|to\s+come)\b""",
    _FLAGS,
)
PAST_PLURAL_RE = re.compile(
    rf"""(?:(?:in|over|during|within|for)\s+)?(?:the\s+)?
    (?:past|last|recent|previous)\s+
    (?:(?:few|several|couple\s+of|\d{{1,2}}|{_NUMBER_ALT})\s+)?
    (?:days|weeks|months|years|decades)\b""",
    _FLAGS,
)

#: A sentence boundary: tense cues do not cross it.
#: (It starts with a character class, which lets the engine skip to the candidates at once.)
SENTENCE_END_RE = re.compile(r"""[.!?\n](?:(?<=\n)|["”’)\]]*\s+(?=["“‘(]?[A-Z]))""")
_FIRST_WORD_RE = re.compile(r"[\s,]*([A-Za-z][\w'’-]*)")
#: After a four-digit number: a decimal, a percentage, a code ("2022/ND-CP") or a unit: not a year.
_NOT_YEAR_AFTER_RE = re.compile(r"(?:[.,/]\d|\s*(?:%|percent\b|per\s*cent\b)|[-–/]\w|\s*(?:km|kg|m|mm|cm)\b)")
# --------------------------------------------------------------------------- values


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only spaces and quotes stand between ``pos`` and the start of the text or a sentence."""
    i = pos
    while i > 0 and text[i - 1] in " \t\"“‘'(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n:;"


def _last_word(text: str, pos: int) -> str:
    """The word ending right before ``pos`` (skipping spaces and commas), lower case; "" if none."""
    i = pos
    while i > 0 and text[i - 1] in " \t\n,":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’_"):
        j -= 1
    return text[j:i].lower()


#: Dates as values are immutable and the same ones recur through a text and a corpus (the years,
#: months and days around the reference): each is built once.
_memo = functools.lru_cache(maxsize=4096)


def _iso(d: date) -> str:
    return d.isoformat()


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@_memo
def _day(d: date) -> When:
    return When(value=_iso(d), start=d, end=d, precision="day", timex=_iso(d))


@_memo
def _month(year: int, month: int) -> When:
    v = f"{year:04d}-{month:02d}"
    return When(value=v, start=date(year, month, 1), end=_last_day(year, month), precision="month", timex=v)


@_memo
def _year(year: int) -> When:
    v = f"{year:04d}"
    return When(value=v, start=date(year, 1, 1), end=date(year, 12, 31), precision="year", timex=v)


@_memo
def _quarter(year: int, q: int) -> When:
    v = f"{year:04d}-Q{q}"
    first = 3 * (q - 1) + 1
    return When(value=v, start=date(year, first, 1), end=_last_day(year, first + 2), precision="quarter", timex=v)


@_memo
def _half(year: int, h: int) -> When:
    first = 1 if h == 1 else 7
    v = f"{year:04d}-{first:02d}/{year:04d}-{first + 5:02d}"
    return When(value=v, start=date(year, first, 1), end=_last_day(year, first + 5), precision="range",
                timex=f"{year:04d}-H{h}")


@_memo
def _week(d: date) -> When:
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    iso = monday.isocalendar()
    return When(value=f"{_iso(monday)}/{_iso(sunday)}", start=monday, end=sunday, precision="week",
                timex=f"{iso[0]:04d}-W{iso[1]:02d}")


@_memo
def _weekend(d: date) -> When:
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    sunday = saturday + timedelta(days=1)
    iso = saturday.isocalendar()
    return When(value=f"{_iso(saturday)}/{_iso(sunday)}", start=saturday, end=sunday, precision="range",
                timex=f"{iso[0]:04d}-W{iso[1]:02d}-WE")


@_memo
def _day_span(a: date, b: date) -> When:
    v = f"{_iso(a)}/{_iso(b)}"
    return When(value=v, start=a, end=b, precision="range", timex=v)


@_memo
def _year_span(y1: int, y2: int) -> When:
    v = f"{y1:04d}/{y2:04d}"
    return When(value=v, start=date(y1, 1, 1), end=date(y2, 12, 31), precision="range", timex=v)


@_memo
def _season(year: int, name: str) -> When:
    code, first, count = D.SEASONS[name]
    start = date(year, first, 1)
    last_month = first + count - 1
    end = _last_day(year + (last_month - 1) // 12, (last_month - 1) % 12 + 1)
    value = f"{_iso(start)[:7]}/{_iso(end)[:7]}"
    return When(value=value, start=start, end=end, precision="range", timex=f"{year:04d}-{code}")


@_memo
def _years_block(first: int, last: int, timex: str) -> When:
    return When(value=f"{first:04d}/{last:04d}", start=date(first, 1, 1), end=date(last, 12, 31),
                precision="range", timex=timex)


@_memo
def _ref_word(kind: str, ref: date | None) -> When:
    """FUTURE_REF (open future from the day after ``ref``), PRESENT_REF or PAST_REF (ends at ``ref``)."""
    if kind == "FUTURE_REF":
        return When(value="", start=ref + timedelta(days=1) if ref else None, end=None, precision="unknown",
                    timex="FUTURE_REF")
    if kind == "PAST_REF":
        return When(value="", start=None, end=ref, precision="unknown", timex="PAST_REF")
    return When(value="", start=None, end=None, precision="unknown", timex="PRESENT_REF")


@_memo
def _unknown(timex: str = "") -> When:
    return When(value="", start=None, end=None, precision="unknown", timex=timex)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


# --------------------------------------------------------------------------- choosing a year


@_memo
def _pick_day(month: int, day: int, ref: date, tense: str, weekday: int | None = None) -> date | None:
    """The date of a month-day nearest ``ref`` in the tense's direction (and on ``weekday`` if given)."""
    cands = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe_date(y, month, day))]
    if weekday is not None:
        cands = [c for c in cands if c.weekday() == weekday] or cands
    if not cands:
        return None
    if tense == PAST:
        before = [c for c in cands if c <= ref]
        return max(before) if before else min(cands)
    if tense == FUTURE:
        after = [c for c in cands if c >= ref]
        return min(after) if after else max(cands)
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def _pick_month_year(month: int, ref: date, tense: str) -> int:
    """The year of a bare month: past (and present, as news prefers the past), future, or nearest."""
    if tense == FUTURE:
        return ref.year if month >= ref.month else ref.year + 1
    if tense == NEAREST:
        diff = month - ref.month
        if diff > 6:
            return ref.year - 1
        if diff < -6:
            return ref.year + 1
        return ref.year
    return ref.year if month <= ref.month else ref.year - 1


def _pick_weekday(wd: int, ref: date, tense: str) -> date:
    back = (ref.weekday() - wd) % 7
    forward = (wd - ref.weekday()) % 7
    if tense == PAST:
        return ref - timedelta(days=back)
    if tense == FUTURE:
        return ref + timedelta(days=forward)  # "will meet Friday" in a Friday paper: that day (a week on is "next Friday")
    return ref - timedelta(days=back) if back <= forward else ref + timedelta(days=forward)


def _weekday_of_week(wd: int, ref: date, weeks: int) -> date:
    """The weekday ``wd`` of the ISO week ``weeks`` away from ``ref``'s week."""
    return ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks + wd)


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < TWO_DIGIT_PIVOT else 1900 + yy


_REL_OFFSET: dict[str, int] = {
    "this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
    "next": 1, "coming": 1, "upcoming": 1, "following": 1,
}


def _rel_offset(rel: str) -> int:
    return _REL_OFFSET[rel.lower().split()[-1]]


# --------------------------------------------------------------------------- context of one match


class _Ctx:
    """What a recogniser's resolver may look at: the text, the reference date and the tense.

    A plain slotted class, not a frozen dataclass: one is made per match, in the hot loop.
    """

    __slots__ = ("_finder", "_span", "_tense", "ref", "text")

    def __init__(self, text: str, ref: date | None, tense: str | None,
                 finder: _TenseFinder | None = None, span: tuple[int, int] = (0, 0)) -> None:
        self.text = text
        self.ref = ref
        self._tense = tense
        self._finder = finder
        self._span = span

    @property
    def tense(self) -> str:
        """The caller's tense, or that of the nearest cue, looked up only when a resolver asks."""
        if self._tense is None:
            self._tense = self._finder.at(*self._span) if self._finder is not None else PRESENT
        return self._tense

    def capital(self, m: re.Match[str], group: str | int = 0) -> bool:
        """Whether the matched group starts with a capital in the original text."""
        return self.text[m.start(group) : m.start(group) + 1].isupper()

    def before(self, pos: int) -> str:
        """The word right before ``pos``, lower case ("" at the start)."""
        return _last_word(self.text, pos)

    def after(self, pos: int) -> str:
        """The word right after ``pos``, lower case."""
        m = _FIRST_WORD_RE.match(self.text, pos, pos + 40)
        return m.group(1).lower() if m else ""


Resolver = Callable[[re.Match[str], _Ctx], When | None]


def _month_num(name: str) -> int:
    return D.MONTHS[name.lower().rstrip(".")]


def _day_num(m: re.Match[str], digits: str = "d", words: str = "dw") -> int:
    if m.group(digits):
        return int(m.group(digits))
    return D.ORDINAL_WORDS[" ".join(m.group(words).lower().split())]


def _standalone_month_ok(m: re.Match[str], ctx: _Ctx, has_modifier: bool) -> bool:
    """A standalone month must be capitalised (or follow "next"/"early"...); "May"/"March" also need a cue."""
    if not ctx.capital(m, "mon") and not (has_modifier and m.group("mon") not in D.AMBIGUOUS_MONTHS):
        return False
    if m.group("mon") in D.AMBIGUOUS_MONTHS and not has_modifier:
        before = ctx.before(m.start("mon"))
        return before in _MONTH_PREPOSITIONS or (
            (before in _OWNERS or before.endswith(("'s", "’s"))) and _GATHERING_AFTER_MONTH_RE.match(ctx.text, m.end("mon")) is not None
        )
    return True


_OWNERS = frozenset(("the", "his", "her", "their", "its"))
#: a month naming the gathering after it: "his May official visit", "the March summit" (no modal "may", no verb "march")
_GATHERING_AFTER_MONTH_RE = re.compile(
    r"\s+(?:(?:official|state|working|first|historic|landmark)\s+)?(?:visit|trip|tour|summit|talks|meeting|conference)\b"
)


_MONTH_PREPOSITIONS = frozenset((
    "in", "on", "since", "by", "until", "till", "through", "from", "to", "during", "before", "after",
    "of", "between", "and", "or", "late", "early", "mid", "last", "next", "this", "throughout",
    "around", "until", "end", "beginning", "start", "middle", "for",
))


# --------------------------------------------------------------------------- resolvers


def _r_iso_date(m: re.Match[str], ctx: _Ctx) -> When | None:
    month = int(m.group("mo")) if m.group("mo") else _month_num(m.group("mon"))
    d = _safe_date(int(m.group("y")), month, int(m.group("d")))
    return _day(d) if d else None


def _r_numeric_date(m: re.Match[str], ctx: _Ctx) -> When | None:
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    if m.group("s") == "." and len(ys) == 2:
        return None  # 1.5.10 is a version or a score more often than a date
    year = int(ys) if len(ys) == 4 else _two_digit_year(int(ys))
    day, month = (b, a) if b > 12 and a <= 12 else (a, b)  # day first unless impossible
    d = _safe_date(year, month, day)
    return _day(d) if d else None


def _r_numeric_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("y"):
        return _month(int(m.group("y")), int(m.group("mo")))
    mo = m.group("mo2")
    year = int(m.group("y2"))
    if m.group("s2") == "-" and len(mo) == 2 and int(mo) > year % 100:
        return None  # 2010-11 is a span of years
    return _month(year, int(mo))


def _year_of_span_end(y1: int, y2s: str) -> int | None:
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    return y2 if y2 > y1 else None


def _r_year_span(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("and") and not m.group("from"):
        return None  # "in 2007 and 2009" are two years
    y1 = int(m.group("y1"))
    y2 = _year_of_span_end(y1, m.group("y2"))
    if y2 is None or y1 < MIN_YEAR or y2 > MAX_YEAR or y2 - y1 > 100:
        return None
    sep_text = m.group(0)
    if "/" in sep_text and len(m.group("y2")) == 4 and y2 - y1 != 1:
        return None
    return _year_span(y1, y2)


def _span_year(m: re.Match[str], ctx: _Ctx, month: int, day: int) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    if m.groupdict().get("y1"):
        return int(m.group("y1"))  # "from 5 May 2018 to 9 May": the first end's year
    if ctx.ref is None:
        return None
    d = _pick_day(month, day, ctx.ref, ctx.tense)
    return d.year if d else None


def _r_day_span(m: re.Match[str], ctx: _Ctx) -> When | None:
    mon2 = m.group("mon2")
    mon1 = m.group("mon") or mon2
    if mon1 is None:
        return None
    m1 = _month_num(mon1)
    m2 = _month_num(mon2) if mon2 else m1
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m.group("and") and not m.group("from") and (m2 != m1 or d2 != d1 + 1):
        return _and_days(m, ctx, m1, d1)
    year = _span_year(m, ctx, m1, d1)
    if year is None:
        return _unknown(f"XXXX-{m1:02d}-{d1:02d}")
    if not m.group("y") and ctx.ref is not None and _spans_day(ctx.ref.year, m1, d1, m2, d2, ctx.ref):
        year = ctx.ref.year  # "will stay in the capital on 23-25 August" in a paper of the 24th: under way, this year
    # a span ending in an earlier month crosses the new year (December 30 - January 2)
    a = _safe_date(year - (1 if m2 < m1 and m.group("y") else 0), m1, d1)
    b = _safe_date(year + (1 if m2 < m1 and not m.group("y") else 0), m2, d2)
    if a is None or b is None or b <= a or (b - a).days > 92:
        return None
    return _day_span(a, b)


def _spans_day(year: int, m1: int, d1: int, m2: int, d2: int, day: date) -> bool:
    """Whether the span from m1/d1 to m2/d2 that starts in ``year`` contains ``day``."""
    a = _safe_date(year, m1, d1)
    b = _safe_date(year + (1 if m2 < m1 else 0), m2, d2)
    return a is not None and b is not None and a <= day <= b


def _and_days(m: re.Match[str], ctx: _Ctx, month: int, day: int) -> When | None:
    """ "6 and 9 June" are two days, not a span: the first, in the year stated after the second."""
    if not m.group("y"):
        return None  # the second day is found on its own; the first has no month
    d = _safe_date(int(m.group("y")), month, day)
    return _day(d) if d else None


_ORDINAL_OR_OF_RE = re.compile(r"\d(?:st|nd|rd|th)|\bof\b")


def _year_rel(m: re.Match[str], ref: date) -> int:
    """The year of "last year", "next year", "this year" after a month or day."""
    return ref.year + _rel_offset(m.group("yrel"))


def _r_month_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    name = m.group("mon")
    day_first = "yy" in m.re.groupindex
    # "may 5" in lower case is a verb and a number; "the 1st of may" is still a date
    lower_ambiguous = name in D.AMBIGUOUS_MONTHS and not ctx.capital(m, "mon") and not m.group("y")
    if lower_ambiguous and not (day_first and (m.group("dw") or _ORDINAL_OR_OF_RE.search(m.group()))):
        return None
    month, day = _month_num(name), _day_num(m)
    wd = D.WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    if m.group("yrel"):
        if ctx.ref is None:
            return _unknown(f"XXXX-{month:02d}-{day:02d}")
        d = _safe_date(_year_rel(m, ctx.ref), month, day)
        return _day(d) if d else None
    if m.group("y") or (day_first and m.group("yy")):
        year = int(m.group("y")) if m.group("y") else _two_digit_year(int(m.group("yy")))
        d = _safe_date(year, month, day)
        return _day(d) if d else None
    if ctx.ref is None:
        return _unknown(f"XXXX-{month:02d}-{day:02d}") if _safe_date(2000, month, day) else None
    d = _pick_day(month, day, ctx.ref, ctx.tense, wd)
    return _day(d) if d else None


def _r_month_span(m: re.Match[str], ctx: _Ctx) -> When | None:
    """ "from late November to mid-December": the months from the first to the last, a range."""
    m1, m2 = _month_num(m.group("mon")), _month_num(m.group("mon2"))
    if m1 == m2:
        return None
    across = 1 if m2 < m1 else 0  # "from November to February" crosses the new year
    if m.group("y"):
        y1 = int(m.group("y")) - across
    elif ctx.ref is None:
        return None
    elif not across and date(ctx.ref.year, m1, 1) <= ctx.ref <= _last_day(ctx.ref.year, m2):
        y1 = ctx.ref.year  # under way as the paper writes
    else:
        y1 = _pick_month_year(m1, ctx.ref, ctx.tense)
    a, b = date(y1, m1, 1), _last_day(y1 + across, m2)
    v = f"{y1:04d}-{m1:02d}/{y1 + across:04d}-{m2:02d}"
    return When(value=v, start=a, end=b, precision="range", timex=v)


def _r_month_year(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("y"):
        return _month(int(m.group("y")), _month_num(m.group("mon")))
    if m.group("mon2") in D.AMBIGUOUS_MONTHS and not ctx.capital(m, "mon2"):
        return None  # "in 2022 may increase"
    return _month(int(m.group("y2")), _month_num(m.group("mon2")))


def _r_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    name = m.group("mon")
    if not _standalone_month_ok(m, ctx, bool(m.group("mod") or m.group("rel"))):
        return None
    month = _month_num(name)
    if ctx.ref is None:
        return _unknown(f"XXXX-{month:02d}")
    rel = (m.group("rel") or "").lower()
    ref = ctx.ref
    if m.group("yrel"):
        return _month(_year_rel(m, ref), month)
    if rel == "this":
        return _month(ref.year, month)
    if rel in ("last", "past", "previous"):
        return _month(ref.year if month < ref.month else ref.year - 1, month)
    if rel in ("next", "coming"):
        return _month(ref.year if month > ref.month else ref.year + 1, month)
    tense = ctx.tense
    before = ctx.before(m.start())
    if before in ("through", "until", "till", "thru"):
        tense = NEAREST  # the end of a running period is near the reference on either side
    elif before == "since":
        tense = PAST
    return _month(_pick_month_year(month, ref, tense), month)


def _year_context_ok(m: re.Match[str], ctx: _Ctx, year: int) -> bool:
    """A four-digit number is a year unless it counts, codes or costs something."""
    ys = m.start("y")
    text = ctx.text
    prev = text[ys - 1] if ys > 0 and ys == m.start() else " "
    if prev in "$€£¥#₫" or prev.isalnum() or prev in ".,/" or (prev in "-–" and not m.group("mod")):
        return False
    if _NOT_YEAR_AFTER_RE.match(text, m.end("y"), m.end("y") + 12):
        return False
    if not m.group("era") and ctx.after(m.end()) in D.UNIT_WORDS:
        return False
    before = ctx.before(m.start())
    if before in D.NOT_YEAR_BEFORE and not m.group("fy") and not m.group("mod"):
        return False
    low = MIN_YEAR_WITH_CUE if (m.group("fy") or m.group("mod") or before in _MONTH_PREPOSITIONS) else MIN_YEAR
    return low <= year <= MAX_YEAR


def _r_year(m: re.Match[str], ctx: _Ctx) -> When | None:
    year = int(m.group("y"))
    era = (m.group("era") or "").upper().replace(".", "")  # matched in lower case
    if era in ("BC", "BCE"):
        return When(value="", start=None, end=None, precision="unknown", timex=f"BC{year:04d}")
    if not _year_context_ok(m, ctx, year):
        return None
    return _year(year)


def _end_of_year_past(pos: str, tense: str, ref: date) -> bool:
    """A past-tense "end of the year" before December means last year's end."""
    return pos in ("end", "turn") and tense == PAST and ref.month < 12


def _r_rel_unit(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.ref is None:
        return _unknown()
    ref = ctx.ref
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if unit == "year" and (rel == "the last" or (rel == "last" and ctx.before(m.start()) == "the")) and not ctx.text.startswith(("'s", "’s"), m.end()):
        return None  # "the last year" is usually a duration (but "the last year's signing" is last year's)
    k = _rel_offset(rel)
    if unit in ("year", "yr"):
        return _year(ref.year + k)
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, k)
        return _month(y, mo)
    if unit == "quarter":
        q0 = (ref.month - 1) // 3
        y, q = divmod(ref.year * 4 + q0 + k, 4)
        return _quarter(y, q + 1)
    if unit == "weekend":
        return _weekend(ref + timedelta(days=7 * k))
    if k == 0:
        return _this_week(ref, (m.group("mod") or "").lower(), ctx.tense)
    return _week(ref + timedelta(days=7 * k))


def _r_day_of_rel_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.ref is None:
        return _unknown()
    if m.group("bd"):  # no month named: the nearest such day in the tense's direction, within a month of the reference
        day = int(m.group("bd"))
        ref = ctx.ref
        cands = [c for k in (-1, 0, 1) if (c := _safe_date(*_shift_month(ref.year, ref.month, k), day))]
        if ctx.tense == PAST:
            cands = [c for c in cands if c <= ref] or cands
        elif ctx.tense == FUTURE:
            cands = [c for c in cands if c >= ref] or cands
        return _day(min(cands, key=lambda c: (abs((c - ref).days), c > ref))) if cands else None
    y, mo = _shift_month(ctx.ref.year, ctx.ref.month, _rel_offset(m.group("rel")))
    d = int(m.group("d"))
    if not 1 <= d <= _last_day(y, mo).day:
        return None
    return _day(date(y, mo, d))


def _r_the_weekend(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.ref is None:
        return _unknown()
    ref = ctx.ref
    if ctx.tense == FUTURE:  # the coming weekend (on a Sunday, the next one)
        return _weekend(ref if ref.weekday() < 6 else ref + timedelta(days=1))
    return _weekend(ref if ref.weekday() >= 5 else ref - timedelta(days=7))  # the last one, or the one under way


def _this_week(ref: date, mod: str, tense: str) -> When:
    """This week, cut at the reference: "earlier this week" (or "met this week") is Monday to the
    article's day, "later this week" (or "will meet this week") the days after it; the timex stays the week."""
    week = _week(ref)
    monday = ref - timedelta(days=ref.weekday())
    if mod in ("early", "earlier") or (not mod and tense == PAST):
        start, end = monday, ref
    elif mod in ("late", "later") or (not mod and tense == FUTURE):
        start, end = ref + timedelta(days=1), monday + timedelta(days=6)
    else:
        return week
    if start > end:
        return week
    if start == end:
        return _day(start)
    return replace(_day_span(start, end), timex=week.timex)


def _r_end_of_unit(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.ref is None:
        return _unknown()
    ref, unit = ctx.ref, m.group("unit").lower()
    pos = (m.group("pos") or m.group("pos2") or "").lower()
    if unit == "year":
        return _year(ref.year - 1 if _end_of_year_past(pos, ctx.tense, ref) else ref.year)
    if unit == "month":
        return _month(ref.year, ref.month)
    return _week(ref)


def _count(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else D.NUMBER_WORDS[w]


def _r_ago(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.ref is None:
        return _unknown()
    n, unit, ref = _count(m.group("n")), m.group("unit").lower(), ctx.ref
    if unit == "day":
        return _day(ref - timedelta(days=n))
    if unit == "week":
        return _day(ref - timedelta(days=7 * n))
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, -n)
        return _month(y, mo)
    years = n * (10 if unit == "decade" else 1)
    return _year(ref.year - years) if ref.year - years >= 1 else None


def _r_in_n(m: re.Match[str], ctx: _Ctx) -> When | None:
    if ctx.tense == PAST:
        return None  # "was built in two years" is a duration
    if ctx.ref is None:
        return _unknown()
    n, unit, ref = _count(m.group("n")), m.group("unit").lower(), ctx.ref
    if unit == "day":
        return _day(ref + timedelta(days=n))
    if unit == "week":
        return _day(ref + timedelta(days=7 * n))
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, n)
        return _month(y, mo)
    return _year(ref.year + n)


_DAY_OFFSETS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1}


def _r_today(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("inner"):
        inner = resolve(m.group("inner"), ctx.ref, PRESENT)
        if inner.precision == "day":
            return inner
    if ctx.ref is None:
        return _unknown()
    if m.group("word"):
        return _day(ctx.ref + timedelta(days=_DAY_OFFSETS[m.group("word").lower()]))
    if m.group("ba"):
        return _day(ctx.ref + timedelta(days=-2 if m.group("ba").lower().startswith("before") else 2))
    rel, part = m.group("rel").lower(), m.group("part").lower()
    offset = {"this": 0, "yesterday": -1, "tomorrow": 1}.get(rel, -1 if part == "night" else 0)
    if rel == "last" and part != "night":
        return None  # "last evening" is rare and vague
    return _day(ctx.ref + timedelta(days=offset))


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> When | None:
    name = m.group("wd") or m.group("wd2")
    wd = D.WEEKDAYS[name.lower()]
    if ctx.ref is None:
        return _unknown(f"XXXX-WXX-{wd + 1}")
    ref = ctx.ref
    week_rel = m.group("rel2") or m.group("rel3")
    if week_rel:
        return _day(_weekday_of_week(wd, ref, _rel_offset(week_rel)))
    rel = (m.group("rel") or "").lower()
    if rel == "this":
        return _day(_weekday_of_week(wd, ref, 0))
    if rel == "next":
        return _day(_weekday_of_week(wd, ref, 1))
    if rel in ("last", "previous"):
        return _day(_weekday_of_week(wd, ref, -1))
    if rel == "past":
        return _day(ref - timedelta(days=(ref.weekday() - wd) % 7 or 7))
    if rel in ("coming", "upcoming"):  # "the coming Wednesday", told on a Wednesday, is a week ahead
        return _day(ref + timedelta(days=(wd - ref.weekday()) % 7 or 7))
    return _day(_pick_weekday(wd, ref, ctx.tense))


def _r_weekday_span(m: re.Match[str], ctx: _Ctx) -> When | None:
    """ "from Sunday to Tuesday": the span that holds the reference day if there is one, else by the tense."""
    if m.group("lead") is None and m.group(0).split()[1].lower() == "and":
        return None  # "Monday and Tuesday" names two days, not a span
    first, last = D.WEEKDAYS[m.group("wd").lower()], D.WEEKDAYS[m.group("wd2").lower()]
    if ctx.ref is None:
        return _unknown(f"XXXX-WXX-{first + 1}")
    ref = ctx.ref
    length = (last - first) % 7
    start = ref - timedelta(days=(ref.weekday() - first) % 7)  # the latest such start on or before the reference
    if start + timedelta(days=length) < ref and ctx.tense != PAST:  # that span is over: only a past tense tells it
        start += timedelta(days=7)
    return _day_span(start, start + timedelta(days=length))


def _r_weekday_day(m: re.Match[str], ctx: _Ctx) -> When | None:
    wd, day = D.WEEKDAYS[m.group("wd")], int(m.group("d") or m.group("pd"))
    if ctx.ref is None:
        return _unknown(f"XXXX-XX-{day:02d}")
    ref = ctx.ref
    cands = [d for k in range(-6, 7) if (d := _safe_date(*_shift_month(ref.year, ref.month, k), day))
             and d.weekday() == wd]
    if not cands:
        return None
    if ctx.tense == PAST:
        before = [c for c in cands if c <= ref]
        return _day(max(before) if before else min(cands))
    if ctx.tense == FUTURE:
        after = [c for c in cands if c >= ref]
        return _day(min(after) if after else max(cands))
    return _day(min(cands, key=lambda c: (abs((c - ref).days), c > ref)))


def _r_holiday(m: re.Match[str], ctx: _Ctx) -> When | None:
    month, day = D.HOLIDAYS[" ".join(m.group("h").split())]
    if m.group("y"):
        return _day(date(int(m.group("y")), month, day))
    if ctx.ref is None:
        return _unknown(f"XXXX-{month:02d}-{day:02d}")
    ref = ctx.ref
    rel = m.group("rel") or ""
    this = date(ref.year, month, day)
    if rel == "this":
        return _day(this)
    if rel in ("last", "previous"):
        return _day(this if this < ref else date(ref.year - 1, month, day))
    if rel in ("next", "coming"):
        return _day(this if this > ref else date(ref.year + 1, month, day))
    d = _pick_day(month, day, ref, ctx.tense)
    return _day(d) if d else None


def _r_vague(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _ref_word(D.VAGUE_PHRASES[" ".join(m.group(0).lower().split())], ctx.ref)


def _r_future_plural(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _ref_word("FUTURE_REF", ctx.ref)


def _r_past_plural(m: re.Match[str], ctx: _Ctx) -> When | None:
    return _ref_word("PAST_REF", ctx.ref)


def _season_instances(name: str, around: int) -> list[tuple[int, When]]:
    return [(y, _season(y, name)) for y in (around - 2, around - 1, around, around + 1)]


def _r_season(m: re.Match[str], ctx: _Ctx) -> When | None:
    name = m.group("season").lower()
    if m.group("y"):
        return _season(int(m.group("y")), name)
    word = ctx.text[m.start("season") : m.end("season")]
    if word.istitle() and not _sentence_start(ctx.text, m.start("season")):
        return None  # "the Summer Davos", "the Spring Festival", "Winter Olympics" are names
    rel = (m.group("rel") or "").lower()
    if not rel:
        # a bare season needs "the" or a preposition; "fall" alone is a verb
        before = ctx.before(m.start())
        if name == "fall" and not m.group("the"):
            return None
        if not (m.group("the") or m.group("mod") or before in _MONTH_PREPOSITIONS):
            return None
    if ctx.ref is None:
        return _unknown(f"XXXX-{D.SEASONS[name][0]}")
    ref = ctx.ref
    inst = _season_instances(name, ref.year)
    if rel == "this":
        # the instance of this year; a winter that began last December is still "this winter"
        cur = [w for _, w in inst if w.start and w.end and w.start <= ref <= w.end]
        return cur[0] if cur else _season(ref.year, name)
    if rel in ("last", "past", "previous"):
        done = [w for _, w in inst if w.end and w.end < ref]
        return done[-1]
    if rel in ("next", "coming"):
        ahead = [w for _, w in inst if w.start and w.start > ref]
        return ahead[0]
    if ctx.tense == FUTURE:
        return next(w for _, w in inst if w.end and w.end >= ref)
    started = [w for _, w in inst if w.start and w.start <= ref]
    return started[-1]


_QUARTER_ORD: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
}


def _r_quarter(m: re.Match[str], ctx: _Ctx) -> When | None:
    ordw = m.group("ord").lower()
    q = _QUARTER_ORD[ordw]
    if m.group("y"):
        return _quarter(int(m.group("y")), q)
    has_year_part = bool(m.group("rel") or m.group("theyear"))
    if ordw in ("last", "final") and not has_year_part:
        return None  # "last quarter" is the previous quarter (REL_UNIT_RE)
    if ctx.ref is None:
        return _unknown(f"XXXX-Q{q}")
    ref = ctx.ref
    if m.group("rel"):
        return _quarter(ref.year + _rel_offset(m.group("rel")), q)
    cur = (ref.month - 1) // 3 + 1
    if m.group("theyear"):
        return _quarter(ref.year, q)
    if ctx.tense == FUTURE:
        return _quarter(ref.year if q >= cur else ref.year + 1, q)
    return _quarter(ref.year if q <= cur else ref.year - 1, q)


def _r_quarter_code(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("q3"):
        return _quarter(_two_digit_year(int(m.group("yy"))), int(m.group("q3")))
    if m.group("q2"):
        return _quarter(int(m.group("y2")), int(m.group("q2")))
    q = int(m.group("q"))
    if m.group("y"):
        return _quarter(int(m.group("y")), q)
    if not ctx.capital(m):
        return None
    if ctx.ref is None:
        return _unknown(f"XXXX-Q{q}")
    return _quarter(ctx.ref.year, q)


_WEEK_ORD: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "last": -1, "final": -1,
}


def _r_week_of_year(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.ref is not None:
        year = ctx.ref.year + _rel_offset(m.group("rel"))
    else:
        return _unknown()
    n = _WEEK_ORD[m.group("ord")]
    if n < 0:
        return _week(date(year, 12, 28))  # December 28 is always in the last ISO week
    return _week(date.fromisocalendar(year, n, 1))


def _r_week_of_month(m: re.Match[str], ctx: _Ctx) -> When | None:
    month = _month_num(m.group("mon"))
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.ref is not None:
        year = _pick_month_year(month, ctx.ref, ctx.tense)
    else:
        return _unknown(f"XXXX-{month:02d}")
    n = _WEEK_ORD[m.group("ord").lower()]
    last = _last_day(year, month)
    first = last - timedelta(days=6) if n < 0 else date(year, month, 7 * (n - 1) + 1)
    return _day_span(first, first + timedelta(days=6))


def _r_half(m: re.Match[str], ctx: _Ctx) -> When | None:
    h = 1 if m.group("ord").lower() in ("first", "1st") else 2
    if m.group("y"):
        return _half(int(m.group("y")), h)
    if ctx.ref is None:
        return _unknown(f"XXXX-H{h}")
    k = _rel_offset(m.group("rel")) if m.group("rel") else 0
    return _half(ctx.ref.year + k, h)


def _r_decade(m: re.Match[str], ctx: _Ctx) -> When | None:
    if m.group("dec"):
        first = int(m.group("dec"))
        if first % 100 == 0 and not m.group(0).lower().startswith("the"):
            return None  # "2000s" alone may be a count
    else:
        dd = int(m.group("dd"))
        century = 2000 if ctx.ref is not None and dd < 30 and 2000 + dd <= ctx.ref.year else 1900
        first = century + dd
    return _years_block(first, first + 9, f"{first // 10:03d}")


def _r_century(m: re.Match[str], ctx: _Ctx) -> When | None:
    n = int(m.group("n")) if m.group("n") else D.ORDINAL_WORDS[" ".join(m.group("w").lower().split())]
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    return _years_block(max(first, 1), first + 99, f"{n - 1:02d}")


# --------------------------------------------------------------------------- the recognisers


@dataclass(frozen=True, slots=True)
class Recogniser:
    """One kind of date expression: its name, its compiled pattern and how to resolve a match."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


#: Tried on every text; among overlapping matches the longest wins, then the earlier recogniser.
RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("today", TODAY_RE, _r_today),
    Recogniser("iso-date", ISO_DATE_RE, _r_iso_date),
    Recogniser("numeric-date", NUMERIC_DATE_RE, _r_numeric_date),
    Recogniser("day-span-md", MD_SPAN_RE, _r_day_span),
    Recogniser("day-span-dm", DM_SPAN_RE, _r_day_span),
    Recogniser("month-day", MDY_RE, _r_month_day),
    Recogniser("day-month", DMY_RE, _r_month_day),
    Recogniser("month-span", MONTH_SPAN_RE, _r_month_span),
    Recogniser("month-year", MONTH_YEAR_RE, _r_month_year),
    Recogniser("numeric-month", NUMERIC_MONTH_RE, _r_numeric_month),
    Recogniser("year-span", YEAR_SPAN_RE, _r_year_span),
    Recogniser("quarter", QUARTER_RE, _r_quarter),
    Recogniser("quarter-code", QUARTER_CODE_RE, _r_quarter_code),
    Recogniser("half", HALF_RE, _r_half),
    Recogniser("week-of-year", WEEK_OF_YEAR_RE, _r_week_of_year),
    Recogniser("week-of-month", WEEK_OF_MONTH_RE, _r_week_of_month),
    Recogniser("season", SEASON_RE, _r_season),
    Recogniser("rel-unit", REL_UNIT_RE, _r_rel_unit),
    Recogniser("the-weekend", THE_WEEKEND_RE, _r_the_weekend),
    Recogniser("day-of-rel-month", DAY_OF_REL_MONTH_RE, _r_day_of_rel_month),
    Recogniser("end-of-unit", END_OF_UNIT_RE, _r_end_of_unit),
    Recogniser("ago", AGO_RE, _r_ago),
    Recogniser("in-n", IN_N_RE, _r_in_n),
    Recogniser("weekday-span", WEEKDAY_SPAN_RE, _r_weekday_span),
    Recogniser("weekday-day", WEEKDAY_DAY_RE, _r_weekday_day),
    Recogniser("holiday", HOLIDAY_RE, _r_holiday),
    Recogniser("weekday", WEEKDAY_RE, _r_weekday),
    Recogniser("century", CENTURY_RE, _r_century),
    Recogniser("decade", DECADE_RE, _r_decade),
    Recogniser("month", MONTH_RE, _r_month),
    Recogniser("year", YEAR_RE, _r_year),
    Recogniser("future-plural", FUTURE_PLURAL_RE, _r_future_plural),
    Recogniser("past-plural", PAST_PLURAL_RE, _r_past_plural),
    Recogniser("vague", VAGUE_RE, _r_vague),
)

# --------------------------------------------------------------------------- tense


_FUTURE_SINGLE: frozenset[str] = frozenset(c for c in D.FUTURE_CUES if " " not in c)
_FUTURE_MULTI: frozenset[str] = frozenset(c for c in D.FUTURE_CUES if " " in c)
_FUTURE_MULTI_MAX = max(len(c.split()) for c in _FUTURE_MULTI)
_FUTURE_FIRST: frozenset[str] = frozenset(c.split()[0] for c in _FUTURE_MULTI)
_NEUTRAL: frozenset[str] = frozenset(D.NEUTRAL_CUES)
_LL = ("'ll", "’ll")
#: A word (with inner apostrophes) or a bare "'ll". With a group, ``split`` keeps the words
#: between the gaps, so that one C call gives every word and, by the lengths, its offsets.
_TOKEN_RE = re.compile(r"[a-z]+(?:['’][a-z]+)*|['’]ll\b")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
#: Words that are a cue whatever their neighbours: future words, modals, irregular past verbs.
_WORD_TENSE: dict[str, str] = {
    w: FUTURE if w in _FUTURE_SINGLE or w.endswith(_LL) else NEAREST if w in _NEUTRAL else PAST
    for w in (*_FUTURE_SINGLE, *_NEUTRAL, *D.PAST_VERBS)
}
#: Words that may need a closer look: the listed ones and the first words of multi-word cues.
_CUE_WORDS: frozenset[str] = frozenset((*_WORD_TENSE, *_FUTURE_FIRST, *D.PROPOSING))
#: Endings of words that may be cues without being listed: "-ed" past verbs and "'ll".
_CUE_ENDINGS = ("ed", *_LL)
#: A cue of a text: (start, end, tense).
_Cue = tuple[int, int, str]


def _cue_at(words: list[str], i: int) -> tuple[str, int]:
    """The tense of the cue that starts at ``words[i]`` ("" if none) and the index of its last word."""
    w = words[i]
    tense = _WORD_TENSE.get(w, "")
    if tense == PAST and i and words[i - 1] in D.NOT_PAST_BEFORE:
        tense = ""  # "will be held", "is held", "to be built": a participle after "be" is no past verb
    elif w in D.FORWARD_BEFORE_TO and i + 1 < len(words) and words[i + 1] == "to":
        return NEAREST, i + 1  # "agreed to meet on January 13": the meeting may be still to come
    elif w in D.PROPOSING and i + 1 < len(words) and (words[i + 1] in ("to", "that") or words[i + 1].endswith("ing")):
        return FUTURE, i + 1  # "suggested holding a meeting in August": what is proposed lies ahead
    if not tense:
        if w.endswith(_LL):
            tense = FUTURE
        elif (w.endswith("ed") and len(w) > 3 and w not in D.NOT_PAST_ED
              and (words[i - 1] if i else "") not in D.NOT_PAST_BEFORE):
            tense = PAST
    # multi-word future cues ("is expected to", "to be held") win over their parts
    if w in _FUTURE_FIRST:
        for n in range(min(_FUTURE_MULTI_MAX, len(words) - i), 1, -1):
            if " ".join(words[i : i + n]) in _FUTURE_MULTI:
                return FUTURE, i + n - 1
    return tense, i


def _cues(low: str, lo: int = 0, hi: int | None = None) -> list[_Cue]:
    """The tense cues of ``low[lo:hi]`` (lower-cased text), in order: future words, modals, past verbs.

    Words are read within ``low[lo:hi]`` only: the first one has no word before it, and a
    multi-word cue must end inside.
    """
    lo = max(lo, 0)
    parts = _TOKEN_SPLIT_RE.split(low[lo:hi])  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    bounds: list[int] = []  # bounds[2i], bounds[2i + 1]: start and end of word i, made when needed
    out: list[_Cue] = []
    for i, w in enumerate(words):
        if w not in _CUE_WORDS and not w.endswith(_CUE_ENDINGS):
            continue
        tense, last = _cue_at(words, i)
        if tense:
            bounds = bounds or list(accumulate(map(len, parts)))
            out.append((lo + bounds[2 * i], lo + bounds[2 * last + 1], tense))
    return out


def _last_cue(low: str, lo: int, hi: int) -> str:
    """The tense of the last cue of ``low[lo:hi]`` (as ``_cues(low, lo, hi)[-1]``), "" if none.

    The words are read backwards from the end, where the verb of a date is usually found.
    """
    words = _TOKEN_RE.findall(low, max(lo, 0), hi)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _CUE_WORDS or w.endswith(_CUE_ENDINGS):
            tense = _cue_at(words, i)[0]
            if tense:
                return tense
    return ""


def _ascii_lower(text: str) -> str:
    """Lower case with the same length as ``text`` (offsets stay valid)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def tense_of(sentence: str) -> str:
    """The tense of a sentence from its verbs: "past", "future" or "present".

    A future cue ("will", "is expected to", "to be held", "plans to", "next")
    wins over past ones, as news reports future plans in past-tense speech
    ("he said the sides will sign ...").

    >>> tense_of("The two sides signed the plan on October 25.")
    'past'
    >>> tense_of("He said they will meet next year.")
    'future'
    """
    cues = _cues(_ascii_lower(sentence))
    if any(tense == FUTURE for _, _, tense in cues):
        return FUTURE
    if any(tense == PAST for _, _, tense in cues):
        return PAST
    return PRESENT


class _TenseFinder:
    """The tense at a place in a text: that of the nearest cue in the same sentence."""

    __slots__ = ("_clauses", "_low", "_text", "_windows")

    def __init__(self, text: str, low: str) -> None:
        self._text = text
        self._low = low
        #: Start of an expression → start of its sentence and the tense of the last cue of its clause
        #: ("" if none): expressions found at the same place ("October" in "October 25") share them.
        self._clauses: dict[int, tuple[int, str]] = {}
        #: The cues of the windows looked at around expressions, which often coincide.
        self._windows: dict[tuple[int, int], list[_Cue]] = {}

    def _sentence_start(self, start: int) -> int:
        lo = max(0, start - TENSE_WINDOW)
        for boundary in SENTENCE_END_RE.finditer(self._text, lo, start):
            lo = boundary.end()
        return lo

    def _sentence_end(self, end: int) -> int:
        hi = min(len(self._text), end + TENSE_WINDOW)
        following = SENTENCE_END_RE.search(self._text, end, hi)
        if following:
            hi = following.start() + 1
        return hi

    def _clause(self, start: int) -> tuple[int, str]:
        """The start of the sentence of ``start`` and the tense of the last cue in its clause before it."""
        if start not in self._clauses:
            lo = self._sentence_start(start)
            low = self._low
            # a verb before the expression in its own clause governs it: "signed on Tuesday, will meet …"
            clause_lo = max(lo, low.rfind(",", lo, start) + 1, low.rfind(";", lo, start) + 1)
            self._clauses[start] = (lo, _last_cue(low, clause_lo, start))
        return self._clauses[start]

    def at(self, start: int, end: int) -> str:
        lo, before = self._clause(start)
        if before:
            return before
        hi = self._sentence_end(end)
        low = self._low
        # look near the expression first: the nearest cue is usually a word or two away
        for reach in (TENSE_NEAR, TENSE_WINDOW):
            a, b = max(lo, start - reach), min(hi, end + reach)
            if a > lo:  # whole words only: a cut "...ted" would read as a past verb
                a = max(lo, low.rfind(" ", lo, a) + 1)
            if b < hi:
                found = low.find(" ", b, hi)
                b = hi if found < 0 else found
            if (a, b) not in self._windows:
                # the word before the window is read too, for its cue only: "will be | conducted at …" is no past verb
                prev = max(lo, low.rfind(" ", lo, max(lo, a - 1)) + 1) if a > lo else a
                self._windows[a, b] = [cue for cue in _cues(low, prev, b) if cue[0] >= a]
            best: tuple[int, str] | None = None
            for c_start, c_end, tense in self._windows[a, b]:
                if c_start >= start and c_end <= end:
                    continue  # a cue inside the expression ("next") is not the clause's verb
                dist = start - c_end if c_end <= start else c_start - end
                if best is None or dist < best[0]:
                    best = (dist, tense)
            if best is not None:
                return best[1]
            if a == lo and b == hi:
                break
        return PRESENT


def _direction(tense: str | None) -> str | None:
    """The caller's tense as a direction, or None to look it up per expression."""
    if tense is None:
        return None
    t = tense.lower()
    if t in (PAST, FUTURE, NEAREST):
        return t
    return PRESENT


# --------------------------------------------------------------------------- roles


_PERIOD_BEFORE = (
    r"(?:\bfor\s+(?:the\s+)?(?:(?:period|years?|term)\s+(?:of\s+)?)?|\b(?:period|phase|stage|term)\s+(?:of\s+|from\s+)?"
    r"|\b(?:results?|outcomes?|achievements?)\s+of\s+(?:the\s+)?)$"  # "review the results of 2019 cooperation": the year reviewed
)
_COVER_BEFORE = r"\s(?:for|in|during|covering|through)\s+(?:the\s+)?(?:(?:period|years?)\s+(?:of\s+)?)?$"
_PERIOD_BEFORE_RE = re.compile(_PERIOD_BEFORE, re.IGNORECASE)
_COVER_BEFORE_RE = re.compile(_COVER_BEFORE, re.IGNORECASE)
#: The same on the lower-cased text, where they are faster: right unless the text holds one of the
#: non-ASCII letters that match an ASCII one without regard to case (_CASE_TRAPS_RE).
_PERIOD_BEFORE_LOW_RE = re.compile(_PERIOD_BEFORE)
_COVER_BEFORE_LOW_RE = re.compile(_COVER_BEFORE)
_CASE_TRAPS_RE = re.compile("[İıKſ]")
#: The words a match of each ends with, before its final spaces.
_PERIOD_LAST_WORDS = ("for", "the", "period", "year", "years", "term", "of", "phase", "stage", "from")
_COVER_LAST_WORDS = ("for", "in", "during", "covering", "through", "the", "period", "year", "years", "of")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_PLAN_LINKS = frozenset(("between", "of", "with", "among", "for", "on", "by"))
#: a year, or a year ending the text before a period noun ("the 2025-2029 period")
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_YEAR_LAST_RE = re.compile(rf"(?<!\d){_YEAR}\W{{0,2}}(?:the\s+)?(?:period|phase|stage|term)\s+(?:of\s+|from\s+)?$", re.I)
#: How many words may stand between a plan noun and "in"/"for" + the year it covers.
PLAN_REACH = 6
_VERBISH = frozenset((
    "is", "are", "was", "were", "be", "been", "being", "will", "shall", "would", "has", "have", "had",
    "to", "which", "that", "who", "when", "where", "while", "after", "before", "since", "and",
))
_TIME_PREPOSITIONS = frozenset(("in", "on", "since", "by", "during", "until", "till", "from", "at", "of", "before", "after"))
_MODIFIER_RE = re.compile(r"[a-z][a-z-]*")
_NOT_MODIFIERS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "and", "or",
    "of", "to", "in", "on", "at", "by", "for", "with", "as", "is", "are", "was", "were", "will", "has",
    "have", "had", "it", "they", "he", "she", "we", "when", "after", "before", "from", "which", "who",
))


def _is_verbish(word: str) -> bool:
    """A word that ends the noun phrase before a date: a verb, an auxiliary, a conjunction or a mark."""
    return (
        not word[:1].isalpha()
        or word in _VERBISH
        or word in D.PAST_VERBS
        or (word.endswith("ed") and word not in D.NOT_PAST_ED)
    )


def _role(text: str, low: str, start: int, end: int, when: When, ref: date | None = None) -> str:
    """``vague`` for PRESENT/PAST_REF, ``period`` for a period a plan covers, else ``point``.

    Periods: "a cooperation plan for 2023", "for 2024-2025", "the 2021-2030 strategy",
    "the 2022 cooperation plan", "the plan between the two ministries in 2023".
    ``low`` is ``text`` lower-cased (``_ascii_lower``).
    """
    if when.timex in ("PRESENT_REF", "PAST_REF"):
        return "vague"
    if when.timex == "FUTURE_REF" or when.precision in ("day", "week", "unknown"):
        return "point"
    if (
        text[start - 1 : start] == "(" and text[end : end + 1] == ")" and when.start is not None and when.end is not None
        and when.end.year > when.start.year
    ):
        return "period"  # "the 70th anniversary of ties (1950 - 2020)": the years of the noun before, a gloss, not a date
    head_start = max(0, start - 100)
    head = text[head_start:start]
    probe = low[head_start:start]
    period_re: re.Pattern[str] | None = _PERIOD_BEFORE_LOW_RE
    cover_re: re.Pattern[str] | None = _COVER_BEFORE_LOW_RE
    if not probe.isascii() and _CASE_TRAPS_RE.search(probe):
        probe, period_re, cover_re = head, _PERIOD_BEFORE_RE, _COVER_BEFORE_RE
    else:  # most heads cannot end a match of either, which their last word shows at once
        last = probe.rstrip() if probe[-1:].isspace() else ""
        if not last.endswith(_PERIOD_LAST_WORDS):
            period_re = None
        if not last.endswith(_COVER_LAST_WORDS):
            cover_re = None
    m = period_re.search(probe) if period_re else None
    if m and _last_word(head, m.start()) not in D.POINT_BEFORE_FOR and not _YEAR_LAST_RE.search(head):
        return "period"  # not after "the 2025-2029 period": that period is told; "later this year" is a date
    m = cover_re.search(probe) if cover_re else None
    if m and probe[m.start() :].lstrip().startswith("covering"):
        return "period"  # "a protocol on the border gates covering 2019 to 2021": what it covers, not when
    if m:
        # "the plan between the two ministries in 2023": a plan noun, then only its own phrase
        found = list(_WORD_RE.finditer(head, 0, m.start()))[-(PLAN_REACH + 1) :]
        words = [w.group().lower() for w in found]
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            noun = w in D.PLAN_NOUNS or (w in D.WEAK_PLAN_NOUNS and ref is not None and when.start is not None
                                         and when.start > ref)
            if noun and (k == len(words) - 1 or words[k + 1] in _PLAN_LINKS):
                if _YEAR_RE.search(head, found[k].end(), m.start()):
                    break  # "a plan for 2023 in January 2021": the plan's year came first; this is the date
                return "period"
            if _is_verbish(w):
                break
    if _last_word(head, len(head)) in _TIME_PREPOSITIONS:
        return "point"  # "in 2022 cooperation grew": the date is adverbial
    tail = text[end : end + 60]
    if tail[:1] == " ":
        words = tail.split(None, 3)[:3]
        for i, raw in enumerate(words):
            w = raw.lower().rstrip(",.;:)")
            if w in D.PERIOD_NOUNS:
                return "period"
            if i == 2 or w != raw.lower() or not _MODIFIER_RE.fullmatch(w) or w in _NOT_MODIFIERS or w.endswith("ed"):
                break  # only plain lower-case modifiers may stand between ("2022 cooperation plan")
    return "point"


# --------------------------------------------------------------------------- public API


class _Candidate:
    """A resolved match: its span, its recogniser's rank and its date (a plain slotted class: one is made per match)."""

    __slots__ = ("end", "rank", "start", "when")

    def __init__(self, start: int, end: int, rank: int, when: When) -> None:
        self.start = start
        self.end = end
        self.rank = rank
        self.when = when


_MONTH_RECS = ("day-span-md", "day-span-dm", "month-day", "day-month", "month-span", "month-year", "month", "week-of-month")
#: Recognisers tried at a number, by its shape. Day numbers before a month name ("24 November")
#: and counts before a unit ("two years ago") are found from the word after them instead.
_YEAR_RECS = ("iso-date", "numeric-month", "year-span", "year", "quarter-code", "decade")
_NUMERIC_RECS = ("numeric-date", "numeric-month")
_ORDINAL_RECS = ("century", "quarter", "quarter-code", "day-of-rel-month")
_DECADE_RECS = ("decade",)
_UNIT_RECS = ("rel-unit", "the-weekend", "day-of-rel-month", "end-of-unit", "ago", "in-n", "quarter", "half", "week-of-year", "weekday",
              "future-plural", "past-plural", "vague")
_VAGUE_RECS = ("vague", "future-plural", "past-plural")

#: Words that can anchor a date expression → the recognisers to try around them.
_ANCHOR_GROUPS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("@month", tuple(D.MONTHS), _MONTH_RECS),
    ("@weekday", tuple(D.WEEKDAYS), ("weekday-span", "weekday", "weekday-day", "month-day", "day-month")),
    ("@holiday", tuple(dict.fromkeys(h.split()[0] for h in D.HOLIDAYS)), ("holiday",)),
    ("@today", ("today", "yesterday", "tomorrow", "tmrw", "tonight", "morning", "afternoon", "evening", "night"),
     ("today",)),
    ("@unit", ("week", "weekend", "month", "year", "yr", "quarter", "qtr", "half", "days", "weeks", "months",
               "years", "decade", "decades"), _UNIT_RECS),
    ("@season", tuple(D.SEASONS), ("season",)),
    ("@century", ("century",), ("century",)),
    ("@vague", tuple(w.split()[-1] for w in D.VAGUE_PHRASES), _VAGUE_RECS),
)


def _anchor_table() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Anchor word → (recogniser names to try around it, its classes), merging the groups it is in."""
    names: dict[str, tuple[str, ...]] = {}
    classes: dict[str, frozenset[str]] = {}
    for cls, words, recs in _ANCHOR_GROUPS:
        for w in words:
            names[w] = tuple(dict.fromkeys((*names.get(w, ()), *recs)))
            classes[w] = classes.get(w, frozenset()) | {cls}
    return {w: (names[w], classes[w]) for w in names}


#: Words that can anchor a date expression → the recognisers to try around them, and their classes.
ANCHORS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = _anchor_table()
#: Roman numerals that number a quarter in translated copy ("in IV quarter of this year").
_ROMAN_QUARTERS = ("i", "ii", "iii", "iv")
#: Words that may begin an expression before its anchor ("late last July", "from June 1 to 4").
PREFIX_WORDS: frozenset[str] = frozenset((
    "early", "earlier", "late", "later", "mid", "middle", "the", "end", "beginning", "start", "turn", "of",
    "in", "at", "on", "from", "between", "last", "next", "this", "past", "previous", "coming", "upcoming",
    "following", "current", "same", "fiscal", "financial", "calendar", "a", "an", "few", "several",
    "couple", "q", "fy", "right", "near", "over", "during", "within", "for", "recent", "forthcoming",
    "year", "week", "long", "old", "these", "present", "time", "short", "years", "days", "months", "weeks",
    "day", "after", "before", "and", "to", "until", "till", "final",
    "through", "thru", "st", "nd", "rd", "th", *_ROMAN_QUARTERS,
    *D.NUMBER_WORDS, *D.ORDINAL_WORDS, *(w for o in D.ORDINAL_WORDS for w in o.split()), *D.WEEKDAYS,
))
_MODS = ("early", "earlier", "late", "later", "mid", "middle", "the", "end", "beginning", "start", "turn")
_RELS = ("last", "next", "this", "past", "previous", "coming", "upcoming", "following", "current", "same")
_ORDS = (*D.ORDINAL_WORDS, *(o.split()[0] for o in D.ORDINAL_WORDS))
_SPAN_LEADS = ("from", "between")
_PLURAL_LEADS = ("in", "over", "during", "within", "for", "the")
#: Words a recogniser's match may begin with before its anchor ("#" stands for a number):
#: a start is tried only for the recognisers that can begin there. (The words between such a
#: start and the anchor, "of" in "the end of 2022", only let the walk back go on: PREFIX_WORDS.)
LEADS: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in {
        "today": ("@today", "the", "this", "last", "yesterday", "tomorrow"),
        "iso-date": ("@digit",),
        "numeric-date": ("@digit", "#"),
        "day-span-md": ("@month", *_SPAN_LEADS),
        "day-span-dm": ("@digit", *_SPAN_LEADS, "#"),
        "month-day": ("@month", "@weekday", *D.WEEKDAYS),
        "day-month": ("@digit", "@weekday", *D.WEEKDAYS, "the", "#", *_ORDS),
        "month-span": _SPAN_LEADS,
        "month-year": ("@month", "@digit", *_MODS, "#"),
        "numeric-month": ("@digit", "#"),
        "year-span": ("@digit", *_SPAN_LEADS),
        "quarter": ("@digit", "the", "first", "second", "third", "fourth", "final", "last", *_ROMAN_QUARTERS, "#"),
        "quarter-code": ("@digit", "q"),
        "half": ("the", "first", "second", "latter", "#"),
        "week-of-year": ("the", "first", "second", "third", "fourth", "fifth", "last", "final", "#"),
        "week-of-month": ("the", "first", "second", "third", "fourth", "last", "final", "#"),
        "season": ("@season", *_MODS, *_RELS),
        "rel-unit": (*_MODS, *_RELS),
        "the-weekend": ("over", "at", "during"),
        "day-of-rel-month": ("@digit", "the", "#"),
        "end-of-unit": ("the", "end", "beginning", "start", "middle", "turn", "earlier", "later"),
        "ago": (*D.NUMBER_WORDS, "#"),
        "in-n": ("in",),
        "weekday": ("@weekday", *_RELS),
        "weekday-span": ("@weekday", *_SPAN_LEADS),
        "weekday-day": ("@weekday",),
        "holiday": ("@holiday", *_RELS),
        "century": ("@digit", "the", "early", "mid", "late", *_ORDS, "#"),
        "decade": ("@digit", "the", "early", "mid", "late", "#"),
        "month": ("@month", *_MODS, *_RELS),
        "year": ("@digit", *_MODS, "fiscal", "financial", "fy", "year"),
        "future-plural": ("@unit", *_PLURAL_LEADS, "coming", "next", "upcoming", "following", "forthcoming"),
        "past-plural": (*_PLURAL_LEADS, "past", "last", "recent", "previous"),
        "vague": ("@vague", *(phrase.split()[0] for phrase in D.VAGUE_PHRASES if " " in phrase)),
    }.items()
}
#: How many words an expression may reach back from its anchor.
PREFIX_REACH = 5
_ANCHOR_TRIE = _trie(ANCHORS)
# Every anchor starts with a non-letter: a number's first digit or the character before a word,
# which the match consumes instead of a lookbehind, so that the engine skips letters at once.
# Numbers are anchors only in the shapes some recogniser can start with (``_number_plan_at``): four
# digits, or one or two before "-", "/", ".", "s", an apostrophe or an ordinal suffix; any number
# may carry a word glued to it ("14april", "18q4").
ANCHOR_RE = re.compile(
    rf"[^a-z](?:(?<=[0-9])(?<![0-9]{{2}})"
    rf"(?:(?P<n>[0-9]{{3}}(?![0-9])|[0-9]?(?=[-/.s'’nrtq]))(?:(?P<g>{_ANCHOR_TRIE})(?![a-z]))?"
    rf"|[0-9]*(?P<g2>{_ANCHOR_TRIE})(?![a-z]))"
    rf"|(?<![0-9])(?P<w>{_ANCHOR_TRIE})(?![a-z]))"
)


def _anchors(low: str) -> Iterator[tuple[_Plan, int]]:
    """The anchors of a lower-cased text, in order, with the recognisers to try around them: (plan, start).

    The text is read after a space, which ANCHOR_RE needs before a word at its very start.
    """
    for m in ANCHOR_RE.finditer(" " + low):
        kind = m.lastgroup or ""
        if kind == "w":
            yield _WORD_PLANS[m.group("w")], m.start("w") - 1
            continue
        if kind != "g2":  # a number
            start, end = m.start() - 1, m.end("n") - 1
            plan = _number_plan_at(low, low[start:end], end)
            if plan is not None:
                yield plan, start
        if kind != "n":  # a word right after the digits
            yield _WORD_PLANS[m.group(kind)], m.start(kind) - 1


_BY_NAME: dict[str, tuple[int, Recogniser]] = {rec.name: (i, rec) for i, rec in enumerate(RECOGNISERS)}


def _starts(low: str, pos: int) -> list[tuple[int, str]]:
    """``pos`` and the starts of the prefix words right before it (with the word, "#" for a number).

    Words are read backwards while they are in ``PREFIX_WORDS`` (or are numbers of up to four
    digits), separated by at most three spaces, commas, dots, hyphens or apostrophes.
    """
    out = [(pos, "")]
    edge = pos
    for _ in range(PREFIX_REACH):
        i = edge
        while i > 0 and edge - i < 3 and low[i - 1] in _SEPARATORS:
            i -= 1
        if i == 0 or low[i - 1] in _SEPARATORS:
            break
        j = i
        if low[j - 1].isdigit():
            while j > 0 and low[j - 1].isdigit():
                j -= 1
            if i - j > 4:
                break
            lead = "#"
        else:
            while j > 0 and "a" <= low[j - 1] <= "z":
                j -= 1
            lead = low[j:i]
            if lead not in PREFIX_WORDS:
                break
        out.append((j, lead))
        edge = j
    return out


_SEPARATORS = frozenset(" \t\n,'’.-")
_DIGIT = frozenset(("@digit",))
_SPAN_NEXT_RE = re.compile(r"\s*(?:[-–—/]|to\b|and\b|until\b|till\b|through\b|thru\b)")

#: The recognisers worth trying around an anchor, by the word a match begins with: "" at the
#: anchor itself, else a prefix word before it ("#" for a number).
_Plan = dict[str, tuple[tuple[int, Recogniser], ...]]
#: Recognisers whose anchor class holds words they can only end with ("the coming time", "years
#: ahead", "in the past"): at the anchor itself they are tried only when it is one of these words.
_AT_ANCHOR_WORDS: dict[str, frozenset[str]] = {
    "future-plural": frozenset(("days", "weeks", "months", "years")),
    "vague": frozenset(phrase.split()[0] for phrase in D.VAGUE_PHRASES),
}


def _make_plan(names: tuple[str, ...], classes: frozenset[str], word: str = "") -> _Plan:
    """The recognisers among ``names`` that may begin at the anchor ``word`` (by its classes) or with each lead word."""
    plan: _Plan = {"": tuple(
        _BY_NAME[n] for n in names
        if not LEADS[n].isdisjoint(classes) and (n not in _AT_ANCHOR_WORDS or word in _AT_ANCHOR_WORDS[n])
    )}
    for lead in dict.fromkeys(w for n in names for w in LEADS[n] if not w.startswith("@")):
        recs = tuple(_BY_NAME[n] for n in names if lead in LEADS[n])
        if recs:
            plan[lead] = recs
    return plan


def _at_anchor_only(plan: _Plan, names: tuple[str, ...]) -> _Plan:
    """``plan`` trying only ``names`` at the anchor itself."""
    return {**plan, "": tuple(r for r in plan[""] if r[1].name in names)}


def _plans() -> dict[str, _Plan]:
    """The plans of the anchor words, one shared plan per recogniser set (and anchor word, where it matters)."""
    made: dict[tuple[tuple[str, ...], frozenset[str], str], _Plan] = {}
    plans: dict[str, _Plan] = {}
    for w, (names, classes) in ANCHORS.items():
        key = (names, classes, w if any(n in _AT_ANCHOR_WORDS for n in names) else "")
        if key not in made:
            made[key] = _make_plan(*key)
        plans[w] = made[key]
    return plans


_WORD_PLANS = _plans()
#: The plans of the number shapes: (recognisers, those of them tried at the number itself) → plan.
_NUMBER_PLANS: dict[tuple[tuple[str, ...], tuple[str, ...]], _Plan] = {}


def _number_plan(names: tuple[str, ...], at: tuple[str, ...] | None = None) -> _Plan:
    """The plan of a number trying ``names`` around it, only those in ``at`` (default all) at the number itself."""
    key = (names, names if at is None else at)
    plan = _NUMBER_PLANS.get(key)
    if plan is None:
        plan = _NUMBER_PLANS[key] = _at_anchor_only(_make_plan(names, _DIGIT), key[1])
    return plan


#: After a year, what a quarter code needs ("2022 Q1", "2021/q3").
_QUARTER_AFTER_YEAR_RE = re.compile(r"[\s/-]*q[1-4]")
#: What may follow the first separator of an ISO date: a month number or a month name.
_ISO_MONTH_STARTS = frozenset((*"0123456789", *(name[0] for name in D.MONTHS)))


def _number_plan_at(low: str, word: str, end: int) -> _Plan | None:
    """The recognisers worth trying around a number ``word`` ending at ``end``, by its shape.

    The characters after it rule out some of them at the number itself: an ISO
    date needs a month after the separator ("2015.5.13"), a year before a full stop begins nothing
    else, one before a hyphen or slash no decade, one before anything but a space or "q" no
    quarter code; a day or month number needs a digit after its separator; only "2nd" to "4th"
    begin a quarter and only two digits a quarter code ("18q4").
    """
    nxt = low[end : end + 1]
    if len(word) == 4:
        if nxt in ("-", "/", "."):
            iso = ("iso-date",) if low[end + 1 : end + 2] in _ISO_MONTH_STARTS else ()
            if nxt == ".":
                return _number_plan(_YEAR_RECS, (*iso, "year"))
            return _number_plan(_YEAR_RECS, (*iso, "numeric-month", "year-span", "year", "quarter-code"))
        if nxt in ("s", "'", "’"):
            return _number_plan(("decade", "year"))
        if _SPAN_NEXT_RE.match(low, end):
            return _number_plan(("year-span", "year"))
        if (nxt == "q" or nxt.isspace()) and _QUARTER_AFTER_YEAR_RE.match(low, end):
            return _number_plan(("year", "quarter-code"))
        return _number_plan(("year", "quarter-code"), ("year",))
    if len(word) > 2:
        return None
    if nxt in ("-", "/", "."):
        after = low[end + 1 : end + 2]
        at: tuple[str, ...]
        if after.isdecimal():  # 24/11/2020, or 11-2016
            at = _NUMERIC_RECS if nxt != "." and after in ("1", "2") else ("numeric-date",)
        else:  # 11/ 2016
            at = ("numeric-month",) if nxt != "." and after.isspace() else ()
        return _number_plan(_NUMERIC_RECS, at)
    if nxt in ("s", "'", "’"):
        return _number_plan(_DECADE_RECS)
    if nxt in ("n", "r", "t", "q"):
        at = ("century",)
        if word in ("1", "2", "3", "4"):
            at += ("quarter",)
        if nxt == "q" and len(word) == 2:
            at += ("quarter-code",)
        return _number_plan(_ORDINAL_RECS, at)
    return None


#: A match of a recogniser: (start - end, rank, start, end, match, recogniser). Sorted, these
#: come longest first, ties to the earlier recogniser, then to the earlier start.
_Found = tuple[int, int, int, int, "re.Match[str]", Recogniser]


def _matches(low: str) -> list[_Found]:
    """Every match of a recogniser that starts at an anchor or a prefix word before it and reaches the anchor."""
    out: list[_Found] = []
    tried: set[int] = set()  # rank + _RANKS * start of the matches already tried
    for plan, a_start in _anchors(low):
        for s, lead in _starts(low, a_start):
            recs = plan.get(lead)
            if recs is None:
                continue
            base = _RANKS * s
            for rank, rec in recs:
                if base + rank in tried:
                    continue
                tried.add(base + rank)
                m = rec.pattern.match(low, s)
                if m is not None:
                    e = m.end()
                    if e > a_start:
                        out.append((s - e, rank, s, e, m, rec))
    return out


_RANKS = len(RECOGNISERS)


def _select(text: str, low: str, ref: date | None, tense: str | None, found: list[_Found]) -> list[_Candidate]:
    """The longest non-overlapping matches that resolve, ties to the earlier recogniser, in text order.

    Matches are resolved longest first, and one that overlaps a match already taken is not
    resolved at all: it could not be taken, whatever its value.
    """
    chosen: list[_Candidate] = []
    if not found:
        return chosen
    finder = _TenseFinder(text, low) if tense is None else None
    for _, rank, s, e, m, rec in sorted(found):
        for c in chosen:
            if e > c.start and s < c.end:
                break
        else:
            try:
                when = rec.resolve(m, _Ctx(text, ref, tense, finder, (s, e)))
            except (ValueError, OverflowError, KeyError) as exc:  # impossible calendar values
                log.debug("date %r (%s) not resolved: %s", m.group(), rec.name, exc)
                continue
            if when is not None:
                chosen.append(_Candidate(s, e, rank, when))
    chosen.sort(key=attrgetter("start"))
    return chosen


def find_dates(text: str, ref: date | None, tense: str | None = None) -> list[DateMention]:
    """Every date expression of ``text``, resolved against ``ref``, non-overlapping, in text order.

    ``tense`` ("past", "future", "present") sets the direction of year-less
    dates for the whole text; None looks up the nearest verb cue of each
    expression's sentence. Offsets index into ``text``.

    >>> [m.when.value for m in find_dates("They met on October 25 and will meet next year.", date(2022, 10, 26))]
    ['2022-10-25', '2023']
    """
    if not text:
        return []
    low = _ascii_lower(text)
    out: list[DateMention] = []
    for c in _select(text, low, ref, _direction(tense), _matches(low)):
        out.append(DateMention(expr=text[c.start : c.end], start=c.start, end=c.end, when=c.when,
                               role=_role(text, low, c.start, c.end, c.when, ref)))
    return out


def resolve(phrase: str, ref: date | None, tense: str | None = None) -> When:
    """One date expression → When; precision "unknown" when it cannot be resolved.

    >>> resolve("next year", date(2022, 10, 26)).value
    '2023'
    >>> resolve("signed on December 28", date(2022, 1, 3), "past").value
    '2021-12-28'
    """
    mentions = find_dates(phrase, ref, tense)
    if not mentions:
        log.debug("no date in %r", phrase)
        return UNKNOWN
    best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    return best.when


def expressions(text: str, ref: date | None) -> list[dict[str, object]]:
    """The date expressions of ``text`` as plain records for the CLI (``timeline dates``).

    ``value`` is the TIMEX3-style value; ``date_start``/``date_end`` ISO days or "".
    """
    return [
        {
            "expr": m.expr,
            "start": m.start,
            "end": m.end,
            "value": m.when.timex or m.when.value,
            "precision": m.when.precision,
            "date_start": m.when.start.isoformat() if m.when.start else "",
            "date_end": m.when.end.isoformat() if m.when.end else "",
            "role": m.role,
        }
        for m in find_dates(text, ref)
    ]


__all__ = ["FUTURE", "PAST", "PRESENT", "RECOGNISERS", "Recogniser", "expressions", "find_dates", "resolve",
           "tense_of"]
