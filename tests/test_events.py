"""Sentences → events: one behaviour per row, reference dates pinned."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import (
    _name_index,
    _resolve_name,
    countries_in,
    country_pair,
    extract_mentions,
    found_in,
    lower_twin,
    lowered,
    people_in,
)
from timeline.models import Article

REF = date(2022, 10, 26)


def mentions(text: str, ref: date | None = REF, title: str = "") -> list[tuple[str, str, str, str]]:
    article = Article(id="t.txt", path="t.txt", date=ref, title=title, text=text)
    return [(m.type, m.status, m.when.value, m.when.precision) for m in extract_mentions(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nothing else happened. Then more text came. Vietnam and Laos signed an extradition treaty on October 20.",
            [("signing", "occurred", "2022-10-20", "day")],
            id="signing-past",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two sides will negotiate and sign an agreement on extradition next year.",
            [("planned_agreement", "planned", "2023", "year")],
            id="planned-next-year",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. An agreement on customs between Vietnam and Laos is expected to be inked in the coming time.",
            [("planned_agreement", "planned", "", "unknown")],
            id="planned-expected-inked",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Lao minister proposed signing a memorandum of understanding on labour.",
            [("planned_agreement", "proposed", "", "unknown")],
            id="proposed-signing",
        ),
        pytest.param(
            "The 5th Vietnam-Laos border conference took place in Vientiane on March 3.",
            [("conference", "occurred", "2022-03-03", "day")],
            id="conference-took-place",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Today [October 26], a minister-level meeting was held in Hanoi.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="meeting-today-bracket",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Lao and Vietnamese police conducted joint patrols along the border in August 2021.",
            [("joint_activity", "occurred", "2021-08", "month")],
            id="joint-patrols-month",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Launched in 2016, the expressway project is expected to boost trade between Vietnam and Laos.",
            [("project", "occurred", "2016", "year")],
            id="project-launched",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Vietnam's Prime Minister will pay an official visit to Laos on November 20-21.",
            [("visit", "planned", "2022-11-20/2022-11-21", "range")],
            id="visit-span",
        ),
        pytest.param(
            "The two countries celebrate the 60th anniversary of the establishment of diplomatic relations in 2022.",
            [("other", "occurred", "2022", "year")],
            id="anniversary",
        ),
        pytest.param(
            "One. Two. Three. The two countries will hold the 10th round of political consultations in Vientiane in November.",
            [("conference", "planned", "2022-11", "month")],
            id="plural-consultations-are-one-event",
        ),
        pytest.param(
            "One. Two. Three. The two leaders inaugurated the Lao National Assembly building, a gift from Vietnam, on Monday.",
            [("project", "occurred", "2022-10-24", "day")],
            id="named-building-inaugurated",
        ),
        pytest.param(
            "One. Two. Three. A signing ceremony for the contract on the Nam Ngum power project took place in Vientiane on Friday.",
            [("signing", "occurred", "2022-10-21", "day")],
            id="signing-ceremony-for",
        ),
        pytest.param(
            "One. Two. Three. Leaders attended a ceremony to hand over the Lao National Assembly House on August 16.",
            [("project", "occurred", "2022-08-16", "day")],
            id="named-house-handed-over",
        ),
        pytest.param(
            "One. Two. Three. The two sides will co-organise a seminar on border management in Dien Bien in December.",
            [("conference", "planned", "2022-12", "month")],
            id="co-organise",
        ),
        pytest.param(
            "One. Two. Three. The agreement, which was signed in 2019, will be reviewed next year.",
            [("signing", "occurred", "2019", "year")],
            id="which-was-signed",
        ),
        pytest.param(
            "One. Two. Three. They marked the 60th anniversary of Vietnam-Laos diplomatic ties (September 5, 1962 - 2022).",
            [("other", "occurred", "2022", "year")],
            id="anniversary-origin-date",
        ),
        pytest.param(
            "One. Two. Three. Japan and Vietnam established diplomatic relations on September 21, 1973.",
            [("other", "occurred", "1973-09-21", "day")],
            id="diplomatic-relations",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Both sides signed a cooperation plan for 2024-2025 on Tuesday.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="covered-period-is-not-the-date",
        ),
        pytest.param(
            "One. Two. Three. The two sides on Tuesday agreed to speed up demarcation during the 44th boundary committee meeting held in Bandung.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="meeting-held-in-despite-agreed-to",
        ),
        pytest.param(
            "One. Two. Three. The two ministers met in Ulaanbaatar on Tuesday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="ministers-met-in",
        ),
        pytest.param(
            "One. Two. Three. Japan and Vietnam signed a loan agreement on Tuesday for the rail project, the finance ministry said.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="finance-ministry-builds-nothing",
        ),
        pytest.param(
            "One. Two. Three. The matter was agreed upon during his bilateral meeting with Thai Interior Minister Anutin Charnvirakul yesterday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="agreed-upon-during-the-meeting",
        ),
        pytest.param(
            "One. Two. Three. Construction of the canal is scheduled to break ground later this year.",
            [("project", "planned", "2022", "year")],
            id="project-verb-after-its-noun-in-the-future",
        ),
        pytest.param(
            "One. Two. Three. The Funan Techo Canal opened to traffic on Tuesday.",
            [("project", "occurred", "2022-10-25", "day")],
            id="a-trigger-every-detector-knows-passes-the-first-look",
        ),
        pytest.param(
            "One. Two. Three. Leaders of both countries agreed to start negotiations when they met in Tokyo in November last year.",
            [("meeting", "occurred", "2021-11", "month")],
            id="met-is-past-whatever-was-agreed",
        ),
        pytest.param(
            "One. Two. Three. The two ministers on Tuesday penned a memorandum of understanding on cross-border trade.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="penned",
        ),
        pytest.param(
            "One. Two. Three. Japan and Vietnam signed the pact on Monday. The two sides also held security talks on the same day, "
            "the second such meeting after the first in April 2021.",
            # the apposition "the second such meeting" is a second mention of the talks (merging joins them)
            [("signing", "occurred", "2022-10-24", "day")] + [("meeting", "occurred", "2022-10-24", "day")] * 2,
            id="on-the-same-day",
        ),
        pytest.param(
            "One. Two. Three. The two presidents agreed Tuesday to expand trade during their summit talks in Hanoi.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="during-their-summit-talks",
        ),
        pytest.param(
            "One. Two. Three. The deal was announced after a bilateral meeting between the two prime ministers this morning.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="after-a-meeting",
        ),
        pytest.param(
            "One. Two. Three. Subianto and Marles met in Jakarta on October 13 to finalise the text.",
            [("meeting", "occurred", "2022-10-13", "day")],
            id="names-met-in-a-city",
        ),
        pytest.param(
            "One. Two. Three. The Joint Rivers Commission is expected to meet in Dhaka in the third quarter of next year.",
            [("conference", "planned", "2023-Q3", "quarter")],
            id="a-commission-expected-to-meet-is-a-session-a-conference",
        ),
        pytest.param(
            "One. Two. Three. Following the talks, the two sides signed 17 memorandums of understanding on energy.",
            [("signing", "occurred", "", "unknown")],
            id="memorandums",
        ),
        pytest.param(
            "One. Two. Three. Negotiations for the pact were launched in November 2021 during Prime Minister Fumio Kishida's visit to Manila.",
            [("visit", "occurred", "2021-11", "month")],
            id="negotiations-during-a-past-visit",
        ),
        pytest.param(
            "One. Two. Three. The meeting came two months after President Yoon Suk Yeol visited Tokyo in August.",
            [("visit", "occurred", "2022-08", "month")],
            id="visited-a-city",
        ),
        pytest.param(
            "One. Two. Three. Biden, who arrived in Hanoi on Sunday afternoon, toured the old quarter.",
            [("visit", "occurred", "2022-10-23", "day")],
            id="a-named-person-arrived-in-a-city",
        ),
        pytest.param(
            "One. Two. Three. Prime Minister Fumio Kishida's two-day trip to South Korea began on Sunday.",
            [("visit", "occurred", "2022-10-23/2022-10-24", "range")],
            id="a-trip-to-a-named-country",
        ),
        pytest.param(
            "One. Two. Three. President Ana Pereira arrived in Dakar on Monday for a three-day state visit to Senegal.",
            [("visit", "occurred", "2022-10-24/2022-10-26", "range")],
            id="arrived-on-a-day-for-a-visit-of-n-days",
        ),
        pytest.param(
            "One. Two. Three. Prime Minister Ana Pereira will pay a two-day official visit to Senegal from Friday.",
            [("visit", "planned", "2022-10-28/2022-10-29", "range")],
            id="a-visit-of-n-days-from-a-day",
        ),
        pytest.param(
            "One. Two. Three. The two sides on Tuesday signed three accords during the second day of Senegalese President "
            "Ana Pereira’s four-day state visit to Gambia.",
            [("signing", "occurred", "2022-10-25", "day"), ("visit", "occurred", "2022-10-24/2022-10-27", "range")],
            id="the-second-day-of-a-named-visitor-s-visit-of-n-days",
        ),
        pytest.param(
            "One. Two. Three. Senegal and Gambia on Tuesday affirmed their commitment to security ties during President "
            "Ana Pereira’s five-day official trip to Banjul.",
            [("visit", "occurred", "2022-10-25", "day")],
            id="a-day-told-for-another-act-during-a-visit-of-n-days-is-not-its-first",
        ),
        pytest.param(
            "One. Two. Three. On Friday, President Ana Pereira received the prime minister, who is on a five-day official visit to Senegal.",
            [("meeting", "occurred", "2022-10-21", "day"), ("visit", "occurred", "2022-10-21", "day")],
            id="a-day-told-for-a-reception-of-someone-on-a-visit-of-n-days-is-not-its-first",
        ),
        pytest.param(
            "One. Two. Three. The two leaders delivered speeches at the 11th Leaders' Retreat on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="at-the-nth-gathering",
        ),
        pytest.param(
            "One. Two. Three. The two leaders on Sunday elevated their countries' ties to a comprehensive strategic partnership.",
            [("other", "occurred", "2022-10-23", "day")],
            id="ties-elevated",
        ),
        pytest.param(
            "One. Two. Three. The United States and Vietnam normalized diplomatic relations in 1995.",
            [("other", "occurred", "1995", "year")],
            id="relations-normalised",
        ),
        pytest.param(
            "One. Two. Three. The two leaders held talks in Hanoi on Tuesday during Srettha's official visit to Vietnam.",
            [("meeting", "occurred", "2022-10-25", "day"), ("visit", "occurred", "2022-10-25", "day")],
            id="talks-during-a-visit-are-two-events",
        ),
        pytest.param(
            "One. Two. Three. The two leaders adopted an action plan to implement the partnership they established in December 2020.",
            [("signing", "occurred", "", "unknown")],
            id="a-date-of-another-act-told-after-the-trigger",
        ),
        pytest.param(
            "The defence ministers of Vietnam and Laos signed a cooperation plan for 2023 at their talks in Hanoi on October 24.",
            [("signing", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-10-24", "day")],
            id="talks-at-which-a-plan-was-signed-are-an-event-too",
        ),
        pytest.param(
            "One. Two. Three. After the meeting, the two premiers witnessed the signing ceremony for several cooperation documents.",
            [("signing", "occurred", "", "unknown")],
            id="witnessed-a-signing-ceremony",
        ),
        pytest.param(
            "One. Two. Three. India and Nepal in February signed a Memorandum of Understanding (MoU) for the construction of a bridge over the river.",
            [("signing", "occurred", "2022-02", "month")],
            id="the-bridge-an-mou-is-for-is-no-project-yet",
        ),
        pytest.param(
            "One. Two. Three. A 70-metre modular bridge over the river funded by Indian grants was also unveiled on Monday.",
            [("project", "occurred", "2022-10-24", "day")],
            id="unveiled",
        ),
        pytest.param(
            "On the afternoon of October 24, China and Laos held an online railway transport agreement signing ceremony in Beijing.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="an-agreement-signing-ceremony-held",
        ),
        pytest.param(
            "One. Two. Three. Premier Li and the visiting Lao Prime Minister announced it after meeting in Sanya on Tuesday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="after-meeting-the-meeting-came-first",
        ),
        pytest.param(
            "One. Two. Three. The exchange of MoUs was preceded by delegation-level talks led by PM Modi and Hasina.",
            [("meeting", "occurred", "", "unknown")],
            id="preceded-by-talks",
        ),
        pytest.param(
            "One. Two. Three. The embassies organised a ceremony in Tokyo on August 25 to celebrate the 60th anniversary "
            "of the two countries’ diplomatic ties (September 5, 1962 – 2022).",
            [("other", "occurred", "2022", "year")],
            id="an-anniversary-of-the-countries-ties",
        ),
        pytest.param(
            "One. Two. Three. The embassies held an exchange in celebration of the 60th anniversary of the two countries’ "
            "diplomatic ties (November 5).",
            [("other", "planned", "2022-11-05", "day")],
            id="an-anniversary-s-own-day-told-without-a-year",
        ),
        pytest.param(
            "One. Two. Three. Bangladeshi Prime Minister Sheikh Hasina later called on President Droupadi Murmu.",
            [("meeting", "occurred", "", "unknown")],
            id="a-courtesy-call-on-an-office-holder",
        ),
        pytest.param(
            "One. Two. Three. Japan turned over five high-speed boats to the Philippine Coast Guard on Monday.",
            [("project", "occurred", "2022-10-24", "day")],
            id="aid-turned-over",
        ),
        pytest.param(
            "One. Two. Three. Japan will deliver five patrol vessels to the coast guard by 2027.",
            [("project", "planned", "2027", "year")],
            id="aid-to-be-delivered",
        ),
        pytest.param(
            "One. Two. Three. The two presidents will lay the foundation stone of a new gas pipeline next month.",
            [("project", "planned", "2022-11", "month")],
            id="a-foundation-stone",
        ),
        pytest.param(
            "One. Two. Three. Modi and Hasina jointly inaugurated the Akhaura-Agartala rail link in November last year.",
            [("project", "occurred", "2021-11", "month")],
            id="a-rail-link",
        ),
        pytest.param(
            "One. Two. Three. They also took part in the opening of the Almaty campus of a university on Monday.",
            [("project", "occurred", "2022-10-24", "day")],
            id="a-campus-is-one",
        ),
        pytest.param(
            "One. Two. Three. The two countries established diplomatic relations in 1992 and elevated their ties to a "
            "comprehensive strategic partnership in December last year.",
            [("other", "occurred", "1992", "year"), ("other", "occurred", "2021-12", "month")],
            id="two-milestones-of-ties-in-one-sentence",
        ),
        pytest.param(
            "One. Two. Three. The deals were signed on February 22 during the 36th session of the Joint Ministerial Commission.",
            [("signing", "occurred", "2022-02-22", "day"), ("conference", "occurred", "2022-02-22", "day")],
            id="a-session-of-a-commission",
        ),
        pytest.param(
            "One. Two. Three. Yoon held summit talks with President Vo Van Thuong in Hanoi on Friday.",
            [("meeting", "occurred", "2022-10-21", "day")],
            id="summit-talks-are-talks",
        ),
        pytest.param(
            "President Abdel Fattah El-Sisi received Crown Prince Mohammed bin Salman in Cairo on Tuesday. "
            "The two leaders witnessed the signing of an agreement on investment.",
            [("meeting", "occurred", "2022-10-25", "day"), ("signing", "occurred", "2022-10-25", "day")],
            id="the-lead-goes-on-telling-its-day",
        ),
        pytest.param(
            "Vietnamese President Vo Van Thuong paid a state visit to Laos on Monday. The hosts praised the ties. Officials were upbeat. "
            "The presidents also approved a programme of strategic partnership.",
            [("visit", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="the-leaders-of-the-lead-act-again",
        ),
        pytest.param(
            "One. Two. Three. Prime Minister Abiy Ahmed held talks with President William Ruto on Wednesday, the second day of his state visit.",
            [("meeting", "occurred", "2022-10-26", "day"), ("visit", "occurred", "2022-10-25", "day")],
            id="the-second-day-of-a-visit",
        ),
        pytest.param(
            "One. Two. Three. President Alberto Fernandez is due to make a state visit to Brazil later this year.",
            [("visit", "planned", "2022", "year")],
            id="due-to-is-a-plan",
        ),
        pytest.param(
            "One. Two. Three. President Yoon Suk Yeol wrapped up his three-day state visit to Vietnam on Saturday.",
            [("visit", "occurred", "2022-10-20/2022-10-22", "range")],
            id="a-visit-of-days-told-by-its-last",
        ),
        pytest.param(
            "One. Two. Three. The leaders on Tuesday wrapped up a two-day cabinet retreat in Hamburg, the first such meeting of the two governments.",
            [("conference", "occurred", "2022-10-24/2022-10-25", "range"), ("meeting", "occurred", "2022-10-24/2022-10-25", "range")],
            id="an-apposition-names-the-same-gathering",
        ),
        pytest.param(
            "One. Two. Three. The next Franco-German Council of Ministers will take place in France in 2024.",
            [("conference", "planned", "2024", "year")],
            id="a-council-of-ministers",
        ),
        pytest.param(
            "Brazil and Argentina sealed a series of deals on Monday covering energy and defense. "
            "The two leaders met at the Casa Rosada presidential palace.",
            [("signing", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-10-24", "day")],
            id="the-lead-goes-on-telling-the-day-of-its-first-act",
        ),
        pytest.param(
            "One. Two. Three. They reaffirmed their resolve to hold the 14th meeting of the Joint Cooperation Committee in Islamabad later this year.",
            [("conference", "planned", "2022", "year")],
            id="a-resolve-and-later-this-year-are-ahead",
        ),
        pytest.param(
            "One. Two. Three. The documents were exchanged after delegation-level talks on Friday.",
            [("signing", "occurred", "2022-10-21", "day"), ("meeting", "occurred", "2022-10-21", "day")],
            id="after-talks-with-no-determiner",
        ),
        pytest.param(
            "One. Two. Three. The two sides agreed to upgrade the Main Line-1 railway.",
            [("project", "planned", "", "unknown")],
            id="a-railway-to-be-upgraded",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos have scheduled a border meeting in Vientiane on November 3, a week after a flood that damaged the road.",
            [("meeting", "planned", "2022-11-03", "day")],
            id="a-meeting-scheduled-takes-the-future-not-a-later-past-verb",
        ),
        pytest.param(
            "One. Two. Three. The Lao premier on Monday met with his Vietnamese counterpart in Hanoi.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="met-with-his-counterpart",
        ),
        pytest.param(
            "One. Two. Three. The two presidents signed the Comprehensive Strategic Partnership on Tuesday.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="a-partnership-is-signed",
        ),
        pytest.param(
            "One. Two. Three. It is the minister's first visit to Laos since the pandemic began in March 2020.",
            [("visit", "occurred", "", "unknown")],
            id="a-date-after-since-x-began-is-x-s",
        ),
        pytest.param(
            "One. Two. Three. This is his first visit to Laos in six years (the last time was in 2016).",
            [("visit", "occurred", "2022-10-26", "day")],
            id="a-date-of-the-last-time-is-an-earlier-one",
        ),
        pytest.param(
            "One. Two. Three. Exporters are set to gain from the signing of the border trade agreement yesterday.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="the-signing-of-x-yesterday-is-done-whatever-the-clause",
        ),
        pytest.param(
            "One. Two. Three. The leaders are slated to witness the signing of a joint statement on the 2007 Defence Cooperation Agreement.",
            [("planned_agreement", "planned", "", "unknown")],
            id="the-signing-of-x-to-come-is-not-dated-by-a-year-in-a-name",
        ),
        pytest.param(
            "One. Two. Three. The joint drills to be held in the northern province will involve naval ships, the minister said on Wednesday.",
            [("joint_activity", "planned", "", "unknown")],
            id="patrols-to-be-held-are-planned-and-not-dated-by-the-saying",
        ),
        pytest.param(
            "One. Two. Three. The plan was agreed upon during the 12th Joint Trade Committee (JTC) meeting in Vientiane on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-body-s-numbered-meeting-with-its-short-form",
        ),
        pytest.param(
            "One. Two. Three. The Lao president welcomed Prime Minister Pham Van Dong at Wattay airport on Tuesday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="welcomed-a-titled-guest",
        ),
        pytest.param(
            "One. Two. Three. “I am delighted to visit Vientiane at this important time,” the minister said.",
            [("visit", "occurred", "", "unknown")],
            id="pleased-to-visit-is-said-on-the-visit",
        ),
        pytest.param(
            "One. Two. Three. The ministries also signed a training programme for the next five years from 2022 to 2026.",
            [("signing", "occurred", "", "unknown")],
            id="a-span-after-a-length-is-the-period-covered",
        ),
        pytest.param(
            "Foreign Minister Ana Lopes spoke by phone with her Chilean counterpart Pedro Rojas on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="spoke-by-phone-with-is-a-call",
        ),
        pytest.param(
            "One. Two. Three. President Ana Lopes spoke today with Pedro Rojas, President of Chile, about trade.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="spoke-today-with-a-named-leader-is-a-call",
        ),
        pytest.param(
            "One. Two. Three. Today, Premier Ana Lopes spoke with the President of Chile, Pedro Rojas.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="spoke-with-an-office-is-a-call",
        ),
        pytest.param(
            "One. Two. Three. The two foreign ministers had a constructive conversation on trade on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-constructive-conversation-is-a-call",
        ),
        pytest.param(
            "One. Two. Three. The two leaders agreed to meet next month to renew the partnership.",
            [("meeting", "planned", "2022-11", "month")],
            id="agreed-to-meet-next-month",
        ),
        pytest.param(
            "President Ana Lopes had a telephone conversation with Chilean President Pedro Rojas on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="had-a-telephone-conversation-with",
        ),
        pytest.param(
            "Peruvian Foreign Minister Ana Lopes and Chilean Foreign Minister Pedro Rojas talked over the phone on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="talked-over-the-phone",
        ),
        pytest.param(
            "Peruvian President Ana Lopes telephoned Chilean President Pedro Rojas on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="telephoned-an-office-holder",
        ),
        pytest.param(
            "One. Two. Three. The one-stop border post at the crossing was commissioned in May 2019.",
            [("project", "occurred", "2019-05", "month")],
            id="a-work-commissioned-is-opened",
        ),
        pytest.param(
            "One. Two. Three. Police of the two countries arrested 12 suspects in a joint raid on Monday.",
            [("joint_activity", "occurred", "2022-10-24", "day")],
            id="one-dated-joint-act-with-its-toll-is-no-tally",
        ),
        pytest.param(
            "One. Two. Three. The Joint Border Commission, which last met in 2019, will convene in Vientiane in December.",
            [("conference", "planned", "2022-12", "month")],
            id="a-commission-will-convene",
        ),
        pytest.param(
            "One. Two. Three. The Lao-Vietnamese joint commission on trade held its 9th session in Hanoi in 2021.",
            [("conference", "occurred", "2021", "year")],
            id="a-commission-held-its-nth-session",
        ),
        pytest.param(
            "One. Two. Three. Laos proposed holding joint river patrols along the border.",
            [("joint_activity", "proposed", "", "unknown")],
            id="joint-patrols-in-the-plural-are-one-activity",
        ),
        pytest.param(
            "One. Two. Three. A memorandum on fisheries was also signed on Tuesday.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="was-also-signed-keeps-its-subject",
        ),
        pytest.param(
            "One. Two. Three. On Monday the Lao premier began his official visit to Vietnam with a meeting with President Nguyen Van An.",
            [("visit", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-10-24", "day")],
            id="a-visit-that-opens-with-a-meeting-is-both",
        ),
        pytest.param(
            "One. Two. Three. The Lao president welcomed Vietnamese President Tran Minh to Vientiane on Monday for a day of talks.",
            [("meeting", "occurred", "2022-10-24", "day"), ("visit", "occurred", "2022-10-24", "day")],  # welcomed to a city: he visits it
            id="welcomed-a-guest-whose-office-has-a-country-before-it",
        ),
        pytest.param(
            "One. Two. Three. Lao President Thongsing will host his Vietnamese colleague Tran Minh on Friday at the palace.",
            [("meeting", "planned", "2022-10-28", "day")],
            id="will-host-his-colleague",
        ),
        pytest.param(
            "One. Two. Three. Lao President Thongsing received today the Chairman of the National Assembly of Vietnam Tran Minh.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="received-today-the-chairman",
        ),
        pytest.param(
            "One. Two. Three. President Tran Minh will on Monday travel to Vientiane for a two-day state visit, his office said.",
            [("visit", "planned", "2022-10-31/2022-11-01", "range")],
            id="travel-for-a-state-visit",
        ),
        pytest.param(
            "One. Two. Three. Tran Minh, President of Vietnam, has on Sunday in the evening arrived at Wattay International Airport.",
            [("visit", "occurred", "2022-10-23", "day")],
            id="an-office-in-apposition-then-arrived-at",
        ),
        pytest.param(
            "One. Two. Three. Both leaders agreed that ties, deepened by President Tran Minh's visit to Laos on May 8, 2015, keep growing.",
            [("visit", "occurred", "2015-05-08", "day")],
            id="a-visit-dated-in-the-past-inside-an-agreed-clause",
        ),
        pytest.param(
            "One. Two. Three. The Vietnam-Laos Binational Cabinet meeting will take place in Vientiane on November 7.",
            [("conference", "planned", "2022-11-07", "day")],
            id="a-binational-cabinet-is-both-sides",
        ),
        pytest.param(
            "One. Two. Three. Asked by reporters about tomorrow's joint government session with Laos, the Vietnamese premier said it would go well.",
            [("conference", "planned", "2022-10-27", "day")],
            id="a-session-owned-by-its-day-and-asked-about-is-no-proposal",
        ),
        pytest.param(
            "One. Two. Three. The key paper of the trip will be a joint declaration, and it is also planned to sign a sizeable package of intergovernmental documents.",
            [("planned_agreement", "planned", "", "unknown")],
            id="a-package-of-documents-is-one-lot",
        ),
        pytest.param(
            "One. Two. Three. Within the framework of the state visit of the Prime Minister of Laos Sonexay Siphandone to Vietnam, documents were signed on cooperation in trade.",
            [("visit", "occurred", "2022-10-26", "day"), ("signing", "occurred", "2022-10-26", "day")],
            id="the-visit-of-an-office-holder-to-a-place",
        ),
        pytest.param(
            "One. Two. Three. Signing of the said agreements is to take place at 4:30 PM at the Presidential Palace.",
            [("planned_agreement", "planned", "2022-10-26", "day")],
            id="a-signing-as-a-noun-to-take-place-at-an-hour-of-the-day",
        ),
        pytest.param(
            "One. Two. Three. Officials said bilateral talks, including the signing of a memorandum on fisheries, are planned.",
            [("planned_agreement", "planned", "", "unknown")],
            id="the-signing-of-a-paper-that-is-planned",
        ),
        pytest.param(
            "One. Two. Three. The Prime Minister will witness the signing of agreements and then he will brief the press.",
            [("planned_agreement", "planned", "", "unknown")],
            id="a-witnessed-signing-of-agreements-is-one-ceremony",
        ),
        pytest.param(
            "One. Two. Three. “Our ministries have drafted many memoranda and decisions on trade, which tomorrow will not only be discussed, but will also be signed with the visiting ministers,” the premier said.",
            [("planned_agreement", "planned", "2022-10-27", "day")],
            id="papers-a-relative-clause-says-will-be-signed",
        ),
        pytest.param(
            "One. Two. Three. Lao Prime Minister Sonexay Siphandone held discussions with President of Vietnam, Vo Van Thuong, on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="discussions-held-with-an-office-holder-are-a-meeting",
        ),
        pytest.param(
            "One. Two. Three. On the Mekong, 3 March marked the beginning of the dredging works along the shared channel.",
            [("project", "occurred", "2022-03-03", "day")],
            id="a-day-that-marked-the-beginning-of-works",
        ),
        pytest.param(
            "One. Two. Three. Lao President Thongloun Sisoulith welcomed the Vietnamese delegation to Vientiane on Monday.",
            [("meeting", "occurred", "2022-10-24", "day"), ("visit", "occurred", "2022-10-24", "day")],
            id="a-delegation-welcomed-to-a-city-visits-it",
        ),
        pytest.param(
            "One. Two. Three. The inaugural session of the Joint Commission between Laos and Vietnam started in Vientiane yesterday amid calls for faster trade.",
            [("conference", "occurred", "2022-10-25", "day")],
            id="a-session-that-started-took-place",
        ),
        pytest.param(
            "One. Two. Three. Monday's talks were a follow-up to the previous gathering in Hanoi on Sept. 12.",
            [("meeting", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-09-12", "day")],
            id="the-previous-gathering-told-by-its-day",
        ),
        pytest.param(
            "One. Two. Three. Officials said the talks would be held next month in Vientiane.",
            [("meeting", "planned", "2022-11", "month")],
            id="a-gathering-that-would-be-held-is-planned",
        ),
        pytest.param(
            "One. Two. Three. Following a private bilateral meeting this morning, the premiers were joined by their deputies to settle details on the specific agreements to be signed.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="a-fronted-meeting-s-day-does-not-date-papers-still-to-sign",
        ),
        pytest.param(
            "One. Two. Three. The deputy minister will host the farewell dinner marking the end of Mr. Sayavong's visit.",
            [("visit", "occurred", "2022-10-26", "day")],
            id="the-end-of-a-visit-still-to-come-means-it-is-under-way",
        ),
        pytest.param(
            "One. Two. Three. The 9th edition of the joint naval drill between the two fleets started off the coast on Monday.",
            [("joint_activity", "occurred", "2022-10-24", "day")],
            id="an-edition-of-an-exercise-that-started",
        ),
        pytest.param(
            "One. Two. Three. The 4th edition of exercise Blue Ridge was concluded last year in the hills.",
            [("joint_activity", "occurred", "2021", "year")],
            id="an-edition-of-an-exercise-that-concluded",
        ),
        pytest.param(
            "One. Two. Three. The coordinated patrolling was initiated at a ceremony near the border on Tuesday (Oct 25).",
            [("joint_activity", "occurred", "2022-10-25", "day")],
            id="patrolling-that-was-initiated",
        ),
        pytest.param(
            "One. Two. Three. The two armies began a joint exercise on Monday. "
            "The annual exercise, which is held in each country in turn, will conclude on November 6.",
            [("joint_activity", "occurred", "2022-10-24", "day")],
            id="when-a-told-exercise-concludes-is-not-a-second-exercise",
        ),
        pytest.param(
            "One. Two. Three. The foreign minister held bilateral discussions with President Mary Okafor yesterday at the palace.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="held-bilateral-discussions-with-is-a-meeting",
        ),
        pytest.param(
            "One. Two. Three. The deputy premier received at his office on Tuesday Finance Minister John Kerr of the neighbouring state.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="received-at-his-office-then-the-guest",
        ),
        pytest.param(
            "One. Two. Three. After a call on the visiting prime minister yesterday afternoon, the minister spoke to reporters.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="a-call-on-an-office-in-lower-case",
        ),
        pytest.param(
            "One. Two. Three. The two sides signed a memo of understanding on power trade on Monday.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="a-memo-of-understanding-is-signed",
        ),
        pytest.param(
            "One. Two. Three. The ministers welcomed the signing of the Terms of Reference on disaster relief on Monday.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="terms-of-reference-are-one-paper",
        ),
        pytest.param(
            "One. Two. Three. The ministers signed two memoranda during the meetings of the thirty-first session of the Joint Trade Committee on Monday.",
            [("signing", "occurred", "2022-10-24", "day"), ("conference", "occurred", "2022-10-24", "day")],
            id="during-the-meetings-of-the-nth-session-in-words",
        ),
        pytest.param(
            "One. Two. Three. It is the king's second foreign visit since taking the throne in March 2020.",
            [("visit", "occurred", "", "unknown")],
            id="since-a-gerund-dates-the-other-act",
        ),
        pytest.param(
            "One. Two. Three. “In August 2015, after a long wait and many rounds of preparations by both of the foreign ministries, "
            "our prime minister paid a visit there,” the secretary told journalists yesterday.",
            [("visit", "occurred", "2015-08", "month")],
            id="the-day-it-was-told-gives-way-to-the-event-s-own-date",
        ),
        pytest.param(
            "The two ministers met in Doha on Monday. Two. Three. The minister recalled the MoU on fisheries signed during the previous session of the committee.",
            [("meeting", "occurred", "2022-10-24", "day"), ("signing", "occurred", "", "unknown")],
            id="during-the-previous-session-is-not-the-meeting-just-told",
        ),
        pytest.param(
            "One. Two. Three. Both sides ended the day agreeing to hold a joint sea patrol in the strait.",
            [("joint_activity", "planned", "", "unknown")],
            id="agreeing-to-is-a-plan",
        ),
        pytest.param(
            "One. Two. Three. The officer said on Thursday that the joint naval drill would be conducted by two frigates.",
            [("joint_activity", "planned", "", "unknown")],
            id="would-be-conducted-is-still-to-come",
        ),
        pytest.param(
            "One. Two. Three. The commanders recently signed a pact to conduct a joint sea patrol in the strait.",
            [("signing", "occurred", "", "unknown"), ("joint_activity", "planned", "", "unknown")],
            id="a-pact-to-conduct-an-activity-plans-it",
        ),
        pytest.param(
            "One. Two. Three. The president said he is open to holding a joint naval drill with the neighbour.",
            [("joint_activity", "proposed", "", "unknown")],
            id="open-to-holding-is-a-proposal",
        ),
        pytest.param(
            "One. Two. Three. The president flew home last night (25), following the conclusion of his three-day state visit to Laos.",
            [("visit", "occurred", "2022-10-23/2022-10-25", "range")],
            id="the-conclusion-of-a-three-day-visit-dates-its-span",
        ),
        pytest.param(
            "Minister Ana Silva will visit Laos from November 2 to 3. This marks her third visit to the country in the past eight months.",
            [("visit", "planned", "2022-11-02/2022-11-03", "range"), ("visit", "planned", "2022-11-02/2022-11-03", "range")],
            id="this-marks-her-third-visit-counts-the-visit-just-told",
        ),
        pytest.param(
            "The president wrapped up his three-day state visit to Laos on Tuesday. One. Two. The two presidents also witnessed the signing of an MoU on trade.",
            [("visit", "occurred", "2022-10-23/2022-10-25", "range"), ("signing", "occurred", "2022-10-23/2022-10-25", "range")],
            id="the-leaders-act-on-the-span-of-days-the-lead-told",
        ),
        pytest.param(
            "One. Two. Three. “The MoU on fisheries, which the minister and I signed today, opens a new chapter,” she said.",
            [("signing", "occurred", "2022-10-26", "day")],
            id="a-paper-the-relative-clause-says-they-signed",
        ),
        pytest.param(
            "One. Two. Three. The treaty that the two ministers signed on Monday takes effect next year.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="a-treaty-that-they-signed",
        ),
        pytest.param(
            "One. Two. Three. Some memoranda of understanding are likely to be signed during the visit.",
            [("planned_agreement", "planned", "", "unknown")],
            id="some-memoranda-are-likely-to-be-signed",
        ),
        pytest.param(
            "One. Two. Three. The two envoys shook hands during talks at the ministry on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="during-talks-with-no-determiner-are-new-talks",
        ),
        pytest.param(
            "The leaders of Japan and Mongolia met on Monday in Kazan. One. Two. "
            "The Japanese prime minister was there during his visit to Kazan, Russia to attend the 5th Eurasian Forum.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-trip-to-a-third-country-is-not-the-pair-s-visit",
        ),
        pytest.param(
            "One. Two. Three. The two navies will step up training, following high-level bilateral talks in the capital.",
            [("meeting", "occurred", "", "unknown")],
            id="following-talks-the-talks-came-first",
        ),
        pytest.param(
            "One. Two. Three. The dispute came up again during talks with the traders about fees.",
            [],
            id="during-talks-with-may-be-talks-told-before",
        ),
        pytest.param(
            "One. Two. Three. The two leaders launched a new Comprehensive Strategic Partnership in the capital on Monday.",
            [("other", "occurred", "2022-10-24", "day")],
            id="a-partnership-launched-is-a-milestone",
        ),
        pytest.param(
            "One. Two. Three. The ministers welcomed the successful conclusion of the fifth joint consultative meeting in Hanoi on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="the-successful-conclusion-of-a-meeting-held-it",
        ),
        pytest.param(
            "One. Two. Three. The premier visited the Philippines in March 2021.",
            [("visit", "occurred", "2021-03", "month")],
            id="visited-the-country",
        ),
        pytest.param(
            "The two presidents held talks in Male on Monday. Two. Three. After the discussions, agreements were exchanged between both parties.",
            [("meeting", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="after-the-discussions-is-the-talks-just-told",
        ),
        pytest.param(
            "One. Two. Three. The ministers hailed the fifth business meeting held in Tokyo on Monday and vowed to build on the meeting.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="the-meeting-named-again-in-its-sentence-is-the-same",
        ),
        pytest.param(
            "One. Two. Three. The 7th meeting of Kenyan-Ethiopian joint ministerial commission will be held in Nairobi in December.",
            [("conference", "planned", "2022-12", "month")],
            id="a-body-s-meeting-named-without-the-article",
        ),
        pytest.param(
            "One. Two. Three. On Monday a border plan between the Interior Ministry of the Republic of Ruritania and the Interior Ministry of Freedonia was signed by the ministers.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="a-paper-named-with-both-parties-in-full-before-was-signed",
        ),
        pytest.param(
            "The ministers met in Tbilisi today. Two. Three. The negotiations concluded with signing of the Defence Cooperation Programme for 2023.",
            [("meeting", "occurred", "2022-10-26", "day"), ("signing", "occurred", "2022-10-26", "day")],
            id="talks-concluded-with-signing-is-done-on-the-day-told",
        ),
        pytest.param(
            "One. Two. Three. The memorandum on customs was formalised by the two ministers on Tuesday.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="formalised-is-signed",
        ),
        pytest.param(
            "One. Two. Three. The sides have finalised an agreement to avoid double taxation, which will be signed and ratified soon.",
            [("planned_agreement", "planned", "", "unknown")],
            id="an-agreement-to-do-x-which-will-be-signed-and-ratified",
        ),
        pytest.param(
            "One. Two. Three. On November 3, the Ruritanian president will attend a meeting of the Joint Border Council in Freedonia.",
            [("conference", "planned", "2022-11-03", "day")],
            id="will-attend-a-meeting-of-a-council",
        ),
        pytest.param(
            "One. Two. Three. On Friday, the two envoys will hold separate meetings with King Rudolf.",
            [("meeting", "planned", "2022-10-28", "day")],
            id="separate-meetings-with-a-named-host",
        ),
        pytest.param(
            "One. Two. Three. The commission reviewed the outcome of the previous session that took place in Valletta on March 4 of 2021.",
            [("conference", "occurred", "2021-03-04", "day")],
            id="the-previous-session-and-its-day",
        ),
        pytest.param(
            "One. Two. Three. On Tuesday the ministers chaired the second meeting of the joint council, which builds on the work of its committees throughout 2022.",
            [("conference", "occurred", "2022-10-25", "day")],
            id="throughout-a-year-does-not-date-one-meeting",
        ),
        pytest.param(
            "One. Two. Three. The Lao premier arrived in Hanoi to attend a session of the joint council.",
            [("conference", "planned", "", "unknown")],
            id="to-attend-a-session-is-the-trip-s-purpose",
        ),
        pytest.param(
            "One. Two. Three. Last month the president approved a proposal by the foreign ministry for the signing of a trade agreement.",
            [("planned_agreement", "proposed", "", "unknown")],
            id="a-proposal-to-sign-approved-is-no-signing",
        ),
        pytest.param(
            "One. Two. Three. The three-day border conference between the Northern Frontier Rangers (NFR) and the Southern Coast Guard (SCG) of Laos began on Monday in Pakse.",
            [("conference", "occurred", "2022-10-24/2022-10-26", "range")],  # began Monday, three days
            id="a-gathering-began-after-a-long-name-of-its-two-forces",
        ),
        pytest.param(
            "One. Two. Three. The annual border conference between Vietnam and Laos began today in Vientiane.",
            [("conference", "occurred", "2022-10-26", "day")],
            id="began-today-is-not-began-to",
        ),
        pytest.param(
            "One. Two. Three. The border conference of Vietnam and Laos opened on Monday. The four-day border conference will end on Thursday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="the-end-of-a-told-gathering-with-describing-words-is-no-new-one",
        ),
        pytest.param(
            "One. Two. Three. The border talks of Vietnam and Laos opened in Hue on Monday. Smuggling, illegal crossings, holding regular flag meetings and joint patrols dominated the discussion at the talks.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-list-of-topics-discussed-is-no-event",
        ),
        pytest.param(
            "One. Two. Three. The topics of discussion at the conference include arms smuggling, joint patrolling and regular coordination meetings of the two forces.",
            [],
            id="topics-of-discussion-include-is-no-event",
        ),
        pytest.param(
            "One. Two. Three. The border conference between Vietnam and Laos began at the LPF headquarters in Vientiane on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="a-headquarters-where-a-gathering-began-is-no-project",
        ),
        pytest.param(
            "One. Two. Three. Colonel Arun Petch, head of the border police, and Major Somsy Vong, his Lao colleague, met yesterday to discuss smuggling.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="met-yesterday-to-discuss-is-a-meeting",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos vowed to curb smuggling during the nations' annual meeting yesterday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="during-a-possessive-annual-meeting-is-held",
        ),
        pytest.param(
            "Laos and Vietnam have inked a new accord on border patrols. Two. The October 21 signing ceremony was witnessed by the two ministers.",
            [("signing", "occurred", "2022-10-21", "day"), ("signing", "occurred", "2022-10-21", "day")],
            id="an-undated-lead-signing-takes-the-day-of-its-ceremony",
        ),
        pytest.param(
            "Laos and Vietnam have signed cooperation minutes for 2023 in Hanoi. Two. The Lao minister was on a working visit to Vietnam from October 20-22.",
            [("signing", "occurred", "2022-10-20/2022-10-22", "range"), ("visit", "occurred", "2022-10-20/2022-10-22", "range")],
            id="an-undated-lead-signing-takes-the-days-of-the-recent-visit",
        ),
        pytest.param(
            "One. Two. Three. Interior Minister Bounmy Keo led a 12-member delegation to Vietnam on October 20-22.",
            [("visit", "occurred", "2022-10-20/2022-10-22", "range")],
            id="led-a-delegation-to-a-country-is-a-visit",
        ),
        pytest.param(
            "One. Two. Three. The border forces of Vietnam and Laos started their three-day bilateral meeting in Hanoi on Monday.",
            [('meeting', 'occurred', '2022-10-24/2022-10-26', 'range')],
            id="started-their-meeting-is-held",
        ),
        pytest.param(
            "One. Two. Three. The minister, who was here to attend the 31st Vietnam-Laos Border Committee (BC) meeting, said both sides would work together.",
            [('conference', 'occurred', '', 'unknown')],
            id="here-to-attend-a-numbered-meeting",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos reaffirmed their ties at 12th Session of the Vietnam-Laos Joint Commission on Security.",
            [('conference', 'occurred', '', 'unknown')],
            id="at-a-numbered-session-without-article",
        ),
        pytest.param(
            "Vietnam and Laos agreed. Two. Three. The chief said that during the bilateral meeting held on the Lao side of the border post, the two sides agreed on patrols.",
            [('meeting', 'occurred', '', 'unknown'), ('joint_activity', 'planned', '', 'unknown')],
            id="the-meeting-held-on-the-border-is-told-here",
        ),
        pytest.param(
            "One. Two. Three. The Lao police chief paid a courtesy call on his Vietnamese counterpart. This was on Monday, October 24, 2022, at the ministry.",
            [('meeting', 'occurred', '2022-10-24', 'day')],
            id="this-was-on-dates-the-sentence-before",
        ),
        pytest.param(
            "One. Two. Three. The Lao cabinet approved the draft MoU with Vietnam on border security.",
            [('planned_agreement', 'planned', '', 'unknown')],
            id="approved-the-draft-is-no-signing",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos expressed their commitment to work toward the early conclusion of a revised extradition treaty.",
            [('planned_agreement', 'planned', '', 'unknown')],
            id="commitment-to-the-early-conclusion-of-a-treaty-is-planned",
        ),
        pytest.param(
            "One. Two. Three. The two leaders pledged to hold the next Joint Permanent Commission once the rains were over.",
            [('conference', 'planned', '', 'unknown')],
            id="pledged-to-hold-the-next-joint-commission",
        ),
        pytest.param(
            "One. Two. Three. The 9th Vietnam-Laos bilateral meeting focused on drug smuggling.",
            [('meeting', 'occurred', '', 'unknown')],
            id="a-numbered-meeting-that-focused-on-is-held",
        ),
        pytest.param(
            "One. Two. Three. Speaking at the signing ceremony on Monday, the Lao minister said the MoU will guide border patrols.",
            [('signing', 'occurred', '2022-10-24', 'day')],
            id="at-the-signing-ceremony-on-a-weekday",
        ),
        pytest.param(
            "One. Two. Three. The Lao police chief is here on his three-day work visit to Vietnam.",
            [('visit', 'occurred', '2022-10-26', 'day')],
            id="is-here-on-a-work-visit-is-under-way",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos welcomed the text of an agreement on legal assistance and expressed their commitment to the early conclusion of a treaty on extradition.",
            [('planned_agreement', 'planned', '', 'unknown'), ('planned_agreement', 'planned', '', 'unknown')],
            id="two-planned-papers-in-one-sentence",
        ),
        pytest.param(
            "One. Two. Three. The plan was deliberated at the 7th Vietnam-Laos meeting of border officials, which took place in Hue on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="deliberated-at-a-meeting-told-here-is-no-topic",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos reaffirmed their commitment to strengthening ties at 12th Session of the Vietnam-Laos Joint Commission on Security.",
            [("conference", "occurred", "", "unknown")],
            id="commitment-to-strengthening-ties-is-no-plan",
        ),
        pytest.param(
            "One. Two. Three. The Lao prime minister is on a two-day working visit to Vietnam for the 5th Vietnam-Laos Leaders' Retreat.",
            [("visit", "occurred", "2022-10-26", "day"), ("conference", "occurred", "2022-10-26", "day")],
            id="a-visit-for-a-numbered-gathering-dates-it",
        ),
        pytest.param(
            "One. Two. Three. The police of Vietnam and Laos agreed on Thursday to fight scams during a teleconference between the two police chiefs.",
            [('meeting', 'occurred', '2022-10-20', 'day')],
            id="a-teleconference-is-a-meeting",
        ),
        pytest.param(
            "One. Two. Three. The Vietnam-Laos border conference will end with the signing of a Joint Record of Discussions on 28 October.",
            [('planned_agreement', 'planned', '2022-10-28', 'day')],
            id="a-joint-record-of-discussions-is-a-paper",
        ),
        pytest.param(
            "One. Two. Three. The Vietnam-Laos border talks concluded on Tuesday, with both sides agreeing to curb smuggling by signing a joint record of discussions.",
            [('meeting', 'occurred', '2022-10-25', 'day'), ('signing', 'occurred', '2022-10-25', 'day')],
            id="by-signing-after-a-past-main-verb-is-done",
        ),
        pytest.param(
            "One. Two. Three. The Vietnam-Laos border conference, which started on 20 October, ended with the signing of the joint record of discussions.",
            [('conference', 'occurred', '2022-10-20', 'day'), ('signing', 'occurred', '', 'unknown')],
            id="the-day-a-gathering-started-is-not-its-closing-signing",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos pledged to cooperate, as both nations held the 8th Meeting of Border Governors on October 24.",
            [('meeting', 'occurred', '2022-10-24', 'day')],
            id="held-the-nth-meeting-is-done",
        ),
        pytest.param(
            "One. Two. Three. Smuggling is on the agenda of the 11th Vietnam-Laos Joint Permanent Commission on Defence (JPCDS) that opened Sunday in Hue.",
            [('conference', 'occurred', '2022-10-23', 'day')],
            id="a-numbered-joint-commission-that-opened-sunday",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos agreed at a Joint Commission on Defence in Hue on 20 October to fight smuggling.",
            [('conference', 'occurred', '2022-10-20', 'day')],
            id="at-a-joint-commission-dated-after-its-name",
        ),
        pytest.param(
            "One. Two. Three. The Lao minister said the visit followed the Vietnam-Laos border talks on October 10 in Hue.",
            [('meeting', 'occurred', '2022-10-10', 'day')],
            id="talks-dated-right-after-their-name",
        ),
        pytest.param(
            "One. Two. Three. Officials from Vietnam and Laos are meeting in Hue to discuss border crime.",
            [('meeting', 'occurred', '2022-10-26', 'day')],
            id="are-meeting-in-a-city-is-under-way",
        ),
        pytest.param(
            "The Lao police have received the law enforcement vehicles provided by their Vietnamese counterpart. Two. Three.",
            [('project', 'occurred', '2022-10-26', 'day')],
            id="received-the-vehicles-is-aid",
        ),
        pytest.param(
            "The first border committee meeting of Vietnam and Laos was formed in Hue. This followed the signing of a defence accord on 6 April 2022. "
            "The general who presided over the meeting welcomed the Lao delegation to Vietnam.",
            [("signing", "occurred", "2022-04-06", "day"), ("meeting", "occurred", "2022-10-26", "day"), ("visit", "occurred", "2022-10-26", "day")],
            id="what-the-news-followed-does-not-date-its-lead",
        ),
        pytest.param(
            "A two-day border conference between the Lao Border Police (LBP) and the Vietnam Border Guard (VBG) has concluded at Hue. Two. Three.",
            [("conference", "occurred", "2022-10-25/2022-10-26", "range")],
            id="a-lead-n-day-gathering-that-concluded-spans-the-days-before",
        ),
        pytest.param(
            "One. Two. Three. The 5th Vietnam-Laos Joint Working Committee meeting on crime was held in Hue. "
            "Lao police chief Somsy Vong attended the meeting, accompanied by two deputies and a liaison officer, in Hue on Monday.",
            # (the committee's own meeting is its session, a conference; the one attended, told back, is the meeting)
            [("conference", "occurred", "", "unknown"), ("meeting", "occurred", "2022-10-24", "day")],
            id="the-one-day-of-a-sentence-where-someone-attended-the-meeting-is-its-day",
        ),
        pytest.param(
            "Interior Minister Karel Vosk on Sunday received a high-ranking delegation from the Ruritanian police led by General Ado Brenn.",
            [("meeting", "occurred", "2022-10-23", "day")],
            id="received-a-delegation-led-by",
        ),
        pytest.param(
            "While receiving a delegation from the Ruritanian coast guard in Tallinn on October 20, Minister Karel Vosk urged closer ties.",
            [("meeting", "occurred", "2022-10-20", "day")],
            id="while-receiving-a-delegation",
        ),
        pytest.param(
            "Police Minister Karel Vosk greeted a delegation from the Ruritanian police agency in Tallinn on Tuesday.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="greeted-a-delegation",
        ),
        pytest.param(
            "On October 24, Minister Karel Vosk chaired the official welcome ceremony for the Ruritanian delegation led by General Ado Brenn.",
            [("visit", "occurred", "2022-10-24", "day")],
            id="chaired-a-welcome-ceremony-for-a-delegation",
        ),
        pytest.param(
            "The Ruritanian delegation visits Estonia from October 24 to 26.",
            [("visit", "occurred", "2022-10-24/2022-10-26", "range")],
            id="the-delegation-visits-a-country",
        ),
        pytest.param(
            "The two ministers agreed on a training plan during talks in Tallinn on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="agreed-on-a-plan-during-bare-talks-the-talks-took-place",
        ),
        pytest.param(
            "The two ministers agreed to hold a joint drill during talks next month.",
            [("joint_activity", "planned", "2022-11", "month"), ("meeting", "planned", "2022-11", "month")],
            id="agreed-during-talks-dated-ahead-the-talks-are-ahead",
        ),
        pytest.param(
            "The annual border dialogue between the two interior ministries will start next year.",
            [("conference", "planned", "2023", "year")],
            id="a-gathering-that-will-start-next-year",
        ),
        pytest.param(
            "Receiving the guests the same day, the speaker urged both sides to prepare well for the border dialogue next year.",
            [("conference", "proposed", "2023", "year")],
            id="the-same-day-of-the-clause-does-not-date-a-gathering-ahead",
        ),
        pytest.param(
            "A police delegation led by Minister Karel Vosk discussed border issues with Ruritania's security chiefs on October 20.",
            [("meeting", "occurred", "2022-10-20", "day")],
            id="discussed-issues-with-the-other-side-s-officials",
        ),
        pytest.param(
            "The minister suggested both sides realise documents inked during the state visit to Ruritania by President Mart Kask last month.",
            [("visit", "occurred", "2022-09", "month")],
            id="realise-documents-inked-during-a-visit-papers-in-force-and-a-visit-done",
        ),
        pytest.param(
            "Border guards of Estonia's Narva district coordinated with Ruritanian police to arrest four smugglers on October 20.",
            [("joint_activity", "occurred", "2022-10-20", "day")],
            id="coordinated-with-the-other-side-s-police-to-arrest-is-a-joint-act",
        ),
        pytest.param(
            "Delegates of the two ministries convened in Tallinn for the 5th Estonia-Ruritania Police Conference to map out cooperation in the time ahead.",
            [("meeting", "occurred", "2022-10-26", "day"), ("conference", "occurred", "2022-10-26", "day")],
            id="a-vague-future-in-the-purpose-clause-does-not-date-the-gathering",
        ),
        pytest.param(
            "During their talks earlier the same day, the ministers reviewed ties in 2021, including the Estonia-Ruritania Friendship Year.",
            [("meeting", "occurred", "2022-10-26", "day"), ("other", "occurred", "2021", "year")],
            id="the-same-day-dates-the-talks-not-the-friendship-year-of-its-own-year",
        ),
        pytest.param(
            "The two coast guards agreed to hold quarterly drills, according to the results of a meeting between the two countries in late September.",
            [("joint_activity", "planned", "", "unknown"), ("meeting", "occurred", "2022-09", "month")],
            id="a-meeting-a-report-draws-on-was-held",
        ),
        pytest.param(
            "The ministry will support the border police, said Premier Mart Kask at his reception for Ruritanian Minister Ado Brenn on October 24 in Tallinn.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="said-at-his-reception-the-reception-took-place",
        ),
        pytest.param(
            "On October 24, the two ministers held talks, co-chaired a conference reviewing cooperation outcomes and signed a plan for 2023.",
            [("meeting", "occurred", "2022-10-24", "day"), ("conference", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="a-gathering-named-ends-where-the-next-act-of-the-sentence-begins",
        ),
        pytest.param(
            "The Latvian delegation paid a courtesy visit to Prime Minister Mart Kask in Tallinn on October 24.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-courtesy-visit-to-a-titled-person-is-a-meeting",
        ),
        pytest.param(
            "During their stay in Estonia from October 22 to 24, the Latvian delegation paid a courtesy visit to Estonia's Interior Minister.",
            [("visit", "occurred", "2022-10-22/2022-10-24", "range"), ("meeting", "occurred", "2022-10-22/2022-10-24", "range")],
            id="a-stay-over-stated-days-is-a-visit-and-the-courtesy-visit-a-meeting",
        ),
        pytest.param(
            "The minister paid a visit to Tallinn on October 24.",
            [("visit", "occurred", "2022-10-24", "day")],
            id="a-visit-to-a-city-stays-a-visit",
        ),
        pytest.param(
            "A delegation of the Ruritanian police visited Estonia's Deputy Interior Minister, General Mart Kask, on Monday to discuss identity cards.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="visited-a-titled-person-is-a-meeting",
        ),
        pytest.param(
            "The minister paid courtesy calls to President Ado Brenn and Prime Minister Mart Kask in Tallinn on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="courtesy-calls-in-the-plural-on-named-office-holders-are-a-meeting",
        ),
        pytest.param(
            "Ruritanian Interior Minister Ado Brenn was leading a police delegation to Estonia from October 22 to 24 at the invitation of his counterpart.",
            [("visit", "occurred", "2022-10-22/2022-10-24", "range")],
            id="was-leading-a-delegation-to-a-country-is-a-visit",
        ),
        pytest.param(
            "Officials of Estonia and Ruritania gathered in Tallinn on Monday for the 9th Estonian-Ruritanian ministerial meeting on border control.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="gathered-somewhere-for-a-meeting-is-the-meeting-held",
        ),
        pytest.param(
            "Officials of Estonia and Ruritania gathered in Tallinn on Monday for the annual border conference.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="gathered-in-a-place-for-a-conference-is-the-conference-held",
        ),
        pytest.param(
            "On Monday, Interior Minister Ado Brenn led a meeting in Tallinn with Estonian Minister Mart Kask.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="who-led-a-meeting-held-it",
        ),
        pytest.param(
            "The signing ceremony, held in Tallinn on October 24, was witnessed by Minister Ado Brenn and his counterpart Mart Kask.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="a-signing-ceremony-held-in-a-clause-of-its-own-was-held",
        ),
        pytest.param(
            "The government had also promised to donate 20 patrol boats to the Ruritanian police.",
            [("project", "planned", "", "unknown")],
            id="promised-to-donate-is-a-plan",
        ),
        pytest.param(
            "Estonia and Ruritania recently signed an agreement on fugitives.",
            [("signing", "occurred", "", "unknown")],
            id="recently-is-some-day-before-the-article-even-in-the-lead",
        ),
        pytest.param(
            "Ruritanian police chief Ado Brenn arrived in Estonia on Tuesday for a two-day visit in conjunction with the Baltic Security Exhibition.",
            [("visit", "occurred", "2022-10-25/2022-10-26", "range"), ("conference", "occurred", "2022-10-25", "day")],
            id="a-visit-in-conjunction-with-a-fair-ends-before-the-fair",
        ),
        pytest.param(
            "One. Two. Three. The meeting, which took place in Tallinn on Tuesday, was an opportunity to review border crime.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="the-day-in-the-gathering-s-own-which-clause-dates-it",
        ),
        pytest.param(
            "Prime Minister Mart Kask praised the two police forces while hosting Deputy Minister Ado Brenn in Tallinn on October 24.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="hosting-a-titled-guest-is-a-meeting",
        ),
        pytest.param(
            "On October 24, the Estonian delegation had talks with Ruritanian police officials.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="talks-a-delegation-had-were-held",
        ),
        pytest.param(
            "Minister Karel Vosk has had a fruitful meeting with his Ruritanian counterpart.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="a-meeting-someone-has-had-was-held",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The presidents of Estonia and Ruritania reviewed trade ties at the IV Binational Cabinet in Narva on Tuesday.",
            [("conference", "occurred", "2022-10-25", "day")],
            id="a-binational-cabinet-numbered-in-roman-was-held",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonian premier will attend the Binational Ministerial Cabinet with Ruritania in Tartu on October 28.",
            [("conference", "planned", "2022-10-28", "day")],
            id="will-attend-a-binational-ministerial-cabinet",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two presidents will chair the fourth Binational Cabinet tomorrow in Narva.",
            [("conference", "planned", "2022-10-27", "day")],
            id="will-chair-a-binational-cabinet",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The foreign ministers of Estonia and Ruritania signed in this city a trade and transit agreement on October 24.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="signed-in-this-city-a-paper-with-qualifiers",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Tariffs were discussed during the signing ceremony of three memoranda between the two nations on October 24.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="discussed-during-the-signing-ceremony-of-papers",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The police chief and his deputies met with the Ruritanian Minister for Defence, Ado Brenn, in Tallinn on 24 October 2022.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="met-with-the-office-of-the-other-side",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Premier Mart Kask spoke to reporters in Narva, where he is meeting senior Ruritanian officials, "
            "and said the pact would be signed next week.",
            [("meeting", "occurred", "2022-10-26", "day"), ("planned_agreement", "planned", "2022-10-31/2022-11-06", "week")],
            id="is-meeting-officials-is-under-way-whatever-the-clause-after-says",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Foreign Minister Ado Brenn arrived on Monday (24) in Tallinn with a letter from his president.",
            [("visit", "occurred", "2022-10-24", "day")],
            id="arrived-on-a-weekday-then-in-a-place",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On October 24, the President of Ruritania, Ado Brenn, traveled to Estonia, meeting with President Mart Kask.",
            [("visit", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-10-24", "day")],
            id="a-named-leader-traveled-to-the-other-country",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. President of Estonia Mart Kask and President of Latvia Ado Brenn discussed border issues on October 24.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="the-two-sides-leaders-as-one-subject-discussed",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonian president will sign on Friday, together with his Ruritanian counterpart, "
            "the final memorandums of the joint agenda.",
            [("planned_agreement", "planned", "2022-10-28", "day")],
            id="will-sign-on-a-day-together-with-someone-then-the-papers",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Following the negotiations within the framework of the state visit of the President of "
            "Ruritania Ado Brenn to Estonia, the heads of state signed a joint statement.",
            [("visit", "occurred", "2022-10-26", "day"), ("signing", "occurred", "2022-10-26", "day")],
            id="a-visit-as-the-frame-of-what-was-signed-took-place",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two foreign ministers signed the Biennial Operating Plan 2022-2023 for the lake authority on Monday.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="the-years-in-a-plan-s-name-are-its-period",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The ministers announced that the Partnership Programme for the next 10 years was approved on October 24.",
            [("signing", "occurred", "2022-10-24", "day")],
            id="for-the-next-ten-years-is-the-paper-s-period-not-a-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The talks continued at the first Supreme Interstate Council meeting of Estonia and Ruritania on October 24.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="an-interstate-council-s-meeting-is-a-conference",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The vice ministers set guidelines for border security at meetings in Tallinn on 20 and 21 October.",
            [("meeting", "occurred", "2022-10-20/2022-10-21", "range")],
            id="meetings-in-the-plural-with-a-place-and-days",
        ),
        pytest.param(
            "One. Two. Three. The premier confirmed his intention to visit Chile following the meeting which was held last night.",
            [("visit", "planned", "", "unknown"), ("meeting", "occurred", "2022-10-25", "day")],
            id="an-intended-visit-after-a-meeting-held-is-still-ahead",
        ),
        pytest.param(
            "One. Two. Three. Chile and Peru are holding a joint naval exercise, says an Oct. 24 navy news release.",
            [("joint_activity", "occurred", "2022-10-26", "day")],
            id="the-date-of-a-news-release-is-not-the-exercise-day",
        ),
        pytest.param(
            "One. Two. Three. Border security was the focus of a meeting between the interior ministers of the two countries on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="a-meeting-dated-by-a-weekday-after-its-noun-was-held",
        ),
        pytest.param(
            "One. Two. Three. Talks on Monday touched on trade and border issues.",
            [],
            id="talks-on-a-weekday-as-a-subject-are-no-new-meeting",
        ),
        pytest.param(
            "One. Two. Three. The meeting today was called by the two interior ministers.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="the-meeting-today-is-stated-by-its-day",
        ),
        pytest.param(
            "One. Two. Three. It will be the first joint council of ministers chaired by both leaders.",
            [("conference", "planned", "", "unknown")],
            id="it-will-be-the-first-council-chaired-by-is-to-come",
        ),
        pytest.param(
            "One. Two. Three. The two governments held a joint session in the town of Ica on Monday and signed nine agreements.",
            [("conference", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="a-session-held-and-agreements-signed-are-two-events",
        ),
        pytest.param(
            "One. Two. Three. The third meeting between the governments of Chile and Peru will be held tomorrow in Lima.",
            [("conference", "planned", "2022-10-27", "day")],
            id="a-meeting-between-the-governments-is-a-joint-session",
        ),
        pytest.param(
            "One. Two. Three. Border security was the main topic during the 4th Intergovernmental Defence Council in Lima on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="a-numbered-named-council-is-a-gathering",
        ),
        pytest.param(
            "One. Two. Three. Delegates studied the resolution of the 13th Central Committee on Monday.",
            [],
            id="a-numbered-party-central-committee-is-no-bilateral-gathering",
        ),
        pytest.param(
            "One. Two. Three. Joint patrols of Chilean, Peruvian and Bolivian police will be deployed along the border.",
            [("joint_activity", "planned", "", "unknown")],
            id="patrols-of-several-forces-will-be-deployed-is-a-plan",
        ),
        pytest.param(
            "One. Two. Three. Joint patrols of the two police forces will be deployed along the border. The agency reports that this will happen next week.",
            [("joint_activity", "planned", "2022-10-31/2022-11-06", "week")],
            id="this-will-happen-next-week-dates-the-plan-just-told",
        ),
        pytest.param(
            "Minister Lopes to travel to Chile for bilateral visit\nOne. Two. Three.",
            [("visit", "planned", "", "unknown")],
            id="a-headline-infinitive-is-a-plan",
        ),
        pytest.param(
            "One. Two. Three. The joint naval exercise of Chile and Peru starts today and will last until October 30.",
            [("joint_activity", "occurred", "2022-10-26/2022-10-30", "range")],
            id="starts-today-and-lasts-until-a-day-is-a-span",
        ),
        pytest.param(
            "Estonia and Ruritania agreed on the need to widen naval ties during their annual senior-level defence talks in Tallinn on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="their-talks-with-three-words-before-are-held-where-the-sides-agreed",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Deputy ministers Kask and Brenn led the 9th strategic defence dialogue in Tallinn on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="led-the-nth-dialogue-states-it",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. During the visit, the two ministers are to hold talks and sign a grant agreement.",
            [("meeting", "planned", "", "unknown"), ("planned_agreement", "planned", "", "unknown")],
            id="are-to-hold-and-sign-is-still-ahead",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Ruritania intend deepening ties by signing three memoranda on energy.",
            [("planned_agreement", "planned", "", "unknown")],
            id="intend-by-signing-is-a-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two ministers reviewed an honour guard prior to their talks in Tallinn on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="prior-to-their-talks-states-the-talks",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. During their meeting in Tallinn, the ministers hailed the ties, which were upgraded to a strategic partnership last year.",
            [("meeting", "occurred", "", "unknown")],
            id="a-passive-relative-clause-dates-another-thing",
        ),
        pytest.param(
            "Estonia and Ruritania on Saturday reviewed their ties at the third Joint Economic Commission (JEC) meeting.",
            [("conference", "occurred", "2022-10-22", "day")],
            id="at-the-third-joint-economic-commission-is-its-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Two memoranda were inked on October 20 during the 4th Joint Consultative Commission between the two countries in Tallinn.",
            [("signing", "occurred", "2022-10-20", "day"), ("conference", "occurred", "2022-10-20", "day")],
            id="during-the-4th-joint-consultative-commission-is-its-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two leaders opened a new bridge on October 20, following their talks on border trade.",
            [("project", "occurred", "2022-10-20", "day"), ("meeting", "occurred", "2022-10-20", "day")],
            id="following-their-talks-states-the-talks",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On October 20 the two leaders witnessed the finalisation of two memoranda on energy.",
            [("signing", "occurred", "2022-10-20", "day")],
            id="witnessed-the-finalisation-of-papers-is-their-signing",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The pact was inked during the state visit of Ruritanian President Ado Brenn to the Estonian capital on October 20.",
            [("signing", "occurred", "2022-10-20", "day"), ("visit", "occurred", "2022-10-20", "day")],
            id="the-visit-of-someone-to-the-place-is-told-here",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Premier Ado Brenn was on a four-day tour in Estonia last month.",
            [("visit", "occurred", "2022-09", "month")],
            id="a-tour-in-a-named-country-is-a-visit",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Ruritania signed yesterday Memorandums of Understanding in five fields.",
            [("signing", "occurred", "2022-10-25", "day")],
            id="signed-yesterday-then-the-paper-is-active",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. A company of Estonian troops departed for Ruritania on Monday to take part in a joint naval drill.",
            [("joint_activity", "planned", "", "unknown")],
            id="the-day-troops-depart-for-a-drill-is-not-the-drill-s",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The minister is also to pay a courtesy call on the Ruritanian president.",
            [("meeting", "planned", "", "unknown")],
            id="is-also-to-pay-a-call-is-ahead",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. During his three-day visit, Brenn is scheduled to meet Minister Kask to discuss ties based on the partnership clinched in 2009.",
            [("visit", "planned", "", "unknown"), ("meeting", "planned", "", "unknown")],
            id="a-date-after-clinched-dates-the-partnership",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On October 20 the ministers inked two memoranda on cooperation in fields such as health and the construction of a border bridge.",
            [("signing", "occurred", "2022-10-20", "day")],
            id="a-project-among-a-paper-s-fields-is-no-project",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The troop pact would follow the Status of Forces Agreement, which allows Ruritanian troops to train in Estonia.",
            [("planned_agreement", "planned", "", "unknown")],
            id="a-paper-that-allows-is-in-force",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Ruritania agreed on Monday to widen naval ties during annual vice-ministerial talks.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="agreed-during-two-word-talks-held-them",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The talks were held during the visit to Estonia made by Ruritanian Minister Ado Brenn since Saturday.",
            [("visit", "occurred", "2022-10-22", "day")],
            id="a-visit-since-a-day-began-that-day",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The ministry said on Monday that the joint drills in Tallinn will go on for two weeks.",
            [("joint_activity", "occurred", "", "unknown")],
            id="said-on-a-day-that-dates-the-saying",
        ),
        pytest.param(
            'Filler one. Filler two. Filler three. The premiers agreed to organise regular ministerial meetings under the "two-plus-two" security talks.',
            [("meeting", "planned", "", "unknown")],
            id="a-quoted-name-is-no-speech-that-ends-the-clause",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Five deals were inked on Monday ahead of a virtual summit between Premier Mart Kask and his counterpart Ado Brenn.",
            [("signing", "occurred", "2022-10-24", "day"), ("conference", "occurred", "2022-10-24", "day")],
            id="a-summit-between-two-named-leaders-is-told",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On Thursday, Premier Mart Kask visited Estonia and signed more than 12 trade agreements with his hosts.",
            [("visit", "occurred", "2022-10-20", "day"), ("signing", "occurred", "2022-10-20", "day")],
            id="many-papers-signed-on-one-named-day-are-no-tally",
        ),
        pytest.param(
            'Filler one. Filler two. Filler three. Estonia and Ruritania on Monday formally signed a "declaration on the opening of embassies."',
            [("signing", "occurred", "2022-10-24", "day")],
            id="a-paper-named-in-quotes-after-its-article-is-signed",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Interior Minister Mart Kask received on Sunday 23/10/2022 his Ruritanian counterpart Ado Brenn in Tallinn.",
            [("meeting", "occurred", "2022-10-23", "day")],
            id="a-day-between-received-and-the-counterpart",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonian Interior Minister, Mart Kask, discussed, Monday in Tallinn, with his Ruritanian counterpart ways to train police.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="discussed-with-the-day-and-place-between-commas",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The meeting, which took place in Tallinn on Tuesday, focused on border crime.",
            [("meeting", "occurred", "2022-10-25", "day")],
            id="a-meeting-dated-by-its-own-which-took-place-clause",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The date of the second meeting, to be held in Riga, has not been fixed.",
            [("meeting", "planned", "", "unknown")],
            id="a-meeting-to-be-held-after-a-comma-is-planned",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Premier Ado Brenn landed in Tallinn on Monday on his first trip to Estonia since taking office six months ago, and signed three trade deals.",
            [("visit", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="the-date-of-a-since-clause-is-not-the-signing-after-it",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. King Mart and Premier Ado Brenn inaugurated in Tallinn today the first meeting of the Estonian-Ruritanian Coordination Council.",
            [("conference", "occurred", "2022-10-26", "day")],
            id="a-council-meeting-inaugurated-today-is-held",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. There are memoranda of understanding on water that will be signed in Tallinn on Friday.",
            [("planned_agreement", "planned", "2022-10-28", "day")],
            id="papers-that-will-be-signed-without-a-comma-are-planned",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Following the signing, the two ministers held a fruitful discussion on border security.",
            [("meeting", "occurred", "", "unknown")],
            id="held-a-fruitful-discussion-is-a-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Later on Sunday, the Ruritanian foreign minister was received by Prime Minister Mart Kask.",
            [("meeting", "occurred", "2022-10-23", "day")],
            id="the-guest-received-by-the-host-is-a-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The 18th Estonia-Ruritania Joint Economic Committee meeting was held in Tallinn on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="a-joint-committee-meeting-is-the-bodys-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The leaders directed officials to work on concluding a number of agreements on trade.",
            [("planned_agreement", "planned", "", "unknown")],
            id="to-work-on-concluding-papers-is-a-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The leaders directed the ministries to expedite the opening of the new border crossing.",
            [("project", "planned", "", "unknown")],
            id="to-expedite-the-opening-is-still-ahead",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The press conference came after the 3rd meeting of the Estonia-Ruritania Border Security Mechanism in Tallinn on Monday.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="after-the-numbered-meeting-states-it",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Despite the delay, the Estonian-Ruritanian coordination council met.",
            [("conference", "occurred", "", "unknown")],
            id="a-joint-council-that-met-is-its-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. This visit will be rescheduled soon after the king recovers.",
            [("visit", "planned", "", "unknown")],
            id="a-visit-to-be-rescheduled-is-still-ahead",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Latvia's interior ministers discussed here on Sunday ways to fight cross-border crime.",
            [("meeting", "occurred", "2022-10-23", "day")],
            id="the-two-countries-ministers-discussed-is-a-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Premier Ado Brenn landed in Tallinn on Monday, meeting King Mart and signing five agreements.",
            [("meeting", "occurred", "2022-10-24", "day"), ("signing", "occurred", "2022-10-24", "day")],
            id="a-participle-meeting-a-king-after-the-main-verb",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Units from the air force and the Falcon Squadron have arrived at Tallinn air base to join the drill.",
            [("joint_activity", "occurred", "", "unknown")],
            id="forces-arriving-for-a-drill-are-no-visit",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Ruritanian premier left Estonia on Tuesday after a two-day visit.",
            [("visit", "occurred", "2022-10-24/2022-10-25", "range")],
            id="left-on-a-day-after-a-two-day-visit-ends-it-that-day",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The delegation was headed by security adviser Mart Kask who traveled to Estonia on Sunday for meetings with officials.",
            [("visit", "occurred", "2022-10-23", "day")],
            id="a-named-person-who-traveled-without-a-comma",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The defence ministers of the two countries will meet soon to discuss the plan.",
            [("meeting", "planned", "", "unknown")],
            id="will-meet-soon-is-a-planned-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On Thursday, Premier Ado Brenn visited Estonia and convened a higher committee between the two countries after a long pause.",
            [("visit", "occurred", "2022-10-20", "day"), ("conference", "occurred", "2022-10-20", "day")],
            id="visited-and-convened-a-higher-committee-are-two-events",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Ruritania are planning on signing a treaty on fisheries.",
            [("planned_agreement", "planned", "", "unknown")],
            id="planning-on-signing-is-a-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonian cabinet on Monday revealed that it expects to sign a power deal with Ruritania.",
            [("planned_agreement", "planned", "", "unknown")],
            id="the-day-before-a-verb-of-saying-is-the-saying-s",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. On October 19, Premier Mart Kask and Premier Ado Brenn met behind closed doors at the palace in Tallinn.",
            [("meeting", "occurred", "2022-10-19", "day")],
            id="met-behind-closed-doors",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Ruritania signed a fisheries pact at the end of the Joint Permanent Commission (JPC) meeting held in Tallinn on Monday.",
            [("signing", "occurred", "2022-10-24", "day"), ("conference", "occurred", "2022-10-24", "day")],
            id="a-meeting-named-by-its-commission-is-a-session",
        ),
        pytest.param(
            "Estonia and Ruritania opened talks in Tallinn. The talks, which began on Monday, October 24, in Tallinn, follow up on the leaders' directives.",
            [("meeting", "occurred", "2022-10-24", "day"), ("meeting", "occurred", "2022-10-24", "day")],
            id="a-relative-clause-of-its-opening-dates-the-gathering",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. President Mart Kask will travel to Riga, Latvia, from 8 to 9 November, to attend the first session of the Estonia-Latvia Joint Commission.",
            [("visit", "planned", "2022-11-08/2022-11-09", "range"), ("conference", "planned", "2022-11-08/2022-11-09", "range")],
            id="travel-to-a-country-to-attend-a-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. President Mart Kask will tomorrow leave for Latvia.",
            [("visit", "planned", "2022-10-27", "day")],
            id="will-leave-for-a-country-is-a-visit-to-come",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Estonia and Latvia yesterday kicked off the 9th session of the two countries’ Joint Commission on Trade.",
            [("conference", "occurred", "2022-10-25", "day")],
            id="a-session-of-the-two-countries-commission",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Kask urged Estonia and Latvia to trade more as the two countries opened the fourth Joint Commission in Riga on Monday.",
            [("conference", "occurred", "2022-10-24", "day")],
            id="opened-the-commission-is-done-whatever-was-urged",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. President Mart Kask paid a Working Visit to Latvia on 11 March 2022 and Co-Chaired the 3rd Session of the Joint Commission.",
            [("visit", "occurred", "2022-03-11", "day"), ("conference", "occurred", "2022-03-11", "day")],
            id="a-visit-and-a-capitalised-co-chaired-session-are-two",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Premier Ado Brenn welcomed Premier Mart Kask on Thursday, marking his first official visit to Latvia since his inauguration on May 7.",
            [("meeting", "occurred", "2022-10-20", "day"), ("visit", "occurred", "2022-10-20", "day")],
            id="a-day-after-since-his-inauguration-is-the-inauguration-s",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The 10-year agreement between Estonia and Latvia is expected to “significantly” bolster border security.",
            [],
            id="what-an-agreement-is-expected-to-do-is-no-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Latvian minister thanked Estonia for the defence agreement and added that the navy will grow stronger.",
            [],
            id="thanks-for-an-agreement-is-no-plan",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. An Estonian ship docked in Riga on Monday, two months after the landmark agreement signed between the two countries.",
            [],
            id="a-paper-counted-from-is-not-signed-that-day",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonian envoy praised Latvia's ongoing national dialogue.",
            [],
            id="a-national-dialogue-is-one-country-s-own",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The 9th Estonia-Latvia Joint Commission was held in Riga on Monday and Tuesday this week (October 24-25).",
            [("conference", "occurred", "2022-10-24/2022-10-25", "range")],
            id="the-span-glossed-in-brackets-dates-the-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. A contingent of 90 Estonian soldiers was on Monday flagged off to participate in the 5th Latvia field training exercise.",
            [("joint_activity", "planned", "", "unknown")],
            id="flagged-off-to-take-part-the-drill-is-ahead",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The aim of the exercise is to jointly train the police of Estonia and Latvia.",
            [],
            id="the-aim-of-the-exercise-is-no-new-drill",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The signing of a pact on sport between Estonia and Latvia matters as they prepare to host the 2027 Baltic Cup.",
            [("signing", "occurred", "", "unknown")],
            id="the-year-of-a-cup-does-not-date-a-signing",
        ),
        pytest.param(
            "Estonia and Latvia held the 9th Joint Commission meeting in Riga today. "
            "In his opening remarks, Ambassador Ado Brenn welcomed the Latvian delegation.",
            [("conference", "occurred", "2022-10-26", "day")],
            id="a-welcome-in-opening-remarks-is-no-meeting-of-its-own",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. To date, Estonia and Latvia have signed MoUs and agreements in various fields.",
            [],
            id="a-tally-of-papers-to-date-is-no-signing",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The exercise that intends to test the readiness of Estonian and Latvian troops will be held in Riga.",
            [("joint_activity", "planned", "", "unknown")],
            id="a-relative-clause-before-will-be-held",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Estonia-Latvia joint exercise codenamed Baltic Shield will be the 12th edition.",
            [("joint_activity", "planned", "", "unknown")],
            id="will-be-the-12th-edition-is-to-come",
        ),
        pytest.param(
            "Estonia and Latvia yesterday opened the 9th session of their Joint Commission in Riga. "
            "The previous JPC between the two countries saw various agreements being signed including MoUs on border posts.",
            [("conference", "occurred", "2022-10-25", "day"), ("signing", "occurred", "", "unknown")],
            id="the-previous-session-s-papers-are-undated",
        ),
        pytest.param(
            "The police of Estonia and Latvia on Monday agreed to guard their border together. "
            "The two sides came to an agreement during a meeting between Chief Ado Brenn and Chief Mart Kask in Tallinn.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="the-one-day-a-lead-without-an-event-tells-dates-the-meeting-after-it",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Latvian Police Chief Ado Brenn on Monday received the third Inspector General of the Estonian police at his office.",
            [("meeting", "occurred", "2022-10-24", "day")],
            id="received-the-nth-office-holder",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Since the commission was set up in 2011, cooperation has resulted in the signing of a range of sectoral agreements.",
            [],
            id="papers-signed-since-a-year-are-a-tally",
        ),
        pytest.param(
            "Estonia wants more exchange of intelligence with Latvia, police chief Mart Kask said on Monday. "
            "He raised the matter at his meeting with Latvian police chief Ado Brenn in Tallinn.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="the-day-a-lead-was-said-does-not-date-the-meeting-after-it",
        ),
        pytest.param(
            "Estonian minister Mart Kask reviewed the outcomes of an ASEAN summit held in Riga on October 17. "
            "Kask also met with Latvian minister Ado Brenn to discuss border crime.",
            [("meeting", "occurred", "2022-10-26", "day")],
            id="another-gathering-s-day-in-the-lead-dates-nothing-after-it",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The 9th sitting of the Chile-Peru intergovernmental commission on trade was held in Lima on October 20.",
            [("conference", "occurred", "2022-10-20", "day")],
            id="a-sitting-of-a-commission-is-a-conference",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. A joint sitting of the Chilean and Peruvian cabinets was held in Arica on October 21.",
            [("conference", "occurred", "2022-10-21", "day")],
            id="a-joint-sitting-of-two-named-cabinets-is-a-conference",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The sides agreed to convene, as soon as they can, another meeting of the joint commission on border trade.",
            [("conference", "planned", "", "unknown")],
            id="agreed-to-convene-a-commission-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Chile-Peru Intergovernmental Commission for Trade, Mining and Investment will hold a meeting in Lima on November 15.",
            [("conference", "planned", "2022-11-15", "day")],
            id="a-commission-holding-a-meeting-is-a-conference",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The joint commissions, chaired by the two premiers, will hold a meeting and sign a memorandum on mining.",
            [("conference", "planned", "", "unknown"), ("planned_agreement", "planned", "", "unknown")],
            id="a-commission-meeting-and-the-paper-it-will-sign",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. After the talks, the action plan for the implementation of the border treaty was signed.",
            [("signing", "occurred", "", "unknown")],
            id="a-plan-for-implementing-a-treaty-is-a-new-paper",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The two premiers met on the sidelines of the Munich Security Conference on Saturday.",
            [("meeting", "occurred", "2022-10-22", "day")],
            id="met-on-the-sidelines-of-a-many-sided-forum",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. Polish Prime Minister Łucja Żak arrived in Kyiv on October 24.",
            [("visit", "occurred", "2022-10-24", "day")],
            id="a-visitor-whose-name-starts-with-a-letter-beyond-ascii-arrives",
        ),
        pytest.param(
            'Filler one. Filler two. Filler three. The exercise will be held in 2024," the minister said at a joint meeting of the two defence ministries.',
            [("joint_activity", "planned", "2024", "year"), ("meeting", "occurred", "", "unknown")],
            id="a-quote-s-year-to-come-is-not-the-meeting-it-was-said-at",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The work done together from 2020 to 2022 was reviewed, and a new action plan has been approved.",
            [("signing", "occurred", "", "unknown")],
            id="a-plan-approved-is-done-and-years-still-running-are-no-date",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The ministers discussed the Lao President's visit to Hanoi from November 6 to 7.",
            [("visit", "planned", "2022-11-06/2022-11-07", "range")],
            id="a-visit-talked-over-is-one-to-come",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. In a post, the aide summed up the results of the meeting of the Lao and Vietnamese presidents.",
            [("meeting", "occurred", "", "unknown")],
            id="a-meeting-whose-results-are-summed-up-was-held",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The Lao premier thanked his guest for accepting the invitation to visit Vientiane.",
            [("visit", "occurred", "", "unknown")],
            id="thanks-for-accepting-an-invitation-to-visit-tell-the-visit-under-way",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. A meeting of the two countries' energy working group was called for the end of November.",
            [("conference", "planned", "2022-11", "month")],
            id="a-meeting-called-for-a-time-to-come",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The government of Laos will sign trade agreements with the governments of Yunnan and Guangxi.",
            [("planned_agreement", "planned", "", "unknown")],
            id="papers-in-the-plural-with-named-governments-are-planned",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The last meeting with our Lao partners within the framework of the Joint Commission took place in Vientiane in 2021.",
            [("conference", "occurred", "2021", "year")],
            id="a-meeting-within-the-framework-of-a-commission-is-its-session",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. During their meeting, the sides noted that trade rose by 12 percent compared to last year.",
            [("meeting", "occurred", "", "unknown")],
            id="a-year-compared-with-is-no-date-of-the-meeting",
        ),
        pytest.param(
            "Filler one. Filler two. Filler three. The ministers discussed the visit to Hanoi on October 3.",
            [("visit", "occurred", "2022-10-03", "day")],
            id="a-visit-talked-over-weeks-after-it-stays-past",
        ),
    ],
)
def test_sentence_gives_event(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Filler one. Filler two. Filler three. The two sides should accelerate the implementation of agreements.", id="intent"),
        pytest.param("Filler one. Filler two. Filler three. Police solved 5,338 cases in joint investigations.", id="statistic"),
        pytest.param("Filler one. Filler two. Filler three. The two sides regularly exchange delegations.", id="habitual"),
        pytest.param("Filler one. Filler two. Filler three. The forum is an annual event for the two forces.", id="copula-description"),
        pytest.param("Filler one. Filler two. Filler three. Both sides pledged to coordinate at regional security forums.", id="plural-generic"),
        pytest.param("Filler one. Filler two. Filler three. Leaders attended the ASEAN Summit in Jakarta on Monday.", id="multilateral"),
        pytest.param("Filler one. Filler two. Filler three. France and Germany signed a treaty on Monday.", id="other-pair"),
        pytest.param("Filler one. Filler two. Filler three. The two sides did not sign the agreement on Monday.", id="negated"),
        pytest.param("One. Two. Three. Laos and Vietnam have signed more than 100 agreements since 1977.", id="tally"),
        pytest.param("One. Two. Three. The president said the two countries have signed dozens of agreements in many fields.", id="dozens-of-agreements"),
        pytest.param("Will Ruritania and Freedonia sign a fisheries pact before the summit?", id="a-headline-asking"),
        pytest.param("One. Two. Three. Other participants in the meeting also arrived in the capital, including the speaker.", id="participants-in-the-meeting"),
        pytest.param("King Rudolf of Ruritania and President Anna Berg of Freedonia during a previous meeting. (AFP)", id="a-caption-of-a-previous-meeting"),
        pytest.param("One. Two. Three. The Lao leader invited Vietnamese leaders to visit Laos at a convenient time.", id="courtesy-invitation"),
        pytest.param("One. Two. Three. The memorandum will take effect from January 1, 2024.", id="entry-into-force-is-not-signing"),
        pytest.param("One. Two. Three. Both sides exchanged views on regional issues at the meeting.", id="reference-back-only"),
        pytest.param("One. Two. Three. Trade rose 15%, meeting the targets set by both governments.", id="meeting-as-verb"),
        pytest.param("One. Two. Three. The railway will help bridge the gap between the two economies.", id="bridge-as-verb"),
        pytest.param("One. Two. Three. Under the plan, both sides aim to raise trade to 5 billion USD by 2025.", id="target-not-event"),
        pytest.param("One. Two. Three. He believed that the visit will contribute to the special relationship.", id="bare-visit-without-antecedent"),
        pytest.param("One. Two. Three. The visit aims to deepen the strategic partnership.", id="visit-aims"),
        pytest.param("One. Two. Three. The meeting took place in a warm and friendly atmosphere.", id="bare-meeting-atmosphere"),
        pytest.param("One. Two. Three. He thanked Laos for its support for the construction of the Mekong Canal.", id="support-for-construction"),
        pytest.param("One. Two. Three. The treaty provides a legal basis for joint exercises and training.", id="what-a-pact-allows"),
        pytest.param("One. Two. Three. The minister called on the government to end the strike at once.", id="called-on-a-government-to-act"),
        pytest.param("One. Two. Three. The minister visited the War Museum in the afternoon.", id="visited-a-site-not-a-country"),
        pytest.param("One. Two. Three. The delegation visited the Philippine Coast Guard's headquarters on Tuesday.", id="visited-a-national-body-s-site"),
        pytest.param("One. Two. Three. The ministries prepare to implement their newly ratified border pact.", id="a-ratified-pact-to-implement"),
        pytest.param("One. Two. Three. The two police forces pledged joint support to cross-border operations.", id="joint-support-to-operations-is-no-operation"),
        pytest.param(
            "One. Two. Three. The emir toured the Grand Opera House, where he was briefed on the building's departments.", id="the-building-s-rooms-are-no-construction"
        ),
        pytest.param("One. Two. Three. The discussions with the unions will resume after the holiday.", id="discussions-without-a-holder-of-them"),
        pytest.param("One. Two. Three. Following the talks, the two sides exchanged views on the border.", id="following-the-talks-refers-back"),
        pytest.param("One. Two. Three. The shipment arrived in Vientiane on Monday.", id="a-thing-that-arrives-is-no-visit"),
        pytest.param("One. Two. Three. The cargo, sent by Vietnam, arrived at Vientiane Port on Monday.", id="a-thing-sent-by-a-country-arrives"),
        pytest.param("One. Two. Three. Both leaders will attend the Group of Seven summit in Hiroshima later this month.", id="group-of-seven"),
        pytest.param("One. Two. Three. The pact would facilitate joint drills between the two navies.", id="what-a-pact-facilitates"),
        pytest.param("One. Two. Three. The deal covers fuel and services during joint military exercises and training.", id="services-during-exercises"),
        pytest.param("One. Two. Three. It eases entry for cooperative activities such as joint exercises and disaster relief.", id="activities-such-as-exercises"),
        pytest.param("One. Two. Three. The ties mark 45 years since the signing of the Treaty of Friendship.", id="years-since-a-signing"),
        pytest.param("One. Two. Three. They marked 45 years since of signing of the Treaty of Friendship (July 18).", id="years-since-of-a-signing"),
        pytest.param("One. Two. Three. They will prepare to celebrate the 60th anniversary of the signing of the border treaty next year.", id="anniversary-of-a-signing-is-not-a-plan"),
        pytest.param("One. Two. Three. They agreed to focus on implementing the cooperation agreement for 2021-2025.", id="implementing-an-existing-agreement"),
        pytest.param("One. Two. Three. Troops will have access to four more sites under the 2014 Enhanced Defense Cooperation Agreement.", id="under-an-existing-agreement"),
        pytest.param(
            "One. Two. Three. The consul and an engineer of the Federal Road Supervision and Monitoring Office jointly inaugurated the event.",
            id="a-road-in-an-office-s-name",
        ),

        pytest.param("One. Two. Three. He valued the choice of Laos as the first country to visit as President.", id="to-visit-with-no-destination"),
        pytest.param("One. Two. Three. The plan also covers establishing a joint research center on earth sciences.", id="a-joint-centre-is-a-body"),
        pytest.param(
            "One. Two. Three. The two agencies are implementing their cooperation agreement in the fields of information exchange, training and equipment.",
            id="information-exchange-is-a-noun",
        ),
        pytest.param(
            "One. Two. Three. He asked the units to implement the protocols and agreements signed between the two ministries.",
            id="agreements-in-force-are-no-signing",
        ),
        pytest.param("One. Two. Three. The plan took shape after 18 countries signed an agreement on the rail network in 2006.", id="many-countries-sign"),
        pytest.param("One. Two. Three. Additional trilateral Vietnam-Laos-Cambodia consultations will be held on January 13.", id="trilateral"),
        pytest.param("One. Two. Three. China and Laos pledged on Tuesday to speed up railway construction talks.", id="construction-talks-are-talks"),
        pytest.param("One. Two. Three. The new rules allow their forces to hold joint exercises on each other's soil.", id="what-rules-allow"),
        pytest.param("One. Two. Three. The minister called on President Thongloun Sisoulith to speed up the work.", id="called-on-to-act-is-urging"),
        pytest.param("One. Two. Three. The boats were launched at a shipyard in Japan last year.", id="a-launched-boat-is-no-aid"),
        pytest.param("One. Two. Three. The two sides agreed to study financing for the second stretch of the gas pipeline.", id="a-study-of-financing"),
        pytest.param("One. Two. Three. The minister briefed reporters at a cabinet meeting held on Monday.", id="a-cabinet-meeting-is-one-side-s"),
        pytest.param("One. Two. Three. Ahead of Friday's talks, the Lao minister said he hoped for progress.", id="ahead-of-a-weekday-s-talks-tells-no-day"),
        pytest.param(
            "One. Two. Three. The foreign minister, the Protocol and Ceremony Director-General and the ambassador will see the guests off.",
            id="protocol-in-an-office-s-name",
        ),
        pytest.param("One. Two. Three. The said agreement will create a legal framework for trade between Laos and Vietnam.", id="what-an-agreement-creates"),
        pytest.param("One. Two. Three. The minister said the MoU would enable cadet exchanges to be expanded.", id="what-a-memorandum-enables"),
        pytest.param("One. Two. Three. To ensure that the MoU is implemented in full, both ministries will monitor it.", id="an-accord-being-implemented"),
        pytest.param("One. Two. Three. Both ministers agreed to uphold the spirit of the 2001 treaty on the border.", id="upholding-an-existing-treaty"),
        pytest.param("One. Two. Three. The MoU also aimed to have more dialogues and negotiations on maritime issues.", id="what-an-mou-aims-to-have"),
        pytest.param("One. Two. Three. The minister welcomed Vietnam's decision to join the initiative.", id="welcomed-a-decision"),
        pytest.param("One. Two. Three. The navy said the sailors will also carry out boarding and rescue operations during the drills.", id="during-the-drills-is-a-scene"),
        pytest.param("One. Two. Three. He said this is the 5th large bridge being built with the loan.", id="a-bridge-described"),
        pytest.param("One. Two. Three. According to the ministry, besides the bridges, hundreds of kilometres of roads have been constructed with aid, as construction of more roads is underway.", id="besides-the-bridges"),
        pytest.param("One. Two. Three. The joint Vietnamese-Russian logistics centre was inaugurated in Vientiane on Monday.", id="named-after-another-pair"),
        pytest.param("One. Two. Three. Apart from the MoU, the minister said, the two countries had also agreed to focus on fighting smuggling.", id="apart-from-the-memorandum"),
        pytest.param("One. Two. Three. Last week the Vietnamese leader held a trilateral summit with the Cambodian king in Hue.", id="a-trilateral-summit"),
        pytest.param("One. Two. Three. The two sides concluded negotiations on a border management agreement in May.", id="concluded-negotiations-is-no-signing"),
        pytest.param("One. Two. Three. The ministry commissioned a study of the new railway.", id="a-study-commissioned-is-no-work"),
        pytest.param("One. Two. Three. Back then, officials decided the summit would take place in March 2022.", id="an-old-plan-whose-day-has-passed"),
        pytest.param("One. Two. Three. The deal covers broad and deep cooperation on joint drills.", id="cooperation-on-joint-drills-is-a-field"),
        pytest.param("One. Two. Three. The minister hopes that work is being completed on the new border road.", id="work-being-completed-is-no-milestone"),
        pytest.param("One. Two. Three. Talks centred on ongoing negotiations on the Continental Free Trade Agreement.", id="a-continent-wide-pact-is-not-the-pair-s"),
        pytest.param("One. Two. Three. The minister led the delegation to the Joint Commission on Monday and spoke first.", id="led-a-delegation-to-a-gathering-is-no-visit"),
        pytest.param("One. Two. Three. The two police chiefs discussed exchange programmes for personnel.", id="exchange-programmes-is-no-signing"),
        pytest.param("One. Two. Three. It is an annual meeting hosted in turn by both countries.", id="annual-meeting-described-is-no-event"),
        pytest.param("One. Two. Three. The officials reviewed the minutes of the previous meeting of the working group.", id="previous-meeting-undated-is-no-event"),
        pytest.param("One. Two. Three. He noted the benefits realised since the signing of the Memorandum of Understanding.", id="since-the-signing-is-background"),
        pytest.param("One. Two. Three. They discussed drug control, immigration facilitation and visit exchange.", id="visit-exchange-is-a-field"),
        pytest.param("One. Two. Three. Customs chiefs were among those attending the meeting on behalf of the Lao side.", id="attending-on-behalf-of-a-side-refers-back"),
        pytest.param("One. Two. Three. Vietnam and Laos agreed to promote law enforcement capacity building and strengthen railway security.", id="capacity-building-is-no-project"),
        pytest.param("Estonia discussed cooperation with Ruritania on October 20.", id="discussed-with-a-country-is-no-meeting"),
        pytest.param(
            "The minister told his units to focus on training and on completing procedures for opening a forensic research centre.",
            id="completing-procedures-for-opening-a-centre-is-paperwork",
        ),
        pytest.param(
            "Since the previous annual conference, the two border commands have cooperated in organising 14 joint patrols.",
            id="a-count-of-joint-patrols-since-the-last-conference-is-a-tally",
        ),
        pytest.param("The two chiefs discussed a joint training project between their agencies.", id="a-joint-project-discussed-is-no-joint-activity"),
        pytest.param(
            "The commander pledged to push ahead, firstly with the completion of procedures for the patrol boat handover.",
            id="procedures-for-a-handover-are-paperwork",
        ),
        pytest.param(
            "Estonian police chiefs attended the 4th international meeting of senior security officials in Minsk on May 24-25.",
            id="an-international-meeting-is-many-sided",
        ),
        pytest.param("Both sides said they had high hopes for the talks.", id="hopes-someone-had-for-talks-are-no-talks"),
        pytest.param("They pledged to seriously realise signed agreements and ensure the safety of visits.", id="papers-to-carry-out-are-no-signing"),
        pytest.param("Tallinn is hosting Euro 2024 qualifiers this year.", id="hosting-an-untitled-name-is-no-meeting"),
        pytest.param("The envoy said he was honoured to sign an agreement that favours trade.", id="honoured-to-sign-is-a-word-on-the-signing"),
        pytest.param("The parties held that joint efforts should bolster friendship, dialogue, mutual trust and trade.", id="dialogue-listed-among-values"),
        pytest.param("Patrol boats from the two navies worked together to conduct maritime surveillance.", id="patrol-boats-are-vessels-not-a-patrol"),
        pytest.param("The premier will speak at the International Convention Centre in Sydney on October 28.", id="a-convention-centre-is-a-venue"),
        pytest.param("Vietnam's Cabinet approved an Agreement with the Government of Laos on defence cooperation, says the Prime Minister.", id="a-cabinet-s-approval-is-no-signing"),
        pytest.param("The Agreement approved by the Cabinet affirms strong defence ties.", id="a-paper-approved-by-the-cabinet-is-not-signed"),
        pytest.param("The ministers evaluated the agreements signed between both nations.", id="agreements-signed-evaluated-are-papers-in-force"),
        pytest.param("They reviewed the framework accord, which includes 22 bilateral agreements signed in the areas of health.", id="a-count-of-papers-signed-is-a-tally"),
        pytest.param("Last month, the premier called for a review of a 2017 security treaty with Laos.", id="a-review-of-a-treaty-in-force-is-no-plan"),
        pytest.param("“Bilateral defence training like the annual drill strengthens our partnership,” the commander said.", id="a-kind-of-training-by-its-example"),
        pytest.param(
            "Future drills are expected to further strengthen defence ties, a key element of the bilateral Defence Cooperation Treaty.",
            id="a-key-element-of-a-treaty-names-a-paper-in-force",
        ),
        pytest.param(
            "The minister spoke with reporters after lunch. Photo: Minister Ana Lopes speaks with her counterpart Pedro Rojas.",
            id="spoke-with-reporters-and-a-caption-in-the-present-are-no-call",
        ),
        pytest.param(
            "The leaders reaffirmed their commitment to the Lima Accord and agreed to work together on climate.",
            id="commitment-to-a-named-accord-is-no-plan-to-sign-it",
        ),
        pytest.param(
            "With the new programme, military cooperation is further enhanced, with joint drills and staff talks, the ministry said.",
            id="cooperation-enhanced-with-joint-drills-is-what-it-holds",
        ),
        pytest.param(
            "The president briefed his Vietnamese guest on a decision of the Lao Council of Ministers during its meeting on October 18.",
            id="one-country-cabinet-and-its-meeting-are-domestic",
        ),
        pytest.param(
            "The two presidents will celebrate the 60th anniversary of the Lima Treaty this Sunday in Lima.",
            id="the-anniversary-of-a-treaty-is-no-plan-to-sign-it",
        ),
        pytest.param(
            "The naval cooperation includes information exchange, and joint training of crews.",
            id="what-a-cooperation-includes-is-no-activity-held",
        ),
        pytest.param(
            "One. Two. Three. A treaty on a ferry line that would have linked the two ports is not on the cards for now.",
            id="a-paper-not-on-the-cards-is-dropped",
        ),
        pytest.param(
            "One. Two. Three. The new rules will enable the armed forces of Vietnam and of Laos to conduct more frequent naval exercises.",
            id="what-rules-enable-however-long-the-subject-is-no-exercise",
        ),
        pytest.param(
            "One. Two. Three. The National Assembly approved the border agreement with Laos on October 20.",
            id="a-legislature-approving-a-paper-is-no-signing",
        ),
        pytest.param(
            "One. Two. Three. Vietnam asked Laos to back its bid to host the 2035 World Expo in Da Nang.",
            id="a-world-expo-bid-is-no-bilateral-gathering",
        ),
        pytest.param(
            "One. Two. Three. Vietnam and Laos renewed their commitment to the timely completion of ongoing projects.",
            id="ongoing-projects-are-projects-in-general",
        ),
        pytest.param(
            "One. Two. Three. The talks will cover joint efforts on confidence building measures along the border works.",
            id="confidence-building-is-no-construction",
        ),
        pytest.param(
            "One. Two. Three. The joint drill 'Lotus Shield' is an annual training event held in turn in Vietnam and Laos.",
            id="an-activity-described-as-annual-is-no-one-activity",
        ),
        pytest.param(
            "One. Two. Three. The Lao minister had previously visited Vietnam as a provincial governor.",
            id="a-visit-recalled-with-previously-and-no-date-is-background",
        ),
        pytest.param(
            "One. Two. Three. With that, Laos became the second neighbour after Cambodia to conclude a border framework with Vietnam.",
            id="a-rank-among-signers-is-no-plan",
        ),
        pytest.param(
            "One. Two. Three. The talks in Vientiane on Tuesday stressed the importance of implementing agreements previously signed between the two parties.",
            id="agreements-previously-signed-are-papers-in-force",
        ),
        pytest.param(
            "One. Two. Three. The timing of the talks will be set by mutual agreement.",
            id="by-mutual-agreement-is-no-paper",
        ),
        pytest.param(
            "One. Two. Three. The ministers discussed the outcome of the Extraordinary Arab-Islamic summit hosted by Riyadh on Saturday.",
            id="an-arab-islamic-summit-is-multilateral",
        ),
        pytest.param(
            "One. Two. Three. The premier's visit to Vientiane on Monday was postponed after the king fell ill.",
            id="a-visit-that-was-postponed-did-not-happen",
        ),
        pytest.param(
            "One. Two. Three. Expressing that they discussed the region during the meeting, the minister added that he hoped "
            "that more countries would sign the normalisation agreement with Laos.",
            id="more-countries-signing-are-not-the-pair",
        ),
        pytest.param(
            "One. Two. Three. The two leaders will attend a summit of Arab states in Cairo next month.",
            id="a-summit-of-arab-states-is-multilateral",
        ),
        pytest.param(
            "One. Two. Three. A Thai delegation will arrive in Laos on Tuesday for talks geared at implementing normalisation agreements with Laos signed in Bangkok last month.",
            id="agreements-being-implemented-are-no-signing-told",
        ),
        pytest.param(
            "One. Two. Three. In his opening remarks, the Lao police chief welcomed his counterpart and the delegation.",
            id="a-welcome-said-in-opening-remarks-is-inside-the-gathering",
        ),
        pytest.param(
            "One. Two. Three. The minister said the two sides are in agreement on helping their neighbour, and the next package will be larger.",
            id="being-in-agreement-is-no-paper",
        ),
        pytest.param(
            "One. Two. Three. The premier promised to back his neighbour in joining the regional customs convention next year.",
            id="joining-a-many-sided-convention-is-no-paper-between-the-two",
        ),
        pytest.param(
            "One. Two. Three. At the festival the Lao leader laid a wreath at the monument and spoke at a reception.",
            id="a-speech-at-a-reception-is-no-meeting",
        ),
        pytest.param(
            "One. Two. Three. Six roads linking the two countries are open only on Sundays for now, the minister said.",
            id="roads-that-are-open-are-a-state-not-an-opening",
        ),
    ],
)
def test_not_an_event(text: str) -> None:
    article = Article(id="t.txt", path="t.txt", date=REF, title="", text=f"Vietnam and Laos. {text}")
    assert [m.title for m in extract_mentions(article)] == []


@pytest.mark.parametrize(
    ("text", "title", "location"),
    [
        pytest.param("The meeting was held in Bandung on Tuesday.", "Meeting", "Bandung", id="city-not-in-the-place-list"),
        pytest.param(
            'The two sides will hold a "2+2" dialogue of foreign and defence ministers in Tokyo in January.',
            "2+2 dialogue of foreign and defence ministers",
            "Tokyo",
            id="date-cut-from-a-name-with-a-quote",
        ),
        pytest.param("They agreed to convene the next meeting to be held in Hanoi next year.", "Next meeting", "Hanoi", id="no-dangling-to-be"),
        pytest.param(
            "Prime Minister Hun Manet held talks with visiting Japanese Foreign Minister Yoko Kamikawa on Tuesday.",
            "Meeting: Hun Manet and Yoko Kamikawa",
            "",
            id="visiting-names-the-visitor-not-the-place",
        ),
        pytest.param(
            "The two ministers signed a cooperation plan for 2023 in January.",
            "Cooperation plan for 2023 signed",
            "",
            id="the-plan-year-stays-the-signing-month-goes",
        ),
        pytest.param(
            "The two sides agreed to sign an action plan on transport for the 2025-2029 period later this year.",
            "Action plan on transport for the 2025-2029 period (to be signed)",
            "",
            id="the-period-stays-the-date-goes",
        ),
        pytest.param(
            "Officials held three earlier deals during Prime Minister Sheikh Hasina's state visit to New Delhi on Friday.",
            "State visit to New Delhi by Sheikh Hasina",
            "New Delhi",
            id="a-long-visit-phrase-keeps-its-destination",
        ),
        pytest.param(
            "The two sides elevated their ties to a comprehensive strategic partnership on Sunday.",
            "Relations upgraded to comprehensive strategic partnership",
            "",
            id="the-new-level-is-the-title",
        ),
        pytest.param(
            "Both leaders attended the 11th Leaders' Retreat here on Monday.", "11th Leaders' Retreat", "", id="here-is-no-name",
        ),
        pytest.param(
            "The Vietnam-Japan Joint Ministerial Commission will meet in Tokyo in May.",
            "Meeting of the Vietnam-Japan Joint Ministerial Commission",
            "Tokyo",
            id="a-named-body-meets",
        ),
        pytest.param(
            "The Joint Consultative Commission, co-chaired by the two foreign ministers, will meet in Dhaka later this year.",
            "Meeting of the Joint Consultative Commission",
            "Dhaka",
            id="a-named-body-with-an-aside-meets",
        ),
        pytest.param("The two prime ministers held delegation-level talks on Saturday morning.", "Delegation-level talks", "", id="part-of-the-day-goes-with-it"),
        pytest.param(
            "The coast guards will hold a joint search and rescue exercise in Manila Bay next month.",
            "Joint search and rescue exercise",
            "Manila Bay",
            id="a-bay-is-a-place",
        ),
        pytest.param(
            "President Abdel Fattah El-Sisi received Crown Prince Mohammed bin Salman at the palace on Tuesday.",
            "Meeting: Abdel Fattah El-Sisi and Mohammed bin Salman",
            "",
            id="a-name-with-bin",
        ),
        pytest.param(
            "Vietnam and Japan signed a package of documents and agreed to expand cooperation on Monday.",
            "Package of documents signed",
            "",
            id="a-conjoined-verb-ends-the-phrase",
        ),
        pytest.param(
            "Vietnam and Japan sealed a series of deals on Monday covering energy and defence.",
            "Series of deals covering energy and defence signed",
            "",
            id="the-date-takes-its-preposition",
        ),
        pytest.param(
            "President Vo Van Thuong received the prime minister, who came at the invitation of Prime Minister Pham Minh Chinh.",
            "Meeting: Vo Van Thuong",
            "",
            id="a-host-receives-an-office-and-the-inviter-is-not-at-the-table",
        ),
        pytest.param(
            "The former ambassador to Hanoi and the director co-chaired the annual session of the joint committee today.",
            "Annual session of the joint committee",
            "",
            id="an-envoy-s-capital-is-not-the-venue",
        ),
        pytest.param("The two leaders met Tuesday at the guest house in Hanoi.", "Meeting", "Hanoi", id="a-weekday-after-met-is-no-person"),
        pytest.param("Tuesday’s summit took place in Hanoi.", "Summit", "Hanoi", id="a-weekday-s-possessive-stays-out-of-the-title"),
        pytest.param(
            "Vietnam handed over a training centre for Lao police in Xieng Khouang province on Monday.", "Training centre for Lao police",
            "Xieng Khouang", id="the-venue-s-province-word-leaves-the-title-with-it",
        ),
        pytest.param(
            "The two sides signed the Border Policing Agreement in a ceremony in Hanoi on Monday.", "Border Policing Agreement signed",
            "Hanoi", id="the-ceremony-of-a-signing-stays-out-of-its-title",
        ),
        pytest.param("Laos and Vietnam met on Monday.", "Meeting", "", id="a-meeting-with-nobody-named-after-it"),
        pytest.param(
            "Vietnam and Japan launched the Year of Friendship on Monday.", "Year of Friendship", "",
            id="a-milestone-s-day-stays-out-of-its-title",
        ),
        pytest.param(
            "Vietnam and Japan opened the Friendship Year 2023 on Monday.", "Friendship Year 2023", "",
            id="a-milestone-keeps-the-year-of-its-name",
        ),
        pytest.param(
            "President Vo Van Thuong had a telephone conversation with Japanese Prime Minister Fumio Kishida on Monday.",
            "Meeting: Vo Van Thuong and Fumio Kishida", "", id="a-call-s-day-stays-out-of-the-title-however-long-the-verb",
        ),
        pytest.param(
            "The Acting President, Tomas Varga, spoke on TV. Aide Mr. Lan Koh quoted the two leaders as saying so when Varga visited Hanoi on Sunday.",
            "Visit to Hanoi by Tomas Varga",
            "",
            id="who-quotes-the-leaders-is-not-the-visitor",
        ),
        pytest.param(
            "The Joint Trade Committee held its annual meeting in Doha on Monday.", "Meeting of the Joint Trade Committee", "Doha",
            id="a-body-s-own-meeting-is-named-after-it",
        ),
        pytest.param(
            "In a statement to Hanoi Times, the envoy said the summit took place on Monday.", "Summit", "", id="a-paper-named-after-a-city-is-no-venue"
        ),
        pytest.param(
            "The two leaders launched a new Comprehensive Strategic Partnership in Hanoi on Monday.", "Comprehensive Strategic Partnership established", "Hanoi",
            id="the-partnership-launched-is-the-title",
        ),
        pytest.param(
            "HANOI (VNA) – Deals worth $2 billion are likely to be signed during the visit next week.", "Deals worth $2 billion (to be signed)", "",
            id="a-dateline-dash-ends-the-phrase",
        ),
        pytest.param(
            "Deputy Minister Karel Vosk presented 20 cars to the Ruritanian police on Monday.", "20 cars", "",
            id="what-was-presented-not-who-presented-it",
        ),
        pytest.param(
            "The border agreement signed today provides the framework for four new crossings.", "Border agreement signed", "",
            id="signed-today-is-a-participle-the-paper-is-before-it",
        ),
        pytest.param(
            "Minister Karel Vosk led a police delegation to Việt Nam from October 22 to 24.", "Visit to Việt Nam by Karel Vosk", "Vietnam",
            id="a-delegation-to-a-country-places-the-visit-there",
        ),
        pytest.param(
            "What was decided at the meeting will be reported at the 9th Japan-Vietnam ministerial meeting.", "9th Japan-Vietnam ministerial meeting", "",
            id="a-numbered-meeting-keeps-its-kind-words-in-the-title",
        ),
        pytest.param(
            "The signing ceremony was witnessed by Minister Karel Vosk and his counterpart Ado Brenn in Tallinn on October 24.", "Signing ceremony", "Tallinn",
            id="a-bare-signing-ceremony-is-not-a-ceremony-signed",
        ),
        pytest.param(
            "Minister Karel Vosk and his counterpart Ado Brenn laid wreaths, during the latter's October 23-25 visit to Vietnam.",
            "Visit to Vietnam by Ado Brenn",
            "Vietnam",
            id="the-latter-s-visit-is-the-visit-of-the-last-named",
        ),
        pytest.param(
            "Minister Karel Vosk and his counterpart Ado Brenn laid wreaths, during the former's October 23-25 visit to Vietnam.",
            "Visit to Vietnam by Karel Vosk",
            "Vietnam",
            id="the-former-s-visit-is-the-visit-of-the-first-named",
        ),
        pytest.param(
            "The Vietnamese minister met on Tuesday with Japanese National Security Advisor Akiba Takeo.",
            "Meeting with Japanese National Security Advisor Akiba Takeo", "",
            id="met-on-a-day-with-someone-says-with-once",
        ),
        pytest.param(
            "Today's meeting with the Japanese minister also covered cooperation on fisheries.", "Meeting with the Japanese minister", "",
            id="also-starts-what-the-meeting-did",
        ),
    ],
)
def test_title_and_place(text: str, title: str, location: str) -> None:
    article = Article(id="t.txt", path="t.txt", date=REF, title="", text=f"Vietnam and Japan. One. Two. {text}")
    assert [(m.title, m.location) for m in extract_mentions(article)] == [(title, location)]


def test_lead_sentence_without_date_takes_the_article_day() -> None:
    assert mentions("Vietnamese and Lao ministers co-chaired a security conference in Hanoi.") == [
        ("conference", "occurred", "2022-10-26", "day")
    ]


def test_a_kicker_and_a_venue_line_do_not_push_the_lead_down() -> None:
    text = "8th Laos-Thailand Summit\nRiverside Hall, Pakse (Laos)\nAt the end of the 8th Laos-Thailand Summit, which was held over two days, the premiers signed a joint declaration."
    found = extract_mentions(Article(id="t.txt", path="t.txt", date=REF, title="", text=text))
    assert {(m.type, m.when.value) for m in found} == {("conference", "2022-10-26"), ("signing", "2022-10-26")}


def test_later_undated_past_event_is_an_open_past() -> None:
    text = "One. Two. Three. They successfully organised the 9th Vietnam-Laos security conference."
    article = Article(id="t.txt", path="t.txt", date=REF, title="", text=text)
    (m,) = extract_mentions(article)
    assert (m.when.value, m.when.start, m.when.end, m.when.precision) == ("", None, REF, "unknown")


def test_open_future_starts_the_day_after_the_article() -> None:
    (m,) = extract_mentions(
        Article(id="t", path="t", date=REF, title="", text="One. Two. Three. The two sides will sign a treaty on trade soon.")
    )
    assert (m.when.start, m.when.end) == (date(2022, 10, 27), None)


def test_no_article_date_keeps_absolute_dates_and_leaves_relative_unknown() -> None:
    text = "One. Two. Three. Laos and Vietnam signed a protocol on trade on 24 November 2020. They will sign a treaty on transit next year."
    got = mentions(text, ref=None)
    assert got == [("signing", "occurred", "2020-11-24", "day"), ("planned_agreement", "planned", "", "unknown")]


def test_caption_in_present_tense_reports_the_article_day() -> None:
    text = "One. Two. Three. Minister A and his Lao counterpart sign a cooperation plan for 2023. (Photo: VNA)"
    assert mentions(text) == [("signing", "occurred", "2022-10-26", "day")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("Vietnamese Minister of Public Security General To Lam met Lao Deputy Prime Minister Vilay Lakhamphong.", ["To Lam", "Vilay Lakhamphong"], id="titles-dropped"),
        pytest.param("Deputy Minister Sen. Lieut. Gen. Luong Tam Quang (L) spoke.", ["Luong Tam Quang"], id="abbreviated-ranks"),
        pytest.param("Cambodian Senior Minister Cham Nimul arrived.", ["Cham Nimul"], id="cambodian"),
        pytest.param("Deputy Minister Nguyễn Văn Long spoke.", ["Nguyễn Văn Long"], id="diacritics-kept"),
        pytest.param("The Golden Triangle and Ho Chi Minh City were mentioned.", [], id="not-people"),
    ],
)
def test_people(text: str, people: list[str]) -> None:
    assert people_in(text) == people


@pytest.mark.parametrize(
    ("text", "known", "people"),
    [
        pytest.param("Prime Minister Fumio Kishida and Marcos agreed.", ["Ferdinand Marcos Jr"], ["Fumio Kishida", "Ferdinand Marcos Jr"], id="surname-of-a-jr"),
        pytest.param(
            "Former Prime Minister Junichiro Koizumi met Foreign Minister Marty Natalegawa on March 3.", [],
            ["Junichiro Koizumi", "Marty Natalegawa"], id="names-that-start-like-months",
        ),
        pytest.param(
            "Home Minister Datuk Seri Saifuddin Nasution Ismail met Thai Interior Minister Anutin Charnvirakul.", [],
            ["Saifuddin Nasution Ismail", "Anutin Charnvirakul"], id="honorifics-are-titles",
        ),
        pytest.param(
            "They met after talks between Hasina and her Indian counterpart Narendra Modi.", ["Sheikh Hasina"],
            ["Sheikh Hasina", "Narendra Modi"], id="a-counterpart-written-in-lower-case",
        ),
        pytest.param("He later met his counterpart in Hanoi.", [], [], id="a-counterpart-with-no-name"),
        pytest.param(
            "The foreign minister of Vietnam and his Lao counterpart, Saleumxay Kommasith, met.", [],
            ["Saleumxay Kommasith"], id="a-counterpart-named-after-a-comma",
        ),
        pytest.param(
            "The pacts were signed during the visit of Prime Minister Imran Khan to China.", [],
            ["Imran Khan"], id="a-titled-name-before-to-a-country",
        ),
        pytest.param("Pakistan's Ambassador to China Masood Khalid signed.", [], ["Masood Khalid"], id="an-office-with-to-is-still-an-office"),
        pytest.param("The talks were led by PM Modi and Hasina.", ["Narendra Modi", "Sheikh Hasina"], ["Narendra Modi", "Sheikh Hasina"], id="pm-is-an-office"),
        pytest.param("President Xi Jinping's UK visit starts on Monday.", [], ["Xi Jinping"], id="a-name-ends-at-its-possessive"),
        pytest.param(
            "Japanese defense minister Minoru Kihara met Philippine defense secretary Gilberto Teodoro.", [],
            ["Minoru Kihara", "Gilberto Teodoro"], id="offices-in-lower-case",
        ),
        pytest.param(
            "President Luiz Inacio Lula da Silva met Crown Prince Mohammed bin Salman.", [],
            ["Luiz Inacio Lula da Silva", "Mohammed bin Salman"], id="lower-case-particles-inside-names",
        ),
        pytest.param("Lula arrived in Buenos Aires.", ["Luiz Inacio Lula da Silva"], ["Luiz Inacio Lula da Silva"], id="the-name-before-a-particle"),
        pytest.param(
            "Prime Minister Taro Aso came to meet Kim's predecessor Roh Moo Hyun.", ["Kim Dae Jung"],
            ["Taro Aso", "Roh Moo Hyun"], id="a-possessive-before-predecessor-is-not-a-participant",
        ),
        pytest.param(
            "The emir greeted His Royal Highness Prince Abdulaziz bin Salman bin Abdulaziz Al Saud.", [],
            ["Abdulaziz bin Salman bin Abdulaziz Al Saud"], id="a-royal-style-and-a-capital-al",
        ),
        pytest.param(
            "President Rodrigo “Rody” Duterte arrived.", [], ["Rodrigo Duterte"], id="a-nickname-in-quotes-inside-a-name",
        ),
        pytest.param(
            "It was the state visit of President Maria Santos to Hanoi.", [], ["Maria Santos"], id="a-titled-name-before-to-a-city",
        ),
        pytest.param(
            "The Acting President, Tomas Varga, and the President of Laos, Kham Sayavong, agreed to cooperate.", [],
            ["Tomas Varga", "Kham Sayavong"], id="an-office-then-a-comma-then-the-name",
        ),
        pytest.param(
            "The Foreign Minister of Laos, Kham Sayavong, and the Minister of Economy, Tomas Varga, signed it.", [],
            ["Kham Sayavong"], id="a-ministry-then-a-comma-may-end-a-list-of-offices",
        ),
        pytest.param(
            "Deputy Prime Minister for International Relations Omar Haddad received the envoy.", [], ["Omar Haddad"],
            id="a-portfolio-after-for-is-no-person",
        ),
        pytest.param(
            "President Maria T. Santos’s state visit began.", [], ["Maria T Santos"], id="a-middle-initial-goes-on-into-the-surname",
        ),
        pytest.param(
            "They signed it during a visit by Kofi Mensah to Abuja in December.", ["Kofi Mensah"], ["Kofi Mensah"],
            id="a-known-name-before-to-and-a-place",
        ),
        pytest.param(
            "The deal was signed by Minister Tran Van A. The talks ended.", [], ["Tran Van A"], id="an-initial-before-a-new-sentence-ends-the-name",
        ),
        pytest.param(
            "Officers of the Police Department for Drug-Related Crimes met Colonel Ana Pereira.", [], ["Ana Pereira"],
            id="what-a-department-is-for-is-no-person",
        ),
    ],
)
def test_people_beyond_the_seeds(text: str, known: list[str], people: list[str]) -> None:
    assert people_in(text, known) == people


def test_surname_resolves_to_known_full_name() -> None:
    assert people_in("Lam said the talks went well.", known=["To Lam"]) == ["To Lam"]


@pytest.mark.parametrize(
    ("tokens", "known", "full"),
    [
        pytest.param(["Lam"], ["To Lam"], "To Lam", id="the-surname"),
        pytest.param(["To"], ["To Lam"], "To Lam", id="the-given-name"),
        pytest.param(["To", "Lam"], ["To Lam"], "To Lam", id="the-whole-name"),
        pytest.param(["Van", "An"], ["Nguyen Van An"], "Nguyen Van An", id="the-last-two-words"),
        pytest.param(["Van"], ["Nguyen Van An"], "", id="a-middle-word-alone-is-nobody"),
        pytest.param(["Marcos"], ["Ferdinand Marcos Jr"], "Ferdinand Marcos Jr", id="a-suffix-left-out"),
        pytest.param(["Lula"], ["Luiz Inacio Lula da Silva"], "Luiz Inacio Lula da Silva", id="the-name-before-the-particle"),
        pytest.param(["Silva"], ["Luiz Inacio Lula da Silva"], "Luiz Inacio Lula da Silva", id="the-surname-after-the-particle"),
        pytest.param(["Lam"], ["Bui Lam", "To Lam"], "Bui Lam", id="the-first-known-wins"),
        pytest.param(["A", "B", "C"], ["A B C D"], "", id="three-words-are-a-name-of-their-own"),
        pytest.param(["Lam"], [], "", id="nobody-known"),
    ],
)
def test_a_short_name_resolves_to_a_known_full_name(tokens: list[str], known: list[str], full: str) -> None:
    assert _resolve_name(tokens, known) == full


def test_name_resolution_does_not_slow_with_the_number_of_names_known() -> None:
    known = [f"Given{i} Family{i}" for i in range(5000)]
    assert _resolve_name(["Family4999"], known) == "Given4999 Family4999"
    assert _name_index.cache_info().currsize >= 1  # the index is built once per list of names, then looked up


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param("Vietnamese and Lao police. Vietnam. Laos.", ("Vietnam", "Laos"), id="vietnam-laos"),
        pytest.param("Cambodia and Thailand agreed. Thai and Cambodian troops. Cambodia.", ("Cambodia", "Thailand"), id="cambodia-thailand"),
        pytest.param("The US$4.5 billion Lao project in China. Laos. Chinese.", ("Laos", "China"), id="money-is-not-a-country"),
        pytest.param("Kenyan and Ugandan ministers met in Kampala. Kenya will host the next round.", ("Kenya", "Uganda"), id="east-africa"),
        pytest.param("Rwanda and the DRC signed a deal. Congolese troops. Rwandan officials.", ("Rwanda", "Democratic Republic of the Congo"), id="a-long-name-by-its-short-forms"),
        pytest.param("Sudanese and South Sudanese envoys. South Sudan. Sudan.", ("Sudan", "South Sudan"), id="the-longest-name-wins"),
        pytest.param(
            "Brazil and Argentina hosted Latin American, South American and Central American leaders. Argentine officials. Brazil.",
            ("Brazil", "Argentina"), id="regions-are-not-america",
        ),
        pytest.param("South Korean and Vietnamese officials. North Korean missiles. South Korea. Vietnam.", ("South Korea", "Vietnam"), id="south-korean"),
    ],
)
def test_country_pair_is_detected(text: str, pair: tuple[str, ...]) -> None:
    assert country_pair(text) == pair


def test_countries_in_order_of_mention() -> None:
    assert countries_in("Japanese aid to Laos and Viet Nam") == ["Japan", "Laos", "Vietnam"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.dates()))
def test_extraction_never_raises_and_dates_are_ordered(text: str, ref: date | None) -> None:
    for m in extract_mentions(Article(id="h", path="h", date=ref, title="", text=text)):
        assert m.when.start is None or m.when.end is None or m.when.start <= m.when.end
        assert text[m.start : m.end] == m.sentence


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Vietnam and Laos signed a treaty on trade on March 3.",
    "The 3rd Vietnam-Laos border conference took place in Hanoi on Monday.",
    "They will sign an agreement on extradition next year.",
    "Police conducted joint patrols in August 2021.",
    "Nothing happened here at all.",
]), max_size=8))
def test_extraction_is_deterministic(sentences: list[str]) -> None:
    article = Article(id="d", path="d", date=REF, title="", text=" ".join(sentences))
    assert extract_mentions(article) == extract_mentions(article)



def events_of(text: str, ref: date = REF) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(type, status, date, people) of each event the pipeline makes of an article."""
    from timeline.pipeline import build_timeline

    article = Article(id="t.txt", path="t.txt", date=ref, title="", text=text)
    return [(e.type, e.status, e.when.value, e.participants) for e in build_timeline([article]).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vietnam's defence minister held talks with Cambodian Defence Minister Tea Banh in Hanoi on October 24. "
            "At the talks, the two ministers hailed the results of their cooperation last year.",
            [("meeting", "occurred", "2022-10-24", ("Tea Banh",))],
            id="at-the-talks-with-a-date-of-something-else",
        ),
        pytest.param(
            "Vietnamese Foreign Minister Bui Thanh Son met Lao Foreign Minister Saleumxay Kommasith in Vientiane on October 24. "
            "Both praised their cooperation. "
            "The meeting took place within the framework of the official visit to Laos by President Nguyen Xuan Phuc.",
            [
                ("meeting", "occurred", "2022-10-24", ("Bui Thanh Son", "Saleumxay Kommasith")),
                ("visit", "occurred", "2022-10-26", ("Nguyen Xuan Phuc",)),
            ],
            id="the-meeting-refers-back-and-the-visit-is-under-way",
        ),
        pytest.param(
            "President Vo Van Thuong met Lao Prime Minister Sonexay Siphandone in Vientiane on Monday as part of his official visit to the country.",
            [
                ("meeting", "occurred", "2022-10-24", ("Vo Van Thuong", "Sonexay Siphandone")),
                ("visit", "occurred", "2022-10-24", ("Vo Van Thuong", "Sonexay Siphandone")),
            ],
            id="his-visit-is-the-subject-s",
        ),
        pytest.param(
            "Laos and Vietnam held talks in Hanoi on October 24. One. Two. "
            "Cambodian Defence Minister Tea Banh is on a four-day visit to Vietnam, starting October 23. "
            "At the function, they witnessed the signing of a memorandum of understanding on defence training.",
            [
                ("visit", "occurred", "2022-10-23/2022-10-26", ("Tea Banh",)),
                ("meeting", "occurred", "2022-10-24", ()),
                ("signing", "occurred", "2022-10-24", ()),
            ],
            id="at-the-function-is-the-meeting-not-the-visit",
        ),
        pytest.param(
            "One. Two. Three. "
            '"Today, key agreements have been signed that will lift our ties," President Ferdinand Marcos Jr. said after a bilateral meeting with Prime Minister Fumio Kishida.',
            [
                ("meeting", "occurred", "2022-10-26", ("Ferdinand Marcos Jr", "Fumio Kishida")),
                ("signing", "occurred", "2022-10-26", ("Ferdinand Marcos Jr", "Fumio Kishida")),
            ],
            id="a-quote-s-future-is-not-the-meeting-s",
        ),
        pytest.param(
            "Laos and China signed nine agreements in Beijing on October 24. One. Two. Three. "
            "The two premiers also witnessed the signing of an agreement on customs cooperation.",
            [("signing", "occurred", "2022-10-24", ()), ("signing", "occurred", "2022-10-24", ())],
            id="also-signed-on-the-day-just-told",
        ),
        pytest.param(
            "One. Two. Three. Four. This is Sonexay's first official visit to Vietnam as Prime Minister of Laos.",
            [("visit", "occurred", "2022-10-26", ())],
            id="this-is-a-visit-under-way",
        ),
        pytest.param(
            "Japan and the Philippines began a joint military exercise on Wednesday. "
            "The biennial drills kicked off at an air base and will also be held at other bases through Nov. 19.",
            [("joint_activity", "occurred", "2022-10-26", ())],
            id="where-an-exercise-ends-is-not-a-second-exercise",
        ),
        pytest.param(
            "The ministries of public security of Vietnam and Laos held a ministerial meeting in Hanoi on October 24. "
            "At the meeting in Hanoi, they reviewed their memorandum of understanding (MoU) on drug control signed on August 9, 2021.",
            [("meeting", "occurred", "2022-10-24", ()), ("signing", "occurred", "2021-08-09", ())],
            id="the-meeting-in-hanoi-refers-back-and-an-mou-keeps-its-short-form",
        ),
        pytest.param(
            "The ministries of Vietnam and Laos will work harder against drugs, heard a meeting in Hue on October 24.",
            [("meeting", "occurred", "2022-10-24", ())],
            id="what-a-meeting-heard-it-held",
        ),
        pytest.param(
            "The talks between Minister Luong Tam Quang and Minister Vilay Lakhamphong took place within the framework of "
            "the ongoing state visit to Laos by President To Lam.",
            [
                ("meeting", "occurred", "2022-10-26", ("Luong Tam Quang", "Vilay Lakhamphong", "To Lam")),
                ("visit", "occurred", "2022-10-26", ("To Lam", "Luong Tam Quang", "Vilay Lakhamphong")),
            ],
            id="a-visit-by-its-visitor",
        ),
        pytest.param(
            "One. Two. Three. The construction of the Police Academy was completed on time for the academic year which starts in November.",
            [("project", "occurred", "", ())],
            id="a-date-in-a-clause-about-something-else",
        ),
        pytest.param(
            "Lao Prime Minister Sonexay Siphandone hosted a reception in Vientiane on October 25 for a delegation led by "
            "its General Director Vu Viet Trang, who are on a working visit to Laos from October 24-26.",
            [
                ("meeting", "occurred", "2022-10-25", ("Sonexay Siphandone", "Vu Viet Trang")),
                ("visit", "occurred", "2022-10-24/2022-10-26", ("Vu Viet Trang", "Sonexay Siphandone")),
            ],
            id="the-host-of-a-reception-is-not-the-visitor-and-viet-is-a-name",
        ),
        pytest.param(
            "Lao Prime Minister Thongloun Sisoulith will lead a delegation to visit Vietnam and co-chair the 42nd meeting "
            "of the Vietnam-Laos Inter-Governmental Committee in Hanoi from November 2-4.",
            [
                ("conference", "planned", "2022-11-02/2022-11-04", ("Thongloun Sisoulith",)),
                ("visit", "planned", "2022-11-02/2022-11-04", ("Thongloun Sisoulith",)),
            ],
            id="to-visit-a-country-and-co-chair-a-meeting",
        ),
        pytest.param(
            "The Vietnamese and Lao news agencies praised their ties. One. Two. "
            "On the same day, the two delegations held talks. On this occasion, they signed a memorandum of understanding on training.",
            [("meeting", "occurred", "2022-10-26", ()), ("signing", "occurred", "2022-10-26", ())],
            id="the-same-day-after-a-lead-that-told-no-day",
        ),
        pytest.param(
            "Ghanaian Interior Minister Kofi Mensah held talks with Nigerian Interior Minister Bello Musa in Accra on October 21. "
            "The following day, the two ministers signed a memorandum of understanding on border policing.",
            [("meeting", "occurred", "2022-10-21", ("Kofi Mensah", "Bello Musa")), ("signing", "occurred", "2022-10-22", ())],
            id="the-following-day-is-the-day-after-the-day-told",
        ),
        pytest.param(
            "Ghanaian and Nigerian police chiefs met in Accra on October 19. Two days later, the two sides signed a protocol on border patrols.",
            [("meeting", "occurred", "2022-10-19", ()), ("signing", "occurred", "2022-10-21", ())],
            id="days-later-count-from-the-day-told",
        ),
        pytest.param(
            "One. Two. Three. The next day, Ghana and Nigeria signed a memorandum of understanding on training.",
            [("signing", "occurred", "", ())],
            id="the-next-day-with-no-day-told-is-not-the-article-day",
        ),
        pytest.param(
            "Ghana and Nigeria signed a protocol on border patrols in Accra on October 19. One. "
            "Later that day, the two sides held talks.",
            [("signing", "occurred", "2022-10-19", ()), ("meeting", "occurred", "2022-10-19", ())],
            id="later-that-day-is-the-day-told",
        ),
        pytest.param(
            "The police forces of Ghana and Nigeria held their annual review meeting in Accra on October 19. "
            "The two sides reviewed the implementation of the 2022 cooperation plan and agreed on the plan for 2023, "
            "which was signed at the end of the meeting.",
            [("meeting", "occurred", "2022-10-19", ()), ("signing", "occurred", "2022-10-19", ())],
            id="implementing-one-plan-does-not-govern-the-next-clause-s-signing",
        ),
        pytest.param(
            "The police forces of Ghana and Nigeria held their annual review meeting in Accra on October 19. "
            "The meeting was co-chaired by Ghanaian Inspector General Kofi Mensah and Nigerian Inspector General Bello Musa.",
            [("meeting", "occurred", "2022-10-19", ("Kofi Mensah", "Bello Musa"))],
            id="the-co-chairs-of-a-meeting-told-before-take-part-in-it",
        ),
        pytest.param(
            "The police forces of Ghana and Nigeria held their annual review meeting in Accra on October 19. One. Two. "
            "The Nigerian side also handed over 30 patrol vehicles to the Ghanaian police.",
            [("meeting", "occurred", "2022-10-19", ()), ("project", "occurred", "2022-10-19", ())],
            id="also-handed-over-on-the-day-told",
        ),
        pytest.param(
            "Ghana and Nigeria. The Integrated Check Post at Elubo, built with Nigerian assistance, was inaugurated by the two presidents in January 2020.",
            [("project", "occurred", "2020-01", ())],
            id="a-check-post-inaugurated-is-a-project",
        ),
        pytest.param(
            "Ghanaian President Kofi Mensah held talks with visiting Nigerian President-elect Bello Musa in Accra on Monday. "
            "After the talks, the two leaders witnessed the signing of more than 10 cooperation documents.",
            [("meeting", "occurred", "2022-10-24", ("Kofi Mensah", "Bello Musa")), ("signing", "occurred", "2022-10-24", ("Kofi Mensah", "Bello Musa"))],
            id="many-papers-signed-on-one-occasion-are-a-signing-and-an-elect-is-titled",
        ),
        pytest.param(
            "Ghana and Nigeria. One. Two. Construction of the Accra-Lagos railway resumed in March after a year's suspension.",
            [("project", "occurred", "2022-03", ())],
            id="a-project-resumed-is-a-milestone",
        ),
        pytest.param(
            "Ghana and Nigeria. One. Two. The new Elubo bridge will begin operations in March.",
            [("project", "planned", "2023-03", ())],
            id="a-project-to-begin-operations-is-planned",
        ),
        pytest.param(
            "Ghana and Nigeria. The two ministers exchanged views on a draft protocol on border policing.",
            [("planned_agreement", "planned", "", ())],
            id="views-exchanged-on-a-draft-are-no-signing",
        ),
        pytest.param(
            "Ghana and Nigeria. The two ministers exchanged copies of the agreement on visa exemption on Monday.",
            [("signing", "occurred", "2022-10-24", ())],
            id="copies-of-an-agreement-exchanged-are-a-signing",
        ),
        pytest.param(
            "Ghana and Nigeria are considering signing a treaty on mutual legal assistance.",
            [("planned_agreement", "proposed", "", ())],
            id="considering-signing-is-no-passive",
        ),
        pytest.param(
            "Ghana and Nigeria. The draft agreement on border management will be submitted to the two governments for signing next year.",
            [("planned_agreement", "planned", "2023", ())],
            id="a-paper-submitted-for-signing-is-planned",
        ),
        pytest.param(
            "Ghana and Nigeria. The agreement on visa exemption is ready for signing.",
            [("planned_agreement", "planned", "", ())],
            id="a-paper-ready-for-signing-is-planned",
        ),
        pytest.param(
            "Ghana and Nigeria agreed to boost cooperation on law enforcement, including a possible agreement on the exchange of criminal records.",
            [("planned_agreement", "planned", "", ())],
            id="law-enforcement-is-a-field-not-enforcing-a-paper",
        ),
        pytest.param(
            "Ghanaian President Kofi Mensah arrived in Abuja on Sunday. "
            "On Monday, the two countries signed three accords during a visit by Ghanaian President Kofi Mensah to Abuja.",
            [("visit", "occurred", "2022-10-23/2022-10-24", ("Kofi Mensah",)), ("signing", "occurred", "2022-10-24", ("Kofi Mensah",))],
            id="the-days-of-one-visit-told-apart-are-one-visit",
        ),
        pytest.param(
            "Ghanaian President Kofi Mensah visited Abuja on Monday. Ghanaian President Kofi Mensah visited Lagos on Wednesday.",
            [("visit", "occurred", "2022-10-24", ("Kofi Mensah",)), ("visit", "occurred", "2022-10-26", ("Kofi Mensah",))],
            id="two-stops-of-a-tour-stay-two-visits",
        ),
        pytest.param(
            "Ghana and Nigeria signed a defence pact on Monday. \"This is a landmark agreement,\" the minister told reporters after the signing.",
            [("signing", "occurred", "2022-10-24", ())],
            id="after-the-signing-refers-back",
        ),
        pytest.param(
            "Ghana and Nigeria held talks on Monday. On this occasion, the Nigerian side presented two patrol boats and radio equipment to the Ghanaian side.",
            [("meeting", "occurred", "2022-10-24", ()), ("project", "occurred", "2022-10-24", ())],
            id="equipment-presented-is-aid-handed-over",
        ),
        pytest.param(
            "Ghana and Nigeria signed a memorandum on drug control in Accra on October 19. The signing was held in the presence of "
            "Ghanaian Deputy Minister Kofi Mensah and Nigerian Deputy Minister Bello Musa.",
            [("signing", "occurred", "2022-10-19", ("Kofi Mensah", "Bello Musa"))],
            id="who-was-present-at-the-signing-told-before",
        ),
        pytest.param(
            "Ghanaian President Kofi Mensah will attend the Nigeria-Africa summit that opens on Friday.",
            [],
            id="a-summit-of-one-country-and-a-region-is-not-the-pair-s",
        ),
        pytest.param(
            "Ghana and Nigeria will hold the Ghana-Nigeria summit on Friday.",
            [("conference", "planned", "2022-10-28", ())],
            id="a-summit-of-the-two-countries-stays",
        ),
        pytest.param(
            "Ghanaian Prime Minister Kofi Mensah's visit will boost joint investments between Ghana and Nigeria.",
            [],
            id="what-a-visit-will-do-is-no-visit-to-come",
        ),
        pytest.param(
            "Ghanaian Prime Minister Kofi Mensah's visit to Abuja next week will boost joint investments.",
            [("visit", "planned", "2022-10-31/2022-11-06", ("Kofi Mensah",))],
            id="a-dated-visit-that-will-boost-ties-is-told",
        ),
        pytest.param("The armies of Ghana and Nigeria frequently conduct joint exercises.", [], id="frequently-is-a-habit"),
        pytest.param(
            "Ghana and Nigeria deepen ties through participation in joint exercises.", [], id="participation-in-an-activity-is-a-field-of-it",
        ),
        pytest.param(
            "Ghana and Nigeria on Monday signed the Border Policing Agreement. The two ministers signed the agreement at Jubilee House "
            "in the presence of the two presidents.",
            [("signing", "occurred", "2022-10-24", ())],
            id="the-paper-signed-at-a-named-building-is-the-one-told",
        ),
        pytest.param(
            "Officials of Ghana and Nigeria met in Accra yesterday for the review meeting of the joint commission ahead of President "
            "Kofi Mensah's expected State-visit to Nigeria early next month.",
            [("conference", "occurred", "2022-10-25", ("Kofi Mensah",)), ("visit", "planned", "2022-11", ("Kofi Mensah",))],
            id="a-hyphenated-state-visit",
        ),
        pytest.param("Ghana and Nigeria should accelerate the implementation of signed agreements.", [], id="signed-after-of-is-an-adjective"),
        pytest.param("Ghana and Nigeria need to hold more joint exercises in the future.", [], id="more-of-a-kind-is-no-one-event"),
        pytest.param(
            "The navies of Ghana and Nigeria will hold more joint exercises next year.",
            [("joint_activity", "planned", "2023", ())],
            id="more-of-a-kind-with-a-date-is-told",
        ),
        pytest.param(
            "Ghana and Nigeria will sign an agreement on border management during the upcoming visit of the Nigerian president to Accra, "
            "an official said on Monday.",
            [("planned_agreement", "planned", "", ()), ("visit", "planned", "", ())],
            id="an-upcoming-visit-is-no-fact-and-the-day-of-the-saying-is-not-its",
        ),
        pytest.param(
            "Ghana and Nigeria today agreed to step up border cooperation, including through joint operations against smugglers.",
            [],
            id="through-joint-operations-is-the-means-of-a-cooperation",
        ),
        pytest.param(
            "The minister said Ghana and Nigeria had conducted 12 joint operations along the border since January.",
            [],
            id="a-count-of-operations-since-a-month-is-a-tally",
        ),
        pytest.param(
            "Ghana and Nigeria agreed to conclude negotiations on a new Border Security Agreement by the end of the year.",
            [("planned_agreement", "planned", "2022", ())],
            id="to-conclude-negotiations-on-a-paper-plans-it",
        ),
        pytest.param(
            "Ministers of Ghana and Nigeria held talks in Accra on Monday, the first since the two countries signed the Border Security "
            "Agreement in August 2018.",
            [("meeting", "occurred", "2022-10-24", ()), ("signing", "occurred", "2018-08", ())],
            id="a-signing-takes-the-date-its-object-ends-with",
        ),
        pytest.param(
            "The defence ministers of Ghana and Nigeria signed this Wednesday in Accra a memorandum of understanding on border security. "
            "The agreement was signed within the framework of the Joint Border Commission, held on Tuesday and Wednesday.",
            [("signing", "occurred", "2022-10-26", ())],
            id="a-day-and-place-before-the-object-and-a-framework-s-own-days",
        ),
        pytest.param(
            "Ghana and Nigeria agreed to carry out coordinated operations on both sides of the border starting in November.",
            [("joint_activity", "planned", "2022-11", ())],
            id="starting-ends-an-activity-s-name",
        ),
        pytest.param(
            "Following the talks, Ghana and Nigeria exchanged an agreement on legal assistance. One. Two. "
            "Ghana and Nigeria signed an agreement on border patrols in Accra on Thursday.",
            [("signing", "occurred", "2022-10-26", ()), ("signing", "occurred", "2022-10-20", ())],
            id="an-undated-lead-paper-does-not-take-another-named-paper-s-day",
        ),
        pytest.param(
            "The border forces of Ghana and Nigeria could carry out joint patrols as per their proposal.",
            [("joint_activity", "proposed", "", ())],
            id="could-carry-out-is-a-proposal-not-a-fact",
        ),
        pytest.param(
            "Ghana and Nigeria said the joint exercise has yet to be held.", [("joint_activity", "planned", "", ())], id="yet-to-be-held-is-not-done",
        ),
        pytest.param(
            "Ghana proposed that the two countries conduct joint raids on smuggling camps and sign a memorandum of understanding on extradition.",
            [("joint_activity", "proposed", "", ()), ("planned_agreement", "proposed", "", ())],
            id="a-joint-activity-ends-where-the-next-verb-of-the-proposal-begins",
        ),
        pytest.param(
            "ACCRA, Oct 26 (GNA): The fifth meeting of the Ghana-Nigeria Joint Working Group on border security was held in Accra on October 20-21.",
            [("conference", "occurred", "2022-10-20/2022-10-21", ())],
            id="a-wire-dateline-s-date-is-not-the-event-s",
        ),
        pytest.param(
            "They were speaking at the bilateral talks in Hanoi on Monday during the official visit made by General "
            "Tea Seiha, who is also Deputy Prime Minister, to Vietnam from Sunday to Tuesday.",
            [("meeting", "occurred", "2022-10-24", ("Tea Seiha",)), ("visit", "occurred", "2022-10-23/2022-10-25", ("Tea Seiha",))],
            id="a-visit-made-by-someone-over-a-span-of-weekdays",
        ),
        pytest.param(
            "Vietnamese Foreign Minister Bui Thanh Son and his Lao counterpart Saleumxay Kommasith agreed to enhance cooperation "
            "during their meeting in Vientiane on October 26. The ministers agreed to organise the sixth political consultation "
            "at the end of this year. The meeting took place within the framework of the visit to Laos by President Nguyen Xuan Phuc.",
            [
                ("meeting", "occurred", "2022-10-26", ("Bui Thanh Son", "Saleumxay Kommasith")),
                ("conference", "planned", "2022", ()),
                ("visit", "occurred", "2022-10-26", ("Nguyen Xuan Phuc",)),
            ],
            id="agreed-during-a-meeting-and-a-consultation-to-come",
        ),
        pytest.param(
            "One. Two. Three. Foreign Ministry spokesman Lu Kang said President Xi Jinping will make a state visit to Britain from October 29 to 31.",
            [("visit", "planned", "2022-10-29/2022-10-31", ("Xi Jinping",))],
            id="a-spokesman-speaks-but-does-not-visit",
        ),
        pytest.param(
            "Pakistan's Prime Minister Imran Khan will pay an official visit to China from November 2 to November 5. "
            "It will be Khan's first official visit to China after assuming office in August. "
            "“The visit signifies the closeness of the two countries,” a statement said. "
            "After his visit to Beijing, Khan will visit Shanghai to attend an expo. "
            "On the sidelines of the expo, Khan will hold meetings with other leaders.",
            [("visit", "planned", "2022-11-02/2022-11-05", ("Imran Khan",))],
            id="a-planned-visit-told-four-ways",
        ),
        pytest.param(
            "President Xi Jinping's UK visit will take place from Oct 29 to 31, spokesman Lu Kang said. "
            "The last Chinese head of state to visit Britain was Hu Jintao in 2005. One. "
            "Deals signed during the visit will cover finance and energy, Lu Kang told a news conference.",
            [
                ("visit", "planned", "2022-10-29/2022-10-31", ("Xi Jinping",)),
                ("visit", "occurred", "2005", ()),
                ("planned_agreement", "planned", "2022-10-29/2022-10-31", ("Lu Kang",)),
            ],
            id="the-visit-is-this-article-s-not-the-one-it-recalls",
        ),
        pytest.param(
            "Vietnam and the Philippines will sign a coast guard pact. One. Two. "
            "A navy spokesman, Captain Jose Reyes, said the pact would be signed during the scheduled state visit of President Maria Santos to Hanoi on November 2.",
            [
                ("visit", "planned", "2022-11-02", ("Maria Santos", "Jose Reyes")),
                ("planned_agreement", "planned", "2022-11-02", ("Jose Reyes", "Maria Santos")),
            ],
            id="the-visit-of-an-office-holder-is-hers-not-the-speaker-s",
        ),
        pytest.param(
            "Cambodia and Vietnam want to finish the Mekong river port, a landmark project of the two sides. "
            "Construction began in March 2019 and is due to end next year.",
            [("project", "occurred", "2019-03", ())],
            id="construction-began-is-the-works-of-the-project-just-named",
        ),
        pytest.param(
            "Cambodia and Vietnam held talks on trade in Hanoi on October 24. Construction started in 2019.",
            [("meeting", "occurred", "2022-10-24", ())],
            id="construction-began-with-no-project-named-is-no-event",
        ),
        pytest.param(
            "The prime ministers of Laos and Thailand signed a border agreement in Vientiane today. "
            "The two leaders discussed trade at length. They praised the ties. "
            "The interior ministers signed a protocol on joint patrols. "
            "The foreign ministers had signed an extradition treaty.",
            [
                ("signing", "occurred", "2022-10-26", ()),
                ("signing", "occurred", "2022-10-26", ()),
                ("signing", "occurred", "", ()),
            ],
            id="the-deals-of-a-story-of-the-day-are-of-that-day-not-one-told-in-the-perfect",
        ),
        pytest.param(
            "The welcome ceremony for the Lao president took place at the palace in Bangkok. "
            "The anthems of the two countries were played. The delegations were introduced. "
            "Afterwards, the presidents of Laos and Thailand held talks in a small format.",
            [("meeting", "occurred", "2022-10-26", ())],
            id="afterwards-is-the-day-the-story-runs-on",
        ),
        pytest.param(
            "Deputy Minister Karel Vosk held talks with his Latvian counterpart Juris Ozols in Riga on October 24. One. Two. Three. "
            "Following talks, Karel Vosk led the delegation to pay a courtesy call on Latvian Prime Minister Ado Brenn.",
            [("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Juris Ozols")), ("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Ado Brenn"))],
            id="following-talks-is-the-day-of-the-talks",
        ),
        pytest.param(
            "The prime ministers of Laos and Thailand signed a border agreement in Vientiane today. One. Two. Three. "
            "They pledged to carry out signed agreements.",
            [("signing", "occurred", "2022-10-26", ())],
            id="a-pledge-about-agreements-in-the-plural-takes-no-day",
        ),
        pytest.param(
            "The prime ministers of Laos and Thailand held talks in Vientiane today. One. Two. Three. "
            "Relevant ministers signed letters of intent on tourism and health.",
            [("meeting", "occurred", "2022-10-26", ()), ("signing", "occurred", "2022-10-26", ())],
            id="ministers-signing-papers-in-the-plural-on-the-day-of-the-story",
        ),
        pytest.param(
            "Lao President Kham Sayavong visited Hanoi on October 23. The Lao leader said his visit was part of a tour of the region.",
            [("visit", "occurred", "2022-10-23", ("Kham Sayavong",))],
            id="his-visit-is-the-visit-told",
        ),
        pytest.param(
            "Lao President Kham Sayavong said the visit by his Vietnamese counterpart, Vo Minh, to Laos signifies a new era. "
            "Both sides hailed it. Trade grew. Vo Minh arrived in Laos for a two-day official visit on Sunday and left yesterday.",
            [("visit", "occurred", "2022-10-23/2022-10-24", ("Vo Minh", "Kham Sayavong"))],
            id="the-visit-named-without-a-day-is-the-same-visitor-s-dated-one",
        ),
        pytest.param(
            "Lao President Kham Sayavong arrived in Hanoi for a state visit on Sunday. This was the first foreign visit by Kham Sayavong since he took office.",
            [("visit", "occurred", "2022-10-23", ("Kham Sayavong",))],
            id="this-was-the-first-visit-describes-the-visit-told",
        ),
        pytest.param(
            "Laos and Vietnam hailed their ties. Filler text here. In August 2021, Lao President Kham Sayavong visited Vietnam. "
            "Vietnamese Defence Minister Phan Van Giang in the same year visited Laos.",
            [("visit", "occurred", "2021-08", ("Kham Sayavong",)), ("visit", "occurred", "2021", ("Phan Van Giang",))],
            id="in-the-same-year-is-the-year-just-told",
        ),
        pytest.param(
            "At the invitation of President Ana Ruiz, Prime Minister John Kerr made his first official visit to Chile on October 20-21.",
            [("visit", "occurred", "2022-10-20/2022-10-21", ("John Kerr", "Ana Ruiz"))],
            id="the-inviting-host-is-not-the-visitor",
        ),
        pytest.param(
            "Both armies will begin a joint military training on Friday. Two. Three. As many as 300 soldiers will take part in the joint exercise from both sides.",
            [("joint_activity", "planned", "2022-10-28", ())],
            id="the-joint-exercise-after-the-is-the-activity-told",
        ),
        pytest.param(
            "The two ministers signed a fisheries protocol today. Two. Three. The Valletta Charter, signed by the two kings, aims at closer trade.",
            [("signing", "occurred", "2022-10-26", ())],
            id="a-paper-described-by-its-signing-is-not-signed-today",
        ),
        pytest.param(
            "On October 24, Minister Karel Vosk chaired the official welcome ceremony for the Ruritanian delegation led by "
            "General Ado Brenn. The delegation visits Estonia from October 23 to 25. "
            "After the welcome ceremony, Minister Karel Vosk held talks with General Ado Brenn.",
            [("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Ado Brenn")), ("visit", "occurred", "2022-10-24", ("Ado Brenn", "Karel Vosk"))],
            id="talks-after-the-welcome-take-the-day-told-not-the-visit-span",
        ),
        pytest.param(
            "Estonian Interior Minister Karel Vosk (left) and his Ruritanian counterpart Ado Brenn signed a training plan for 2023. (Photo: ERR)\n"
            "TALLINN — Estonian President Mart Kask received Ruritanian Interior Minister Ado Brenn in Tallinn on Saturday.\n"
            "During their talks earlier the same day, Vosk and Brenn reviewed their cooperation.\n"
            "They signed a training plan for 2023.",
            [
                ("meeting", "occurred", "2022-10-22", ("Karel Vosk", "Ado Brenn")),
                ("meeting", "occurred", "2022-10-22", ("Mart Kask", "Ado Brenn")),
                ("signing", "occurred", "2022-10-22", ("Karel Vosk", "Ado Brenn")),
            ],
            id="an-undated-caption-signing-takes-the-day-the-body-gives-the-same-paper",
        ),
        pytest.param(
            "Readout of the Foreign Minister's meeting with the Chilean Foreign Minister\n"
            "Foreign Minister Karel Vosk met with Ado Brenn, Foreign Minister of Chile, on October 25 in Lima.",
            [("meeting", "occurred", "2022-10-25", ("Karel Vosk",))],
            id="a-readout-headline-is-the-meeting-the-body-dates",
        ),
        pytest.param(
            "On June 8, 2022, Estonia signed a memorandum on aid coordination with Ruritania.\n"
            "Witnessed by President Ado Brenn, the MoU was signed by Minister Karel Vosk.",
            [("signing", "occurred", "2022-06-08", ("Ado Brenn", "Karel Vosk"))],
            id="an-unnamed-paper-right-after-a-dated-one-is-that-paper",
        ),
        pytest.param(
            "Minister Karel Vosk to travel to Ruritania for bilateral visit\n"
            "Minister Karel Vosk today announced that he will travel to Ruritania for a bilateral visit from November 2 to 4.",
            [("visit", "planned", "2022-11-02/2022-11-04", ("Karel Vosk",))],
            id="a-headline-plan-is-the-plan-the-body-dates",
        ),
        pytest.param(
            "On October 24 Minister Karel Vosk and his Ruritanian counterpart signed an agreement on combating trafficking in human beings.\n"
            "He said the agreement on combating trafficking in human beings would be a good answer to smuggling.",
            [("signing", "occurred", "2022-10-24", ("Karel Vosk",))],
            id="a-paper-told-signed-before-is-no-plan-when-it-is-praised",
        ),
        pytest.param(
            "On October 24, Minister Karel Vosk chaired the official welcome ceremony for the Ruritanian delegation led by General Ado Brenn.\n"
            "The Ruritanian minister's visit is of great significance, following events to celebrate the 30th anniversary of diplomatic "
            "relations between Estonia and Ruritania (1992 - 2022).",
            [("other", "occurred", "2022", ()), ("visit", "occurred", "2022-10-24", ("Ado Brenn", "Karel Vosk"))],
            id="an-unnamed-undated-visit-is-the-one-dated-visit-and-a-bracketed-span-dates-the-anniversary",
        ),
        pytest.param(
            "Minister Karel Vosk met Latvian Prime Minister Ado Brenn in Riga on October 24. "
            "At the talks earlier, Minister Karel Vosk and his Latvian counterpart Juris Ozols reviewed joint work last year.",
            [("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Ado Brenn")), ("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Juris Ozols"))],
            id="talks-placed-earlier-in-the-story-are-told-here-not-referred-back-to",
        ),
        pytest.param(
            "Minister Karel Vosk met Latvian Prime Minister Ado Brenn in Riga on October 24. "
            "At the talks, the two ministers agreed to share information.",
            [("meeting", "occurred", "2022-10-24", ("Karel Vosk", "Ado Brenn"))],
            id="at-the-talks-alone-refers-back",
        ),
        pytest.param(
            "Prime Minister Mart Kask (R) receives Police Chief Ado Brenn of Latvia. (Photo: ERR)\n"
            "Prime Minister Mart Kask praised Estonia's ties with Latvia at a reception on October 24 for a delegation led by "
            "Police Chief Ado Brenn.",
            [("meeting", "occurred", "2022-10-24", ("Mart Kask", "Ado Brenn"))],
            id="a-caption-meeting-takes-the-day-the-body-gives-the-same-two-people",
        ),
        pytest.param(
            "Prime Minister Mart Kask received Police Chief Ado Brenn of Latvia. "
            "Prime Minister Mart Kask and Police Chief Ado Brenn first met on March 3, 2019, in Tallinn.",
            [("meeting", "occurred", "2019-03-03", ("Mart Kask", "Ado Brenn")), ("meeting", "occurred", "2022-10-26", ("Mart Kask", "Ado Brenn"))],
            id="an-old-meeting-of-the-same-two-people-is-another",
        ),
        pytest.param(
            "Prime Minister Mart Kask received Police Chief Ado Brenn of Latvia. "
            "Prime Minister Mart Kask and Police Chief Ado Brenn previously met on October 22 in Paris.",
            [("meeting", "occurred", "2022-10-22", ("Mart Kask", "Ado Brenn")), ("meeting", "occurred", "2022-10-26", ("Mart Kask", "Ado Brenn"))],
            id="a-recent-meeting-told-as-an-earlier-one-is-another",
        ),
        pytest.param(
            "Estonia has handed over 20 patrol cars to Latvia. The cars will help the border police. "
            "At a handover ceremony held in Riga on Monday, the ambassador said ties were strong.",
            [("project", "occurred", "2022-10-24", ())],
            id="aid-handed-over-takes-the-day-of-the-handover-ceremony",
        ),
        pytest.param(
            "Estonia has handed over 20 patrol cars to Latvia. "
            "At the handover ceremony of a school on October 3, the ambassador said ties were strong.",
            [("project", "occurred", "2022-10-03", ()), ("project", "occurred", "2022-10-26", ())],
            id="a-ceremony-weeks-before-is-another-handover",
        ),
        pytest.param(
            "Estonia and Ruritania are expected to sign the MoU on border security this month. "
            "Officials said the two ministers would sign the MoU in Tallinn.",
            [("planned_agreement", "planned", "2022-10", ())],
            id="an-undated-plan-takes-the-date-the-article-gives-the-same-paper",
        ),
        pytest.param(
            "Estonia proposed that the two sides sign a memorandum on extradition. "
            "Both sides expressed hope to sign the memorandum before the end of the year.",
            [("planned_agreement", "proposed", "2022", ())],
            id="the-paper-referred-back-to-dates-the-one-paper-planned",
        ),
        pytest.param(
            "Estonia and Ruritania agreed to sign an agreement on extradition. They also agreed to sign an agreement on fisheries. "
            "Both sides expressed hope to sign the agreement before the end of the year.",
            [("planned_agreement", "planned", "", ()), ("planned_agreement", "planned", "", ()), ("planned_agreement", "proposed", "2022", ())],
            id="two-papers-planned-leave-an-unnamed-date-to-neither",
        ),
        pytest.param(
            "The two sides agreed to sign a treaty on extradition. They plan to sign a treaty on fisheries next month.",
            [("planned_agreement", "planned", "", ()), ("planned_agreement", "planned", "2022-11", ())],
            id="another-named-paper-does-not-lend-its-date",
        ),
        pytest.param(
            "A Ruritanian delegation led by Minister Ado Brenn arrived Sunday in Estonia for talks with Interior Ministry officials. "
            "Minister Mart Kask said the two countries signed a memorandum on policing during Sunday's half-day meeting.",
            [("visit", "occurred", "2022-10-23", ("Ado Brenn",)), ("meeting", "occurred", "2022-10-23", ("Ado Brenn", "Mart Kask")),
             ("signing", "occurred", "2022-10-23", ("Mart Kask",))],
            id="the-arrival-is-a-visit-and-the-day-s-meeting-is-the-talks-told",
        ),
        pytest.param(
            "The police of Estonia and Ruritania discussed border crime at a meeting which took place in Tallinn recently. "
            "The meeting last Thursday also strengthened capacity building.",
            [("meeting", "occurred", "2022-10-20", ())],
            id="a-recent-meeting-takes-the-day-a-later-sentence-gives-it",
        ),
        pytest.param(
            "Police of Estonia and Ruritania signed on Friday an agreement on fugitives with their counterparts. "
            '"It will help us," Chief Ado Brenn said after signing the agreement here on Friday.',
            [("signing", "occurred", "2022-10-21", ("Ado Brenn",))],
            id="the-agreement-here-is-the-agreement-told",
        ),
        pytest.param(
            "Estonia and Ruritania signed a trade pact in Tallinn on Monday. Their formal ties began with the signing of a peace accord at a ceremony in Riga on Sept. 15. "
            "During that ceremony, the foreign minister also signed a declaration on friendship.",
            [("signing", "occurred", "2022-09-15", ()), ("signing", "occurred", "2022-09-15", ()), ("signing", "occurred", "2022-10-24", ())],
            id="during-that-ceremony-is-the-day-of-the-ceremony-just-told",
        ),
        pytest.param(
            "Estonian Premier Mart Kask held talks with Ruritanian President Ado Brenn in Tallinn on Monday. Trade grew fast. Ties are old. "
            "Estonia and Ruritania have also held several naval drills in the Baltic Sea in recent years.",
            [("meeting", "occurred", "2022-10-24", ("Mart Kask", "Ado Brenn")), ("joint_activity", "occurred", "", ())],
            id="drills-also-held-in-recent-years-do-not-take-the-day-just-told",
        ),
        pytest.param(
            "Estonia and Latvia signed a defence memorandum in Riga on Wednesday. Minister Mart Kask signed the document along with his counterpart Ado Brenn.",
            [("signing", "occurred", "2022-10-26", ())],
            id="the-document-signed-along-with-someone-is-the-paper-just-told",
        ),
        pytest.param(
            "Estonian and Latvian officials have kicked off a meeting on border trade. "
            "The meeting, which started on Monday, October 24, in Tallinn, follows the leaders' directives.",
            [("meeting", "occurred", "2022-10-24", ())],
            id="an-undated-lead-meeting-takes-the-day-its-reference-back-tells",
        ),
        pytest.param(
            "Lao Interior Minister Somsak Vong welcomed his Vietnamese counterpart Tran Minh Duc on Monday "
            "on the sidelines of the 5th meeting of the Laos-Vietnam Cooperation Council.",
            [
                ("meeting", "occurred", "2022-10-24", ("Somsak Vong", "Tran Minh Duc")),
                ("conference", "occurred", "2022-10-24", ("Somsak Vong", "Tran Minh Duc")),
            ],
            id="a-welcome-on-the-sidelines-of-a-council-is-a-meeting-of-its-own",
        ),
    ],
)
def test_article_gives_events(text: str, expected: list[tuple[str, str, str, tuple[str, ...]]]) -> None:
    assert sorted(events_of(text)) == sorted(expected)


