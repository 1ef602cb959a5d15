"""Golden runs: the seeds through the whole pipeline and the referee, and hand-written articles of other pairs."""

from __future__ import annotations

import importlib.util
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline import ingest, pipeline
from timeline.export import to_bytes
from timeline.pipeline import build_timeline
from timeline.table import events_frame, mentions_frame

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.json"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def referee():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_events", ROOT / "benchmarks" / "score_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_rows(tmp_path: Path) -> list[dict[str, str]]:
    articles, _ = ingest.read_articles([SEEDS])
    path = tmp_path / "events.csv"
    path.write_bytes(to_bytes(events_frame(build_timeline(articles).events), "csv"))
    return referee().read_rows(str(path))


def test_seeds_meet_the_bar(tmp_path: Path) -> None:
    result = referee().score(json.loads(GOLD.read_text()), seed_rows(tmp_path))
    assert (result["f1"] >= 0.95, result["date_accuracy"], result["duplicates"], result["forbidden"]) == (True, 1.0, 0, 0), result


def test_same_input_gives_byte_identical_output() -> None:
    articles, _ = ingest.read_articles([SEEDS])
    first = to_bytes(events_frame(build_timeline(articles).events), "csv")
    again, _ = ingest.read_articles([SEEDS])
    assert to_bytes(events_frame(build_timeline(list(reversed(again))).events), "csv") == first


def test_jobs_do_not_change_the_result() -> None:
    articles, _ = ingest.read_articles([SEEDS, FIXTURES])
    many = articles * 40  # enough to cross the process-pool threshold
    many = [a.__class__(**{**{f: getattr(a, f) for f in a.__slots__}, "id": f"{i}-{a.id}"}) for i, a in enumerate(many)]
    one = build_timeline(many, jobs=1).events
    two = build_timeline(many, jobs=2).events
    assert [e.event_id for e in one] == [e.event_id for e in two]


