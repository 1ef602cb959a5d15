"""Tests of timeline.ingest: date lines, layouts, formats, encodings, furniture, duplicates, language."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import ingest
from timeline.ingest import (
    InputReport,
    clean_body,
    clean_title,
    decode_bytes,
    find_article_date,
    guess_language,
    is_english,
    parse_html,
    parse_text,
    read_articles,
)
from timeline.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"

ENGLISH_BODY = (
    "The public security ministries of the two countries signed a cooperation plan for next year "
    "and agreed to step up information exchange on transnational crime along their shared border."
)


def fixture(name: str) -> Path:
    return FIXTURES / name


def read_one(path: Path) -> tuple[list, InputReport]:
    articles, reports = read_articles([path])
    assert len(reports) == 1
    return articles, reports[0]


# ---------------------------------------------------------------------------
# find_article_date
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "how"),
    [
        pytest.param(
            " date 2022-10-25 Vietnamese, Lao ministries meet\nBody.",
            date(2022, 10, 25),
            "header",
            id="header",
        ),
        pytest.param("date 2022-3-3 Title", date(2022, 3, 3), "header", id="header-unpadded"),
        pytest.param("Oct 26, 2022 / 19:28\nTitle", date(2022, 10, 26), "dateline", id="month-day-year-time"),
        pytest.param(
            "December 29, 2021 | 19:07 (GMT+7)\nTitle",
            date(2021, 12, 29),
            "dateline",
            id="gmt-plus-7-is-local",
        ),
        pytest.param(
            "December 29, 2021 | 23:50 (GMT-7)", date(2021, 12, 29), "dateline", id="gmt-minus-7-is-local"
        ),
        pytest.param("Thứ Sáu, 28/10/2022, 08:06", date(2022, 10, 28), "dateline", id="vietnamese-day-first"),
        pytest.param(
            "Published: 2018/1/3 23:18:39", date(2018, 1, 3), "dateline", id="published-ymd-slashes"
        ),
        pytest.param(
            "Publication Date : 19-03-2014", date(2014, 3, 19), "dateline", id="publication-date-dmy"
        ),
        pytest.param(
            "Updated: 10/28/2022 08:00 AM", date(2022, 10, 28), "dateline", id="updated-month-first"
        ),
        pytest.param("03/04/2022", date(2022, 4, 3), "dateline", id="ambiguous-numeric-is-day-first"),
        pytest.param("2022-10-26T08:00:00+07:00", date(2022, 10, 26), "dateline", id="iso-offset"),
        pytest.param(
            "2022-10-25T23:30:00-05:00", date(2022, 10, 25), "dateline", id="iso-negative-offset-not-shifted"
        ),
        pytest.param(
            "Wednesday, 26 October 2022", date(2022, 10, 26), "dateline", id="weekday-day-month-year"
        ),
        pytest.param(
            "Posted on March 5th, 2020 by admin", date(2020, 3, 5), "dateline", id="posted-on-ordinal"
        ),
        pytest.param("By Nguyen Van Anh | Oct. 3, 2023", date(2023, 10, 3), "dateline", id="byline-and-date"),
        pytest.param(
            "Updated: 27/10/2022\nPublished: 26/10/2022\nTitle",
            date(2022, 10, 26),
            "dateline",
            id="published-beats-updated",
        ),
        pytest.param(
            "Home News World\nSports Menu\nOct 26, 2022 / 19:28\nTitle",
            date(2022, 10, 26),
            "dateline",
            id="after-menu",
        ),
        pytest.param(
            "VIETNAM, April 10 - VIENTIANE — Talks were held. The accord was signed on March 3, 2023.",
            date(2023, 4, 10),
            "dateline",
            id="wire-year-from-page",
        ),
        pytest.param(
            "Talks\nHANOI, Jan. 2 (Reuters) - Talks were held after a deal signed on December 28, 2021.",
            date(2022, 1, 2),
            "dateline",
            id="wire-nearest-year",
        ),
        pytest.param(
            "VIENTIANE, Oct. 26, 2022 (Xinhua) -- Talks were held.",
            date(2022, 10, 26),
            "dateline",
            id="wire-with-year",
        ),
        pytest.param(
            "VIENTIANE, April 10 (Xinhua) -- Talks were held in the capital.",
            None,
            "",
            id="wire-without-any-year",
        ),
        pytest.param(
            "The two sides met on March 3, 2022 in Vientiane and signed a memorandum on border security.",
            None,
            "",
            id="body-sentence-is-not-a-date-line",
        ),
        pytest.param(
            f"Title\n{ENGLISH_BODY}\n{ENGLISH_BODY}\n{ENGLISH_BODY}\nMarch 3, 2022: conference held",
            None,
            "",
            id="chronology-in-body-is-not-a-date-line",
        ),
        pytest.param("31/02/2022", None, "", id="impossible-date"),
        pytest.param("Title only\nNo date anywhere in this text.", None, "", id="no-date"),
        pytest.param("", None, "", id="empty"),
    ],
)
def test_find_article_date(text: str, expected: date | None, how: str) -> None:
    assert find_article_date(text) == (expected, how)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2022-10-26", date(2022, 10, 26), id="iso"),
        pytest.param("2022-10-26T23:00:00-05:00", date(2022, 10, 26), id="iso-datetime"),
        pytest.param("26/10/2022", date(2022, 10, 26), id="day-first"),
        pytest.param("Jan 3, 2022", date(2022, 1, 3), id="month-name"),
        pytest.param("20221026", date(2022, 10, 26), id="compact"),
        pytest.param("20221026081500", date(2022, 10, 26), id="compact-with-time-gdelt"),
        pytest.param("20221026T081500Z", date(2022, 10, 26), id="compact-iso-basic"),
        pytest.param("1666742400", date(2022, 10, 26), id="unix-seconds-as-text-from-csv"),
        pytest.param(1666742400, date(2022, 10, 26), id="unix-seconds"),
        pytest.param(1666742400000, date(2022, 10, 26), id="unix-milliseconds"),
        pytest.param("soon", None, id="not-a-date"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
    ],
)
def test_parse_date_field(value: object, expected: date | None) -> None:
    assert ingest.parse_date_field(value) == expected


# ---------------------------------------------------------------------------
# plain-text layouts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        pytest.param("By Adrian H. Halili, Reporter", True, id="byline-with-a-role"),
        pytest.param("By Jane Doe | Staff Writer", True, id="byline-with-a-bar"),
        pytest.param("By Xinhua", True, id="agency"),
        pytest.param("By Friday, Laos had signed the deal.", False, id="a-sentence-that-starts-with-by"),
        pytest.param("By Monday, Vietnam and Laos will sign the border deal", False, id="a-long-clause-is-no-role"),
    ],
)
def test_byline_lines(line: str, dropped: bool) -> None:
    article = parse_text(f" date 2026-01-15 Manila, Tokyo sign a deal\n{line}\n{ENGLISH_BODY}\n", article_id="b", path="b")
    assert (line not in article.text) == dropped


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("the defence ministries.In a meeting", "the defence ministries. In a meeting", id="glued-after-a-word"),
        pytest.param("agreed in 2019.The talks", "agreed in 2019. The talks", id="glued-after-a-year"),
        pytest.param("in Vientiane on July 16.He said", "in Vientiane on July 16. He said", id="glued-after-a-day-of-the-month"),
        pytest.param("Section 3.2 Results", "Section 3.2 Results", id="a-decimal-stays"),
        pytest.param("the U.S.Navy", "the U.S.Navy", id="initials-stay"),
        pytest.param("see www.Example.com", "see www.Example.com", id="a-web-address-stays"),
        pytest.param(
            "The two ministers signed the cooperation plan for 2013, which was\nsigned on March 29",
            "The two ministers signed the cooperation plan for 2013, which was signed on March 29", id="a-hard-wrapped-line",
        ),
        pytest.param("Vietnam, Laos sign deal\nby staff reporter", "Vietnam, Laos sign deal\nby staff reporter", id="a-short-line-is-not-wrapped"),
        pytest.param("title: Talks held\ndate: 2021-08-05", "title: Talks held\ndate: 2021-08-05", id="front-matter-lines-stay"),
        pytest.param("Talks held\nThe two sides met.", "Talks held\nThe two sides met.", id="a-title-line-stays"),
    ],
)
def test_sentences_glued_or_wrapped_by_a_scraper_are_mended(raw: str, expected: str) -> None:
    assert ingest.normalise_page(raw) == expected


@pytest.mark.parametrize(
    ("header", "title", "first"),
    [
        pytest.param(" date 2022-10-26 Vietnam, Laos enhance security ties", "Vietnam, Laos enhance security ties", "The public", id="a-headline"),
        pytest.param(
            " date 2022-10-26 The ministries on October 25 organised a meeting to fight crime.", "",
            "The ministries on October 25", id="a-lead-sentence-is-body",
        ),
        pytest.param(
            " date 2022-10-26 Defence Minister Tea Banh (R) and Deputy Minister Nguyen Chi Vinh (Source: VNA)", "",
            "Defence Minister Tea Banh (R)", id="a-caption-with-its-credit-is-body",
        ),
        pytest.param(
            " date 2022-10-26 S. Korea, Laos agree on drills with U.S.", "S. Korea, Laos agree on drills with U.S.",
            "The public", id="initials-do-not-end-a-headline",
        ),
    ],
)
def test_what_follows_a_header_s_date(header: str, title: str, first: str) -> None:
    article = parse_text(f"{header}\n{ENGLISH_BODY}\n", article_id="h", path="h")
    assert (article.title, article.text[: len(first)]) == (title, first)


def test_header_layout() -> None:
    article = parse_text(fixture("header_style.txt").read_text("utf-8"), article_id="h", path="h")
    assert article.date == date(2023, 4, 12)
    assert article.date_source == "header"
    assert article.title == "Cambodia, Thailand police agree to step up border patrols"
    assert article.text.startswith("Phnom Penh (VNA) – The national police forces")
    assert article.text.endswith("in the coming time.")
    assert "Related news" not in article.text
    assert "Delegates at the talks in Phnom Penh (Photo: VNA)" in article.text  # captions stay for text.py


def test_scraped_page_layout() -> None:
    article = parse_text(fixture("scraped_page.txt").read_text("utf-8"), article_id="s", path="s")
    assert (article.date, article.date_source) == (date(2021, 12, 29), "dateline")
    assert article.title == "Indonesia, Malaysia sign extradition treaty review protocol"
    assert article.text.startswith("Jakarta – Indonesia and Malaysia")
    for furniture in (
        "Home World",
        "Subscribe",
        "By Staff Reporter",
        "Photo: Antara",
        "Tags:",
        "Most read",
        "Palm oil",
    ):
        assert furniture not in article.text, furniture
    assert article.text.endswith("in March 2022.")


@pytest.mark.parametrize(
    ("name", "expected_date", "title", "first", "last", "absent"),
    [
        pytest.param(
            "breadcrumb_page.txt",
            date(2022, 10, 25),
            "Vietnam, Laos pledge closer security ties",
            "Vietnam and Laos will step up cooperation",
            "an extradition agreement next year, Lam said.",
            (
                "Politics",
                "By Viet Anh",
                "Source: VnExpress",
                "Related news",
                "Lao deputy PM visits",
                "Copyright",
            ),
            id="breadcrumb-weekday-date-line",
        ),
        pytest.param(
            "wire_enditem.txt",
            date(2022, 10, 26),
            "Laos, Vietnam agree to boost anti-drug cooperation",
            "VIENTIANE, Oct. 26 (Xinhua) --",
            "in border areas in 2023.",
            ("Enditem", "huaxia"),
            id="xinhua-source-line-and-enditem",
        ),
        pytest.param(
            "lead_above_date.txt",
            date(2022, 10, 26),
            "Laos, Vietnam Sign Security Cooperation Plan for 2023",
            "Lao and Vietnamese public security officials signed a plan",
            "- Construction of border stations",
            ("By Phayboune", "Share this article", "Facebook", "Twitter"),
            id="headline-lead-byline-date-then-body-with-bullets",
        ),
        pytest.param(
            "day_month_year.txt",
            date(2022, 3, 3),
            "Vietnam, Laos hold 12th security cooperation conference",
            "NDO – The 12th Vietnam–Laos security cooperation conference",
            "signed a memorandum of understanding.",
            ("Translated by", "Tags"),
            id="day-month-year-with-seconds",
        ),
    ],
)
def test_scraped_layouts(
    name: str, expected_date: date, title: str, first: str, last: str, absent: tuple[str, ...]
) -> None:
    article = parse_text(fixture(name).read_text("utf-8"), article_id=name, path=name)
    assert (article.date, article.title) == (expected_date, title)
    assert article.text.startswith(first)
    assert article.text.endswith(last)
    for text in absent:
        assert text not in article.text, text


def test_title_above_date_line() -> None:
    raw = f"Laos, Vietnam sign border protocol\nBy Staff Writer\nOct 26, 2022\n{ENGLISH_BODY}"
    article = parse_text(raw, article_id="t", path="t")
    assert article.title == "Laos, Vietnam sign border protocol"
    assert article.text == ENGLISH_BODY


def test_wire_story_layout() -> None:
    article = parse_text(fixture("wire_story.txt").read_text("utf-8"), article_id="w", path="w")
    assert (article.date, article.date_source) == (date(2022, 1, 5), "dateline")
    assert article.title == "Myanmar and China hold border security talks"
    assert article.text.startswith("YANGON, Jan. 5 (Xinhua) --")
    assert "Share" not in article.text
    assert "Read more" not in article.text


def test_bare_text_without_date() -> None:
    article = parse_text(fixture("no_date.txt").read_text("utf-8"), article_id="n", path="n")
    assert article.date is None
    assert article.date_source == ""
    assert article.title == "Vietnam and Cambodia discuss police training"
    assert article.text.count("\n") == 1


def test_markdown_heading_title() -> None:
    article = parse_text(f"# Laos, Vietnam sign pact\n\n{ENGLISH_BODY}\n", article_id="m", path="m.md")
    assert article.title == "Laos, Vietnam sign pact"


def test_front_matter() -> None:
    raw = f"---\ntitle: Talks held\ndate: 2021-08-05\nurl: https://x.example/a\n---\n{ENGLISH_BODY}\n"
    article = parse_text(raw, article_id="m", path="m.md")
    assert (article.title, article.date, article.url) == (
        "Talks held",
        date(2021, 8, 5),
        "https://x.example/a",
    )
    assert article.text == ENGLISH_BODY


# ---------------------------------------------------------------------------
# page furniture
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            [
                f"{ENGLISH_BODY} They met in Hanoi./.WORDS ON THE STREET 70th anniversary Smart City Summit Sea Games"
            ],
            f"{ENGLISH_BODY} They met in Hanoi.",
            id="glued-list-after-end-marker",
        ),
        pytest.param([f"{ENGLISH_BODY}/."], f"{ENGLISH_BODY}", id="short-end-marker"),
        pytest.param(
            [ENGLISH_BODY, "Photo: VNA", "(Photo: Vietnam Plus)", "VNA Photo", ENGLISH_BODY],
            f"{ENGLISH_BODY}\n{ENGLISH_BODY}",
            id="photo-credit-lines",
        ),
        pytest.param(
            [ENGLISH_BODY, "Tags: Laos, Vietnam, security", "Comments", "Great article!"],
            ENGLISH_BODY,
            id="trailing-tags-section",
        ),
        pytest.param(
            [ENGLISH_BODY, "Related news", "Laos hosts forum", "Thailand opens border gate"],
            ENGLISH_BODY,
            id="trailing-related-news",
        ),
        pytest.param(
            [ENGLISH_BODY, "Follow us on Facebook and Twitter for the latest news."],
            ENGLISH_BODY,
            id="follow-us",
        ),
        pytest.param(
            [
                ENGLISH_BODY,
                "Laos hosts regional forum",
                "Thailand opens new border gate",
                "Cambodia, Vietnam talk trade",
            ],
            ENGLISH_BODY,
            id="trailing-headline-list",
        ),
        pytest.param(
            ["Share", ENGLISH_BODY, "Read more: Laos, Vietnam open new border gate", ENGLISH_BODY],
            f"{ENGLISH_BODY}\n{ENGLISH_BODY}",
            id="widget-and-inline-link-lines",
        ),
        pytest.param(
            [f"A caption of the talks./. {ENGLISH_BODY}", ENGLISH_BODY, ENGLISH_BODY],
            f"A caption of the talks. {ENGLISH_BODY}\n{ENGLISH_BODY}\n{ENGLISH_BODY}",
            id="early-end-marker-with-prose-after-is-not-a-cut",
        ),
        pytest.param([f"{ENGLISH_BODY} Enditem"], ENGLISH_BODY, id="xinhua-enditem"),
        pytest.param(
            ["https://example.org/a/. is a link", ENGLISH_BODY],
            f"https://example.org/a/. is a link\n{ENGLISH_BODY}",
            id="slash-dot-after-slash-is-not-a-marker",
        ),
        pytest.param(
            [
                ENGLISH_BODY,
                "The two sides signed:",
                "Agreement on extradition",
                "MoU on drug control",
                "Plan for 2023",
            ],
            f"{ENGLISH_BODY}\nThe two sides signed:\nAgreement on extradition\nMoU on drug control\nPlan for 2023",
            id="list-introduced-by-colon-kept",
        ),
        pytest.param(
            [
                ENGLISH_BODY,
                "Share prices of border trading firms rose on the news, analysts in Vientiane said.",
            ],
            f"{ENGLISH_BODY}\nShare prices of border trading firms rose on the news, analysts in Vientiane said.",
            id="share-as-a-word-is-prose",
        ),
        pytest.param(
            [ENGLISH_BODY, "Joint efforts against drug trafficking", ENGLISH_BODY],
            f"{ENGLISH_BODY}\nJoint efforts against drug trafficking\n{ENGLISH_BODY}",
            id="subheading-inside-body-kept",
        ),
        pytest.param(
            [f"{ENGLISH_BODY} The plan was signed.Most read Laos hosts forum Thailand opens gate"],
            f"{ENGLISH_BODY} The plan was signed.",
            id="glued-section-heading",
        ),
        pytest.param(
            [ENGLISH_BODY, ENGLISH_BODY, "reporter.name@agency.example", "(END)", "Latest News", "Laos and Thailand sign MoU"],
            f"{ENGLISH_BODY}\n{ENGLISH_BODY}",
            id="wire-end-tag-and-reporter-email",
        ),
        pytest.param(
            [
                ENGLISH_BODY,
                ENGLISH_BODY,
                "Other Opinion Columns",
                "Editorial Laos and Cambodia sign a border pact",
                f"A columnist on why the pact matters. {ENGLISH_BODY}",
            ],
            f"{ENGLISH_BODY}\n{ENGLISH_BODY}",
            id="other-stories-heading",
        ),
        pytest.param(
            [f"{ENGLISH_BODY} The minutes were signed.-VNA", f"{ENGLISH_BODY} Talks went on. — Bernama", "The pact was signed. - VNA/VOV"],
            f"{ENGLISH_BODY} The minutes were signed.\n{ENGLISH_BODY} Talks went on.\nThe pact was signed.",
            id="an-agency-sign-off-after-the-last-stop",
        ),
        pytest.param(
            [f"{ENGLISH_BODY} The border links two provinces - Champasak and Stung Treng."],
            f"{ENGLISH_BODY} The border links two provinces - Champasak and Stung Treng.",
            id="a-dash-inside-a-sentence-stays",
        ),
        pytest.param(
            [ENGLISH_BODY, "Other measures", ENGLISH_BODY],
            f"{ENGLISH_BODY}\nOther measures\n{ENGLISH_BODY}",
            id="other-as-a-subheading-kept",
        ),
    ],
)
def test_clean_body(lines: list[str], expected: str) -> None:
    assert clean_body(lines) == expected


# ---------------------------------------------------------------------------
# seeds
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected_date", "title", "absent"),
    [
        pytest.param(
            "000_f7e726d1e6a85118.txt",
            date(2022, 10, 25),
            "Vietnamese, Lao public security ministries tighten cooperation",
            ("./.", " date 2022"),
            id="seed-000",
        ),
        pytest.param(
            "001_fa54cda3989ca363.txt",
            date(2022, 3, 3),
            "Vietnam, Laos enhance security collaboration",
            ("WORDS ON THE STREET", "./."),
            id="seed-001",
        ),
        pytest.param(
            "003_5495004371ec0e76.txt",
            date(2022, 10, 26),
            "Vietnam, Laos to sign confidential information exchange agreement",
            ("Smart City", "WORDS ON THE STREET", "19:28"),
            id="seed-003",
        ),
    ],
)
def test_seed(name: str, expected_date: date, title: str, absent: tuple[str, ...]) -> None:
    articles, report = read_one(SEEDS / name)
    assert report == InputReport(str(SEEDS / name), "parsed", "", name)
    (article,) = articles
    assert (article.id, article.date, article.title) == (name, expected_date, title)
    for text in absent:
        assert text not in article.text
    assert article.text.endswith(".")


def test_seed_folder_in_order() -> None:
    articles, reports = read_articles([SEEDS])
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert {r.status for r in reports} == {"parsed"}


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------


def test_html_page() -> None:
    article = parse_html(fixture("page.html").read_text("utf-8"), article_id="p", path="p")
    assert (article.date, article.date_source) == (date(2022, 10, 26), "html")
    assert article.title.startswith("Laos, Thailand open fifth friendship bridge")
    assert "fifth Thai-Lao Friendship Bridge" in article.text
    assert "3.9 billion baht" in article.text
    for furniture in (
        "tracker",
        "font-family",
        "Business news menu",
        "Copyright",
        "footer script",
        "Story one",
    ):
        assert furniture not in article.text, furniture
    assert article.url == "https://news.example.org/laos-thailand-bridge"


def test_html_without_any_date_stays_unknown() -> None:
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = f"<!doctype html><html><head><title>Talks</title></head><body><article>{paragraphs}</article></body></html>"
    article = parse_html(raw, article_id="p", path="p")
    assert article.date is None  # never today's date
    assert article.date_source == ""


def test_html_date_from_printed_date_line() -> None:
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = (
        "<!doctype html><html><head><title>Talks</title></head><body><article>"
        f"<p>Publication Date : 19-03-2014</p>{paragraphs}</article></body></html>"
    )
    article = parse_html(raw, article_id="p", path="p")
    assert article.date == date(2014, 3, 19)
    assert "Publication Date" not in article.text


@pytest.mark.parametrize(
    ("title", "headlines", "sitename", "expected"),
    [
        pytest.param("Ministers meet in Hanoi | NewsSite | 03.02.2021", [], "NEWSSITE.COM", "Ministers meet in Hanoi",
                     id="site-and-date-after"),
        pytest.param("Daily Herald - Ministers meet in Hanoi", [], "Daily Herald", "Ministers meet in Hanoi",
                     id="site-before"),
        pytest.param("Ministers meet in Hanoi / Daily Herald", [], "Daily Herald", "Ministers meet in Hanoi",
                     id="slash-before-the-site"),
        pytest.param("Ministers meet in Hanoi | Asia News | Wire Agency", ["Ministers meet in Hanoi"], "",
                     "Ministers meet in Hanoi", id="cut-to-the-headline"),
        pytest.param("Vietnam - Laos sign border plan", [], "Wire Agency", "Vietnam - Laos sign border plan",
                     id="dash-inside-a-headline"),
        pytest.param("Vietnam - Laos sign border plan", ["Wire Agency"], "", "Vietnam - Laos sign border plan",
                     id="logo-heading-ignored"),
        pytest.param("", ["Ministers meet in Hanoi"], "", "Ministers meet in Hanoi", id="no-title"),
        pytest.param("Ministers meet in Hanoi | Daily Site", ["Ministers meet in Hanoi on border trade"], "Daily Site",
                     "Ministers meet in Hanoi on border trade", id="shortened-seo-title"),
        pytest.param("Asia-pacific - Ministers meet in Hanoi", ["Site logo", "Ministers meet in Hanoi"], "",
                     "Ministers meet in Hanoi", id="section-before-the-headline"),
        pytest.param("The Daily Courier Online - Ministers meet in Hanoi", ["The Daily Courier Online"], "",
                     "The Daily Courier Online - Ministers meet in Hanoi", id="logo-h1-opening-the-title-not-taken"),
    ],
)
def test_clean_title(title: str, headlines: list[str], sitename: str, expected: str) -> None:
    assert clean_title(title, headlines=headlines, sitename=sitename) == expected


def test_html_title_loses_site_name_and_date() -> None:
    # a broadcaster's page: og:title "Headline | SITE | dd.mm.yyyy", the headline in an h1, no published_time meta
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = (
        "<!doctype html><html><head>"
        '<meta property="og:title" content="Border talks resume in Vientiane | NW | 14.03.2021"/>'
        '<meta property="og:site_name" content="NW.COM"/>'
        "<title>Border talks resume in Vientiane | Asia | NW | 14.03.2021</title></head><body>"
        "<div id='nav'><a href='/'>Home</a></div><div class='col3'><h1>Border talks resume in Vientiane</h1>"
        f"<div class='longText'>{paragraphs}</div></div></body></html>"
    )
    article = parse_html(raw, article_id="p", path="p")
    assert article.title == "Border talks resume in Vientiane"


def test_html_headline_repeated_in_the_main_text_is_not_body() -> None:
    # a news agency's page: every title meta ends with " | Agency", the h1 sits inside the article block
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = (
        "<!doctype html><html><head>"
        '<meta property="og:title" content="Border talks resume in Vientiane | Wire Agency"/>'
        '<meta property="article:published_time" content="2021-03-14T09:31:01+09:00"/>'
        "<title>Border talks resume in Vientiane | Wire Agency</title></head><body>"
        "<article><header><h1>Border talks resume in Vientiane</h1><span>09:31 March 14, 2021</span></header>"
        f"<div class='story'>{paragraphs}</div></article></body></html>"
    )
    article = parse_html(raw, article_id="p", path="p")
    assert article.title == "Border talks resume in Vientiane"
    assert article.text.startswith(ENGLISH_BODY)
    assert article.date == date(2021, 3, 14)


def test_html_date_read_in_the_one_extraction_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    def second_pass(raw: str) -> None:
        raise AssertionError("htmldate run a second time over the page")

    monkeypatch.setattr(ingest, "_html_date", second_pass)
    article = parse_html(fixture("page.html").read_text("utf-8"), article_id="p", path="p")
    assert (article.date, article.date_source) == (date(2022, 10, 26), "html")


HEADLINE = "Border talks resume in Vientiane"


@pytest.mark.parametrize(
    ("head", "around", "expected"),
    [
        pytest.param(
            "",
            "<div class='meta'><span>Published:</span> <span>26/10/2022 19:28 (GMT+07:00)</span></div><h1>{h}</h1>",
            date(2022, 10, 26),
            id="label-and-date-above-the-headline-no-markup-date",
        ),
        pytest.param(
            "",
            "<h1>{h}</h1><div class='byline'><span>Updated:</span><span>October 28, 2022</span>"
            " <span>Published:</span><span>October 26, 2022</span></div>",
            date(2022, 10, 26),
            id="published-not-updated",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2022-10-25T20:30:00+00:00"/>',
            "<h1>{h}</h1><p class='time'>Published: October 26, 2022 03:30 (GMT+7)</p>",
            date(2022, 10, 26),
            id="printed-local-date-over-utc-markup",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2022-10-26T08:00:00+07:00"/>',
            "<h1>{h}</h1><div class='byline'><span>Updated:</span><span>October 28, 2022</span></div>",
            date(2022, 10, 26),
            id="markup-date-over-a-printed-revision-date",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2022-10-25T20:30:00Z"/>',
            "<h1>{h}</h1><div class='time'><span>October 26, 2022 03:30</span> <span>(GMT+7)</span></div>",
            date(2022, 10, 26),
            id="printed-local-day-over-the-utc-day-before",
        ),
        pytest.param(
            '<meta name="pubdate" content="2013-11-27T08:36:32Z"/>',
            "<h1>{h}</h1><div class='stamp'>November 28, 2013 -- Updated 0203 GMT (1003 HKT)</div>",
            date(2013, 11, 27),
            id="printed-revision-a-day-later-is-not-the-date",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2022-10-20T08:00:00+07:00"/>',
            "<h1>{h}</h1><div class='time'>October 26, 2022</div>",
            date(2022, 10, 20),
            id="markup-over-a-printed-date-days-apart",
        ),
        pytest.param("", "<h1>{h}</h1>", None, id="nothing-printed-stays-unknown"),
        pytest.param(
            "",
            "<div class='topbar'>Thursday, December 3, 2026</div><h1>The Daily Courier Online</h1><h2>{h}</h2>",
            None,
            id="top-bar-date-over-a-logo-is-not-the-article-s",
        ),
    ],
)
def test_html_date_printed_by_the_headline(head: str, around: str, expected: date | None) -> None:
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><div class='top'><a href='/'>Home</a></div>"
        f"{around.format(h=HEADLINE)}<div class='story'>{paragraphs}<p>It was first signed on 3 March 2019.</p></div>"
        "</body></html>"
    )
    article = parse_html(raw, article_id="p", path="p")
    assert article.date == expected
    assert article.text.startswith(ENGLISH_BODY)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param('<meta property="article:published_time" content="Wed, 26 Oct 2022 01:30:00 GMT+7">', id="rfc-date-gmt-plus-7"),
        pytest.param('<meta name="pubdate" content="26/10/2022 01:30 GMT+7">', id="day-first-gmt-plus-7"),
        pytest.param('<meta itemprop="datePublished" content="26 October 2022, 01:30 ICT">', id="itemprop-printed"),
        pytest.param('<script type="application/ld+json">{"datePublished": "26-10-2022 01:30", }</script>', id="broken-json-ld"),
        pytest.param(
            '<meta property="article:published_time" content="Wed, 26 Oct 2022 01:30:00 GMT+7">'
            '<meta property="article:modified_time" content="2022-10-29T10:00:00+07:00">',
            id="published-over-the-revision-htmldate-reads",
        ),
        pytest.param(
            '<meta name="pubdate" content="26/10/2022 01:30 GMT+7">'
            '<link rel="canonical" href="https://news.example.org/2022/10/29/talks">',
            id="published-over-the-address-date",
        ),
        pytest.param(
            '<meta name="date" content="2022-10-26">'
            '<script type="application/ld+json">[{"datePublished": "2021-01-02"}, {"datePublished": "2021-03-04"}]</script>',
            id="a-list-of-related-stories-names-no-date",
        ),
    ],
)
def test_html_published_meta_htmldate_skips_is_read_as_printed(head: str) -> None:
    # a local time with its zone: the printed day is the article's day (GMT+7 is not UTC-7, nor shifted to UTC)
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(4))
    raw = f"<html><head><title>{HEADLINE}</title>{head}</head><body><h1>{HEADLINE}</h1><div>{paragraphs}</div></body></html>"
    article = parse_html(raw, article_id="p", path="p")
    assert (article.date, article.date_source) == (date(2022, 10, 26), "html")


def test_html_sniffed_from_content(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(fixture("page.html").read_text("utf-8"), "utf-8")
    (article,), report = read_one(page)
    assert report.status == "parsed"
    assert "<p>" not in article.text
    assert article.date == date(2022, 10, 26)


# ---------------------------------------------------------------------------
# dumps
# ---------------------------------------------------------------------------


def test_jsonl_dump() -> None:
    path = fixture("dump.jsonl")
    articles, reports = read_articles([path])
    assert [(r.path.rsplit("/", 1)[-1], r.status) for r in reports] == [
        ("dump.jsonl#kpl-001", "parsed"),
        ("dump.jsonl#kpl-002", "parsed"),
        ("dump.jsonl#3", "skipped"),
        ("dump.jsonl#kpl-004", "skipped"),
        ("dump.jsonl#5", "parsed"),
    ]
    assert "not valid JSON" in reports[2].reason
    assert reports[3].reason == "record has no 'text'"
    assert [a.id for a in articles] == ["kpl-001", "kpl-002", "dump.jsonl#5"]
    assert [(a.date, a.date_source) for a in articles] == [
        (date(2022, 10, 25), "field"),
        (date(2022, 10, 26), "field"),
        (None, ""),
    ]
    assert articles[0].url == "https://kpl.example/1"
    assert articles[0].title == "Lao, Vietnamese ministers meet"
    assert reports[4].reason == ingest.NO_DATE_WARNING


def test_csv_dump() -> None:
    articles, reports = read_articles([fixture("dump.csv")])
    assert [r.status for r in reports] == ["parsed", "parsed"]
    assert [(a.id, a.date, a.url) for a in articles] == [
        ("vt-1", date(2021, 12, 29), "https://vt.example/1"),
        ("vt-2", date(2022, 1, 3), "https://vt.example/2"),
    ]


@pytest.mark.parametrize(
    "record",
    [
        pytest.param({"title": "Talks held", "publishedAt": "2022-10-26T08:00:00Z", "content": ENGLISH_BODY}, id="newsapi"),
        pytest.param({"title": "Talks held", "date_publish": "2022-10-26 08:00:00", "maintext": ENGLISH_BODY}, id="news-please"),
        pytest.param({"headline": "Talks held", "datePublished": "2022-10-26", "articleBody": ENGLISH_BODY}, id="schema-org"),
        pytest.param({"title": "Talks held", "seendate": "20221026T081500Z", "story": ENGLISH_BODY}, id="gdelt-like"),
    ],
)
def test_dump_fields_of_common_scrapers(tmp_path: Path, record: dict[str, str]) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (article,), _ = read_articles([path])
    assert (article.date, article.title, article.text) == (date(2022, 10, 26), "Talks held", ENGLISH_BODY)


def test_dump_title_field_keeps_first_text_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    record = {"id": "r1", "title": "Talks held", "text": f"Laos and Vietnam hold talks\n{ENGLISH_BODY}"}
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (article,), _ = read_articles([path])
    assert article.title == "Talks held"
    assert article.text == f"Laos and Vietnam hold talks\n{ENGLISH_BODY}"


def test_dump_record_with_html_text(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    record = {"id": "h1", "date": "2022-10-26", "text": fixture("page.html").read_text("utf-8")}
    path.write_text(json.dumps(record) + "\n", "utf-8")
    (article,), (report,) = read_articles([path])
    assert report.status == "parsed"
    assert (article.date, article.date_source) == (date(2022, 10, 26), "field")
    assert "<p>" not in article.text
    assert "fifth Thai-Lao Friendship Bridge" in article.text


def test_csv_without_text_column() -> None:
    articles, report = read_one(fixture("no_text.csv"))
    assert articles == []
    assert report.status == "skipped"
    assert report.reason == "no 'text' column (columns: id, date, title)"
    assert report.path.endswith("no_text.csv")


def test_csv_without_id_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'date;text\n2022-01-05;"{ENGLISH_BODY}"\n2022-01-06;"{ENGLISH_BODY} Again."\n', "utf-8")
    articles, reports = read_articles([path])
    assert [a.id for a in articles] == ["rows.csv#1", "rows.csv#2"]
    assert [r.status for r in reports] == ["parsed", "parsed"]


def test_json_array() -> None:
    articles, reports = read_articles([fixture("dump.json")])
    assert [(a.id, a.date) for a in articles] == [("json-1", date(2022, 3, 3)), ("json-2", date(2022, 3, 4))]
    assert len(reports) == 2


@pytest.mark.parametrize(
    ("content", "statuses"),
    [
        pytest.param({"articles": [{"id": "a", "text": ENGLISH_BODY}]}, ["parsed"], id="object-with-list"),
        pytest.param({"id": "a", "text": ENGLISH_BODY}, ["parsed"], id="single-object"),
        pytest.param([{"id": "a", "text": ENGLISH_BODY}, 3], ["parsed", "skipped"], id="non-object-item"),
        pytest.param("just a string", ["skipped"], id="not-a-list"),
    ],
)
def test_json_shapes(tmp_path: Path, content: object, statuses: list[str]) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(content), "utf-8")
    _, reports = read_articles([path])
    assert [r.status for r in reports] == statuses


def test_malformed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text('[{"id": "a", "text": ', "utf-8")
    articles, report = read_one(path)
    assert articles == []
    assert report.status == "skipped"
    assert report.reason.startswith("not valid JSON")


def test_dump_record_ids_do_not_collide_with_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Title one\n{ENGLISH_BODY}", "utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "a.txt", "text": ENGLISH_BODY + " More."}) + "\n", "utf-8"
    )
    articles, _ = read_articles([tmp_path])
    ids = [a.id for a in articles]
    assert len(ids) == len(set(ids)) == 2


# ---------------------------------------------------------------------------
# encodings and bad files
# ---------------------------------------------------------------------------

CAFE_TEXT = f"Talks in a Vientiane café\n{ENGLISH_BODY} The café “Lao Kitchen” hosted the talks."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(CAFE_TEXT.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + CAFE_TEXT.encode("utf-8"), "utf-8 (BOM)", id="utf-8-bom"),
        pytest.param(CAFE_TEXT.encode("utf-16"), "utf-16-le (BOM)", id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + CAFE_TEXT.encode("utf-16-be"), "utf-16-be (BOM)", id="utf-16-be-bom"),
        pytest.param(CAFE_TEXT.encode("utf-16-le"), "utf-16 (no BOM)", id="utf-16-no-bom"),
        pytest.param(CAFE_TEXT.encode("cp1252"), "cp1252", id="cp1252"),
        pytest.param(CAFE_TEXT.replace("“", '"').replace("”", '"').encode("latin-1"), "cp1252", id="latin-1"),
    ],
)
def test_decode_bytes(data: bytes, encoding: str) -> None:
    text, how = decode_bytes(data)
    assert how == encoding
    assert text is not None
    assert "café" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)", id="png"),
        pytest.param(bytes(range(256)) * 4, "binary file (contains NUL bytes)", id="nul-bytes"),
        pytest.param(
            bytes(range(1, 32)) * 20 + b"some text", "binary file (mostly non-text bytes)", id="controls"
        ),
    ],
)
def test_decode_bytes_rejects(data: bytes, reason: str) -> None:
    assert decode_bytes(data) == (None, reason)


@pytest.mark.parametrize(
    ("charset", "codec", "encoding"),
    [
        pytest.param("gb2312", "gbk", "gbk (declared)", id="gb2312-meta-read-as-gbk"),
        pytest.param("Shift_JIS", "cp932", "cp932 (declared)", id="shift-jis-meta"),
        pytest.param("windows-1251", "cp1251", "cp1251 (declared)", id="windows-1251-meta"),
        pytest.param("iso-8859-1", "cp1252", "cp1252 (declared)", id="latin-1-meta-read-as-windows-1252"),
    ],
)
def test_html_page_in_its_declared_charset(tmp_path: Path, charset: str, codec: str, encoding: str) -> None:
    # an English edition served in the charset of its home language: only the quotes and dashes are not ASCII
    paragraphs = "".join(f"<p>{ENGLISH_BODY} “Paragraph {n}” noted.</p>" for n in range(4))
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>Border talks</title></head><body><article>{paragraphs}</article></body></html>"
    )
    data = page.encode(codec)
    assert decode_bytes(data) == (page, encoding)
    path = tmp_path / "page.html"
    path.write_bytes(data)
    (article,), report = read_one(path)
    assert report.status == "parsed"
    assert "“Paragraph 0” noted." in article.text


def test_gzipped_page_is_read_and_a_broken_one_reported(tmp_path: Path) -> None:
    import gzip

    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(3))
    page = f"<html><head><title>Talks</title></head><body><article>{paragraphs}</article></body></html>"
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(page.encode("utf-8"))[:40])
    (tmp_path / "c.gz").write_bytes(gzip.compress(b""))
    articles, reports = read_articles([tmp_path])
    assert [a.id for a in articles] == ["a.html.gz"]
    assert articles[0].text.startswith(ENGLISH_BODY)
    assert reports[1].path.endswith("b.html.gz")
    assert (reports[1].status, reports[1].reason.split(" (")[0]) == ("skipped", "broken gzip file")
    assert (reports[2].status, reports[2].reason) == ("skipped", "gzip'd empty file")


def _web_archive(html: str | None) -> bytes:
    """A page saved by a browser as one MIME file, its HTML quoted-printable (as browsers write it)."""
    import email.charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive["From"] = "<Saved by a browser>"
    archive["Snapshot-Content-Location"] = "https://news.example.org/talks"
    if html is not None:
        part = MIMEText("", "html", "utf-8")
        del part["Content-Transfer-Encoding"]  # set again by set_payload, as quoted-printable
        charset = email.charset.Charset("utf-8")
        charset.body_encoding = email.charset.QP
        part.set_payload(html, charset)
        archive.attach(part)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(16), "png"))
    return archive.as_bytes()


@pytest.mark.parametrize("name", [pytest.param("talks.mhtml", id="mhtml"), pytest.param("talks.html", id="sniffed")])
def test_page_saved_as_a_web_archive_is_read(tmp_path: Path, name: str) -> None:
    paragraphs = "".join(f"<p>{ENGLISH_BODY} “Paragraph {n}”.</p>" for n in range(3))
    html = (
        f"<html><head><title>{HEADLINE} | Agency</title>"
        '<meta property="article:published_time" content="2022-10-26T08:00:00+07:00"></head>'
        f"<body><h1>{HEADLINE}</h1>{paragraphs}</body></html>"
    )
    path = tmp_path / name
    path.write_bytes(_web_archive(html))
    (article,), report = read_one(path)
    assert report.status == "parsed"
    assert (article.date, article.title) == (date(2022, 10, 26), HEADLINE)
    assert article.text.startswith(ENGLISH_BODY)
    assert "“Paragraph 2”." in article.text
    assert "Content-Type" not in article.text and "=\n" not in article.text


def test_web_archive_without_a_page_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "images.mhtml"
    path.write_bytes(_web_archive(None))
    articles, report = read_one(path)
    assert articles == []
    assert report == InputReport(str(path), "skipped", "web archive without an HTML page", "images.mhtml")


def test_page_saved_complete_reads_the_page_not_its_resources(tmp_path: Path) -> None:
    # a browser's "Web Page, Complete": page.html and page_files/ with scripts, styles and ad frames
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(3))
    (tmp_path / "page.html").write_text(f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{paragraphs}</body></html>")
    resources = tmp_path / "page_files"
    resources.mkdir()
    (resources / "app.js").write_text(f'var lead = "{ENGLISH_BODY}";')
    (resources / "frame.html").write_text(f"<html><body><p>{ENGLISH_BODY} Click to read more.</p></body></html>")
    (tmp_path / "theme.css").write_text(f"/* {ENGLISH_BODY} */ p {{ margin: 0; }}")
    articles, reports = read_articles([tmp_path])
    assert [a.id for a in articles] == ["page.html"]
    assert [(r.path, r.status, r.reason) for r in reports] == [
        (str(tmp_path / "page.html"), "parsed", ingest.NO_DATE_WARNING),
        (str(resources), "skipped", "resources of the saved page page.html, not articles"),
        (str(tmp_path / "theme.css"), "skipped", "a web page's css file, not an article"),
    ]


def test_html_page_without_any_date_is_reported(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{ENGLISH_BODY} Paragraph {n}.</p>" for n in range(3))
    path = tmp_path / "undated.html"
    path.write_text(f"<html><head><title>Talks</title></head><body><article>{paragraphs}</article></body></html>")
    (article,), report = read_one(path)
    assert article.date is None
    assert report == InputReport(str(path), "parsed", ingest.NO_DATE_WARNING, "undated.html")


def test_page_that_is_a_list_of_links_is_skipped(tmp_path: Path) -> None:
    # a section or tag page: headlines as links and nothing else; its headlines are no one's events
    items = "".join(f'<li><a href="/s{n}">Laos and Cambodia sign pact number {n} on trade</a></li>' for n in range(12))
    path = tmp_path / "section.html"
    path.write_text(f"<html><head><title>Asia</title></head><body><ul>{items}</ul><div><ul>{items}</ul></div></body></html>")
    articles, report = read_one(path)
    assert articles == []
    assert report == InputReport(str(path), "skipped", "a list of 24 links, not an article (no paragraph of text)", "section.html")


def test_page_without_a_paragraph_is_skipped(tmp_path: Path) -> None:
    # a news site's saved 404 page: headings and short help lines, no paragraph of prose
    items = "".join(f"<li><span>{n}</span><h3>Step {n} to find the page you were trying to reach</h3></li>" for n in range(4))
    path = tmp_path / "missing.html"
    path.write_text(
        "<html><head><title>Breaking News | Latest News</title></head><body><div id='main'>"
        f"<h1>Something has gone wrong...</h1><h2>How did I get here?</h2><ul>{items}</ul></div></body></html>"
    )
    articles, report = read_one(path)
    assert articles == []
    assert (report.status, report.reason) == ("skipped", "no paragraph of text, not an article (an error, index or gallery page?)")


def test_paragraph_that_is_only_a_link_is_not_body() -> None:
    # a news site's inline "related story" lines: a linked headline as its own paragraph between paragraphs
    raw = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><div class='story'>"
        f"<p>{ENGLISH_BODY}</p>"
        "<p><a href='/2021/03/12/other'>Laos and Cambodia sign border pact: what it means</a></p>"
        f"<p>The <a href='/x'>ministers</a> met in Vientiane. {ENGLISH_BODY}</p>"
        "<p><a href='/y'>The two sides also agreed to hold the next round of talks in Hanoi in the coming months.</a></p>"
        f"<p>{ENGLISH_BODY} Last paragraph.</p></div></body></html>"
    )
    article = parse_html(raw, article_id="p", path="p")
    assert "border pact" not in article.text
    assert "The ministers met in Vientiane." in article.text  # a link inside a paragraph is the paragraph's
    assert "next round of talks in Hanoi" in article.text  # a whole linked sentence is still prose


def test_article_with_many_links_is_kept() -> None:
    paragraphs = "".join(f'<p>{ENGLISH_BODY} <a href="/x{n}">Paragraph {n} link</a>.</p>' for n in range(3))
    menu = "".join(f'<li><a href="/m{n}">Menu item {n}</a></li>' for n in range(40))
    raw = f"<html><head><title>Talks</title></head><body><nav><ul>{menu}</ul></nav><article>{paragraphs}</article></body></html>"
    article = parse_html(raw, article_id="p", path="p")
    assert article.text.startswith(ENGLISH_BODY)


def test_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(f" date 2022-10-25 A title\r\n{ENGLISH_BODY}\r\n{ENGLISH_BODY}\r\n".encode())
    (article,), report = read_one(path)
    assert report.status == "parsed"
    assert article.title == "A title"
    assert "\r" not in article.text
    assert article.text == f"{ENGLISH_BODY}\n{ENGLISH_BODY}"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        pytest.param("utf16.txt", "utf-16", id="utf-16-bom"),
        pytest.param("latin1.txt", "latin-1", id="latin-1"),
        pytest.param("utf8sig.txt", "utf-8-sig", id="utf-8-bom"),
    ],
)
def test_encoded_files_read(tmp_path: Path, name: str, encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(f" date 2021-06-01 Talks in a café\n{ENGLISH_BODY} Café.".encode(encoding))
    (article,), report = read_one(path)
    assert report.status == "parsed"
    assert article.date == date(2021, 6, 1)
    assert article.title == "Talks in a café"
    assert article.text.endswith("Café.")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param(
            "binary.txt", b"\x00\x01\x02\x03" * 100, "binary file (contains NUL bytes)", id="binary"
        ),
        pytest.param("picture.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary file (PNG image)", id="png"),
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param("blank.txt", b"  \n\t\r\n \n", "empty file (only white space)", id="whitespace"),
        pytest.param("menu.txt", b"Home\nNews\n", "no article text found", id="no-body"),
    ],
)
def test_unusable_files_are_reported(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    articles, report = read_one(path)
    assert articles == []
    assert report == InputReport(str(path), "skipped", reason, name)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "a.txt"
    good.write_text(f"Title\n{ENGLISH_BODY}", "utf-8")
    locked = tmp_path / "b.txt"
    locked.write_text(f"Title\n{ENGLISH_BODY} Other.", "utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, reports = read_articles([tmp_path])
    assert [a.id for a in articles] == ["a.txt"]
    assert reports[1] == InputReport(str(locked), "skipped", "cannot read: Permission denied", "b.txt")


def test_parser_bug_on_one_record_skips_only_that_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.jsonl"
    records = [{"id": f"r{n}", "text": f"Title {n}\n{ENGLISH_BODY} Number {n}."} for n in (1, 2, 3)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    real_parse_text = ingest.parse_text

    def parse_text(raw: str, *, article_id: str, path: str) -> Article:
        if article_id == "r2":
            raise ValueError("odd page")
        return real_parse_text(raw, article_id=article_id, path=path)

    monkeypatch.setattr(ingest, "parse_text", parse_text)
    articles, reports = read_articles([path])
    assert [a.id for a in articles] == ["r1", "r3"]
    assert reports[1] == InputReport(f"{path}#r2", "skipped", "could not parse: ValueError('odd page')", "r2")


def test_large_file_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "LARGE_FILE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text(f" date 2022-01-01 Big\n{ENGLISH_BODY}\n" * 3, "utf-8")
    _, report = read_one(path)
    assert report.status == "parsed"
    assert report.reason.startswith("large file (")


def test_missing_path_is_reported(tmp_path: Path) -> None:
    articles, report = read_one(tmp_path / "nope.txt")
    assert articles == []
    assert report.status == "skipped"
    assert report.reason == "no such file or folder"


# ---------------------------------------------------------------------------
# folders, ids, duplicates
# ---------------------------------------------------------------------------


def test_folder_walk_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(f"Second\n{ENGLISH_BODY} Two.", "utf-8")
    (tmp_path / "1.txt").write_text(f"First\n{ENGLISH_BODY} One.", "utf-8")
    (tmp_path / ".hidden.txt").write_text(f"Hidden\n{ENGLISH_BODY} Hidden.", "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(f"Git\n{ENGLISH_BODY} Git.", "utf-8")
    articles, reports = read_articles([tmp_path])
    assert [a.id for a in articles] == ["1.txt", "2.txt"]
    assert len(reports) == 2


def test_symlink_loop_survived(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "article.txt").write_text(f"Title\n{ENGLISH_BODY}", "utf-8")
    os.symlink(folder, folder / "loop")
    os.symlink(tmp_path / "missing.txt", folder / "broken.txt")
    articles, reports = read_articles([tmp_path])
    assert [a.id for a in articles] == ["article.txt"]
    assert [(Path(r.path).name, r.status, r.reason) for r in reports] == [
        ("article.txt", "parsed", ingest.NO_DATE_WARNING),
        ("broken.txt", "skipped", "broken symbolic link"),
    ]


def test_duplicate_text_becomes_alias(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2022-10-25 Title\n{ENGLISH_BODY}", "utf-8")
    (tmp_path / "b.txt").write_text(f" date 2022-10-25 Title\r\n{ENGLISH_BODY.upper()}  \r\n", "utf-8")
    articles, reports = read_articles([tmp_path])
    assert [(a.id, a.aliases) for a in articles] == [("a.txt", ("b.txt",))]
    assert reports[1] == InputReport(str(tmp_path / "b.txt"), "duplicate", "same text as a.txt", "b.txt")


def test_same_name_in_two_folders(tmp_path: Path) -> None:
    for sub, extra in (("x", "One."), ("y", "Two.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "article.txt").write_text(f"Title\n{ENGLISH_BODY} {extra}", "utf-8")
    articles, _ = read_articles([tmp_path])
    assert [a.id for a in articles] == ["x/article.txt", "y/article.txt"]


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Title\n{ENGLISH_BODY}", "utf-8")
    articles, reports = read_articles([tmp_path, path])
    assert len(articles) == len(reports) == 1


def test_date_override(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2022-10-25 Title\n{ENGLISH_BODY}", "utf-8")
    (tmp_path / "b.txt").write_text(f"Title\n{ENGLISH_BODY} Undated.", "utf-8")
    articles, reports = read_articles([tmp_path], date_override=date(2020, 1, 1))
    assert [(a.date, a.date_source) for a in articles] == [(date(2020, 1, 1), "override")] * 2
    assert [r.reason for r in reports] == ["", ""]


def test_fixture_folder_accounts_for_every_input() -> None:
    articles, reports = read_articles([FIXTURES])
    files = sorted(p.name for p in FIXTURES.iterdir() if not p.name.startswith("."))
    reported = {Path(r.path.split("#", 1)[0]).name for r in reports}
    assert reported == set(files)
    assert len({a.id for a in articles}) == len(articles)
    assert {r.article_id for r in reports if r.status == "parsed"} == {a.id for a in articles}
    by_name = {Path(r.path).name: r for r in reports}
    assert by_name["vietnamese.txt"].reason == "not English (looks like vi)"
    assert by_name["lao.txt"].reason == "not English (looks like lo)"
    assert by_name["no_date.txt"].reason == ingest.NO_DATE_WARNING


def test_read_articles_is_deterministic() -> None:
    assert read_articles([FIXTURES]) == read_articles([FIXTURES])


# ---------------------------------------------------------------------------
# language
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(ENGLISH_BODY, "en", id="english"),
        pytest.param(
            f"Thứ Sáu, 28/10/2022, 08:06\n{ENGLISH_BODY}", "en", id="english-with-vietnamese-date-line"
        ),
        pytest.param(
            f"Bộ trưởng Tô Lâm và Phó Thủ tướng Vilay Lakhamphong met in Hà Nội. {ENGLISH_BODY}",
            "en",
            id="english-with-vietnamese-names",
        ),
        pytest.param(
            "Chiều 25/10, tại Hà Nội, Bộ trưởng Bộ Công an đã tiếp Phó Thủ tướng, Bộ trưởng Bộ An ninh Lào.",
            "vi",
            id="vietnamese",
        ),
        pytest.param("ສອງຝ່າຍໄດ້ລົງນາມແຜນການຮ່ວມມື ປີ 2023 ຢູ່ນະຄອນຫຼວງວຽງຈັນ", "lo", id="lao"),
        pytest.param("ทั้งสองฝ่ายได้ลงนามในแผนความร่วมมือ", "th", id="thai"),
        pytest.param("越南和老挝公安部签署二〇二三年合作计划", "zh", id="chinese"),
        pytest.param(
            "Les deux ministres ont signé un plan de coopération pour la sécurité des frontières et la lutte contre "
            "le trafic de drogue dans la région, selon un communiqué publié par le ministère.",
            "fr",
            id="french",
        ),
        pytest.param("Laos, Vietnam sign pact", "en", id="short-title"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language
    assert is_english(text) == (language == "en")


def test_html_vietnamese_page_skipped(tmp_path: Path) -> None:
    body = fixture("vietnamese.txt").read_text("utf-8").split("\n", 2)[2]
    paragraphs = "".join(f"<p>{line} {line}</p>" for line in body.split("\n") if line)
    path = tmp_path / "vi.html"
    path.write_text(
        f"<html><head><title>Tin</title></head><body><article>{paragraphs}</article></body></html>", "utf-8"
    )
    articles, report = read_one(path)
    assert articles == []
    assert report.reason == "not English (looks like vi)"


@pytest.mark.slow
def test_file_over_50_mb_is_read(tmp_path: Path) -> None:
    paragraph = f"{ENGLISH_BODY}\n"
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(" date 2022-10-25 A very long page\n")
        for _ in range(51 * 1024 * 1024 // len(paragraph) + 1):
            out.write(paragraph)
    (article,), report = read_one(path)
    assert report.status == "parsed"
    assert report.reason.startswith("large file (")
    assert article.date == date(2022, 10, 25)
    assert len(article.text) > 50 * 1024 * 1024


def test_no_wall_clock_in_ingest() -> None:
    source = Path(ingest.__file__).read_text("utf-8")
    for call in ("date.today(", "datetime.now(", "datetime.today(", "time.time("):
        assert call not in source, call


def test_a_date_far_after_its_own_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "future.txt"
    path.write_text(" date 2099-05-01 Talks\nVietnam and Laos signed a protocol in March 2022. They will meet next year.\n", encoding="utf-8")
    (article,), (report,) = read_articles([path])
    assert article.date == date(2099, 5, 1) and report.status == "parsed"
    assert "years after every year its text mentions (latest 2022)" in report.reason


# ---------------------------------------------------------------------------
# Fast paths: each must agree with the plain form it stands for
# ---------------------------------------------------------------------------

#: Characters where the fast paths and their plain forms could part: blanks of every kind, marks,
#: non-ASCII letters and non-letters, digits of other scripts, letters that change length when lowered.
TRICKY_PIECES = [
    *" \t\n\xa0\u2009\u3000\x0b\x1c\x85\u2028aZz_09٣½²Ⅻé Đ“”–-'./!?)ßİıﬁ中ກ\x00\x7f\x80E",
    *["./.", "/.", "Enditem", "END ITEM", "ENDITEM", "Related news", "Copyright", "©", "2022"],
]
TRICKY = st.lists(st.sampled_from(TRICKY_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_letter_runs_are_letters_findall(text: str) -> None:
    assert ingest._letter_runs(text) == ingest.LETTERS.findall(text)
    assert ingest._letter_runs(text.lower()) == ingest.LETTERS.findall(text.lower())


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_blank_runs_fold_as_the_plain_pattern(text: str) -> None:
    assert ingest.HORIZONTAL_SPACE.sub(" ", text) == re.sub(r"[^\S\n]{2,}|[^\S\n ]", " ", text)
    if "  " not in text and not ingest.ODD_BLANK.search(text):
        assert ingest.HORIZONTAL_SPACE.search(text) is None


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_end_markers_as_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?P<slash>/\.)(?=\s|$|[^\w\s]|[A-Z])|(?P<word>Enditem|ENDITEM|END\ ITEM)\b")

    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int, bool]]:
        return [(m.start(), m.end(), bool(m.group("slash"))) for m in pattern.finditer(text)]

    assert spans(ingest.END_MARKER) == spans(plain)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_glued_section_scan_misses_no_split(text: str) -> None:
    split = any(len(ingest.GLUED_SECTION.split(line)) > 1 for line in text.split("\n"))
    assert not split or ingest.GLUED_SECTION_ANYWHERE.search(text)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_full_dates_need_four_digits(text: str) -> None:
    if not ingest.FOUR_DIGITS.search(text):
        assert all(not list(p.finditer(text)) for p in ingest.FULL_DATE_PATTERNS)


@settings(max_examples=400, deadline=None)
@given(TRICKY, st.integers(min_value=0, max_value=5))
def test_words_counted_up_to_a_limit(text: str, limit: int) -> None:
    assert ingest._words(text, limit) == min(ingest._words(text), limit)
