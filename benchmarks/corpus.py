"""A deterministic synthetic news corpus about two countries' cooperation, in every format ingest reads.

    python benchmarks/corpus.py OUT_DIR --size 1000 [--seed 7]

``make_articles(n, seed)`` gives ``n`` article records (id, date, title, text,
url) written in wire-service style: a country pair (Vietnam–Laos,
Vietnam–Cambodia, Laos–China, Laos–Thailand, Vietnam–Japan, …), event
sentences of every type (conference, meeting, visit, signing, planned
agreement, joint activity, project, anniversary) with the date phrases
articles use ("on October 25", "Today [October 26]", "on Tuesday", "next
year", "in the coming time", "on November 20-21", "the first quarter of
2024", "for 2024-2025"), and non-event paragraphs (trade statistics,
background, quotes, statements of intent), 2–6 KB each.

``write_corpus(folder, n, seed)`` writes them as the inputs ``timeline
extract`` reads: plain text files with a `` date YYYY-MM-DD Title`` header,
scraped pages (menu, date line such as ``Oct 26, 2022 / 19:28`` or
``December 29, 2021 | 19:07 (GMT+7)``, related links), HTML pages, and
JSONL and CSV dumps. At most ``MAX_SINGLE_FILES`` articles get a file of
their own; the rest go into dumps of ``DUMP_RECORDS`` records, so 100,000
articles are a few thousand files, not 100,000. About 1% of the articles
are republished copies under another name (ingest folds them as duplicates).

The same ``(n, seed)`` gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth 11th 12th 13th 14th 15th 20th 25th 30th".split()
QUARTERS = ("first", "second", "third", "fourth")

#: Share of articles in each single-file format (the rest go to dumps).
SINGLE_FORMATS = (("txt", 0.30), ("page", 0.20), ("html", 0.10))
#: Articles with a file of their own, at most.
MAX_SINGLE_FILES = 3_000
#: Records per JSONL or CSV dump.
DUMP_RECORDS = 2_000
#: Share of articles republished verbatim under another id.
REPUBLISHED_SHARE = 0.01
#: Article body length, bytes.
MIN_BYTES, MAX_BYTES = 2_000, 6_000


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjective: str
    capital: str
    cities: tuple[str, ...]
    officials: tuple[tuple[str, str], ...]  # (title, name)
    agency: str


COUNTRIES = {
    c.name: c
    for c in (
        Country("Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City", "Da Nang", "Hai Phong"),
                (("Prime Minister", "Pham Minh Chinh"), ("Minister of Public Security", "To Lam"),
                 ("Minister of Foreign Affairs", "Bui Thanh Son"), ("Minister of Industry and Trade", "Nguyen Hong Dien")),
                "VNA"),
        Country("Laos", "Lao", "Vientiane", ("Luang Prabang", "Savannakhet", "Pakse"),
                (("Prime Minister", "Sonexay Siphandone"), ("Minister of Public Security", "Vilay Lakhamphong"),
                 ("Minister of Foreign Affairs", "Saleumxay Kommasith"), ("Minister of Planning and Investment", "Phet Phomphiphak")),
                "KPL"),
        Country("Cambodia", "Cambodian", "Phnom Penh", ("Siem Reap", "Battambang", "Kampot"),
                (("Prime Minister", "Hun Manet"), ("Minister of Interior", "Sar Sokha"),
                 ("Minister of Foreign Affairs", "Prak Sokhonn"), ("Minister of Commerce", "Cham Nimul")),
                "AKP"),
        Country("China", "Chinese", "Beijing", ("Kunming", "Nanning", "Shanghai"),
                (("Premier", "Li Qiang"), ("Foreign Minister", "Wang Yi"),
                 ("Minister of Public Security", "Wang Xiaohong"), ("Minister of Commerce", "Wang Wentao")),
                "Xinhua"),
        Country("Thailand", "Thai", "Bangkok", ("Nong Khai", "Chiang Mai", "Udon Thani"),
                (("Prime Minister", "Srettha Thavisin"), ("Minister of Foreign Affairs", "Parnpree Bahiddha-nukara"),
                 ("Minister of Interior", "Anutin Charnvirakul"), ("Minister of Commerce", "Phumtham Wechayachai")),
                "Bangkok Post"),
        Country("Japan", "Japanese", "Tokyo", ("Osaka", "Yokohama", "Fukuoka"),
                (("Prime Minister", "Fumio Kishida"), ("Minister of Foreign Affairs", "Yoko Kamikawa"),
                 ("Minister of Economy, Trade and Industry", "Ken Saito"), ("Minister of Defence", "Minoru Kihara")),
                "Kyodo"),
    )
}

#: Country pairs with their weight in the corpus.
PAIRS: tuple[tuple[str, str, int], ...] = (
    ("Vietnam", "Laos", 5), ("Vietnam", "Cambodia", 3), ("Laos", "China", 3), ("Laos", "Thailand", 3),
    ("Vietnam", "Japan", 2), ("Cambodia", "Thailand", 1), ("Vietnam", "China", 1), ("Laos", "Cambodia", 1),
)

TOPICS = (
    "security", "border management", "drug control", "trade and investment", "energy", "education",
    "transport", "agriculture", "digital transformation", "health care", "tourism", "defence",
    "customs", "anti-human trafficking", "labour", "culture and information",
)
AGREEMENTS = (
    "memorandum of understanding on {topic} cooperation", "agreement on mutual legal assistance in criminal matters",
    "extradition treaty", "agreement on {topic} cooperation", "protocol on the border gates",
    "cooperation plan for {next}", "agreement on mutual confidential information exchange",
    "framework agreement on {topic}", "action plan on {topic} for {period}",
)
PROJECTS = (
    "{city} border police station", "{city}–{capital} expressway", "friendship hospital in {city}",
    "solar power plant in {city}", "vocational school in {city}", "{city} international bridge",
    "water supply plant in {city}", "railway link between {city} and {capital}",
)
JOINT = (
    "joint patrols along the shared border", "a joint crackdown on drug trafficking", "joint search and rescue drills",
    "a joint campaign against human trafficking", "joint anti-terrorism exercises", "a joint investigation into online fraud rings",
)
OUTLETS = ("vietnamplus.vn", "laotiantimes.com", "khmertimeskh.com", "xinhuanet.com", "bangkokpost.com", "vnexpress.net")
MENU = (
    "Home Politics Business Society World Sports Culture",
    "Home | World | Business | Politics | Society | Travel",
    "News Politics Business Travel Life Sports World Perspectives",
)
FOOTERS = ("Related news", "Most read", "Read more", "Tags")


def _month_day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


class _Writer:
    """Sentences of one article: its pair, its date and a seeded random source."""

    def __init__(self, rng: random.Random, a: Country, b: Country, day: date) -> None:
        self.rng, self.a, self.b, self.day = rng, a, b, day

    def pick(self, items: Sequence[str]) -> str:
        return items[self.rng.randrange(len(items))]

    def official(self, c: Country) -> tuple[str, str]:
        return c.officials[self.rng.randrange(len(c.officials))]

    def place(self) -> str:
        c = self.a if self.rng.random() < 0.5 else self.b
        return c.capital if self.rng.random() < 0.6 else self.pick(c.cities)

    # -- date phrases -----------------------------------------------------
    def past(self) -> str:
        d, r = self.day, self.rng.randrange(9)
        if r == 0:
            return f"on {_month_day(d - timedelta(days=self.rng.randint(1, 6)))}"
        if r == 1:
            return f"on {WEEKDAYS[(d - timedelta(days=self.rng.randint(1, 6))).weekday()]}"
        if r == 2:
            return f"Today [{_month_day(d)}]" if self.rng.random() < 0.5 else "today"
        if r == 3:
            m = self.rng.randint(1, 12)
            return f"in {MONTHS[m - 1]} {d.year - 1}"
        if r == 4:
            return f"in {d.year - self.rng.randint(1, 6)}"
        if r == 5:
            return f"in the {self.pick(QUARTERS)} quarter of {d.year - 1}"
        if r == 6:
            return "last week"
        if r == 7:
            return f"on {_month_day(d - timedelta(days=self.rng.randint(1, 3)))}, {d.year}"
        return "earlier this year"

    def future(self) -> str:
        d, r = self.day, self.rng.randrange(9)
        if r == 0:
            return "next year"
        if r == 1:
            return "in the coming time"
        if r == 2:
            start = d + timedelta(days=self.rng.randint(7, 60))
            return f"on {_month_day(start)}-{(start + timedelta(days=1)).day}" if start.day < 28 else f"on {_month_day(start)}"
        if r == 3:
            return f"in {MONTHS[self.rng.randint(1, 12) - 1]} {d.year + 1}"
        if r == 4:
            return f"in the {self.pick(QUARTERS)} quarter of {d.year + 1}"
        if r == 5:
            return "soon"
        if r == 6:
            return "next month"
        if r == 7:
            return "later this year"
        return f"by the end of {d.year + 1}"

    def period(self) -> str:
        y = self.day.year + self.rng.randint(0, 1)
        return self.pick((f"{y}-{y + 1}", f"the {y}-{y + 4} period", f"{y} to {y + 2}"))

    def agreement(self) -> str:
        """An agreement's name with its article ("an extradition treaty")."""
        name = self.pick(AGREEMENTS).format(topic=self.pick(TOPICS), next=self.day.year + 1, period=self.period())
        return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"

    # -- event sentences ----------------------------------------------------
    def conference(self) -> str:
        a, b, topic = self.a, self.b, self.pick(TOPICS)
        t1, n1 = self.official(a)
        _, n2 = self.official(b)
        if self.rng.random() < 0.6:
            return self.pick((
                f"The {self.pick(ORDINALS)} {a.name}-{b.name} {topic} cooperation conference took place in {self.place()} {self.past()}, co-chaired by {t1} {n1} and his {b.adjective} counterpart {n2}.",
                f"{self.past().capitalize()}, the two ministries held a conference in {self.place()} reviewing the implementation of their {self.day.year} cooperation plan on {topic}.",
                f"Delegates from {a.name} and {b.name} attended the {self.pick(ORDINALS)} meeting of the {a.name}-{b.name} Intergovernmental Committee in {self.place()} {self.past()}.",
            ))
        return f"The {self.pick(ORDINALS)} {a.name}-{b.name} forum on {topic} will be held in {self.place()} {self.future()}, organisers said."

    def meeting(self) -> str:
        t1, n1 = self.official(self.a)
        t2, n2 = self.official(self.b)
        return self.pick((
            f"{t1} {n1} received {self.b.adjective} {t2} {n2} in {self.a.capital} {self.past()}.",
            f"{n1} held talks with {n2} {self.past()}, during which the two sides discussed measures to deepen {self.pick(TOPICS)} ties.",
            f"{self.past().capitalize()}, {t2} {n2} met with {self.a.adjective} {t1} {n1} on the sidelines of the ASEAN meeting in {self.place()}.",
            f"{t1} {n1} and {t2} {n2} will hold a phone call {self.future()} to review the outcomes of the talks.",
        ))

    def visit(self) -> str:
        t1, n1 = self.official(self.a)
        t2, n2 = self.official(self.b)
        start = self.day - timedelta(days=self.rng.randint(0, 2))
        return self.pick((
            f"{t2} {n2} is paying an official visit to {self.a.name} from {_month_day(start)} to {(start + timedelta(days=2)).day} at the invitation of {t1} {n1}.",
            f"{t1} {n1} will pay an official visit to {self.b.name} {self.future()}, the foreign ministry announced.",
            f"A delegation of the {self.b.adjective} Ministry of {self.pick(('Public Security', 'Defence', 'Education and Sports', 'Health'))} led by {n2} paid a working visit to {self.a.name} {self.past()}.",
        ))

    def signing(self) -> str:
        return self.pick((
            f"At the meeting, the two ministers signed {self.agreement()} {self.past()}.",
            f"{self.a.name} and {self.b.name} signed {self.agreement()} in {self.place()} {self.past()}.",
            f"Following the talks, the two sides exchanged {self.agreement()} covering {self.period()}.",
        ))

    def planned(self) -> str:
        return self.pick((
            f"The two sides agreed to negotiate and sign {self.agreement()} {self.future()}.",
            f"{self.b.name} proposed that the two countries sign {self.agreement()} {self.future()}.",
            f"The ministries are expected to finalise {self.agreement()} {self.future()}.",
        ))

    def joint(self) -> str:
        activity = self.pick(JOINT)
        if self.rng.random() < 0.5:
            return f"Forces of the two countries will conduct {activity} {self.future()}, the ministry said."
        return f"{self.past().capitalize()}, the two sides carried out {activity}, seizing {self.rng.randint(20, 900)} kg of methamphetamine and arresting {self.rng.randint(3, 90)} suspects."

    def project(self) -> str:
        c = self.b
        name = self.pick(PROJECTS).format(city=self.pick(c.cities), capital=c.capital)
        return self.pick((
            f"The {self.a.adjective}-funded {name} was handed over to {c.name} {self.past()}.",
            f"Construction of the {name} started {self.past()} and is expected to be completed {self.future()}.",
            f"The {name}, built with {self.a.adjective} aid worth US${self.rng.randint(2, 90)} million, was inaugurated {self.past()}.",
        ))

    def anniversary(self) -> str:
        n = self.rng.choice((30, 45, 50, 60, 65, 70))
        return self.pick((
            f"The two countries will celebrate the {n}th anniversary of their diplomatic relations {self.future()}.",
            f"{self.day.year} has been designated the {self.a.name}-{self.b.name} Friendship and Solidarity Year.",
            f"A ceremony marking the {n}th anniversary of the {self.a.adjective}-{self.b.adjective} treaty of friendship was held in {self.place()} {self.past()}.",
        ))

    # -- filler ---------------------------------------------------------------
    def statistics(self) -> str:
        return self.pick((
            f"Two-way trade between {self.a.name} and {self.b.name} reached US${self.rng.randint(1, 90)}.{self.rng.randint(0, 9)} billion in the first {self.rng.randint(2, 11)} months of {self.day.year}, up {self.rng.randint(2, 40)} percent year-on-year.",
            f"Police of the two countries solved {self.rng.randint(100, 9000):,} cases related to drug trafficking and arrested {self.rng.randint(100, 9000):,} suspects in {self.day.year - 1}.",
            f"{self.a.name} currently has {self.rng.randint(50, 500)} valid investment projects in {self.b.name} with total registered capital of US${self.rng.randint(1, 6)}.{self.rng.randint(0, 9)} billion.",
            f"More than {self.rng.randint(2, 40)},000 {self.b.adjective} students are studying in {self.a.name}, according to the education ministry.",
        ))

    def background(self) -> str:
        return self.pick((
            f"{self.a.name} and {self.b.name} share a border of about {self.rng.randint(300, 2300):,} kilometres, with {self.rng.randint(5, 40)} border gates.",
            "The special relationship between the two countries has been nurtured by generations of leaders and people.",
            "Over the past years, the two sides have regularly exchanged delegations at all levels and maintained cooperation mechanisms.",
            f"The {self.b.adjective} side highly valued the effective support of the {self.a.adjective} Government in human resources training.",
        ))

    def quote(self) -> str:
        _, n = self.official(self.rng.choice((self.a, self.b)))
        return self.pick((
            f"“We highly appreciate the practical results of cooperation between the two ministries,” {n} said.",
            f"“The two sides should accelerate the implementation of the agreements already reached,” {n} stressed.",
            f"{n} suggested the two sides closely cooperate in preventing transnational crime and step up information exchange.",
            f"According to {n}, the results have contributed to maintaining political security and social order in each country.",
        ))

    def sentence(self) -> str:
        kinds = (
            (self.conference, 3), (self.meeting, 3), (self.visit, 2), (self.signing, 3), (self.planned, 2),
            (self.joint, 2), (self.project, 2), (self.anniversary, 1),
            (self.statistics, 10), (self.background, 12), (self.quote, 14),
        )
        r = self.rng.randrange(sum(w for _, w in kinds))
        for make, weight in kinds:
            if r < weight:
                return make()
            r -= weight
        return self.quote()