@pytest.mark.parametrize("date_override", [None, date(2023, 3, 1)], ids=["article-dates", "date-override"])
def test_workers_that_read_give_the_same_table_reports_and_aliases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date_override: date | None
) -> None:
    folder = tmp_path / "inputs"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(FIXTURES, folder / "fixtures")
    shutil.copy(ROOT / "tests" / "fixtures" / "ingest" / "dump.jsonl", folder / "dump.jsonl")
    shutil.copy(next(SEEDS.glob("*.txt")), folder / "republished.txt")  # a copy read by another worker
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 2)  # a few dozen inputs cross the process-pool threshold
    pooled = []
    in_pool = pipeline._in_pool
    monkeypatch.setattr(pipeline, "_in_pool", lambda *args: pooled.append(args[0].__name__) or in_pool(*args))

    def run(jobs: int) -> tuple[bytes, bytes, list[ingest.InputReport], dict[str, list[str]]]:
        stream = ingest.ArticleStream([folder], date_override=date_override)
        timeline = build_timeline(stream, jobs=jobs, aliases=stream.aliases)
        tables = (to_bytes(events_frame(timeline.events), "csv"), to_bytes(mentions_frame(timeline.events), "csv"))
        return *tables, stream.reports, stream.aliases

    one, two = run(1), run(2)
    assert pooled == ["_read_chunk"]
    assert two == one
    assert [r.status for r in one[2]].count("duplicate") == 1


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        pytest.param(
            "vn_kh_border_2023.txt",
            {
                ("signing", "occurred", "2023-06-13"),
                ("conference", "planned", "2024-Q1"),
            },
            id="vietnam-cambodia",
        ),
        pytest.param(
            "laos_china_railway_2021.txt",
            {
                ("project", "occurred", "2021-12-03"),
                ("project", "occurred", "2016-12"),
                ("planned_agreement", "planned", "2022"),
            },
            id="laos-china-dateline-gmt7",
        ),
        pytest.param(
            "vn_jp_visit_2024.txt",
            {
                ("visit", "planned", "2025-01-06/2025-01-07"),
                ("planned_agreement", "planned", "2025-01-06/2025-01-07"),
                ("meeting", "occurred", "2024-10"),
            },
            id="vietnam-japan",
        ),
        pytest.param(
            "laos_thai_drill_2019.txt",
            {("joint_activity", "occurred", "2019-02-28"), ("signing", "occurred", "2019-02-27")},
            id="laos-thailand",
        ),
        pytest.param(
            "bangkokpost_th_la.txt",
            {
                ("conference", "occurred", "2017-12-25/2017-12-26"),
                ("signing", "occurred", "2017-12-25/2017-12-26"),  # "the two prime ministers also witnessed": at the retreat just told
                ("project", "planned", ""),
            },
            id="thailand-laos-published-line",
        ),
        pytest.param(
            "khmertimes_kh_vn.txt",
            {
                ("project", "planned", "2024"),
                ("meeting", "occurred", "2024-03-11/2024-03-17"),
                ("visit", "planned", "2024-04"),
                ("planned_agreement", "planned", "2024-04"),
            },
            id="cambodia-vietnam-publication-date",
        ),
        pytest.param(
            "vnexpress_vn_la.txt",
            {
                ("other", "occurred", "2021"),
                ("conference", "occurred", "2022-10-27"),
                ("project", "proposed", ""),
                ("planned_agreement", "planned", "2023-01"),
            },
            id="vietnamese-date-line",
        ),
        pytest.param(
            "xinhua_laos_china.txt",
            {("project", "occurred", "2021-12"), ("signing", "occurred", "")},
            id="wire-without-year-keeps-absolute-dates",
        ),
        pytest.param(
            "wire_undated.txt",
            {("signing", "occurred", "2019"), ("joint_activity", "occurred", "")},
            id="wire-dateline-no-year",
        ),
        pytest.param(
            "laotiantimes.txt",
            {
                ("signing", "occurred", "2023-11-24"),
                ("conference", "occurred", "2023-11-24"),  # "earlier in the day" of the signing on 24 November
                ("project", "occurred", "2023-01-05"),
                ("conference", "planned", "2025"),
            },
            id="laos-vietnam-documents-and-groundbreaking",
        ),
        pytest.param(
            "kyodo_jp_vn.txt",
            {
                ("signing", "occurred", "2024-03-19"),
                ("planned_agreement", "planned", "2024-03"),
                ("other", "occurred", "1973-09-21"),
                ("meeting", "occurred", "2024-03-13"),
            },
            id="japan-vietnam-exchange-of-notes",
        ),
        pytest.param(
            "xinhua_kh_cn.txt",
            {("joint_activity", "occurred", "2024-05-16"), ("visit", "planned", "2024-06")},
            id="cambodia-china-exercise-name-is-not-its-date",
        ),
        pytest.param(
            "vna_state_visit.txt",
            {
                ("visit", "planned", "2024-07-11/2024-07-12"),
                ("planned_agreement", "planned", "2024-07-11/2024-07-12"),
                ("signing", "occurred", "2023"),
            },
            id="state-visit-and-signings-during-it",
        ),
        pytest.param(
            "kyodo_jp_kr.txt",
            {
                ("meeting", "occurred", "2023-05-07"),
                ("visit", "occurred", "2023-05-07"),
                ("visit", "occurred", "2023-03"),
                ("conference", "planned", "2023-06"),
            },
            id="japan-korea-talks-trip-and-an-earlier-visit",
        ),
        pytest.param(
            "bernama_my_sg.txt",
            {
                ("visit", "occurred", "2025-01-06"),
                ("conference", "occurred", "2025-01-07"),
                ("signing", "occurred", "2025-01-07"),
                ("conference", "planned", "2026"),
            },
            id="malaysia-singapore-retreat-and-exchanges",
        ),
        pytest.param(
            "pti_in_bd.txt",
            {
                ("signing", "occurred", "2024-06-22"),
                ("meeting", "occurred", "2024-06-22"),
                ("visit", "occurred", "2024-06-21/2024-06-22"),  # "arrived … on Friday on a two-day state visit"
                ("meeting", "occurred", ""),  # "later called on President Droupadi Murmu", no day told
                ("planned_agreement", "planned", ""),
                ("visit", "planned", ""),
                ("conference", "planned", "2024"),  # the commission's session: a conference, as the spec files it
                ("project", "occurred", "2023-11"),
            },
            id="india-bangladesh-pti-inked-called-on-rail-link",
        ),
        pytest.param(
            "astanatimes_kz_uz.txt",
            {
                ("signing", "occurred", "2024-08-08"),
                ("visit", "occurred", "2024-08-08"),
                ("conference", "occurred", "2024-08-08"),
                ("signing", "occurred", "2023-12"),
                ("project", "occurred", "2024-08-08"),
                ("conference", "planned", "2025"),
            },
            id="kazakhstan-uzbekistan-the-leaders-act-on-the-day-of-the-visit",
        ),
        pytest.param(
            "anadolu_tr_az.txt",
            {
                ("joint_activity", "occurred", "2023-09-11"),
                ("meeting", "occurred", "2023-09-07"),
                ("meeting", "planned", "2023-09"),
                ("project", "planned", "2023-09"),
                ("signing", "occurred", "2021-06"),
            },
            id="turkey-azerbaijan-drills-and-a-foundation",
        ),
        pytest.param(
            "pna_ph_jp.txt",
            {
                ("project", "occurred", "2024-10-30"),
                ("project", "planned", "2027"),
                ("signing", "occurred", "2023-05"),
                ("signing", "occurred", "2024-07-08"),
                ("joint_activity", "planned", "2024-11"),
            },
            id="philippines-japan-boats-turned-over-and-what-a-pact-allows",
        ),
        pytest.param(
            "ahram_eg_sa.txt",
            {
                ("meeting", "occurred", "2024-10-15"),
                ("visit", "occurred", "2024-10-15"),
                ("signing", "occurred", "2024-10-15"),
                ("meeting", "planned", "2025"),
            },
            id="egypt-saudi-arabia-the-lead-goes-on-telling-its-day",
        ),
        pytest.param(
            "yonhap_kr_vn.txt",
            {
                ("visit", "occurred", "2023-06-22/2023-06-24"),  # a three-day visit wrapped up on Saturday
                ("meeting", "occurred", "2023-06-23"),
                ("signing", "occurred", "2023-06-23"),
                ("other", "occurred", "1992"),
                ("other", "occurred", "2022-12"),
            },
            id="south-korea-vietnam-summit-talks-and-two-milestones-of-ties",
        ),
        pytest.param(
            "thestar_ke_et.txt",
            {
                ("visit", "occurred", "2024-02-27"),
                ("meeting", "occurred", "2024-02-28"),
                ("signing", "occurred", "2024-02-28"),
                ("signing", "occurred", "2024-02-22"),
                ("conference", "occurred", "2024-02-22"),
                ("project", "planned", "2026"),
                ("visit", "occurred", "2020-12"),
                ("project", "occurred", "2020-12"),
            },
            id="kenya-ethiopia-second-day-of-a-visit-and-a-commission-session",
        ),
        pytest.param(
            "reuters_br_ar.txt",
            {
                ("signing", "occurred", "2023-01-23"),
                ("meeting", "occurred", "2023-01-23"),
                ("visit", "occurred", "2023-01-22"),
                ("meeting", "occurred", "2023-01-23/2023-01-24"),  # "earlier this week", told on Tuesday
                ("planned_agreement", "planned", "2023-03"),
                ("visit", "planned", "2023"),
            },
            id="brazil-argentina-sealed-deals-and-a-visit-due",
        ),
        pytest.param(
            "dw_fr_de.txt",
            {
                ("conference", "occurred", "2023-10-09"),  # the two-day retreat: its first day (the finest date told)
                ("conference", "planned", "2024"),
                ("planned_agreement", "planned", "2023"),
                ("signing", "occurred", "2019-01"),
                ("joint_activity", "planned", "2024-03/2024-05"),
            },
            id="france-germany-a-retreat-of-two-days-and-a-council-of-ministers",
        ),
        pytest.param(
            "app_cn_pk.txt",
            {
                ("signing", "occurred", "2024-06-07"),
                ("meeting", "occurred", "2024-06-07"),  # delegation-level talks
                ("meeting", "occurred", "2024-06-07"),  # Xi received the prime minister (same tuple)
                ("visit", "occurred", "2024-06-07"),
                ("visit", "planned", "2024-06-09"),
                ("project", "planned", ""),
                ("conference", "planned", "2024"),
                ("project", "occurred", "2019"),
                ("joint_activity", "occurred", "2023-11"),
            },
            id="china-pakistan-app-hosts-inviters-and-a-resolve-to-meet",
        ),
    ],
)
def test_other_pairs_and_outlets(article: str, expected: set[tuple[str, str, str]]) -> None:
    articles, _ = ingest.read_articles([FIXTURES / article])
    got = {(e.type, e.status, e.when.value) for e in build_timeline(articles).events}
    assert got == expected


