"""Tests of timeline.dates: phrase + reference date + tense → When; finding expressions; roles."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import expressions, find_dates, resolve, tense_of
from timeline.models import When

REF = date(2022, 10, 26)  # a Wednesday: the article date of EVENTS.md's table
TEMPEVAL = Path("/work/shared/eval/dates/tempeval3_platinum.jsonl")
BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_dates.py"


def value_of(text: str, ref: date | None = REF, tense: str | None = None) -> tuple[str, str]:
    """The (value, precision) of the longest expression found in ``text``."""
    w = resolve(text, ref, tense)
    return w.value, w.precision


# --------------------------------------------------------------------------- EVENTS.md and the brief


@pytest.mark.parametrize(
    ("text", "ref", "tense", "value", "precision"),
    [
        pytest.param("on October 25", REF, "past", "2022-10-25", "day", id="on-october-25"),
        pytest.param("on Oct 25", REF, "past", "2022-10-25", "day", id="on-oct-25"),
        pytest.param("Oct. 25", REF, None, "2022-10-25", "day", id="oct-dot-25"),
        pytest.param("Dec. 22", date(2023, 1, 4), "past", "2022-12-22", "day", id="dec-22-across-new-year"),
        pytest.param("signed on December 28", date(2022, 1, 3), None, "2021-12-28", "day", id="past-tense-december"),
        pytest.param("They will meet on January 5", date(2022, 12, 3), None, "2023-01-05", "day", id="future-january"),
        pytest.param("Today [October 26], the ministers met", REF, None, "2022-10-26", "day", id="today-bracket"),
        pytest.param("today", REF, None, "2022-10-26", "day", id="today"),
        pytest.param("They first met on March 4 in 1980", REF, None, "1980-03-04", "day", id="month-day-in-year"),
        pytest.param("They first met on 4 March in 1980", REF, None, "1980-03-04", "day", id="day-month-in-year"),
        pytest.param("The envoy will stay there on 24-28 October", REF, None, "2022-10-24/2022-10-28", "range", id="a-span-under-way-is-this-year-s"),
        pytest.param("a state visit from October 26 (today) till 28", REF, None, "2022-10-26/2022-10-28", "range", id="a-span-whose-first-day-is-glossed-today"),
        pytest.param("drills from late October to mid-November", REF, None, "2022-10/2022-11", "range", id="a-span-of-months"),
        pytest.param("talks held between March and May 2021", REF, None, "2021-03/2021-05", "range", id="a-span-of-months-with-its-year"),
        pytest.param("a campaign from November to February", REF, "future", "2022-11/2023-02", "range", id="a-span-of-months-across-the-new-year"),
        pytest.param("yesterday", REF, None, "2022-10-25", "day", id="yesterday"),
        pytest.param("tomorrow", REF, None, "2022-10-27", "day", id="tomorrow"),
        pytest.param("They met on Tuesday", REF, None, "2022-10-25", "day", id="tuesday-past"),
        pytest.param("They will meet on Tuesday", REF, None, "2022-11-01", "day", id="tuesday-future"),
        pytest.param("They will meet on Wednesday", REF, None, "2022-10-26", "day", id="future-weekday-of-the-paper-s-own-day-is-that-day"),
        pytest.param("He said Wednesday", REF, None, "2022-10-26", "day", id="weekday-on-dct-past"),
        pytest.param("last Monday", REF, None, "2022-10-17", "day", id="last-monday-iso-week"),
        pytest.param("next Friday", REF, None, "2022-11-04", "day", id="next-friday-iso-week"),
        pytest.param("in August 2021", REF, None, "2021-08", "month", id="august-2021"),
        pytest.param("He told CNN in August", REF, None, "2022-08", "month", id="august-past"),
        pytest.param("He told CNN in December", REF, None, "2021-12", "month", id="december-past"),
        pytest.param("It will open in December", REF, None, "2022-12", "month", id="december-future"),
        pytest.param("The talks are due in March", REF, None, "2023-03", "month", id="march-due-future"),
        pytest.param("Since the premier's May official visit, trade grew", REF, None, "2022-05", "month", id="may-names-the-visit-after-it"),
        pytest.param("next year", REF, None, "2023", "year", id="next-year"),
        pytest.param("in 2022", REF, None, "2022", "year", id="in-2022"),
        pytest.param("this year", REF, None, "2022", "year", id="this-year"),
        pytest.param("last year", REF, None, "2021", "year", id="last-year"),
        pytest.param("a meeting was called for the end of November", REF, None, "2022-11", "month", id="called-for-a-month-is-its-date"),
        pytest.param("ties sealed by the last year's signing of a pact", REF, None, "2021", "year", id="the-last-year-s-is-last-year"),
        pytest.param("last month", REF, None, "2022-09", "month", id="last-month"),
        pytest.param("this month", REF, None, "2022-10", "month", id="this-month"),
        pytest.param("next month", REF, None, "2022-11", "month", id="next-month"),
        pytest.param("last week", REF, None, "2022-10-17/2022-10-23", "week", id="last-week"),
        pytest.param("this week", REF, None, "2022-10-24/2022-10-30", "week", id="this-week"),
        pytest.param("Earlier this week, they held talks", REF, None, "2022-10-24/2022-10-26", "range",
                     id="earlier-this-week-ends-on-the-article-day"),
        pytest.param("The ministers met this week", REF, None, "2022-10-24/2022-10-26", "range",
                     id="past-this-week-ends-on-the-article-day"),
        pytest.param("They will meet later this week", REF, None, "2022-10-27/2022-10-30", "range",
                     id="later-this-week-starts-after-the-article-day"),
        pytest.param("earlier this week", date(2022, 10, 24), None, "2022-10-24", "day",
                     id="earlier-this-week-told-on-monday-is-monday"),
        pytest.param("in the last week", REF, None, "2022-10-17/2022-10-23", "week", id="the-last-week"),
        pytest.param("earlier this year", REF, None, "2022", "year", id="earlier-this-year"),
        pytest.param("early next year", REF, None, "2023", "year", id="early-next-year"),
        pytest.param("late 2021", REF, None, "2021", "year", id="late-2021"),
        pytest.param("It started in early December", REF, None, "2021-12", "month", id="early-december-past"),
        pytest.param("late last July", REF, None, "2022-07", "month", id="late-last-july"),
        pytest.param("last June", date(2013, 3, 22), None, "2012-06", "month", id="last-june"),
        pytest.param("the first quarter", REF, None, "2022-Q1", "quarter", id="the-first-quarter"),
        pytest.param("Q1 2022", REF, None, "2022-Q1", "quarter", id="q1-2022"),
        pytest.param("first quarter of 2021", REF, None, "2021-Q1", "quarter", id="first-quarter-of-2021"),
        pytest.param("to convene in III quarter of this year", REF, "future", "2022-Q3", "quarter", id="roman-numeral-quarter"),
        pytest.param("the last session, held on May 14 of 2019", REF, None, "2019-05-14", "day", id="month-day-of-year"),
        pytest.param("on 24 November 2020", REF, None, "2020-11-24", "day", id="24-november-2020"),
        pytest.param("24/11/2020", REF, None, "2020-11-24", "day", id="day-first-slashes"),
        pytest.param("2020-11-24", REF, None, "2020-11-24", "day", id="iso"),
        pytest.param("March 3, 2022", REF, None, "2022-03-03", "day", id="march-3-2022"),
        pytest.param("the 15th of February 2021", REF, None, "2021-02-15", "day", id="15th-of-february"),
        pytest.param("Tuesday, March 7", date(2017, 3, 14), None, "2017-03-07", "day", id="weekday-month-day"),
        pytest.param("will meet on November 20-21", REF, None, "2022-11-20/2022-11-21", "range", id="november-20-21"),
        pytest.param("from June 1 to 4", date(2022, 5, 20), "future", "2022-06-01/2022-06-04", "range", id="from-june-1-to-4"),
        pytest.param("January 6-7", date(2022, 1, 10), "past", "2022-01-06/2022-01-07", "range", id="january-6-7"),
        pytest.param("20-21 November 2020", REF, None, "2020-11-20/2020-11-21", "range", id="20-21-november"),
        pytest.param("from 2021 to 2025", REF, None, "2021/2025", "range", id="from-2021-to-2025"),
        pytest.param("2021-2025", REF, None, "2021/2025", "range", id="2021-2025"),
        pytest.param("1957-58", REF, None, "1957/1958", "range", id="two-digit-end"),
        pytest.param("two years ago", REF, None, "2020", "year", id="two-years-ago"),
        pytest.param("four years ago", date(2013, 3, 21), None, "2009", "year", id="four-years-ago"),
        pytest.param("six years ago", date(2013, 3, 21), None, "2007", "year", id="six-years-ago"),
        pytest.param("the 1990s", REF, None, "1990/1999", "range", id="the-1990s"),
        pytest.param("the 20th century", REF, None, "1900/1999", "range", id="20th-century"),
        pytest.param("last summer", date(2013, 3, 22), None, "2012-06/2012-08", "range", id="last-summer"),
        pytest.param("this fiscal year", REF, None, "2022", "year", id="this-fiscal-year"),
        pytest.param("It peaked by the end of year", date(2013, 3, 22), None, "2012", "year", id="end-of-year-past"),
        pytest.param("the end of 2000", REF, None, "2000", "year", id="end-of-2000"),
        pytest.param("He arrived on October 25 last year", REF, None, "2021-10-25", "day", id="day-last-year"),
        pytest.param("in March next year", REF, None, "2023-03", "month", id="month-next-year"),
        pytest.param("They met on Friday the 14th", REF, None, "2022-10-14", "day", id="weekday-the-14th"),
        pytest.param("on Christmas Day 2021", REF, None, "2021-12-25", "day", id="christmas-2021"),
        pytest.param("last Christmas", REF, None, "2021-12-25", "day", id="last-christmas"),
        pytest.param("by mid-2023", REF, None, "2023", "year", id="mid-year"),
        pytest.param("the second half of this year", REF, None, "2022-07/2022-12", "range", id="second-half"),
        pytest.param("the first of March", date(2022, 2, 10), "future", "2022-03-01", "day", id="ordinal-of-month"),
        pytest.param("They met in the first week of October", REF, None, "2022-10-01/2022-10-07", "range", id="first-week-of-a-month"),
        pytest.param("It will open in the last week of November", REF, None, "2022-11-24/2022-11-30", "range", id="last-week-of-a-month"),
        pytest.param("the second week of March, 2021", REF, None, "2021-03-08/2021-03-14", "range", id="week-of-a-month-and-year"),
        pytest.param("The police chiefs met over the weekend", REF, None, "2022-10-22/2022-10-23", "range", id="over-the-weekend-past"),
        pytest.param("They will meet at the weekend", REF, None, "2022-10-29/2022-10-30", "range", id="at-the-weekend-future"),
        pytest.param("It was opened on the 15th of this month", REF, None, "2022-10-15", "day", id="day-of-this-month"),
        pytest.param("The summit opens on the 20th of next month", REF, None, "2022-11-20", "day", id="day-of-next-month"),
        pytest.param("on the 31st of next month", REF, None, "2022-11", "month", id="no-such-day-of-next-month"),
        pytest.param("The cabinet will sit on the 28th.", REF, None, "2022-10-28", "day", id="bare-day-ahead-this-month"),
        pytest.param("The plan was approved on the 30th.", REF, None, "2022-09-30", "day", id="bare-day-past-last-month"),
        pytest.param("The talks will open on the 2nd.", REF, None, "2022-11-02", "day", id="bare-day-ahead-next-month"),
        pytest.param("The envoy arrived on Monday (24) in the capital", REF, None, "2022-10-24", "day", id="weekday-and-bracketed-day"),
        pytest.param("They will meet on the coming Wednesday", REF, None, "2022-11-02", "day", id="coming-weekday-told-on-that-weekday"),
        pytest.param("Ghana suggested holding the committee's meeting in August", REF, None, "2023-08", "month", id="a-proposal-looks-ahead"),
        pytest.param("Nigeria proposed that the sides meet again in March", REF, None, "2023-03", "month", id="proposed-that-looks-ahead"),
        pytest.param("The talks proposed in March were held", REF, None, "2022-03", "month", id="proposed-in-a-month-is-past"),
        pytest.param("August 2021", None, None, "2021-08", "month", id="absolute-without-ref"),
        pytest.param("Launched in 2016", None, None, "2016", "year", id="year-without-ref"),
    ],
)
def test_resolve(text: str, ref: date | None, tense: str | None, value: str, precision: str) -> None:
    assert value_of(text, ref, tense) == (value, precision)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        pytest.param("this week", "2022-W43", id="week"),
        pytest.param("the first quarter", "2022-Q1", id="quarter"),
        pytest.param("last summer", "2022-SU", id="season"),
        pytest.param("Summer 2016 was hot", "2016-SU", id="season-with-year"),
        pytest.param("the 20th century", "19", id="century"),
        pytest.param("the 1990s", "199", id="decade"),
        pytest.param("in the coming time", "FUTURE_REF", id="future-ref"),
        pytest.param("currently", "PRESENT_REF", id="present-ref"),
        pytest.param("in the past", "PAST_REF", id="past-ref"),
        pytest.param("the first half of 2021", "2021-H1", id="half"),
        pytest.param("this weekend", "2022-W43-WE", id="weekend"),
        pytest.param("the first week of 2015", "2015-W01", id="first-week-of-year"),
        pytest.param("the last week of 2015", "2015-W53", id="last-week-of-year"),
        pytest.param("the day after tomorrow", "2022-10-28", id="day-after-tomorrow"),
    ],
)
def test_timex(text: str, timex: str) -> None:
    assert resolve(text, REF).timex == timex


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("in the coming time", id="coming-time"),
        pytest.param("soon", id="soon"),
        pytest.param("in the near future", id="near-future"),
        pytest.param("in the coming months", id="coming-months"),
        pytest.param("for the coming time", id="for-the-coming-time"),
    ],
)
def test_open_future(text: str) -> None:
    assert resolve(text, REF) == When(value="", start=date(2022, 10, 27), end=None, precision="unknown",
                                      timex="FUTURE_REF")


# --------------------------------------------------------------------------- finding


def test_find_dates_offsets_and_order() -> None:
    text = "They met on October 25 and will sign an extradition agreement next year."
    found = find_dates(text, REF)
    assert [m.expr for m in found] == ["October 25", "next year"]
    assert all(text[m.start : m.end] == m.expr for m in found)
    assert [m.when.value for m in found] == ["2022-10-25", "2023"]


def test_today_bracket_is_one_expression() -> None:
    found = find_dates("Today [October 26], a minister-level meeting was held.", REF)
    assert [m.expr for m in found] == ["Today [October 26]"]


def test_local_tense_per_expression() -> None:
    """Each expression takes the tense of its own clause."""
    text = "Six deaths were reported, and there will be more, said Dr. Jhung on Friday."
    found = find_dates(text, date(2013, 3, 22))
    assert [m.when.value for m in found] == ["2013-03-22"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("They pledged US$4.5 billion in aid.", id="money"),
        pytest.param("Police solved 5,338 cases.", id="thousands"),
        pytest.param("The 725-km road is open.", id="length"),
        pytest.param("the 12th Vietnam-Laos security cooperation conference", id="ordinal"),
        pytest.param("They seized 292 kg of drugs.", id="weight"),
        pytest.param("The talks opened at 10:30.", id="time"),
        pytest.param("About 2000 people attended.", id="count-in-year-range"),
        pytest.param("Decree 2020 on border management", id="identifier"),
        pytest.param("It may rain. Troops march on.", id="may-march-words"),
        pytest.param("Ministers May visit Hanoi. Bands March tour halls.", id="may-march-verbs-capitalised-without-a-determiner"),
        pytest.param("Covid-19 spread fast.", id="covid-19"),
        pytest.param("He spoke at the Summer Davos forum.", id="season-in-a-name"),
        pytest.param("Tet, the Spring Festival, is near.", id="spring-festival"),
        pytest.param("The project costs 2022 billion VND.", id="money-amount"),
        pytest.param("Growth reached 20.22 percent.", id="decimal"),
        pytest.param("Both sides back the Good Friday Agreement.", id="a-named-day-in-a-treaty-name"),
        pytest.param("Prices fell on Black Friday and Cyber Monday.", id="named-shopping-days"),
    ],
)
def test_non_dates_not_found(text: str) -> None:
    assert find_dates(text, REF) == []


@pytest.mark.parametrize(
    ("text", "expr", "role"),
    [
        pytest.param("They signed a cooperation plan for 2023.", "2023", "period", id="plan-for-year"),
        pytest.param("the plan for 2024-2025", "2024-2025", "period", id="for-span"),
        pytest.param("the 2021-2030 strategy", "2021-2030", "period", id="span-strategy"),
        pytest.param("to review the results of 2019 cooperation", "2019", "period", id="the-year-whose-results-are-reviewed"),
        pytest.param("reviewing the 2022 cooperation plan", "2022", "period", id="year-modifies-plan"),
        pytest.param("for the 2021-2025 period", "2021-2025", "period", id="span-period"),
        pytest.param("in the period 2021-2025", "2021-2025", "period", id="period-then-span"),
        pytest.param("signed a cooperation plan between the two ministries in 2023", "2023", "period",
                     id="plan-between-in-year"),
        pytest.param("signed a cooperation plan for 2023 in January 2021", "January 2021", "point",
                     id="plan-year-told-then-date"),
        pytest.param("sign an action plan for the 2025-2029 period later this year", "later this year", "point",
                     id="span-period-told-then-date"),
        pytest.param("marking 50 years of ties (1973 - 2023) with a gala", "1973 - 2023", "period",
                     id="bracketed-year-span-glosses-the-noun"),
        pytest.param("The plan was signed in 2022.", "2022", "point", id="signed-in-year"),
        pytest.param("The meeting is scheduled for 2023.", "2023", "point", id="scheduled-for"),
        pytest.param("In 2022, the ministry built stations.", "2022", "point", id="adverbial-year"),
        pytest.param("a 2009 analysis", "2009", "point", id="year-modifies-other-noun"),
        pytest.param("They met on October 25.", "October 25", "point", id="day"),
        pytest.param("in the coming time", "in the coming time", "point", id="open-future-is-point"),
        pytest.param("He is now the head.", "now", "vague", id="now"),
        pytest.param("It is currently selling well.", "currently", "vague", id="currently"),
        pytest.param("In the past, he refused.", "In the past", "vague", id="in-the-past"),
        pytest.param("the ship was at sea at the time.", "at the time", "vague", id="at-the-time"),
    ],
)
def test_role(text: str, expr: str, role: str) -> None:
    found = {m.expr: m.role for m in find_dates(text, REF)}
    assert found.get(expr) == role, found


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        pytest.param("The two sides signed the plan.", "past", id="signed"),
        pytest.param("The conference took place in Vientiane.", "past", id="took-place"),
        pytest.param("The meeting was held in Hanoi.", "past", id="was-held"),
        pytest.param("They will meet again.", "future", id="will"),
        pytest.param("The deal is expected to be signed.", "future", id="expected-to"),
        pytest.param("A conference to be held in Hanoi.", "future", id="to-be-held"),
        pytest.param("Laos plans to build a road.", "future", id="plans-to"),
        pytest.param("He said they will sign it next year.", "future", id="reported-future"),
        pytest.param("The two countries share a border.", "present", id="present"),
    ],
)
def test_tense_of(sentence: str, tense: str) -> None:
    assert tense_of(sentence) == tense


# --------------------------------------------------------------------------- no reference date


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("next year", id="next-year"),
        pytest.param("on October 25", id="month-day"),
        pytest.param("yesterday", id="yesterday"),
        pytest.param("last week", id="last-week"),
        pytest.param("on Tuesday", id="weekday"),
        pytest.param("in August", id="month"),
        pytest.param("two years ago", id="ago"),
    ],
)
def test_relative_without_ref_is_unknown(text: str) -> None:
    w = resolve(text, None)
    assert (w.precision, w.value, w.start, w.end) == ("unknown", "", None, None)


def test_unresolvable_phrase_is_unknown() -> None:
    assert resolve("at some point", REF).precision == "unknown"


def test_expressions_records() -> None:
    rows = expressions("In August 2021 they signed an MoU; this week they met.", REF)
    assert rows == [
        {"expr": "August 2021", "start": 3, "end": 14, "value": "2021-08", "precision": "month",
         "date_start": "2021-08-01", "date_end": "2021-08-31", "role": "point"},
        {"expr": "this week", "start": 35, "end": 44, "value": "2022-W43", "precision": "range",
         "date_start": "2022-10-24", "date_end": "2022-10-26", "role": "point"},
    ]


# --------------------------------------------------------------------------- invariants


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -/.,abcdefghijklmnopqrstuvwxyzADJMNOS[]()'")), max_size=80),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)) | st.none(),
       st.sampled_from([None, "past", "future", "present"]))
def test_find_dates_never_raises_and_start_before_end(text: str, ref: date | None, tense: str | None) -> None:
    for m in find_dates(text, ref, tense):
        assert text[m.start : m.end] == m.expr
        if m.when.start and m.when.end:
            assert m.when.start <= m.when.end


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([
    "on {m} {d}", "{d} {m} {y}", "{m} {y}", "in {y}", "from {m} {d} to {d2}", "{y}-{y2}", "last {w}",
    "next {w}", "{w}", "early {m}", "the first quarter of {y}", "{d}/{mo}/{y}",
]), st.sampled_from(["January", "Feb", "March", "Sept.", "December"]), st.integers(1, 31), st.integers(1, 31),
    st.integers(1900, 2099), st.integers(1, 12), st.sampled_from(["Monday", "Sunday", "Friday"]),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_templates_start_before_end(template: str, m: str, d: int, d2: int, y: int, mo: int, w: str,
                                    ref: date) -> None:
    text = template.format(m=m, d=d, d2=d2, y=y, y2=y + 3, mo=mo, w=w)
    for found in find_dates(text, ref):
        if found.when.start and found.when.end:
            assert found.when.start <= found.when.end
        if found.when.known:
            assert found.when.start is not None


# --------------------------------------------------------------------------- TempEval-3 platinum


@pytest.mark.skipif(not TEMPEVAL.exists(), reason=f"TempEval-3 platinum data not at {TEMPEVAL}")
def test_tempeval3_platinum_value_accuracy() -> None:
    # the benchmark's own scoring, loaded by path (benchmarks/ is not a package)
    spec = importlib.util.spec_from_file_location("bench_dates", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run_set(TEMPEVAL, errors=0)
    assert result["items"] == sum(1 for line in TEMPEVAL.open(encoding="utf-8") if line.strip())
    assert result["accuracy"] >= 90.0, json.dumps(result)


def test_verb_before_an_expression_in_its_clause_governs_it() -> None:
    found = find_dates("They signed on Tuesday, and will meet again on Friday.", date(2022, 10, 26))
    assert [(d.expr, d.when.value) for d in found] == [("Tuesday", "2022-10-25"), ("Friday", "2022-10-28")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("The drills will be held on Nov. 19.", "2022-11-19", id="will-be-held"),
        pytest.param("The drills will also be held at other bases through Nov. 19.", "2022-11-19", id="will-also-be-held"),
        pytest.param("The forum is held on Nov. 9 every year.", "2022-11-09", id="is-held"),
        pytest.param("The meeting was held on Nov. 9.", "2022-11-09", id="was-held-is-past"),
        pytest.param("The meeting was held on Nov. 12.", "2021-11-12", id="was-held-looks-back"),
        pytest.param(
            "The drills will be conducted at Joint Warfare School, Tapa in Estonia from 4 to 8 November.",
            "2023-11-04/2023-11-08", id="be-cut-off-by-the-tense-window-still-counts",
        ),
    ],
)
def test_a_participle_after_be_is_no_past_verb(sentence: str, value: str) -> None:
    (found,) = find_dates(sentence, date(2022, 11, 10))
    assert found.when.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("He is on a visit to Vietnam from Sunday to Tuesday.", "2022-10-23/2022-10-25", id="a-span-holding-the-day"),
        pytest.param("The fair ran from Friday to Sunday.", "2022-10-21/2022-10-23", id="a-span-over"),
        pytest.param("The talks will be held from Thursday to Saturday.", "2022-10-27/2022-10-29", id="a-span-to-come"),
    ],
)
def test_a_span_of_weekdays(sentence: str, value: str) -> None:
    (found,) = find_dates(sentence, date(2022, 10, 24))
    assert found.when.value == value


def test_two_weekdays_joined_by_and_are_two_days() -> None:
    found = find_dates("They met on Monday and Tuesday.", date(2022, 10, 26))
    assert [d.when.value for d in found] == ["2022-10-24", "2022-10-25"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("They agreed to meet in Geneva on November 2.", "2022-11-02", id="agreed-to-a-day-to-come"),
        pytest.param("In September they agreed to meet on October 3.", "2022-10-03", id="agreed-to-a-day-gone"),
        pytest.param("The ministers decided to hold the round on November 7.", "2022-11-07", id="decided-to"),
        pytest.param("They agreed on the plan signed on October 30.", "2021-10-30", id="agreed-on-stays-past"),
    ],
)
def test_a_past_verb_before_to_looks_to_the_nearest_day(sentence: str, value: str) -> None:
    found = find_dates(sentence, date(2022, 10, 26))
    assert found[-1].when.value == value


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        pytest.param("The retreat took place on October 6 and 7.", "2022-10-06/2022-10-07", "range", id="two-days-in-a-row-are-a-span"),
        pytest.param("The talks were held on 18 and 19 June.", "2022-06-18/2022-06-19", "range", id="day-first-two-days-in-a-row"),
        pytest.param("The summit was held on March 30 and 31, 2021.", "2021-03-30/2021-03-31", "range", id="the-year-after-the-second-day-holds-both"),
        pytest.param("They met on March 6 and 9, 2021.", "2021-03-06", "day", id="two-days-apart-the-first-takes-the-year"),
        pytest.param("The drill runs from 05 May 2023 to 19 May 2023.", "2023-05-05/2023-05-19", "range", id="a-span-with-a-year-at-each-end"),
    ],
)
def test_days_joined_by_and(sentence: str, value: str, precision: str) -> None:
    found = find_dates(sentence, date(2022, 10, 26))
    assert (found[0].when.value, found[0].when.precision) == (value, precision)


def test_covering_years_is_the_period_a_paper_covers() -> None:
    (found,) = find_dates("The two sides exchanged a protocol on border gates covering 2023 to 2025.", date(2022, 10, 26))
    assert (found.when.value, found.role) == ("2023/2025", "period")