def make_article(rng: random.Random, number: int, start: date = date(2019, 1, 1)) -> dict[str, str]:
    """One article record: id, date, title, text, url (and the pair, for reports)."""
    total = sum(w for *_, w in PAIRS)
    r = rng.randrange(total)
    pair = PAIRS[-1]
    for pair in PAIRS:
        if r < pair[2]:
            break
        r -= pair[2]
    a, b = COUNTRIES[pair[0]], COUNTRIES[pair[1]]
    if rng.random() < 0.5:
        a, b = b, a
    day = start + timedelta(days=rng.randrange(6 * 365))
    w = _Writer(rng, a, b, day)
    target = rng.randint(MIN_BYTES, MAX_BYTES)
    lead = f"{a.capital} ({a.agency}) – {w.pick((w.meeting, w.signing, w.conference, w.visit))()}"
    paragraphs = [lead]
    size = len(lead)
    while size < target:
        paragraph = " ".join(w.sentence() for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    topic = w.pick(TOPICS)
    title = w.pick((
        f"{a.name}, {b.name} step up {topic} cooperation",
        f"{a.adjective}, {b.adjective} ministries tighten {topic} ties",
        f"{a.name} and {b.name} agree to boost {topic} links",
        f"{b.adjective} delegation visits {a.name}",
    ))
    text = "\n".join(paragraphs) + "/."
    return {
        "id": f"a{number:06d}",
        "date": day.isoformat(),
        "title": title,
        "text": text,
        "url": f"https://{w.pick(OUTLETS)}/{day:%Y/%m}/{number:06d}.html",
    }


def make_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` article records; about ``REPUBLISHED_SHARE`` of them repeat an earlier text under a new id."""
    rng = random.Random(seed)
    articles: list[dict[str, str]] = []
    for number in range(n):
        if articles and rng.random() < REPUBLISHED_SHARE:
            copy = dict(articles[rng.randrange(len(articles))])
            copy["id"] = f"a{number:06d}"
            copy["url"] = f"https://{rng.choice(OUTLETS)}/republished/{number:06d}.html"
            articles.append(copy)
        else:
            articles.append(make_article(rng, number))
    return articles


def _clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.randint(0, 59)


def as_text(article: dict[str, str]) -> str:
    """Plain text with the `` date YYYY-MM-DD Title`` header line."""
    return f" date {article['date']} {article['title']}\n{article['text']}\n"


def as_page(article: dict[str, str], rng: random.Random) -> str:
    """A scraped page: menu, title, date line, byline, body, related links."""
    d = date.fromisoformat(article["date"])
    hour, minute = _clock(rng)
    if rng.random() < 0.5:
        date_line = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} / {hour:02d}:{minute:02d}"
    else:
        date_line = f"{MONTHS[d.month - 1]} {d.day}, {d.year} | {hour:02d}:{minute:02d} (GMT+7)"
    related = [f"{rng.choice(list(COUNTRIES))} and {rng.choice(list(COUNTRIES))} hold {rng.choice(TOPICS)} talks" for _ in range(4)]
    lines = [
        rng.choice(MENU),
        "Search Login Subscribe",
        article["title"],
        date_line,
        f"By {rng.choice(('Staff Reporter', 'Viet Anh', 'Somsack Pongkhao', 'Khuon Narim'))}",
        article["text"],
        f"{rng.choice(FOOTERS)}:",
        *related,
        "Copyright © 2024. All rights reserved.",
    ]
    return "\n".join(lines) + "\n"


def as_html(article: dict[str, str], rng: random.Random) -> str:
    """An HTML page with a published-time meta tag, a menu and a footer."""
    hour, minute = _clock(rng)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n"))
    title = html.escape(article["title"])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} | Example News</title>\n"
        f"<meta property=\"article:published_time\" content=\"{article['date']}T{hour:02d}:{minute:02d}:00+07:00\">\n"
        f"<link rel=\"canonical\" href=\"{article['url']}\">\n</head>\n<body>\n"
        "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        "<li><a href=\"/business\">Business</a></li></ul></nav>\n"
        f"<main>\n<article>\n<h1>{title}</h1>\n<p class=\"date\">{article['date']}</p>\n{body}\n</article>\n</main>\n"
        "<footer><p>Copyright © 2024 Example News. All rights reserved.</p></footer>\n</body>\n</html>\n"
    )


def write_corpus(folder: Path, n: int, seed: int = 7) -> dict[str, int]:
    """Write ``n`` articles under ``folder`` in every input format; returns articles per format."""
    folder.mkdir(parents=True, exist_ok=True)
    articles = make_articles(n, seed)
    rng = random.Random(seed + 1)
    singles = min(n * sum(s for _, s in SINGLE_FORMATS), MAX_SINGLE_FILES)
    counts: dict[str, int] = {}
    position = 0
    for fmt, share in SINGLE_FORMATS:
        take = round(singles * share / sum(s for _, s in SINGLE_FORMATS))
        sub = folder / fmt
        sub.mkdir(exist_ok=True)
        for article in articles[position : position + take]:
            if fmt == "txt":
                (sub / f"{article['id']}.txt").write_text(as_text(article), encoding="utf-8")
            elif fmt == "page":
                (sub / f"{article['id']}.txt").write_text(as_page(article, rng), encoding="utf-8")
            else:
                (sub / f"{article['id']}.html").write_text(as_html(article, rng), encoding="utf-8")
        counts[fmt] = take
        position += take
    rest = articles[position:]
    dumps = folder / "dumps"
    dumps.mkdir(exist_ok=True)
    fields = ("id", "date", "title", "text", "url")
    for number, start in enumerate(range(0, len(rest), DUMP_RECORDS)):
        chunk = rest[start : start + DUMP_RECORDS]
        if number % 3 == 2:  # every third dump is a CSV, the others JSONL
            with (dumps / f"dump_{number:03d}.csv").open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                writer.writerows({k: a[k] for k in fields} for a in chunk)
            counts["csv"] = counts.get("csv", 0) + len(chunk)
        else:
            with (dumps / f"dump_{number:03d}.jsonl").open("w", encoding="utf-8") as fh:
                for a in chunk:
                    fh.write(json.dumps({k: a[k] for k in fields}, ensure_ascii=False) + "\n")
            counts["jsonl"] = counts.get("jsonl", 0) + len(chunk)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    counts = write_corpus(args.folder, args.size, args.seed)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