@pytest.mark.parametrize(
    ("article", "title", "participants", "location"),
    [
        pytest.param("kyodo_jp_vn.txt", "Exchange of notes signed", ("Yoko Kamikawa", "Pham Quang Hieu"), "Tokyo", id="nearest-place"),
        pytest.param("vna_state_visit.txt", "State visit to Laos by To Lam (planned)", ("To Lam", "Thongloun Sisoulith"), "Laos", id="party-titles"),
        pytest.param("vn_kh_border_2023.txt", "Agreement on border trade signed", ("Nguyen Hong Dien", "Cham Nimul"), "Phnom Penh", id="ministers"),
        pytest.param("thestar_ke_et.txt", "State visit to Kenya by Abiy Ahmed", ("Abiy Ahmed", "William Ruto"), "Kenya", id="his-visit-is-the-subjects"),
        pytest.param(
            "ahram_eg_sa.txt", "Meeting: Abdel Fattah El-Sisi and Mohammed bin Salman", ("Abdel Fattah El-Sisi", "Mohammed bin Salman"), "",
            id="a-name-with-bin",
        ),
        pytest.param("pna_ph_jp.txt", "Joint search and rescue exercise (planned)", (), "Manila Bay", id="a-bay-is-a-place"),
        pytest.param("app_cn_pk.txt", "Official visit to China", ("Xi Jinping", "Li Qiang"), "China", id="the-host-does-not-make-the-visit"),
        pytest.param("app_cn_pk.txt", "14th meeting of the CPEC Joint Cooperation Committee (planned)", (), "Islamabad", id="a-resolve-to-hold"),
    ],
)
def test_titles_people_and_places(article: str, title: str, participants: tuple[str, ...], location: str) -> None:
    articles, _ = ingest.read_articles([FIXTURES / article])
    found = {e.title: (e.participants, e.location) for e in build_timeline(articles).events}
    assert found[title] == (participants, location)


