"""Event, mention and article tables for the dashboard's tests and benchmark.

Hand-written from the seed articles (Vietnam–Laos public security, October
and March 2022) plus a few Vietnam–Cambodia rows, so every precision, status
and link the dashboard draws is present; a hostile table whose text tries to
run script; and a synthetic table of any size for the benchmark.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from timeline.models import Article
from timeline.table import MENTION_COLUMNS, articles_frame, events_frame

A000 = "000_f7e726d1e6a85118.txt"  # 2022-10-25, VNA
A001 = "001_fa54cda3989ca363.txt"  # 2022-03-03
A003 = "003_5495004371ec0e76.txt"  # 2022-10-26, VnExpress
KH1 = "kh_2022_01_20.html"
KH2 = "kh_2020_11_22.html"

VN_LA = ["Vietnam", "Laos"]
VN_KH = ["Vietnam", "Cambodia"]
LAM_VILAY = ["To Lam", "Vilay Lakhamphong"]


def _event(
    event_id: str,
    type_: str,
    status: str,
    title: str,
    when: tuple[str, str, str, str],
    *,
    countries: list[str] = VN_LA,
    participants: list[str] | None = None,
    location: str = "",
    evidence: str = "",
    source: tuple[str, str] = (A000, "2022-10-25"),
    sources: list[str] | None = None,
    date_phrase: str = "",
    fulfils: str = "",
    fulfilled_by: str = "",
    confidence: float = 0.8,
) -> dict[str, object]:
    value, start, end, precision = when
    return {
        "event_id": event_id,
        "date": value,
        "date_start": start,
        "date_end": end,
        "precision": precision,
        "type": type_,
        "status": status,
        "title": title,
        "countries": list(countries),
        "participants": list(participants or []),
        "location": location,
        "evidence": evidence or title + ".",
        "source_id": source[0],
        "source_date": source[1],
        "sources": sources or [source[0]],
        "confidence": confidence,
        "date_phrase": date_phrase,
        "fulfils": fulfils,
        "fulfilled_by": fulfilled_by,
        "mention_count": len(sources or [source[0]]),
    }


SEED_ROWS: list[dict[str, object]] = [
    _event(
        "ev-conf-2022-10-25",
        "conference",
        "occurred",
        "Conference reviewing the 2022 Vietnam–Laos security cooperation plan",
        ("2022-10-25", "2022-10-25", "2022-10-25", "day"),
        participants=LAM_VILAY,
        location="Hanoi",
        evidence="Co-chairing a conference reviewing the implementation of the 2022 cooperation plan and "
        "outlining another for 2023 between the two Ministries of Public Security, Lam said the two sides "
        "should accelerate the implementation of international treaties.",
        sources=[A000, A003],
        confidence=0.92,
    ),
    _event(
        "ev-sign-plan-2023",
        "signing",
        "occurred",
        "Signing of the 2023 cooperation plan between the two public security ministries",
        ("2022-10-25", "2022-10-25", "2022-10-25", "day"),
        participants=LAM_VILAY,
        location="Hanoi",
        evidence="Vietnamese Minister of Public Security To Lam and Lao Deputy Prime Minister and Minister of "
        "Public Security General Vilay Lakhamphong at a meeting in Hanoi on Oct 25 to sign the two "
        "ministries' cooperation for 2023.",
        source=(A003, "2022-10-26"),
        sources=[A003, A000],
        date_phrase="on Oct 25",
        confidence=0.9,
    ),
    _event(
        "ev-12th-conference",
        "conference",
        "occurred",
        "12th Vietnam–Laos security cooperation conference",
        ("2022-03-03", "2022-03-03", "2022-03-03", "day"),
        participants=["Luong Tam Quang", "Kongthong Phongvichith"],
        location="Vientiane",
        evidence="The 12th Vietnam-Laos security cooperation conference was held in Vientiane on March 3.",
        source=(A001, "2022-03-03"),
        date_phrase="on March 3",
    ),
    _event(
        "ev-mou-12th",
        "signing",
        "occurred",
        "Memorandum of Understanding of the 12th conference",
        ("2022-03-03", "2022-03-03", "2022-03-03", "day"),
        participants=["Luong Tam Quang", "Kongthong Phongvichith"],
        location="Vientiane",
        evidence="At the end of the conference, the two sides signed the MoU of the 12th conference.",
        source=(A001, "2022-03-03"),
    ),
    _event(
        "ev-confidential-info",
        "planned_agreement",
        "planned",
        "Agreement on Mutual Confidential Information Exchange (to be signed)",
        ("", "2022-10-27", "", "unknown"),
        participants=LAM_VILAY,
        evidence="An agreement on Mutual Confidential Information Exchange between the governments of Vietnam "
        "and Laos is expected to be inked in the coming time.",
        source=(A003, "2022-10-26"),
        date_phrase="in the coming time",
    ),
    _event(
        "ev-extradition",
        "planned_agreement",
        "planned",
        "Extradition agreement (to be negotiated and signed)",
        ("2023", "2023-01-01", "2023-12-31", "year"),
        evidence="The two sides will negotiate and sign an extradition agreement next year.",
        source=(A003, "2022-10-26"),
        date_phrase="next year",
    ),
    _event(
        "ev-plan-drugs",
        "planned_agreement",
        "planned",
        "MoU on drug trafficking prevention (to be signed)",
        ("2021", "2021-01-01", "2021-12-31", "year"),
        evidence="The ministries agreed to sign a memorandum on drug trafficking prevention in 2021.",
        source=(A003, "2022-10-26"),
        date_phrase="in 2021",
        fulfilled_by="ev-mou-drugs",
    ),
    _event(
        "ev-mou-drugs",
        "signing",
        "occurred",
        "MoU on drug trafficking prevention",
        ("2021-08", "2021-08-01", "2021-08-31", "month"),
        evidence="The two ministries signed an MoU on drug trafficking prevention in August 2021.",
        source=(A003, "2022-10-26"),
        date_phrase="in August 2021",
        fulfils="ev-plan-drugs",
    ),
    _event(
        "ev-antiterror",
        "joint_activity",
        "proposed",
        "Anti-terrorism exercises (proposed)",
        ("", "", "", "unknown"),
        participants=["To Lam"],
        evidence="Lam also suggested the two sides consider building a scheme on organising anti-terrorism exercises.",
        confidence=0.6,
    ),
    _event(
        "ev-expressway",
        "project",
        "occurred",
        "Hanoi–Vientiane expressway project launched",
        ("2016", "2016-01-01", "2016-12-31", "year"),
        evidence="The Hanoi-Vientiane expressway project was launched in 2016.",
        source=(A001, "2022-03-03"),
        date_phrase="in 2016",
    ),
    _event(
        "ev-friendship-year",
        "other",
        "occurred",
        "Vietnam–Laos Friendship and Solidarity Year 2022",
        ("2022", "2022-01-01", "2022-12-31", "year"),
        evidence="2022 is the Vietnam-Laos Friendship and Solidarity Year.",
        source=(A001, "2022-03-03"),
    ),
    _event(
        "ev-drug-minister-meeting",
        "meeting",
        "occurred",
        "Minister-level meeting on drug trafficking",
        ("2022-10-26", "2022-10-26", "2022-10-26", "day"),
        participants=LAM_VILAY,
        location="Hanoi",
        evidence="Today [October 26], the ministers held a meeting on drug trafficking across the border.",
        source=(A003, "2022-10-26"),
        date_phrase="Today [October 26]",
    ),
    _event(
        "ev-vilay-visit",
        "visit",
        "occurred",
        "Vilay Lakhamphong's official visit to Vietnam",
        ("2022-10", "2022-10-01", "2022-10-31", "month"),
        participants=["Vilay Lakhamphong"],
        evidence="The news was shared during the ongoing visit to Vietnam paid by Vilay Lakhamphong.",
        source=(A003, "2022-10-26"),
    ),
    _event(
        "ev-kh-q1-meeting",
        "meeting",
        "occurred",
        "Vietnam–Cambodia deputy ministers' meeting on border security",
        ("2022-Q1", "2022-01-01", "2022-03-31", "quarter"),
        countries=VN_KH,
        participants=["Luong Tam Quang", "Sar Sokha"],
        location="Phnom Penh",
        evidence="In the first quarter of 2022, deputy ministers met in Phnom Penh on border security.",
        source=(KH1, "2022-01-20"),
        date_phrase="In the first quarter of 2022",
    ),
    _event(
        "ev-kh-patrol",
        "joint_activity",
        "occurred",
        "Joint Vietnam–Cambodia border patrol",
        ("2020-11-20/2020-11-21", "2020-11-20", "2020-11-21", "range"),
        countries=VN_KH,
        evidence="Border guards of the two countries conducted a joint patrol on November 20-21.",
        source=(KH2, "2020-11-22"),
        date_phrase="on November 20-21",
    ),
    _event(
        "ev-kh-border-crime",
        "planned_agreement",
        "planned",
        "Agreement on border crime prevention (to be signed in 2021)",
        ("2021", "2021-01-01", "2021-12-31", "year"),
        countries=VN_KH,
        evidence="The two sides agreed to sign an agreement on border crime prevention in 2021.",
        source=(KH2, "2020-11-22"),
        date_phrase="in 2021",
    ),
]

ARTICLE_ROWS: list[dict[str, object]] = [
    {
        "source_id": A000,
        "source_date": "2022-10-25",
        "title": "Vietnamese, Lao public security ministries tighten cooperation",
        "url": "https://en.vietnamplus.vn/vietnamese-lao-public-security-ministries-tighten-cooperation/",
        "path": f"seeds/{A000}",
        "aliases": [],
    },
    {
        "source_id": A001,
        "source_date": "2022-03-03",
        "title": "12th Vietnam-Laos security cooperation conference held in Vientiane",
        "url": "https://en.bocongan.gov.vn/12th-conference",
        "path": f"seeds/{A001}",
        "aliases": [],
    },
    {
        "source_id": A003,
        "source_date": "2022-10-26",
        "title": "Vietnam, Laos to sign confidential information exchange agreement",
        "url": "https://e.vnexpress.net/news/vietnam-laos-to-sign-confidential-information-exchange-agreement",
        "path": f"seeds/{A003}",
        "aliases": [],
    },
    {
        "source_id": KH1,
        "source_date": "2022-01-20",
        "title": "Vietnam, Cambodia step up border security cooperation",
        "url": "javascript:alert(1)",  # not http(s): must never become a link
        "path": f"fixtures/{KH1}",
        "aliases": [],
    },
    {
        "source_id": KH2,
        "source_date": "2020-11-22",
        "title": "Border guards hold joint patrol",
        "url": "",
        "path": f"fixtures/{KH2}",
        "aliases": [],
    },
]

MENTION_ROWS: list[dict[str, object]] = [
    {
        "event_id": "ev-conf-2022-10-25",
        "source_id": A000,
        "source_date": "2022-10-25",
        "start": 420,
        "end": 690,
        "sentence": "Co-chairing a conference reviewing the implementation of the 2022 cooperation plan, Lam said ...",
        "date_phrase": "",
        "date": "2022-10-25",
        "precision": "day",
        "type": "conference",
        "status": "occurred",
        "title": "Conference reviewing the 2022 cooperation plan",
    },
    {
        "event_id": "ev-conf-2022-10-25",
        "source_id": A003,
        "source_date": "2022-10-26",
        "start": 510,
        "end": 700,
        "sentence": "The two ministers co-chaired a conference in Hanoi on Oct 25.",
        "date_phrase": "on Oct 25",
        "date": "2022-10-25",
        "precision": "day",
        "type": "conference",
        "status": "occurred",
        "title": "Conference in Hanoi",
    },
    {
        "event_id": "ev-sign-plan-2023",
        "source_id": A003,
        "source_date": "2022-10-26",
        "start": 300,
        "end": 480,
        "sentence": "... at a meeting in Hanoi on Oct 25 to sign the two ministries' cooperation for 2023.",
        "date_phrase": "on Oct 25",
        "date": "2022-10-25",
        "precision": "day",
        "type": "signing",
        "status": "occurred",
        "title": "Signing of the 2023 cooperation plan",
    },
]

HOSTILE_TITLE = "<script>alert(1)</script> Hostile <img src=x onerror=alert(1)> title"
HOSTILE_EVIDENCE = "Evidence <img src=x onerror=alert(1)> and <script>alert(1)</script> on 1 May 2022 <b>bold</b>."


def seed_events() -> pd.DataFrame:
    """The hand-written event table (16 events, Vietnam–Laos and Vietnam–Cambodia)."""
    return events_frame(SEED_ROWS)


def _articles(rows: list[dict[str, object]]) -> pd.DataFrame:
    return articles_frame(
        Article(
            id=str(r["source_id"]),
            path=str(r["path"]),
            date=date.fromisoformat(str(r["source_date"])),
            title=str(r["title"]),
            text="",
            url=str(r["url"]),
        )
        for r in rows
    )


def seed_articles() -> pd.DataFrame:
    """The articles the seed events cite, one with a ``javascript:`` URL."""
    return _articles(ARTICLE_ROWS)


def seed_mentions() -> pd.DataFrame:
    """A few mentions of the seed events."""
    return pd.DataFrame(
        {c.name: pd.Series([r[c.name] for r in MENTION_ROWS], dtype=c.dtype) for c in MENTION_COLUMNS}
    )


def hostile_events() -> pd.DataFrame:
    """The seed events plus one whose title and evidence are markup that tries to run script."""
    row = _event(
        "ev-hostile",
        "meeting",
        "occurred",
        HOSTILE_TITLE,
        ("2022-05-01", "2022-05-01", "2022-05-01", "day"),
        participants=["<b>Mallory</b>"],
        evidence=HOSTILE_EVIDENCE,
        source=("hostile.html", "2022-05-02"),
        date_phrase="on 1 May 2022",
    )
    return events_frame([*SEED_ROWS, row])


def hostile_articles() -> pd.DataFrame:
    """The seed articles plus a hostile one."""
    row = {
        "source_id": "hostile.html",
        "source_date": "2022-05-02",
        "title": HOSTILE_TITLE,
        "url": "javascript:alert(1)",
        "path": "hostile.html",
        "aliases": [],
    }
    return _articles([*ARTICLE_ROWS, row])


_TYPES = ("conference", "meeting", "visit", "signing", "planned_agreement", "joint_activity", "project", "other")
_PEOPLE = ("To Lam", "Vilay Lakhamphong", "Luong Tam Quang", "Kongthong Phongvichith", "Sar Sokha", "Pham Minh Chinh")
_PAIRS = (VN_LA, VN_KH, ["Laos", "Cambodia"], ["Vietnam", "Thailand"])
_WORDS = ("drug", "border", "security", "trafficking", "training", "police", "cooperation", "agreement", "plan")


def synthetic_events(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` plausible events over 2000–2024 with every precision and status, reproducible by ``seed``."""
    rnd = random.Random(seed)
    rows: list[dict[str, object]] = []
    base = date(2000, 1, 1)
    for i in range(n):
        day = base + timedelta(days=rnd.randrange(0, 25 * 365))
        kind = rnd.choices(("day", "month", "year", "quarter", "range", "open"), (60, 15, 10, 5, 5, 5))[0]
        if kind == "day":
            when = (day.isoformat(), day.isoformat(), day.isoformat(), "day")
        elif kind == "month":
            last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            when = (day.isoformat()[:7], day.replace(day=1).isoformat(), last.isoformat(), "month")
        elif kind == "year":
            when = (str(day.year), f"{day.year}-01-01", f"{day.year}-12-31", "year")
        elif kind == "quarter":
            q = (day.month - 1) // 3
            first = date(day.year, 3 * q + 1, 1)
            last = (date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)) - timedelta(days=1)
            when = (f"{day.year}-Q{q + 1}", first.isoformat(), last.isoformat(), "quarter")
        elif kind == "range":
            end = day + timedelta(days=rnd.randrange(1, 4))
            when = (f"{day.isoformat()}/{end.isoformat()}", day.isoformat(), end.isoformat(), "range")
        else:
            when = ("", day.isoformat(), "", "unknown")
        type_ = rnd.choice(_TYPES)
        status = "occurred" if kind != "open" else rnd.choice(("planned", "proposed"))
        if type_ == "planned_agreement":
            status = rnd.choice(("planned", "proposed"))
        words = rnd.sample(_WORDS, 3)
        source_day = (day + timedelta(days=rnd.randrange(0, 30))).isoformat()
        rows.append(
            _event(
                f"ev-{i:06d}",
                type_,
                status,
                f"{words[0].title()} {words[1]} {type_.replace('_', ' ')} #{i}",
                when,
                countries=rnd.choice(_PAIRS),
                participants=rnd.sample(_PEOPLE, rnd.randrange(0, 3)),
                location=rnd.choice(("Hanoi", "Vientiane", "Phnom Penh", "")),
                evidence=f"The sides held talks on {' and '.join(words)} matters, officials said on {day:%B %d}.",
                source=(f"article-{i // 3:06d}", source_day),
            )
        )
    return events_frame(rows)
