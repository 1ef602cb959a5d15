"""Same-event tests, merging and plan links."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import (
    Group,
    _types_join,
    dates_compatible,
    key_overlap,
    merge,
    same_event,
    types_compatible,
)
from timeline.models import Mention, When

DAY = When("2022-10-25", date(2022, 10, 25), date(2022, 10, 25), "day")
OTHER_DAY = When("2022-10-26", date(2022, 10, 26), date(2022, 10, 26), "day")
MONTH = When("2022-10", date(2022, 10, 1), date(2022, 10, 31), "month")
YEAR_2023 = When("2023", date(2023, 1, 1), date(2023, 12, 31), "year")
OPEN_PAST = When("", None, date(2022, 10, 26), "unknown")
OPEN_FUTURE = When("", date(2022, 10, 27), None, "unknown")


def mention(article: str = "a", start: int = 0, type_: str = "signing", when: When = DAY, key: str = "", **kw: object) -> Mention:
    fields: dict[str, object] = {
        "article_id": article,
        "source_date": date(2022, 10, 26),
        "sentence": f"sentence {start}",
        "start": start,
        "end": start + 10,
        "type": type_,
        "status": "occurred",
        "title": f"{type_} {key}".strip(),
        "when": when,
        "key": key,
    }
    fields.update(kw)
    return Mention(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(DAY, MONTH, True, id="day-in-month"),
        pytest.param(DAY, OTHER_DAY, False, id="two-days"),
        pytest.param(DAY, OPEN_PAST, True, id="day-in-open-past"),
        pytest.param(OPEN_FUTURE, DAY, False, id="future-excludes-past-day"),
        pytest.param(YEAR_2023, OPEN_FUTURE, True, id="year-in-open-future"),
    ],
)
def test_dates_compatible(a: When, b: When, expected: bool) -> None:
    assert dates_compatible(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("12th", "12th", 1.0, id="same"),
        pytest.param("extradition", "mutual extradition legal", 1.0, id="contained"),
        pytest.param("confidential", "drug", 0.0, id="different"),
        pytest.param("", "drug", 0.0, id="empty"),
    ],
)
def test_key_overlap(a: str, b: str, expected: float) -> None:
    assert key_overlap(a, b) == expected


def test_bare_reference_joins_the_earlier_event_of_its_article() -> None:
    group = Group([mention(start=0, type_="conference", key="review 2022")])
    assert same_event(group, mention(start=50, type_="conference", when=OPEN_PAST, anaphor=True))


@pytest.mark.parametrize(
    ("first", "then", "same"),
    [
        pytest.param(
            mention(type_="meeting", participants=("Bui Thanh Son",)),
            mention(start=50, type_="conference", when=MONTH, key="sixth political consultation", status="planned"),
            False, id="talks-held-and-a-session-to-come",
        ),
        pytest.param(
            mention(type_="meeting", key="ministerial"),
            mention(start=50, type_="meeting", when=MONTH, anaphor=True),
            True, id="a-reference-back-as-done-as-its-antecedent",
        ),
        pytest.param(
            mention(type_="visit", key="two day"),
            mention(start=50, type_="visit", key="first overseas trip", location="Bangladesh"),
            True, id="two-reports-of-one-visit-in-one-article",
        ),
        pytest.param(
            mention(type_="visit", key="two day"),
            mention(article="b", start=50, type_="visit", key="first overseas trip"),
            False, id="visits-told-by-two-articles-need-more-in-common",
        ),
        pytest.param(
            mention(type_="visit", when=YEAR_2023, key="army chief", location="Laos", participants=("Kham Sayavong",)),
            mention(start=50, type_="visit", when=YEAR_2023, location="Vietnam"),
            False, id="visits-to-the-two-countries-are-two-journeys",
        ),
        pytest.param(
            mention(type_="conference", when=YEAR_2023, key="7th joint trade commission", status="planned",
                    title="7th meeting of the joint trade commission"),
            mention(start=50, type_="conference", when=YEAR_2023, status="planned", anaphor=True, title="Forum"),
            False, id="the-forum-is-not-the-commission-session-told-before",
        ),
        pytest.param(
            mention(type_="joint_activity", key="exercise northern range"),
            mention(start=50, type_="joint_activity", when=MONTH, key="exercise coastal range", date_phrase="earlier in October"),
            False, id="an-activity-told-as-earlier-is-another-one",
        ),
        pytest.param(
            mention(key="friendship partnership", participants=("Kham Sayavong",)),
            mention(start=0, key="numerous accompanying", participants=("Kham Sayavong",)),
            False, id="two-papers-signed-in-one-sentence-stay-two",
        ),
    ],
)
def test_one_article_s_reports(first: Mention, then: Mention, same: bool) -> None:
    assert same_event(Group([first]), then) == same


def test_different_ordinals_never_merge() -> None:
    group = Group([mention(article="a", type_="conference", key="12th")])
    assert not same_event(group, mention(article="b", type_="conference", key="13th"))


def test_the_previous_one_is_not_the_numbered_one() -> None:
    group = Group([mention(article="a", type_="conference", key="6th joint cabinet")])
    assert not same_event(group, mention(article="a", start=90, type_="conference", key="previou joint cabinet"))


def test_different_counterparts_are_different_meetings() -> None:
    group = Group([mention(type_="meeting", participants=("To Lam", "Vilay Lakhamphong"))])
    assert not same_event(group, mention(start=40, type_="meeting", participants=("Pham Minh Chinh", "Vilay Lakhamphong"), key="x"))


def test_conference_and_meeting_with_same_people_and_day_merge_across_articles() -> None:
    people = ("To Lam", "Vilay Lakhamphong")
    events = merge([mention("a", type_="conference", key="review", participants=people), mention("b", type_="meeting", key="hanoi", participants=people)])
    assert [(e.type, e.sources) for e in events] == [("conference", ("a", "b"))]


def test_merged_event_keeps_finest_date_and_all_sources() -> None:
    events = merge([mention("a", type_="conference", key="12th", when=OPEN_PAST), mention("b", type_="conference", key="12th", when=DAY)])
    (event,) = events
    assert (event.when, event.sources, event.source_id) == (DAY, ("a", "b"), "b")


SPAN = When("2022-10-24/2022-10-26", date(2022, 10, 24), date(2022, 10, 26), "range")
NEWS_DAY = When("2022-10-26", date(2022, 10, 26), date(2022, 10, 26), "day")


@pytest.mark.parametrize(
    ("day_phrase", "expected"),
    [
        pytest.param("", SPAN, id="the-article-s-day-given-to-a-dateless-sentence-yields-to-a-stated-span"),
        pytest.param("on Wednesday", NEWS_DAY, id="a-stated-day-stays-the-finest"),
    ],
)
def test_a_stated_date_beats_the_day_of_the_news(day_phrase: str, expected: When) -> None:
    events = merge([
        mention("a", 0, type_="visit", key="hanoi", when=SPAN, date_phrase="from Monday to Wednesday"),
        mention("a", 50, type_="visit", key="hanoi", when=NEWS_DAY, date_phrase=day_phrase),
    ])
    assert [e.when for e in events] == [expected]


def test_plan_is_linked_to_the_later_signing() -> None:
    plan = mention("a", type_="planned_agreement", key="extradition", when=YEAR_2023, status="planned")
    signing = mention(
        "b", type_="signing", key="extradition", when=When("2023-05-02", date(2023, 5, 2), date(2023, 5, 2), "day"), source_date=date(2023, 5, 3)
    )
    events = {e.type: e for e in merge([plan, signing])}
    assert events["signing"].fulfils == events["planned_agreement"].event_id
    assert events["planned_agreement"].fulfilled_by == events["signing"].event_id


def test_aliases_are_listed_as_sources() -> None:
    (event,) = merge([mention("a.txt", key="x")], aliases={"a.txt": ("copy of a.txt",)})
    assert event.sources == ("a.txt", "copy of a.txt")


whens = st.sampled_from([DAY, OTHER_DAY, MONTH, YEAR_2023, OPEN_PAST, OPEN_FUTURE])
mentions = st.lists(
    st.builds(
        mention,
        article=st.sampled_from(["a", "b", "c"]),
        start=st.integers(0, 500),
        type_=st.sampled_from(["conference", "meeting", "signing", "planned_agreement"]),
        when=whens,
        key=st.sampled_from(["", "12th", "extradition", "drug trafficking", "review 2022"]),
    ),
    max_size=12,
)


def test_merging_again_does_not_depend_on_the_order_mentions_come_in() -> None:
    # a month is no span of an open past, though both hold the day: which group the month joins must
    # not depend on whether it comes before the day's reports or after them
    open_past = When("", None, date(2022, 10, 26), "unknown")
    ms = [mention(type_="conference", when=w) for w in (DAY, DAY, open_past, MONTH)]
    once = merge(ms)
    again = merge([m for e in once for m in e.mentions])
    assert [(e.event_id, e.when) for e in again] == [(e.event_id, e.when) for e in once]


@settings(max_examples=60, deadline=None)
@given(mentions)
def test_merge_is_idempotent(ms: list[Mention]) -> None:
    once = merge(ms)
    again = merge([m for e in once for m in e.mentions])
    assert [(e.event_id, e.sources, e.when) for e in again] == [(e.event_id, e.sources, e.when) for e in once]


@settings(max_examples=60, deadline=None)
@given(mentions)
def test_every_mention_lands_in_exactly_one_event(ms: list[Mention]) -> None:
    events = merge(ms)
    assert sorted(id(m) for e in events for m in e.mentions) == sorted(id(m) for m in ms)
    assert len({e.event_id for e in events}) == len(events)


def _day(d: date) -> When:
    return When(d.isoformat(), d, d, "day")


def test_plans_take_signings_in_date_order_and_never_one_taken() -> None:
    year_2024 = When("2024", date(2024, 1, 1), date(2024, 12, 31), "year")
    plans = [
        mention("a", type_="planned_agreement", key="extradition treaty", when=YEAR_2023, status="planned", source_date=date(2023, 1, 2)),
        mention("b", type_="planned_agreement", key="extradition", when=year_2024, status="planned", source_date=date(2023, 2, 1)),
    ]
    signings = [
        mention("c", type_="signing", key="extradition", when=_day(date(2023, 3, 1)), source_date=date(2023, 3, 2)),
        mention("d", type_="signing", key="extradition treaty", when=_day(date(2023, 9, 1)), source_date=date(2023, 9, 2)),
    ]
    by_source = {e.source_id: e for e in merge([*plans, *signings])}
    # the earlier plan takes the earliest signing; the next plan skips it for the one after
    assert by_source["c"].fulfils == by_source["a"].event_id
    assert by_source["d"].fulfils == by_source["b"].event_id


def test_a_signing_reported_only_by_the_plan_article_does_not_fulfil_it() -> None:
    plan = mention("a", type_="planned_agreement", key="extradition", when=YEAR_2023, status="planned", source_date=date(2023, 1, 2))
    own = mention("a", start=300, type_="signing", key="extradition", when=_day(date(2023, 5, 1)))
    events = merge([plan, own])
    assert [e.fulfils for e in events] == ["", ""] and [e.fulfilled_by for e in events] == ["", ""]


spans = st.builds(
    lambda a, n: When("", date(2020, 1, 1) + timedelta(days=a), date(2020, 1, 1) + timedelta(days=a + n), "range"),
    st.integers(0, 60),
    st.integers(0, 60),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(spans, min_size=1, max_size=14), st.lists(spans, min_size=1, max_size=6))
def test_a_large_group_answers_as_its_dates_one_by_one(chain: list[When], probes: list[When]) -> None:
    """A group's dates nest with each other; once many, it keeps them as a chain and must answer alike."""
    group = Group([mention(when=chain[0])])
    for w in chain[1:]:
        if group.fits_date(w):
            group.add(mention(start=len(group.mentions), when=w))
    for w in probes:
        assert group.fits_date(w) is all(dates_compatible(v, w) for v in group.whens)