def test_html_page_signing_after_the_talks_takes_their_day_and_people() -> None:
    articles, _ = ingest.read_articles([ROOT / "tests" / "fixtures" / "html" / "defence_talks.html"])
    got = {(e.type, e.status, e.when.value, e.participants) for e in build_timeline(articles).events}
    people = ("Phan Van Giang", "Tea Seiha")
    assert got == {
        ("meeting", "occurred", "2023-08-14", people),
        ("signing", "occurred", "2023-08-14", people),
        ("joint_activity", "planned", "2023-Q4", ()),
    }


def test_menu_of_the_page_is_not_an_event() -> None:
    articles, _ = ingest.read_articles([FIXTURES / "laos_china_railway_2021.txt"])
    titles = " ".join(e.title + e.evidence for e in build_timeline(articles).events)
    assert "rice" not in titles and "space pact" not in titles


def test_a_gathering_named_again_as_the_other_kind_is_one_event() -> None:
    from timeline.models import Article

    text = "Chile and Peru. One. Two. Chile and Peru on Monday held the 1st Chile-Peru Binational Cabinet, a high-level meeting on border trade."
    article = Article(id="t.txt", path="t.txt", date=date(2022, 10, 26), title="", text=text)
    got = [(e.type, e.when.value) for e in build_timeline([article]).events]
    assert got == [("conference", "2022-10-24")]
