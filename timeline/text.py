"""Pure string helpers: split text into sentences with offsets, spot captions and credits, word tokens.

Normalising a page (NFC, line ends, blanks) is ``ingest.normalise_page``: text arrives here normalised.

Sentences keep their character offsets into the article's text so that every
event can point back at the exact words it was built from. Photo credits
("(Photo: VNA)", "Photo: Vietnam's Ministry of Public Security") are cut out of
the sentences they are glued to; a caption (the sentence a credit follows) is
flagged so that the extractor can read it in the present tense of captions.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Abbreviations whose full stop does not end a sentence (titles, months, initials).
ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sen gen lieut lt col maj capt cpt adm brig sgt cmdr gov rep rev pol maj-gen lt-gen brig-gen
    st no nos vol jan feb mar apr jun jul aug sep sept oct nov dec co corp inc ltd jr sr
    dept est approx fig vs etc u.s u.k e.g i.e a.m p.m assoc univ mt ft""".split()
)

# A credit glued to a caption: "(Photo: VNA)", "Photo: VGP", "(Photo: baoquocte.vn)", "Ảnh: TTXVN".
CREDIT = re.compile(
    r"""
    \(\s*(?:photo|photos|image|file\s+photo|source|ảnh|credit)\s*:\s*[^()\n]{1,80}\)   # (Photo: VNA)
    | (?<![\w])(?:photo|photos|image|file\s+photo|ảnh)\s*:\s*[^\n]{1,80}?\s*(?=$|\n)  # Photo: VGP  (to the end of the line)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Where a sentence can end: . ! ? (and the VNA end marker "./.") followed by space and a capital,
# a quote, a digit or the end of the text.
# The pattern opens with a character class, not an alternation, so that ``re`` skips ahead to the
# next mark instead of trying every position.
SENTENCE_END = re.compile(
    r"""
    [.!?…](?:(?<=\.)/\.)?       # the end mark: one of . ! ? …, or "./."
    [\"”’')\]]*                 # closing quotes or brackets that belong to the sentence
    (?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ]|\s*$)
    """,
    re.VERBOSE,
)

# The word before a full stop: the plain form of ``_word_before``, which reads it off the end (a test checks they agree).
WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z.]*)\.$")
ABBREVIATION_REACH = 40  # characters before a full stop searched for an abbreviation
DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: its text, offsets into the article, and whether it is a photo caption."""

    text: str
    start: int
    end: int
    caption: bool = False
    #: its place among the article's prose: a kicker or a venue line above the lead, with no stop
    #: ("29th Portugal-Spain Summit", "Mateus Palace, Vila Real (Portugal)") does not push the lead down
    index: int = 0


def split_sentences(text: str) -> list[Sentence]:
    """Split an article's text into sentences, with offsets, credits removed and captions flagged.

    >>> [s.text for s in split_sentences("Talks were held. (Photo: VNA)Hanoi (VNA) - They met.")]
    ['Talks were held.', 'Hanoi (VNA) - They met.']
    """
    sentences: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        cursor = 0
        if ":" in line:  # every credit has a colon
            for credit in CREDIT.finditer(line):
                _add_sentences(sentences, line, line_start, _split_segment(line, cursor, credit.start()), True)
                cursor = credit.end()
        _add_sentences(sentences, line, line_start, _split_segment(line, cursor, len(line)), False)
        line_start += len(line) + 1
    return sentences


def _add_sentences(
    sentences: list[Sentence], line: str, line_start: int, chunks: list[tuple[int, int]], credited: bool
) -> None:
    """Append the chunks of a line that have words, blanks trimmed; a credit marks only the last chunk."""
    last = len(chunks) - 1
    for i, (a, b) in enumerate(chunks):
        raw = line[a:b]
        left = raw.lstrip()
        body = left.rstrip()
        if not _has_words(body):
            continue
        start = line_start + a + len(raw) - len(left)
        index = 0
        if sentences:
            before = sentences[-1]
            index = before.index + _is_prose(before.text)
        # positional: one is made per sentence of the archive
        sentences.append(Sentence(body, start, start + len(body), credited and i == last, index))


#: how a sentence of prose ends: a stop, maybe inside a closing quote
PROSE_END = (".", "!", "?", '."', ".”", "?”", "!”", ".’", ".'")


def _is_prose(sentence: str) -> bool:
    """A sentence that ends with a stop, as prose does: not a heading, a kicker or a venue line."""
    return sentence.endswith(PROSE_END)


def _split_segment(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``line[start:end]``, in line offsets; a full stop after an abbreviation goes on."""
    chunks, cursor = [], start
    for m in SENTENCE_END.finditer(line, start, end):  # as if the line ended at ``end``
        stop = m.end()
        mark = m.group()
        if mark[0] == "." and not mark.startswith("./.") and _is_abbreviation(line[max(cursor, stop - ABBREVIATION_REACH) : stop]):
            continue
        chunks.append((cursor, stop))
        cursor = stop
    if cursor < end:
        if line[cursor:end].strip() or not chunks:
            chunks.append((cursor, end))
        else:  # trailing blanks belong to the last sentence, so that a credit after it marks it
            chunks[-1] = (chunks[-1][0], end)
    return [piece for a, b in chunks for piece in _bounded(line, a, b)]


#: the longest sentence the rules read whole. A stop-less run longer than this (a list of names, a
#: table flattened into a line, a page with no full stops) is cut at clause breaks, so that the
#: rules' cost grows with the text, not with the square of a run's length. Real news sentences
#: stay far below it (the longest of some 3,000 read from real copy: 662 characters).
MAX_SENTENCE = 1000
#: where an over-long run is cut, best first: after a semicolon, a colon, a comma, a blank
CLAUSE_BREAKS = ("; ", ": ", ", ", " ")


def _bounded(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into pieces of at most ``MAX_SENTENCE`` characters, each at the last clause
    break of its second half (a hard cut only when the run has no blank at all)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        floor = start + MAX_SENTENCE // 2
        cut = next((at + len(mark) for mark in CLAUSE_BREAKS if (at := line.rfind(mark, floor, limit - len(mark) + 1)) >= 0), limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _is_abbreviation(chunk: str) -> bool:
    return _abbreviation(_word_before(chunk[-ABBREVIATION_REACH:].rstrip("\"”’')]")))  # the tail is enough


def _word_before(tail: str) -> str:
    """What WORD_BEFORE finds in a line's ``tail`` ("" if nothing), read off its end instead of searched for.

    The word is the run of letters and dots before the final full stop, from the run's first letter.
    """
    if not tail.endswith("."):
        return ""
    stem = tail[:-1]
    return stem[len(stem.rstrip(_LETTERS_AND_DOT)) :].lstrip(".")


_LETTERS_AND_DOT = string.ascii_letters + "."


def _abbreviation(word: str) -> bool:
    if not word:
        return False
    word = word.lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("H. Lee") and dotted acronyms ("U.N.", which have a dot)
    return len(word) == 1 or ("." in word and DOTTED.fullmatch(word) is not None)


THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.DOTALL)


def _has_words(text: str) -> bool:
    return THREE_LETTERS.search(text) is not None


def words(text: str) -> list[str]:
    """Lower-case word tokens, hyphenated words split, diacritics kept.

    >>> words("Vietnam-Laos MoU's")
    ['vietnam', 'laos', 'mou', 's']
    """
    return WORD_TOKEN.findall(text.lower())


WORD_TOKEN = re.compile(r"[^\W_]+")  # compiled once: ``words`` runs once per mention


def alternation(literals: Iterable[str]) -> str:
    """A regex matching any of ``literals``, factored by shared prefixes so that ``re`` tries few branches.

    ``sign|signal|sin`` becomes ``si(?:gn(?:al)?|n)``: the same language, matched
    several times faster than a flat alternation of many words.

    >>> alternation(["sign", "signal", "sin"])
    'si(?:gn(?:al)?|n)'
    """
    trie: dict[str, Any] = {}
    for word in literals:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
        return body

    return build(trie)
