"""Sentence splitting with offsets, credits and captions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest import normalise_page
from timeline.text import MAX_SENTENCE, SENTENCE_END, WORD_BEFORE, _word_before, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("One thing. Another thing.", ["One thing.", "Another thing."], id="two"),
        pytest.param("Sen. Lieut. Gen. Luong Tam Quang spoke. He left.", ["Sen. Lieut. Gen. Luong Tam Quang spoke.", "He left."], id="ranks"),
        pytest.param("Led by Pol. Col. Bounmy Keo. He left.", ["Led by Pol. Col. Bounmy Keo.", "He left."], id="a-police-rank"),
        pytest.param("It was signed on Oct. 25 in Hanoi. Then talks.", ["It was signed on Oct. 25 in Hanoi.", "Then talks."], id="month-abbreviation"),
        pytest.param("Ministers sign a plan. (Photo: VNA)Hanoi (VNA) – Talks.", ["Ministers sign a plan.", "Hanoi (VNA) – Talks."], id="glued-credit"),
        pytest.param("Leaders in Hanoi on Oct 25. Photo: VGP\nNext line here.", ["Leaders in Hanoi on Oct 25.", "Next line here."], id="credit-to-line-end"),
        pytest.param("The end of the story./.", ["The end of the story./."], id="vna-end-mark"),
    ],
)
def test_split(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_offsets_point_into_the_text() -> None:
    text = "First one here. (Photo: X)Second one here.\nThird one here."
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


def test_lines_without_a_stop_above_the_lead_do_not_count_as_prose() -> None:
    text = "Annual Border Summit\nRiverside Hall, Pakse (Laos)\nThe summit ended today. Talks went well.\nNext steps.\n\"We agreed.\""
    assert [(s.text, s.index) for s in split_sentences(text)] == [
        ("Annual Border Summit", 0),
        ("Riverside Hall, Pakse (Laos)", 0),
        ("The summit ended today.", 0),
        ("Talks went well.", 1),
        ("Next steps.", 2),
        ('"We agreed."', 3),
    ]


@pytest.mark.parametrize(
    ("run", "first_ends_with"),
    [
        pytest.param("officials of the two sides, " * 80, ",", id="cut-after-a-comma"),
        pytest.param("a list of items; " * 120, ";", id="cut-after-a-semicolon-first"),
        pytest.param("word " * 400, "word", id="cut-at-a-blank"),
        pytest.param("x" * 2500, "x", id="a-run-without-blanks-is-cut-hard"),
    ],
)
def test_a_run_with_no_full_stop_is_cut_into_bounded_sentences(run: str, first_ends_with: str) -> None:
    sentences = split_sentences(run + "The end.")
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(run[s.start : s.end] == s.text for s in sentences[:-1])  # the offsets still point at the words
    assert sentences[0].text.endswith(first_ends_with)
    assert "".join(s.text for s in sentences).replace(" ", "") == (run + "The end.").replace(" ", "")  # nothing lost


def test_a_long_real_sentence_stays_whole() -> None:
    sentence = "The two ministers, " + "together with their deputies and advisers, " * 15 + "met in Hanoi."
    assert len(sentence) < MAX_SENTENCE
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_caption_is_the_sentence_before_a_credit() -> None:
    flags = [(s.text, s.caption) for s in split_sentences("Two ministers shake hands (Photo: VNA)\nThey met on Monday.")]
    assert flags == [("Two ministers shake hands", True), ("They met on Monday.", False)]


def test_normalise_keeps_diacritics_and_unifies_lines() -> None:
    assert normalise_page("Ha\u0300 No\u0302\u0323i\r\nx\u00a0y") == "Hà Nội\nx y"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*".!?…/ \"”’')]x A9\t“(", "./.", "./. X", "Mr.", "U.S."]), max_size=20).map("".join))
def test_sentence_end_as_the_plain_pattern(line: str) -> None:
    plain = re.compile(
        r"""(?:\./\.|[.!?…])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ]|\s*$)"""
    )
    assert [(m.span(), m.group()) for m in SENTENCE_END.finditer(line)] == [
        (m.span(), m.group()) for m in plain.finditer(line)
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*".aZ x9-\t\"", "..", "Mr", "U.S", "e.g", "é"]), max_size=12).map("".join))
def test_word_before_as_the_plain_pattern(tail: str) -> None:
    m = WORD_BEFORE.search(tail)  # a line's tail: no line break
    assert _word_before(tail) == (m.group(1) if m else "")