def test_the_works_take_the_name_of_the_project_just_named() -> None:
    from timeline.pipeline import build_timeline

    text = "Laos and Thailand hailed the Nong Khai-Vientiane rail bridge, a flagship project. Work began in May 2020."
    (event,) = build_timeline([Article(id="t.txt", path="t.txt", date=REF, title="", text=text)]).events
    assert (event.type, event.title, event.when.value) == ("project", "Nong Khai-Vientiane rail bridge", "2020-05")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        pytest.param(re.compile(r"\bheld\b", re.I), "The talks were HELD in Hanoi.", id="a-case-blind-word"),
        pytest.param(re.compile(r"regularly | annually  # as in 'Meets Annually'", re.I | re.X), "They meet Annually.", id="upper-case-in-a-comment-only"),
        pytest.param(re.compile(r"\b[A-Z]\w+\s+met\b", re.I), "the ministers met", id="a-class-of-capitals-stays-case-blind"),
        pytest.param(re.compile(r"\bmet\s+(?-i:[A-Z])", re.I), "They met Ado. they met ado.", id="a-case-sensitive-part-reads-the-text-itself"),
        pytest.param(re.compile(r"\bsigned\b", re.I), "İstanbul: the two sides SIGNED a pact.", id="offsets-hold-past-a-letter-whose-lower-case-is-longer"),
    ],
)
def test_found_in_gives_what_the_case_blind_pattern_gives(pattern: re.Pattern[str], text: str) -> None:
    expected = pattern.search(text)
    got = found_in(pattern, text, lowered(text))
    assert (got.span() if got else None) == (expected.span() if expected else None)
    assert len(lowered(text)) == len(text)


def test_a_lower_twin_is_case_sensitive_only_when_the_pattern_has_no_capital_of_its_own() -> None:
    assert not lower_twin(re.compile(r"held  # 'Held' in a comment", re.I | re.X)).flags & re.I
    assert lower_twin(re.compile(r"[A-Z]\w+", re.I)).flags & re.I
    with pytest.raises(ValueError):
        lower_twin(re.compile(r"met\s+(?-i:[A-Z])", re.I))