def test_a_large_group_recalls_its_best_overlap_and_conflicts_as_keys_and_casts_arrive() -> None:
    group = Group([mention(start=i, key=f"word{i} shared{i}") for i in range(6)])
    assert group.key_overlap("word9 other") == 0.0
    group.add(mention(start=9, key="word9 extra"))
    assert group.key_overlap("word9 other") == 0.5  # the key that came after the first question counts
    casts = [("A B", "C D"), ("A B", "C D", "E F")]
    group.add(*(mention(start=20 + i, participants=c) for i, c in enumerate(casts * 3)))
    assert group.people_conflict(("A B", "X Y")) is True
    assert group.people_conflict(("A B", "C D")) is False


def test_plans_for_different_years_stay_apart_even_through_a_bare_name() -> None:
    open_future = When("", date(2022, 10, 27), None, "unknown")
    plans = [
        mention(article, type_="planned_agreement", key=key, when=open_future, status="planned")
        for article, key in (("a", "transport 2022 2026"), ("b", "transport"), ("c", "transport 2024 2025"))
    ]
    assert sorted(e.sources for e in merge(plans)) == [("a", "b"), ("c",)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["conference", "meeting", "visit", "signing"]), max_size=3).map(tuple),
       st.lists(st.sampled_from(["conference", "meeting", "visit", "signing"]), max_size=3).map(tuple))
def test_types_join_as_the_plain_form(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert _types_join(a, b) == all(types_compatible(s, t) for s in a for t in b)


def test_a_body_s_session_called_a_meeting_more_often_stays_a_conference() -> None:
    people = {"participants": ("Somsak Vong",)}
    ms = [
        mention(start=0, type_="meeting", key="4th", title="4th meeting", **people),
        mention(start=40, type_="meeting", key="4th", title="the 4th meeting", **people),
        mention(start=80, type_="conference", key="4th joint commission", title="4th meeting of the Joint Commission", **people),
    ]
    assert [e.type for e in merge(ms)] == ["conference"]
