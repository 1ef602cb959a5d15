"""Sentences → candidate events: type, status, title, countries, participants, place, date, evidence.

Each sentence of an article is read on its own, in text order, by the detectors
in ``DETECTORS`` (the order is the precedence: a gathering named inside an
agreement's name is not a second event). A detector finds a trigger (a signing
verb, a gathering noun with a word showing it happened, …) and the noun phrase
it governs; the grammar around the trigger gives the status; the date
expression nearest the trigger, resolved against the article's date, gives the
date. What a sentence does not say is taken from its context only where news
style makes it safe: a caption or the lead of an article reports the day of
publication, and "On the occasion, …" happens at the gathering just told.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TypeVar

from timeline import dates
from timeline.data import dates as date_words
from timeline.data import lexicon, triggers
from timeline.ingest import WIRE_DATELINE
from timeline.models import UNKNOWN, Article, DateMention, Mention, When
from timeline.text import Sentence, alternation, split_sentences, words

log = logging.getLogger(__name__)

FLAGS = re.IGNORECASE | re.VERBOSE


def _words(fragment: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-])(?:{fragment})(?![\w\-])", FLAGS)


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, case-sensitive, for text already in lower case: Python's regex engine reads a
    case-blind pattern several times slower (it folds each character and cannot skip ahead). A pattern with
    an upper-case letter of its own stays case-blind (still right on lower case); one with a case-sensitive
    part ("(?-i:[A-Z])") cannot read lower case at all."""
    if "(?-i" in pattern.pattern:
        raise ValueError(f"a case-sensitive part cannot read lower-cased text: {pattern.pattern[:60]}")
    own = re.sub(r"\\.", "", pattern.pattern)
    if pattern.flags & re.VERBOSE:
        own = re.sub(r"\[[^\]]*\]", lambda m: m.group().replace("#", ""), own)  # (a "#" in a class is no comment)
        own = re.sub(r"#[^\n]*", "", own)  # comments in our words
    if not pattern.flags & re.IGNORECASE or re.search(r"[A-Z]", own):
        return pattern
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_TWINS: dict[re.Pattern[str], re.Pattern[str] | None] = {}
_UNMADE = re.compile("")  # (a twin not yet made)


def found_in(pattern: re.Pattern[str], text: str, low: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, read on ``low`` (``lowered(text)``) by its case-sensitive twin
    when it has one: the same answer, faster."""
    fast = _TWINS.get(pattern, _UNMADE)
    if fast is _UNMADE:
        fast = _TWINS[pattern] = None if "(?-i" in pattern.pattern else lower_twin(pattern)
    return fast.search(low, pos, endpos) if fast is not None else pattern.search(text, pos, endpos)


@lru_cache(maxsize=64)  # the detectors of one sentence each ask for it: made once (a str caches its own hash)
def lowered(text: str) -> str:
    """``text`` in lower case, each character where it was (the offsets of a match hold in both)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


AGREEMENT = _words(triggers.AGREEMENT_NOUNS)
PLANNABLE = _words(triggers.PLANNABLE_NOUNS)
SIGN = _words(triggers.SIGN_VERBS)
WEAK_SIGN = _words(triggers.WEAK_SIGN_VERBS)
CONFERENCE = _words(triggers.CONFERENCE_NOUNS)
MEETING = _words(triggers.MEETING_NOUNS)
VISIT = _words(triggers.VISIT_NOUNS)
JOINT = _words(triggers.JOINT_NOUNS)
PROJECT = _words(triggers.PROJECT_NOUNS)
OTHER = _words(triggers.OTHER_NOUNS)
AID = _words(triggers.AID_NOUNS)
AID_VERBS = _words(triggers.AID_VERBS)
HAPPENING = _words(triggers.HAPPENING_CUES)
PROPOSED = _words(triggers.PROPOSED_CUES)
PLANNED = _words(triggers.PLANNED_CUES)
HABITUAL = _words(triggers.HABITUAL)
NEGATION = _words(triggers.NEGATIONS)
STATISTIC = re.compile(triggers.STATISTIC, FLAGS)
AT_THE_GATHERING = re.compile(triggers.AT_THE_GATHERING, FLAGS)
MULTILATERAL = re.compile(
    r"(?<![\w])(?:" + alternation(w.strip() for w in lexicon.MULTILATERAL) + r")(?![\w])", re.IGNORECASE
)

# Project verbs: without one, an "expressway" or "hospital" is only talked about.
PROJECT_VERBS = _words(
    r"""buil[dt] | (?<!the\s)(?<!this\s)(?<!its\s)(?<!capacity\s)(?<!capacity-)(?<!confidence\s)(?<!confidence-)(?<!trust\s)(?<!trust-)(?<!peace\s)(?<!peace-)(?<!nation\s)(?<!nation-)building(?!['’]s|s\b) | construct(?:ed|ing|ion)? | inaugurat(?:e|ed|ing|ion) | handed\s+over | hand(?:s|ing)?\s+over
    | handover | ground-?breaking | (?:broke|break|breaks|breaking)\s+ground | launch(?:ed|ing)? | complet(?:e|ed|ing|ion) | commenc(?:e|ed|ing)
    | put\s+into\s+(?:operation|use) | unveil(?:s|ed|ing)? | turn(?:s|ed|ing)?\s+over | upgrad(?:e|es|ed|ing) | work\s+on | la(?:y|ys|id|ying)\s+the\s+foundation(?:\s+stones?)? | foundation\s+stone | fund(?:ed|ing)(?!\s+(?:agenc|bod|minist)) | financ(?:e|ed|ing)(?!\s+(?:minist|secretar|department|committee|official|chief)) | start(?:ed)?\s+construction | began | open(?:ed|ing|s)
    | (?<!kept\s)(?<!keep\s)(?<!be\s)(?<!are\s)(?<!is\s)(?<!remain\s)(?<!remains\s)(?<!stay\s)(?<!stays\s)open  # ("crossings kept open on weekends": a state)
    | (?:was|were|been|be|is|are)\s+commissioned | commissioning\s+(?:of|ceremony) | resum(?:e|es|ed|ing|ption)
    | (?:begin|begins|start|starts|commence|commences)\s+(?:commercial\s+)?operations?
    | mark(?:s|ed)\s+the\s+(?:beginning|start|launch|opening|completion)\s+of"""
)
# A joint activity needs an act: conduct, organise, hold, launch… (or "joint" in its name).
ACTIVITY_VERBS = _words(
    r"""conduct(?:s|ed|ing)? | organi[sz](?:e|es|ed|ing) | hold(?:s|ing)? | held | launch(?:es|ed|ing)? | carr(?:y|ied|ies|ying)\s+out
    | stag(?:e|ed|ing) | perform(?:ed|ing)? | join(?:ed|ing)? | take\s+part | took\s+part | participat(?:e|ed|ing) | building\s+a\s+scheme
    | start(?:s|ed)? | beg[ai]n | begins | commenc(?:e|es|ed) | kick(?:s|ed)?\s+off | initiated | conclud(?:e|es|ed)"""
)

# A noun phrase ends at punctuation or at words that start a new clause.
NP_STOP = re.compile(
    r"""[,;:()\[\]“”"!?]|\.(?:\s|$)|\s(?:which|that|who|whom|whose|where|while|when|as|because|so|but|to\s+(?!be\b)(?!the\b)(?!a\b)(?!an\b)[a-z]+\b|
        during|after|before|following|under|through|via|amid|despite|since|until|starting|beginning|is|are|was|were|will|would|has|have|had|here|there|
        said(?<!the\ssaid)|says|add(?:ed|s)|noting|stressing|saying|including|especially|namely|such\s+as|with\s+an?\s+estimated|in\s+order|
        also|took|takes|occurred|occurs|happened|opened|closed|began|started|commenced|ended|kicked|wrapped|co-chaired|chaired|attended|marked|aimed|focused|held|
        aims|seeks|helps|contributes|shows|reflects|marks|demonstrates|affirms|continues|creates|opens|
        signifies|symboli[sz]es|underscores|underlines|highlights|represents|testifies|paves|comes|came|
        hosted|organi[sz]ed|scheduled|slated|set\s+for|expected|planned|
        on\s+the\s+sidelines|on\s+the\s+occasion|in\s+(?:the\s+)?presence\s+of|on\s+behalf\s+of|in\s+conjunction\s+with|along\s+with|together\s+with|
        (?:at|in)\s+(?:their|the|a|an|its|his|her)\s+(?=(?:[\w\-]+\s+){0,2}(?:talks|ceremony|function)\b)|
        at\s+(?=[A-Z][\w’'\-]+\s+(?:Palace|House|Hall|Building|Headquarters|Hotel|Centre|Center|Office)\b)|
        and\s+(?:then|agreed|pledged|vowed|decided|discussed|reviewed|witnessed|expressed|called|welcomed|noted|stressed|reaffirmed|exchanged
            |sign|hold|conduct|establish|set\s+up|carry\s+out|organi[sz]e|launch|build|open
            |signing|holding|meeting|visiting|convened|held|hosted|chaired|co-chaired|attended
            |signed|inked|met|adopted|approved|issued|launched|inaugurated|handed|visited|received|concluded
            |conducted|established|carried\s+out|organi[sz]ed
            |(?i:co-?chaired|chaired|attended|hosted|held)))\b""",  # "paid a Working Visit … and Co-Chaired the Session"
    re.VERBOSE,
)
DETERMINERS = frozenset("a an the this that these those its their his her our two both another".split())
BACKWALK_STOP = frozenset(
    """is are was were be been being has have had will would shall should can could may might must
    to that which who whom whose where when while as because so but if than then also and
    held hold holds holding attended attend chaired co-chaired chair co-chair organised organized organise
    organize hosted host conducted conduct signed sign inked witnessed witness opened open launched launch
    paid pay made make began begin started start completed attends joined join reached reach
    handed hand inaugurated inaugurate built build constructed construct funded fund financed during
    turned turn donated donate delivered deliver laid lay realise realize implement materialise materialize
    presented present gifted arrived arrive arrives came come comes travelled traveled travel returned""".split()
)
TITLE_WORD = re.compile(r"^[A-Z][\w’'.\-]*$")
#: capital letters a name may start with, Latin-1 and Latin Extended-A included ("Žalgiris", "Łódź", "Örebro")
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper())
#: an ordinal in words, compounds included: "twenty-second", "thirteenth"
ORDINAL_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|(?:twen|thir|for|fif)tieth"
)
ORDINAL = re.compile(rf"\b\d+(?:st|nd|rd|th)\b|\b(?:{ORDINAL_WORD})\b", re.I)
#: a Roman numeral used as an ordinal, as Spanish- and Portuguese-origin copy numbers its sessions: "the XI Binational
#: Cabinet", "the VI Joint Commission" (two letters at least, or V or X alone: a lone "I" is the pronoun)
ROMAN_ORDINAL = r"(?-i:(?=[IVX]{2,}\b|[VX]\b)X{0,3}(?:IX|IV|V?I{0,3}))\b"
PLURAL_HEAD = re.compile(r"(?:s|ies)$")
#: "they also signed", "also witnessed the signing": more of what was done on the occasion just told
ALSO_DONE = re.compile(
    r"\balso\s+(?:signed|inked|witnessed|exchanged|held|met|received|visited|attended|launched|inaugurated|handed\s+over|presented|donated)\b",
    re.I,
)
ONGOING = re.compile(
    r"\b(?:ongoing|under\s*way|currently|this\s+(?:is|was)|is\s+(?:visiting|paying|on\s+an?\b)|are\s+(?:visiting|paying|holding)"
    r"|(?:is|are)\s+here\s+(?:on|for)\b|(?:is|are)\s+(?:currently\s+)?meeting\b"
    r"|within\s+the\s+framework\s+of|as\s+part\s+of\s+(?:his|her|their|the))\b",  # "… took place within the framework of the visit"
    re.I,
)
BOTH_SIDES = re.compile(r"\b(?:two|both)\s+(?:sides|countries|nations|governments|ministries|parties|leaders)\b", re.I)
PURPOSE = re.compile(r"\bto\s+(?:discuss|review|address|seek\s+ways\s+to\s+\w+)\s+(?:measures\s+(?:against|to\s+\w+)\s+|ways\s+to\s+\w+\s+)?", re.I)
COUNTED = re.compile(
    r"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?\s+of|several|some|a\s+number\s+of"
    r"|an?\s+(?:[\w\-]+\s+)?(?:package|set|series|raft|batch|bundle)\s+of)\b",  # "a considerable package of documents": one lot, signed together
    re.I,
)
#: nouns whose plural names one event ("political consultations", "talks")
PLURAL_EVENTS = frozenset({"talks", "works", "headquarters", "stations", "exercises", "drills", "patrols", "manoeuvres", "maneuvers", "minutes", "consultations", "houses", "homes", "progress"})
#: a diplomatic formula, not a plan: "invited … to visit … at a convenient time"
NO_PLAN = re.compile(r"\bat\s+(?:a|an|the)\s+(?:convenient|appropriate|suitable|mutually\s+convenient|early)\s+(?:time|date|opportunity)\b", re.I)
#: an agreement taking effect is not its signing
IN_FORCE = re.compile(r"\b(?:take|takes|took|taking)\s+effect\b|\b(?:come|comes|came|enter|enters|entered|entry)\s+into\s+force\b|\bexpire[sd]?\b", re.I)
MANY = re.compile(r"\b(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w\-]+\s+){0,2}(?:agreements|documents|projects|deals|contracts|memoranda|memorandums|mous|meetings|visits|delegations)\b", re.I)
#: a count of acts over a time up to now: "had conducted 12 joint operations along the border since January"
TALLY_SINCE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:operations|patrols|raids|exercises|drills|meetings|visits|agreements|documents|memoranda)\b[^.;]*?\b(?:since|so\s+far|to\s+date|over\s+the\s+(?:past|last))\b",
    re.I,
)
#: many papers signed on one occasion, not counted over years: "witnessed the signing of more than 10 cooperation documents"
ONE_OCCASION = re.compile(r"\bwitness(?:ed|es|ing)?\s+(?:the\s+)?(?:signing|exchange)\s+(?:ceremony\s+)?of\b", re.I)
#: the one day a count of papers was signed on: "On Friday, the premier visited and signed more than 10 deals"
ONE_DAY = re.compile(r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday)\b", re.I)
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?$", re.I)
LEAD_SENTENCES = 3  # a caption or one of the first sentences of an article reports its day
MAX_NP_WORDS = 16
#: a paper named with both parties in full reaches further back: "a cooperation plan between the Ministry of
#: Defence of the Republic of A and the Ministry of Defence of B was signed"
MAX_NEED_WORDS = 24


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger found in a sentence, before status and date are decided."""

    type: str
    start: int  # trigger span in the sentence
    end: int
    phrase: str  # the noun phrase naming the event (agreement, gathering, activity)
    phrase_start: int
    strong: bool  # a verb that states the act itself ("signed", "took place")


# --------------------------------------------------------------------------- countries and people


def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    canonical: dict[str, str] = {}
    for name, aliases in lexicon.COUNTRIES.items():
        for form in (name, *aliases):
            canonical.setdefault(form, name)
    # case-sensitive ("US" the country, not "us"); "US$4.5 billion" is money, not a country;
    # the trie is greedy, so the longest form wins ("South Korea" over "Korea")
    return re.compile(rf"(?<![\w\-])({alternation(canonical)})(?:['’]s)?(?![\w$])"), canonical


COUNTRY_PATTERN, COUNTRY_FORMS = _country_pattern()
COUNTRY_WORDS: frozenset[str] = frozenset(
    w for name, aliases in lexicon.COUNTRIES.items() for form in (name, *aliases) for w in form.split()
)
COUNTRY_KEY_WORDS: frozenset[str] = frozenset(w for form in COUNTRY_WORDS for w in words(form))
#: country names and demonyms of one word: what a person's name cannot contain ("Viet" of "Viet Nam" can: Vu Viet Trang)
COUNTRY_NAMES_ONE_WORD: frozenset[str] = frozenset(
    form for name, aliases in lexicon.COUNTRIES.items() for form in (name, *aliases) if " " not in form
)
PLACE_KEY_WORDS: frozenset[str] = frozenset(w for place in lexicon.PLACES for w in words(place))
AGREEMENT_HEAD = re.compile(r"(?:agreements?|memorand(?:ums?|a)|memos?|mous?|accords?|treat(?:y|ie)s?|protocols?|pacts?|conventions?|deals?|contracts?|charters?|declarations?|statements?|minutes|arrangements?|roadmaps?|frameworks?|documents?|communiques?)")
PLACE_PATTERN = re.compile(r"\b(?:" + alternation(lexicon.PLACES) + r")\b")  # the longest name wins, as the trie is greedy


#: "Latin American", "Central America", "South American" are regions: a form right after those words is no country
#: (a country named with one of them, "South Korea", "Central African Republic", starts at that word)
REGION_BEFORE = re.compile(r"(?:Latin|Central|South|North) $")


def _country_matches(text: str) -> Iterator[re.Match[str]]:
    for m in COUNTRY_PATTERN.finditer(text):
        if not REGION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            yield m


def countries_in(text: str) -> list[str]:
    """Countries named in a text, in order of first mention.

    >>> countries_in("Vietnamese and Lao police met in Vientiane.")
    ['Vietnam', 'Laos']
    """
    return list(dict.fromkeys(COUNTRY_FORMS[m.group(1)] for m in _country_matches(text)))


def country_pair(article_text: str) -> tuple[str, ...]:
    """The two countries an article is about: the two it names most often (ties by first mention)."""
    names = [COUNTRY_FORMS[m.group(1)] for m in _country_matches(article_text)]
    counts = Counter(names)
    first = {n: i for i, n in reversed(list(enumerate(names)))}
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n]))
    return tuple(ranked[:2])


def _name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised tokens (joined across "of"), the raw material of names."""
    runs: list[list[str]] = []
    for chunk in NAME_BREAK.split(text):
        if CAPITAL.search(chunk):  # a name run starts with a capital A–Z
            runs.extend(_chunk_runs(chunk.split()))
    return runs


#: titles written in lower case before a name ("his counterpart Vilay Lakhamphong")
LOWER_TITLES = frozenset(t for t in lexicon.TITLES if t.islower())
#: lower-case words inside personal names
NAME_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "al", "Al", "El", "da", "de", "dos", "van", "von"})
NAME_BREAK = re.compile(r"[,;:()\[\]“”\"–—]|\s-\s")
CAPITAL = re.compile(r"[A-Z]")


#: words that open a sentence after an initial's full stop ("… Tran Van A. The ceremony …"): no name goes on into them
SENTENCE_OPENERS = frozenset({"The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "In", "On", "At", "A", "An"})


def _chunk_runs(tokens: list[str]) -> list[list[str]]:
    runs: list[list[str]] = []
    current: list[str] = []
    for i, tok in enumerate(tokens):
        if not current and not "A" <= tok[0] <= "Z" and tok not in LOWER_TITLES:
            continue  # neither starts nor continues a run
        clean = tok.rstrip(".,")
        initial = (
            len(clean) == 1 and clean.isupper() and i + 1 < len(tokens) and TITLE_WORD.match(tokens[i + 1]) is not None
            and tokens[i + 1] not in SENTENCE_OPENERS
        )
        if tok.endswith(".") and not initial and clean.lower() not in {"sen", "gen", "lieut", "lt", "col", "maj", "dr", "mr", "mrs", "ms", "prof", "capt", "pol", "brig", "adm", "sgt"}:
            ends = True  # (a middle initial, "Ferdinand R. Marcos Jr.", goes on)
        else:
            ends = tok.endswith(("'s", "’s"))  # "President Xi Jinping's UK visit": the name ends at its possessive
        joins = current and tok in {"of", "to", "for", "the"} and i + 1 < len(tokens)
        if tok in {"and", "&"} and current and current[-1].rstrip(".,") in lexicon.ORG_WORDS and i + 1 < len(tokens) and TITLE_WORD.match(tokens[i + 1]):
            joins = True  # "Minister of Industry and Trade Nguyen Hong Dien"
        if tok in NAME_PARTICLES and current and i + 1 < len(tokens):  # "Mohammed bin Salman", "Lula da Silva"
            joins = bool(TITLE_WORD.match(tokens[i + 1])) and TITLE_WORD.match(current[-1]) is not None
        elif tok in LOWER_TITLES:  # "her Indian counterpart Narendra Modi": an office written in lower case
            joins = i + 1 < len(tokens) and bool(TITLE_WORD.match(tokens[i + 1]))
        elif joins and tok != "the" and tokens[i + 1] == "the" and i + 2 < len(tokens):
            joins = bool(TITLE_WORD.match(tokens[i + 2]))  # "Secretary of the Communist Party …"
        elif joins:
            joins = bool(TITLE_WORD.match(tokens[i + 1])) and (tok != "the" or current[-1] in {"of", "to", "for"})
        if TITLE_WORD.match(tok) or joins:
            current.append(tok)
            if ends:
                if not (i + 1 < len(tokens) and tokens[i + 1].lower() in lexicon.KIN_OF_A_NAME):
                    runs.append(current)  # "Lee's predecessor Yoon Suk Yeol": Lee is only named for whose he is
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _strip_token(tok: str) -> str:
    tok = tok.strip(".,’'")
    return tok[:-2].rstrip(".") if tok.endswith(("'s", "’s")) else tok  # "Marcos Jr.’s" → "Jr"


def people_in(text: str, known: Sequence[str] = ()) -> list[str]:
    """People named in a text, titles dropped, name order and diacritics kept.

    A new name needs a title or office before it ("Minister … To Lam"); a lone
    surname counts when it ends or starts a name already ``known`` ("Lam" → "To Lam").

    >>> people_in("Vietnamese Minister of Public Security General To Lam met Lao Deputy Minister Vilay Lakhamphong.")
    ['To Lam', 'Vilay Lakhamphong']
    """
    out: list[str] = []
    text = COUNTERPART_COMMA.sub(r"\1 ", text)  # "his Lao counterpart, Saleumxay Kommasith,": the office names him
    text = OFFICE_OF_COMMA.sub(_office_names, text)  # "the President of Ghana, Nana Akufo-Addo,": the office of a country names him
    if "“" in text or '"' in text:
        text = NICKNAME.sub(" ", text)  # 'Ferdinand "Bongbong" Marcos Jr.': a nickname inside a name
    for run in _name_runs(text):
        tokens = [_strip_token(t) for t in run]
        cut, titled = 0, False
        before_joiner: list[str] = []  # "Prime Minister Imran Khan [to China]": a titled name the run went on past
        org_domain = False  # "Department for Drug-Related Crimes": what an office is for, not who holds it
        for i, tok in enumerate(tokens):
            base = tok.rstrip(".")
            if base in lexicon.TITLES or tok in lexicon.TITLES:
                cut, titled, org_domain = i + 1, True, False
            elif base in lexicon.ORG_WORDS or base in COUNTRY_NAMES_ONE_WORD or tok in {"of", "to", "for", "the", "and", "&"}:
                if tok in {"of", "to", "for"} and not before_joiner and 2 <= i - cut <= 3 and (titled or _resolve_name(tokens[cut:i], known)):
                    before_joiner = tokens[cut:i]  # ("a visit by To Lam to Phnom Penh": a known name before the place)
                org_domain = tok in {"of", "for"} and i > 0 and tokens[i - 1].rstrip(".") in lexicon.ORG_WORDS
                cut = i + 1  # an office alone ("Commission for External Relations") does not make a person
        if org_domain:
            continue
        name_tokens = [t for t in tokens[cut:] if t] or before_joiner
        if not name_tokens:
            continue
        if any(t in lexicon.ORG_WORDS or t in COUNTRY_NAMES_ONE_WORD for t in name_tokens) or COUNTRY_PATTERN.search(" ".join(name_tokens)):
            continue
        name = " ".join(name_tokens)
        if PLACE_PATTERN.fullmatch(name) and before_joiner:
            name_tokens, name = before_joiner, " ".join(before_joiner)  # "President Maria Santos to Hanoi": the name before "to"
        elif PLACE_PATTERN.fullmatch(name) or MONTH_WORD.fullmatch(name_tokens[0]):
            continue
        resolved = _resolve_name(name_tokens, known)
        if resolved:
            name = resolved
        elif not (titled and 2 <= sum(t not in NAME_PARTICLES for t in name_tokens) <= 4):
            continue
        if name not in out:
            out.append(name)
    return out


NICKNAME = re.compile(r"(?<=[a-z])\s+[“\"][A-Z][\w\-]*[”\"]\s+(?=[A-Z])")
COUNTERPART_COMMA = re.compile(r"\b(counterparts?),(?=\s+[A-Z])")
def _office_names(m: re.Match[str]) -> str:
    """The office without its comma when it is a country's ("President of Ghana,") or bare ("The Acting President,"),
    not a ministry's ("Minister of Economy," may end a list of offices)."""
    where = m.group(2)
    return f"{m.group(1)} " if where is None or COUNTRY_PATTERN.fullmatch(where) else m.group(0)


OFFICE_OF_COMMA = re.compile(
    r"\b((?:President|Prime\s+Minister|Premier|Vice\s+President|Foreign\s+Minister|Minister|King|Queen|Chancellor|Emir)"
    r"(?:\s+of\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))?),(?=\s+[A-Z][\w\-]+\s+[A-Z][\w\-]+[,.]?\s)"
)
#: a title opening a name: "Senior Lieutenant General", "Deputy Minister", "President" (the pattern, to build others on)
TITLE_WORD_AHEAD = r"(?:" + alternation(lexicon.TITLES) + r")(?![\w\-])"
TITLE_PRESENT = re.compile(r"(?<![\w\-])" + TITLE_WORD_AHEAD)
MONTH_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"  # whole month words: "Marcos" and "Junichiro" are names
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday"
)


NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _resolve_name(tokens: Sequence[str], known: Sequence[str]) -> str:
    """The full name of ``known`` (the first, in its order) that the one or two ``tokens`` stand for, "" if none."""
    if len(tokens) > 2 or not known:
        return ""
    return _name_index(tuple(known)).get(tuple(tokens), "")


@lru_cache(maxsize=64)
def _name_index(known: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """Every way of naming each known person in one or two words, to the first person named so.

    Built once per article's list of names, so that resolving a name costs the same however many
    people a long text names (a loop over them made a book-length text quadratic).
    """
    index: dict[tuple[str, ...], str] = {}
    for full in known:
        whole = full.split(" ")
        if len(whole) <= 2:
            index.setdefault(tuple(whole), full)
        parts = whole
        if len(parts) > 2 and parts[-1].rstrip(".") in NAME_SUFFIXES:
            parts = parts[:-1]  # "Marcos" is "Ferdinand Marcos Jr"
        for n in (1, 2):
            if len(parts) > n:
                index.setdefault(tuple(parts[-n:]), full)
                index.setdefault(tuple(parts[:n]), full)
        particle = next((i for i, p in enumerate(parts) if p in NAME_PARTICLES), None)
        for p in parts[:particle] if particle is not None else ():
            index.setdefault((p,), full)  # "Lula" is "Luiz Inacio Lula da Silva": the name used stands before the particle
    return index


UNLISTED_PLACE = re.compile(
    r"\b(?:held|took\s+place|signed|inked|met|hosted|convened|opened|organi[sz]ed|staged|conducted)\s+in\s+"
    r"((?:[A-Z][a-z]+)(?:[\s\-](?:[A-Z][a-z]+)){0,2})(?![\w\-])"
)


#: "ambassador to Phnom Penh": the capital stands for the country an envoy is sent to, not for a venue
ENVOY_TO = re.compile(r"\b(?:ambassadors?|envoys?|consuls?|attach[eé]s?)\s+to\s+$", re.I)
#: a news outlet named after its city: "Doha News", "the Jakarta Post", "Kathmandu Times"
OUTLET_AFTER = re.compile(r"\s+(?:News|Times|Post|Herald|Tribune|Gazette|Journal|Observer|Mail|Daily|Chronicle|Express|Today)\b")
PLACE_FEATURE = re.compile(r" (?:Bay|Strait|Sea|Gulf|Harbou?r|Island|Islands|Province|Region|River|Valley)\b")


def location_in(text: str, countries: Sequence[str] = (), near: int = 0) -> str:
    """Where a sentence places its event: the known city after in/at nearest the trigger at ``near``
    (after it first), else the country visited."""
    places = []
    for m in PLACE_PATTERN.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 2]
        if OUTLET_AFTER.match(text, m.end()):
            continue  # "in a statement to Doha News": a paper named after its city, not a venue
        if PLACE_PREPOSITION.search(before) and not after.startswith(("-", "'s", "’s")) and not ENVOY_TO.search(before):
            feature = PLACE_FEATURE.match(text, m.end())  # "in Manila Bay" is the bay, not the city
            name = m.group() + (feature.group() if feature else "")
            places.append((m.start() < near, abs(m.start() - near), "Hanoi" if name == "Ha Noi" else name))
    if places:
        return min(places)[2]
    for m in UNLISTED_PLACE.finditer(text):  # "held in Bandung": a city the place list does not know
        name = m.group(1)
        if not (set(name.split()) & (COUNTRY_WORDS | lexicon.ORG_WORDS)) and not MONTH_WORD.fullmatch(name.split()[0]):
            return name
    # "a visit to Laos", "visited Laos", "led a delegation to Laos"; not "visiting Chinese Foreign Minister" (the visitor's nationality)
    visit = re.search(r"\b(?:visit(?:s|ed)?\s+(?:to\s+)?|delegations?\s+to\s+)(?:the\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?!\s+[A-Z])", text)
    if visit:
        named = countries_in(visit.group(1))
        if named:
            return named[0]
    return ""


# --------------------------------------------------------------------------- noun phrases


#: a name in quotes right after its article: 'a "joint communiqué on …"' (the quotes hold the name, not a new clause)
QUOTED_NAME = re.compile(r"\s*(?P<det>(?:a|an|the)\s+)?[\"“](?P<name>[^\"“”]{3,160})[\"”]", re.I)


def _np_after(sentence: str, pos: int) -> tuple[str, int]:
    """The noun phrase starting at ``pos``: up to the first clause boundary."""
    rest = sentence[pos:]
    quoted = QUOTED_NAME.match(rest)
    if quoted:  # 'signed a "joint communiqué on the establishment of relations"': the name inside the quotes
        phrase = f"{quoted.group('det') or ''}{quoted.group('name')}"
        return " ".join(phrase.split()[:MAX_NP_WORDS]).strip(" .,-–—"), pos + (len(rest) - len(rest.lstrip()))
    m = NP_STOP.search(rest)
    phrase = rest[: m.start()] if m else rest
    tokens = phrase.split()[:MAX_NP_WORDS]
    while tokens and tokens[-1].lower() in DANGLING:
        tokens.pop()  # "the next meeting to be [held …]": the verb was cut, its auxiliaries go too
    return " ".join(tokens).strip(" .-–—"), pos + (len(phrase) - len(phrase.lstrip()))


DANGLING = frozenset({"to", "be", "being", "been", "and", "or", "of", "the", "a", "an"})
# patterns of the noun-phrase, title and date-trimming helpers, compiled once: they run for every candidate
#: "was also signed", "have already been inked": the adverbs of the verb group are not part of the noun phrase either
AUXILIARIES_AT_END = re.compile(
    r"(?:\s+(?:is|are|was|were|be|been|being|has|have|had|will|would|to|expected|to\s+be|set|likely|due|slated|scheduled"
    r"|also|already|jointly|formally|officially|successfully|finally|subsequently|then|now|yet))+$"
)
RELATIVE_AT_END = re.compile(r",\s*(?:which|that)$")
TOKEN = re.compile(r"\S+")
BLANKS = re.compile(r"\s{2,}")
DANGLING_PREPOSITION = re.compile(r"\s+(?:in|on|at|by|from|since)(?=\s+(?:in|on|at|by|from|since|signed)\b|\s*$)")
PREPOSITION_AT_END = re.compile(r"\s+(?:in|on|at|by|from|since)\s*$")
LIST_LEAD = re.compile(r"^(?:including|includes|such\s+as|namely|over|up|out)\s+", re.I)
DETERMINER_LEAD = re.compile(r"^(?:a|an|the|this|that|its|their|his|her)\s+", re.I)
POSSESSIVE_LEAD = re.compile(r"^['’]s\s+")
BETWEEN_THE_SIDES = re.compile(r"\s+(?:between|among)\s+the\s+(?:two\s+)?(?:governments?|sides|countries|ministries)\b.*$", re.I)
DEFINITE_LEAD = re.compile(r"(?:the|this|that|said)\s+(.*)$", re.I)
CAPITALISED = re.compile(r"(?<![\w])[A-Z]")
DIGIT = re.compile(r"\d")
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|from)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$")
ACRONYM = re.compile(r"\([A-Za-z][\w\-]{0,11}\)")


def _np_before(sentence: str, pos: int, need: re.Pattern[str] | None = None) -> tuple[str, int]:
    """The noun phrase that ends at ``pos``, walking back to a determiner.

    With ``need``, the walk goes on past determiners until the phrase holds a match of it
    (so "an agreement on X between the governments of A and B" is taken whole).
    """
    head = sentence[:pos].rstrip()
    # the auxiliary chain before a passive participle is not part of the phrase
    head = AUXILIARIES_AT_END.sub("", head)
    head = RELATIVE_AT_END.sub("", head)  # "The agreement, which was signed in 2019": the agreement
    if head.endswith("("):
        head = head[:-1].rstrip()
    tokens = list(TOKEN.finditer(head))
    start_index = len(tokens)
    seen_need = need is None
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 1 - (MAX_NP_WORDS if need is None else MAX_NEED_WORDS)), -1):
        tok = tokens[i].group()
        bare = tok.strip(",;:()“”\"").lower()
        acronym = ACRONYM.fullmatch(tok) is not None  # "memorandum of understanding (MoU) on …": the name's own short form
        if tok.endswith((",", ";", ":", ")")) and i != len(tokens) - 1 and not seen_need and not acronym:
            break
        if tok.endswith((",", ";", ":")) and i != len(tokens) - 1:
            break
        if tok in {"–", "—"} and i > 0 and (tokens[i - 1].group().endswith(")") or tokens[i - 1].group().isupper()):
            break  # "ISLAMABAD (APP) – Agreements worth …": a dateline's dash ends the phrase ("Cambodia – Vietnam" goes on)
        if bare in BACKWALK_STOP and not (bare == "and" and not seen_need):
            break
        start_index = i
        if need is not None and need.search(tok):
            seen_need = True
        if bare in DETERMINERS and seen_need:
            break
    if not seen_need or start_index >= len(tokens):
        return "", pos
    begin = tokens[start_index].start()
    return head[begin:].strip(" ,;:(“”\""), begin


DATE_PREPOSITION = re.compile(r"\s+(?:in|on|at|by|from|since)\s+$")
PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)\b", re.I)


def _trim_dates(phrase: str, found: Sequence[DateMention], offset: int) -> str:
    """The phrase without the date expressions inside it (they are the date, not the name)."""
    out = phrase
    for dm in sorted((d for d in found if d.role != "period"), key=lambda d: -d.start):
        a, b = dm.start - offset, min(dm.end - offset, len(out))
        if not (0 <= a < b and dm.expr.startswith(out[a:b])):  # not a verbatim slice (a quote dropped): find the words
            a = out.rfind(dm.expr)
            b = a + len(dm.expr)
            if a < 0:  # the phrase may end inside the expression ("… on January 2" of "January 2, 2019")
                cut = next((k for k in range(len(dm.expr), 2, -1) if out.endswith(dm.expr[:k])), 0)
                a, b = len(out) - cut, len(out)
        if 0 <= a < b:
            part_of_day = PART_OF_DAY.match(out, b)  # "on Saturday morning": the part of the day goes with the day
            b = part_of_day.end() if part_of_day else b
            own = DATE_PREPOSITION.search(out, 0, a)  # "deals on Monday covering energy": the date's "on" goes with it
            out = out[: own.start() if own else a] + out[b:]
    out = DANGLING_PREPOSITION.sub("", BLANKS.sub(" ", out))
    out = PREPOSITION_AT_END.sub("", out).strip(" ,.-–—")
    return out


# --------------------------------------------------------------------------- detectors


def _detect_signings(s: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in list(SIGN.finditer(s)) + list(WEAK_SIGN.finditer(s)):
        if MANY_COUNTRIES.search(s, max(0, m.start() - 40), m.start()):
            continue  # "after 18 countries signed an agreement on the rail network": many parties, not two
        if YEARS_SINCE.search(s, 0, m.start()):
            continue  # "45 years since the signing of the Treaty": an old signing counted from, not an event told
        if HONOURED_TO.search(s, max(0, m.start() - 40), m.start()):
            continue  # "said he was honoured to sign an agreement that …": the signer's word on the signing told, not a new one
        if BECAME_THE_ONE_TO.search(s, max(0, m.start() - 80), m.start()):
            continue  # "Australia became the second country to conclude such a pact with Japan": a rank, the paper told elsewhere
        weak = WEAK_SIGN.fullmatch(m.group()) is not None
        verb = m.group().lower()
        # "signing ceremony" and "the signing of X" are nouns; "signed by" is passive
        obj, obj_start = _np_after(s, m.end())
        obj_l = obj.lower()
        if obj_l.startswith("of "):
            obj, obj_start = obj[3:], obj_start + 3
            obj_l = obj.lower()
        # ("are considering signing a treaty": a gerund after another verb is active, not "were … signed")
        be_before = not verb.endswith("ing") and BE_BEFORE.search(s, 0, m.start()) is not None
        passive = (
            not obj
            or obj_l.startswith(("by ", "between ", "in ", "on ", "at ", "with ", "last ", "this ", "earlier", "during", "into "))
            # "the agreement signed today provides …" (but "signed yesterday Memorandums of Understanding": the day, then the paper)
            or (obj_l.startswith(("today ", "yesterday ", "here ", "there ")) and not AGREEMENT.match(obj.split(" ", 1)[1]))
            or s[max(0, m.start() - 1) : m.start()] == "("
            or be_before
        )
        if passive and obj and not verb.endswith("ing") and not be_before:
            # "signed this Wednesday in Bogotá a memorandum of understanding": the day and place come before the object
            late = LATE_OBJECT.match(s, m.end())
            if late and LATE_PAPER.match(s, late.end("det")):
                obj, obj_start = _np_after(s, late.start("det"))
                obj_l, passive = obj.lower(), False
        if verb.startswith(("sign", "ink")) and obj_l.startswith(("ceremony", "ceremonies")):
            # "a signing ceremony for the contract on X took place …": the signing of X
            named = re.match(r"ceremon(?:y|ies)\s+(?:for|of)\s+", obj, re.I)
            if not named and found_in(HAPPENING, s, lowered(s)):  # "held an online railway transport agreement signing ceremony"
                before, bstart = _np_before(s, m.start(), need=AGREEMENT)
                if before:
                    out.append(Candidate("signing", m.start(), m.end(), before, bstart, strong=True))
                    continue
                if not CEREMONY_WITNESSED.match(s, m.end()):
                    continue
            if not named and CEREMONY_WITNESSED.match(s, m.end()):
                # "The March 14 signing ceremony was witnessed by …": the signing the article told, by its day
                out.append(Candidate("signing", m.start(), m.end(), "the signing ceremony", m.start(), strong=False))
                continue
            if not named or not (found_in(HAPPENING, s, lowered(s)) or WITNESSED.search(s, 0, m.start()) or SCENE_OF.search(s, max(0, m.start() - 12), m.start())):
                continue  # "witnessed the signing ceremony for …" tells that it took place
            obj, obj_start = obj[named.end() :], obj_start + named.end()
            out.append(Candidate("signing", m.start(), m.end(), obj, obj_start, strong=True))
            continue
        if verb == "signing" and not obj and THE_BEFORE.search(s, max(0, m.start() - 5), m.start()):
            if SEATED_BY.search(s, m.end()):  # "The signing was held in the presence of X and Y": who was there
                out.append(Candidate("signing", m.start(), m.end(), "the signing", m.start() - 4, strong=False))
            continue  # '"A landmark agreement," he told reporters after the signing.': the signing told, referred back to
        if verb == "signing" and not AGREEMENT.search(obj) and FOR_SIGNING.search(s, max(0, m.start() - 8), m.start()):
            # "The draft agreement on X will be submitted to the governments for signing next year": the clause's paper
            paper = next(AGREEMENT.finditer(s, _clause_start(s, m.start()), m.start()), None)
            if paper is not None:
                before, bstart = _np_before(s, paper.start())
                after, _ = _np_after(s, paper.end())
                tail = after if after.lower().startswith(("on ", "of ", "for ", "between ")) else ""
                phrase = " ".join(p for p in (before, paper.group(), tail) if p)
                out.append(Candidate("signing", m.start(), m.end(), phrase, bstart if before else paper.start(), strong=True))
            continue
        relative = None if AGREEMENT.search(obj) else RELATIVE_SUBJECT_BEFORE.search(s, max(0, m.start() - 80), m.start())
        if relative is not None:
            # "the MoU on trade, which the two ministers signed today, …": the paper is the relative's antecedent
            phrase, pstart = _np_before(s, relative.start(), need=AGREEMENT)
            if phrase:
                out.append(Candidate("signing", m.start(), m.end(), phrase, pstart, strong=not weak))
            continue
        if AND_SIGNED_BEFORE.search(s, max(0, m.start() - 20), m.start()) and not AGREEMENT.search(obj):
            continue  # "which will be signed and ratified soon": the second verb is the same paper's act, told by the first
        if AND_SIGN_AFTER.match(obj) and AGREEMENT.search(obj):
            continue  # "signed and ratified a treaty": the second verb carries the paper
        if weak and verb.startswith("approv") and (HOME_APPROVER_BEFORE.search(s, max(0, m.start() - 40), m.start()) or HOME_APPROVER_AFTER.match(obj)):
            continue  # "Fiji's Cabinet approved an Agreement with New Zealand": cleared at home for signing, not signed
        if weak and NOT_A_PAPER.match(obj):
            continue  # "approved a proposal … for the signing of an agreement": the plan to sign, approved at home
        if passive and weak and verb in {"exchange", "adopt", "approve"}:
            continue  # "in the fields of information exchange, …": a noun, not the exchange of a paper
        if weak and DRAFT_LEAD.match(obj):
            continue  # "the government has approved the draft MoU": a text cleared for signing, not a paper signed
        if weak and verb.startswith("approv") and LEGISLATURE_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue  # "The Senate approved the agreement on December 16": one side's ratification at home, not a signing
        if verb == "exchange" and not DETERMINER_LEAD.match(obj) and not VERB_BEFORE_BARE.search(s, max(0, m.start() - 12), m.start()):
            continue  # "discussed exchange programmes for personnel": a compound noun, not a paper exchanged
        if passive:
            phrase, pstart = _np_before(s, m.start(), need=AGREEMENT)
            relative = None if phrase else RELATIVE_CLAUSE.search(s, max(0, m.start() - 120), m.start())
            if relative:  # "memoranda on trade, which tomorrow will not only be reviewed but also signed": the antecedent
                phrase, pstart = _np_before(s, relative.start(), need=AGREEMENT)
                purpose = None if phrase else PURPOSE_TAIL.search(s, max(0, relative.start() - 60), relative.start())
                if purpose:  # "an agreement to protect joint investments, which will be signed": the paper and its aim
                    phrase, pstart = _np_before(s, purpose.start(), need=AGREEMENT)
                    phrase = s[pstart : relative.start()] if phrase else ""
            if not phrase:
                continue
            plan_for = PLAN_FOR_IMPLEMENTING_BEFORE.search(s, max(0, pstart - 60), pstart)
            if plan_for:  # "a roadmap for the implementation of the accord was signed": a new roadmap, the accord its topic
                phrase, pstart = s[plan_for.start() : pstart] + phrase, plan_for.start()
            head = AGREEMENT.search(s, pstart, m.start())
            if head and IMPLEMENTING.search(s, max(pstart, head.start() - 40), head.start()) and not DATED_AFTER.match(s, m.end()):
                continue  # "talks geared at implementing normalisation agreements signed in Washington": papers in force
            if head and PAPERS_IN_VIEW_BEFORE.search(s, max(0, head.start() - 60), head.start()) and not be_before and not DATED_AFTER.match(s, m.end()):
                continue  # "evaluated the agreements signed between both nations", "includes 22 agreements signed in …": papers in force
            if EARLIER_SIGNED_BEFORE.search(s, max(0, m.start() - 12), m.start()) and not DATED_AFTER.match(s, m.end()):
                continue  # "agreements previously signed between the two parties": papers in force, not a signing told
            if IMPLEMENTING.search(s, _clause_start(s, pstart), pstart) and not DATED_AFTER.match(s, m.end()):
                continue  # "implement the agreements signed between …": papers in force; "(signed in August 2021)" dates one
                # (in the paper's own clause: "reviewed the implementation of the 2023 plan and agreed on the plan for
                # 2024, which was signed at the end of the meeting" signs the second)
        else:
            phrase, pstart = obj, obj_start
            if obj_l.startswith(("up ", "up,", "off", "into", "for ")):
                continue
            if verb.endswith("ed") and (
                ADJECTIVE_PLACE.search(s, max(0, m.start() - 12), m.start()) or CARRY_OUT_BEFORE.search(s, max(0, m.start() - 30), m.start())
            ):
                continue  # "accelerate the implementation of signed agreements": a participle describing papers, not a signing
                # ("pledged to seriously realise signed agreements": papers to carry out)
            if PARTICIPLE_AS_ADJECTIVE.search(s, 0, m.start()) and IMPLEMENTING.search(s, max(0, s.rfind(";", 0, m.start())), m.start()):
                continue  # "prepare to implement their newly ratified pact": a paper in force, not a signing told
            if (weak or verb.startswith(("conclud", "renew", "seal", "pen", "formali"))) and not AGREEMENT.search(obj):
                continue
            if weak and not AGREEMENT.search(OBJECT_HEAD.split(obj, 1)[0]) and not PAPER_COPIES.match(obj):
                continue  # "exchanged views on a draft protocol": what is exchanged is views, not a paper
            if verb.startswith(("conclud", "seal", "finali")) and TALKS_OBJECT.match(obj):
                paper = AGREEMENT.search(obj)
                if paper is not None and not verb.endswith("ed"):
                    # "agreed to conclude negotiations on a new Defence Cooperation Agreement by the end of the year": the paper to come
                    on = obj.rfind(" on ", 0, paper.start())
                    paper_name = obj[on + 4 :] if on >= 0 else obj[paper.start() :]
                    out.append(Candidate("signing", m.start(), m.end(), paper_name, obj_start + len(obj) - len(paper_name), strong=False))
                continue  # "concluded negotiations on a defence agreement": the paper is ready, not yet signed
            if verb.startswith("sign") and not AGREEMENT.search(obj) and not SIGNED_OTHER.search(obj_l):
                continue
        out.append(Candidate("signing", m.start(), m.end(), phrase, pstart, strong=not weak))
    return out


#: a paper for carrying out another, just before the other's name: "the action plan for the implementation of …",
#: "a programme of actions on implementation of …" (the paper signed is the plan, not the one it carries out)
PLAN_FOR_IMPLEMENTING_BEFORE = re.compile(
    r"\b(?:action\s+)?(?:plans?|programmes?|programs?|roadmaps?)(?:\s+of\s+(?:joint\s+)?(?:actions?|measures))?\s+(?:for|on)\s+(?:the\s+)?implementation\s+of\s+$",
    re.I,
)
#: one side's accession to a pact many have signed: "joining a regional customs convention", "accession to the treaty"
JOINING_BEFORE = re.compile(r"\b(?:join(?:s|ed|ing)?|accession\s+to|accede\s+to|acceding\s+to)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$", re.I)
#: "are in agreement", "were fully in agreement": agreeing, an idiom, not a paper
IN_AGREEMENT_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|remains?|remained|fully|completely|broadly|largely)\s+in\s+(?:full\s+|complete\s+|broad\s+)?$", re.I
)
#: the verb of a reduced relative's papers that looks at papers already there: "evaluated [the agreements signed
#: between both nations]", "which includes [22 bilateral agreements signed in the areas of …]"
PAPERS_IN_VIEW_BEFORE = re.compile(
    r"\b(?:evaluat|review|assess|examin|discuss|includ|compris)(?:e|es|ed|ing)\s+(?:the\s+|\d[\d,]*\s+)?(?:[\w\-]+\s+){0,2}$", re.I
)
#: one side's government that clears a paper at home before it is signed: "Cabinet approved", "the Council of Ministers has
#: approved" (a parliament's approval, after the signing, is its ratification)
HOME_APPROVER_BEFORE = re.compile(r"\b(?:cabinet|council\s+of\s+ministers)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?$", re.I)
HOME_APPROVER_AFTER = re.compile(r"by\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}?(?:cabinet|council\s+of\s+ministers)\b", re.I)
#: a signer's feeling about the act: "was honoured to sign", "is pleased to sign"
HONOURED_TO = re.compile(r"\b(?:honou?red|pleased|proud|happy|glad|delighted|privileged)\s+to\s+$", re.I)
#: one side's legislature as the subject of a weak verb: "The Senate approved …", "the National Assembly has approved …"
LEGISLATURE_BEFORE = re.compile(
    r"\b(?:senate|parliament|national\s+assembly|congress|legislature|lawmakers|senators|house\s+of\s+representatives|diet|majlis)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?$",
    re.I,
)
#: a rank among those who did an act: "became the first country to sign", "is the second nation to conclude"
BECAME_THE_ONE_TO = re.compile(r"\b(?:became|becomes|becoming|is|was)\s+the\s+(?:[\w\-]+\s+){0,6}?to\s+$", re.I)
#: the aim of a paper after its noun: "an agreement to protect joint investments"
PURPOSE_TAIL = re.compile(r"\s+to\s+[a-z]+(?:\s+[\w\-]+){0,4}$")
#: a second verb of signing joined to the first: "signed and ratified", "inked and sealed"
AND_SIGNED_BEFORE = re.compile(r"\b(?:signed|inked|sealed|initialled|initialed|concluded)\s+and\s+$", re.I)
#: what is approved or adopted that is no paper between the sides: "approved a proposal for the signing of …"
NOT_A_PAPER = re.compile(r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?(?:proposals?|requests?|recommendations?|decisions?|drafts?|bills?|motions?|initiatives?)\b", re.I)
AND_SIGN_AFTER = re.compile(r"and\s+(?:sign|ink|ratif|seal|initial|conclud)\w*\s", re.I)
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: an auxiliary of the passive right before a participle: "was signed", "were also signed"
BE_BEFORE = re.compile(r"(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", re.I)
#: a day and a place between a signing verb and its object: "signed this Wednesday in Bogotá a memorandum …"
LATE_OBJECT = re.compile(
    r"\s+(?:(?:on\s+|this\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s*,?\s+)?"
    r"(?:in\s+(?:[A-Z][\w\-’'áéíóúñ]*(?:\s+[A-Z][\w\-’'áéíóúñ]*)?|this\s+(?:city|capital))\s*,?\s+)?"  # "signed in this city an agreement"
    r"(?:,?\s*together\s+with\s+[^,;.]{3,60},\s*)?"  # "will sign on Saturday, together with his counterpart, the memorandums"
    r"(?P<det>(?:an?|the|two|three|four|five|several)\s+(?:[\w\-]+\s+){0,3}?)",
)
#: the paper of a late object, after up to three words that qualify it: "an exchange and cooperation agreement"
LATE_PAPER = re.compile(rf"(?:(?:[\w\-]+)\s+){{0,3}}?{AGREEMENT.pattern}", FLAGS)
#: a signing as a purpose: "submitted … for signing", "ready for signing"
FOR_SIGNING = re.compile(r"\bfor\s+$", re.I)
#: where an object's head noun ends: "views [on a draft protocol]", "the plan [for 2024]"
OBJECT_HEAD = re.compile(r"\s(?:on|of|for|about|regarding|concerning|over|with|in|to)\s", re.I)
#: papers exchanged by their copies: "exchanged copies of the agreement", "the instruments of ratification"
PAPER_COPIES = re.compile(r"(?:the\s+)?(?:signed\s+)?(?:copies|instruments|texts|originals)\s+of\b", re.I)
#: "signing ceremony was witnessed by", "signing ceremony took place", "at the signing ceremony on Tuesday": a bare ceremony told as done
CEREMONY_WITNESSED = re.compile(
    r"\s+ceremony\s+(?:[^,;.]{0,40}?\s)?(?:was|were)\s+(?:also\s+)?(?:witnessed|held|attended|presided|co-?chaired|chaired)\b|\s+ceremony\s+took\s+place\b"
    r"|\s+ceremony\s*,\s+(?:which\s+was\s+)?held\b"  # "The signing ceremony, held in Riga on May 4, was attended by …"
    r"|(?<=\bthe\ssigning)\s+ceremony\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday)\b",  # "at the signing ceremony on Tuesday"
)
#: a ceremony as the scene of something else: "was discussed during the signing ceremony of the memoranda" (it was held)
SCENE_OF = re.compile(r"\b(?:during|at)\s+(?:the|a)\s+$", re.I)
DRAFT_LEAD = re.compile(r"(?:(?:the|a|an|their|its)\s+)?drafts?\b", re.I)
#: what makes a bare "exchange" a verb: "to exchange notes", "will exchange" ("capacity building and exchange programmes" is a noun)
VERB_BEFORE_BARE = re.compile(r"\b(?:to|will|would|shall|can|could|should|must|also)\s+$", re.I)
#: a relative clause whose verb is the signing: "…, which tomorrow will … be signed" (no other clause opens inside it)
RELATIVE_CLAUSE = re.compile(
    r",\s*(?:which|that)\s+(?:[^,;.]|,\s*but\b)*?(?:is|are|was|were|be|been)\s+(?:\w+\s+)?$"
    # ("memoranda of understanding that will be signed on Thursday": a restrictive clause needs no comma)
    r"|\s(?:which|that)\s+(?:will|would|shall|are\s+to|is\s+to)\s+(?:also\s+)?be\s+$",
    re.I,
)
#: what is concluded when a paper is only agreed on: "concluded (the) negotiations / talks on …"
TALKS_OBJECT = re.compile(
    r"(?:the\s+|their\s+|its\s+)?(?:(?:first|second|third|fourth|fifth|sixth|final|last|latest|\d+(?:st|nd|rd|th))\s+)?"
    r"(?:rounds?\s+of\s+)?(?:[\w\-]+\s+)?(?:negotiations?|talks|consultations|discussions)\b",
    re.I,
)
#: a protocol that is a service of state: "Protocol and Ceremony Director-General", "Protocol Department", "Chief of Protocol"
PROTOCOL_OFFICE = re.compile(r"(?<=[Pp]rotocol)(?:\s+and\s+[A-Z][\w\-]*)?\s+(?:Director|Department|Office|Officer|Chief|Head|Division|Service|Section)", re.I)
OFFICE_OF = re.compile(r"\b(?:Chief|Head|Director|Department|Office|Officer|Division)(?:-General)?\s+of\s+(?:State\s+)?$", re.I)
AHEAD_WORD = re.compile(r"\b(?:upcoming|forthcoming|coming|next|planned|proposed|expected|future)\b", re.I)
MORE_OF_A_KIND = re.compile(r"\b(?:more|further|additional)\s+(?=\S)", re.I)
#: where a participle before its noun can only be an adjective: after a preposition ("of signed agreements")
ADJECTIVE_PLACE = re.compile(r"\b(?:of|on|with|under|from|into|all|these|those|existing)\s+$", re.I)
#: a verb of carrying out right before a participle: "realise signed agreements", "implement inked deals"
CARRY_OUT_BEFORE = re.compile(
    r"\b(?:implement|reali[sz]e|carry\s+out|enforce|materiali[sz]e|fulfil|fulfill|honou?r|execute|concreti[sz]e|effectively\s+(?:implement|reali[sz]e))"
    r"(?:s|d|ed|ing)?\s+(?:\w+ly\s+)?$",
    re.I,
)
#: "their newly ratified pact", "the recently signed accord": the participle describes a paper that exists
PARTICIPLE_AS_ADJECTIVE = re.compile(r"\b(?:their|its|our|his|her|the|newly|recently|already|previously)\s+$", re.I)
#: "…, which Foreign Minister Payne and I signed": a relative clause whose subject signed what comes before it
RELATIVE_SUBJECT_BEFORE = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:[A-Z][\w’'\-.]*|I|we|they|he|she|the|two|both|and|our|their|his|her|[a-z]+(?:ers?|ors?|ents?|ies))\s+){1,7}(?:also\s+|just\s+)?$"
)
#: "the signing of X": a noun whose own date, not the clause around it, says whether it is done
NOMINAL_SIGNING = re.compile(r"\bthe\s+signing\s+of\b", re.I)
#: other things that are signed ("signed the Comprehensive Strategic Partnership", "signed a cooperation …")
SIGNED_OTHER = re.compile(r"\b(?:cooperation|partnership)\b")


#: a paper in force named as the whole something belongs to: "a key element of the bilateral Defence Cooperation Treaty"
PART_OF_PAPER_BEFORE = re.compile(
    r"\b(?:element|part|pillar|component|cornerstone|provisions?|terms|clauses?|articles?)\s+of\s+(?:the|this|that|their|its)\s+(?:[\w\-]+\s+){0,4}$", re.I
)
#: a paper in force named as what is reviewed: "a review of a 2017 security treaty", "to review the existing agreement"
REVIEW_OF_BEFORE = re.compile(
    r"\b(?:review(?:ing)?|revision|renegotiat(?:e|ion|ing))\s+(?:of\s+)?(?:the|a|an|their|its)\s+(?:(?:existing|current|(?:19|20)\d\d)\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)
#: a present-tense relative clause right after a paper's name: what a paper in force does
IN_FORCE_CLAUSE = re.compile(r"[^,.;]{0,40}?,\s*which\s+(?:allows|permits|enables|governs|provides|covers|regulates|grants)\b", re.I)
#: a paper set aside, later in its clause: "an agreement on a rail line … is not on the cards", "was shelved"
OFF_THE_TABLE = re.compile(r"[^;.]*?\b(?:(?:is|are|was|were)\s+)?(?:not\s+on\s+the\s+cards|off\s+the\s+table|shelved|ruled\s+out)\b", re.I)


#: an agreement that is only the way the sides decide: "to be fixed by mutual agreement", "upon common agreement"
BY_CONSENT_BEFORE = re.compile(r"\b(?:by|upon|through|with)\s+(?:mutual|common|joint)\s+$", re.I)
#: a paper signed some time before the news, in force: "implementing agreements previously signed between the two parties"
EARLIER_SIGNED_BEFORE = re.compile(r"\b(?:previously|already|earlier|formerly)\s+$", re.I)


def _detect_planned_nouns(s: str) -> list[Candidate]:
    """An agreement named with a future or proposal cue but no signing verb ("X would be on the agenda")."""
    low = lowered(s)
    if found_in(SIGN, s, low) or found_in(IN_FORCE, s, low) or not (found_in(PLANNED, s, low) or found_in(PROPOSED, s, low)):
        return []
    out = []
    for m in PLANNABLE.finditer(s):
        if IMPLEMENTING.search(s, max(0, s.rfind(";", 0, m.start())), m.start()) or BEING_IMPLEMENTED.match(s, m.end()) or WHAT_IT_DOES.match(s, m.end()) or ASIDE_FROM.search(s, 0, m.start()):
            continue  # "agreed to implement the cooperation agreements, including …": agreements already made
        if PROTOCOL_OFFICE.match(s, m.end()) or OFFICE_OF.search(s, 0, m.start()):
            continue  # "Protocol and Ceremony Director-General Juan Gamarra", "the Chief of Protocol": an office, not a paper
        if BY_CONSENT_BEFORE.search(s, max(0, m.start() - 20), m.start()):
            continue  # "the date will be set by mutual agreement": how the sides decide, not a paper
        if REVIEW_OF_BEFORE.search(s, max(0, m.start() - 60), m.start()) or PART_OF_PAPER_BEFORE.search(s, max(0, m.start() - 60), m.start()):
            continue  # "called for a review of a 2017 security treaty", "a key element of the Defence Cooperation Treaty": a paper in force
        if COMMITTED_TO_NAMED.search(s, max(0, m.start() - 80), m.start()) or ANNIVERSARY_OF_PAPER.search(s, max(0, m.start() - 80), m.start()):
            continue  # "reaffirmed their commitment to the Lima Accord", "the 60th anniversary of the Lima Treaty": a paper in force
        if IN_FORCE_CLAUSE.match(s, m.end()) or OFF_THE_TABLE.match(s, m.end()):
            continue  # "the Visiting Forces Agreement, which allows …": a paper in force; "a rail pact … is not on the cards": dropped
        if IN_AGREEMENT_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue  # "they are in agreement on more aid": the two agree, no paper
        if JOINING_BEFORE.search(s, max(0, m.start() - 60), m.start()):
            continue  # "helping its neighbour join a regional customs convention": one side joins a many-sided pact
        before, _ = _np_before(s, m.start())
        after, _ = _np_after(s, m.end())
        start = m.start() - len(before) - 1 if before else m.start()
        phrase = ((before + " ") if before else "") + m.group() + (
            (" " + after) if after.lower().startswith(("on ", "of ", "for ", "between ")) else ""
        )
        out.append(Candidate("planned_agreement", m.start(), m.end(), phrase.strip(), max(0, start), strong=False))
    return out


def _noun_candidates(
    kind: str, pattern: re.Pattern[str], s: str, cue: re.Pattern[str] | None, stated: re.Pattern[str] | None = None
) -> list[Candidate]:
    """Each ``pattern`` noun in ``s`` with its phrase, when the sentence has a ``cue`` (or the words
    before the noun match ``stated``)."""
    out = []
    low = lowered(s)
    for m in pattern.finditer(s):
        noun = _head(m.group())
        if kind != "joint_activity" and PLURAL_HEAD.search(noun) and noun not in PLURAL_EVENTS:
            continue
        if kind in ("meeting", "conference") and PARTICIPANTS_OF.search(s, max(0, m.start() - 40), m.start()):
            continue  # "Other participants in the meeting also arrived": the people of a gathering told, not a new one
        lead = ORDINAL.match(m.group())  # "at the second Joint Consultative Commission": the number the noun opens with counts as said before it
        upto = m.start() + lead.end() + 1 if lead else m.start()
        if cue is not None and not found_in(cue, s, low) and not (stated is not None and found_in(stated, s, low, 0, upto)) and not STARTED_AFTER.match(s, m.end()) and not (
            NTH_THE_BEFORE.search(s, max(0, m.start() - 80), m.start()) and DID_AFTER.match(s, m.end())
        ) and not ATTEND_NTH.search(s, max(0, m.start() - 120), m.start()) and not DATED_AFTER_NOUN.match(s, m.end()) and not DAY_WORD_AFTER.match(s, m.end()) and not (
            WEEKDAY_AFTER_NOUN.match(s, m.end()) and AN_BEFORE.search(s, max(0, m.start() - 30), m.start())
            and not AT_A_MEETING.search(s, 0, m.start()) and not AFTER_BARE.search(s, 0, m.start())
        ):
            continue  # ("The inaugural session of the commission started in Harare yesterday": its own verb tells it)
        had = HAD_BEFORE.search(s, max(0, m.start() - 60), m.start()) if kind == "meeting" else None
        # "the delegation had fruitful talks": the talks' own words, not who had them (the walk back skips "had")
        before, bstart = (had.group("words").strip(), had.start("words")) if had else _np_before(s, m.start())
        owner = DAY_OWNER.search(before) or AT_BARE_NTH.search(before)
        if owner:  # ("relations at 34th Session of …": the session's name starts at its number)  # "about tomorrow's joint session": the day owns the gathering, the words before it are the clause's
            before, bstart = before[owner.end() :], bstart + owner.end()
        after, _ = _np_after(s, m.end())
        phrase = " ".join(p for p in (before, m.group(), after) if p)
        out.append(Candidate(kind, m.start(), m.end(), phrase, bstart if before else m.start(), strong=cue is not None))
    return out


#: a gathering recalled, not told: "during a previous meeting", "at an earlier meeting"
RECALLED_BEFORE = re.compile(r"\b(?:previous|earlier|prior|past|former)\s+$", re.I)
#: the people of a gathering: "participants in the meeting", "delegates to the forum"
PARTICIPANTS_OF = re.compile(r"\b(?:participants|delegates|attendees)\s+(?:in|of|to|at)\s+the\s+$", re.I)
#: a numbered gathering as the subject of what it did: "the 19th Thai-Lao bilateral meeting focused on …"
NTH_THE_BEFORE = re.compile(r"\bthe\s+\d+(?:st|nd|rd|th)\s+(?:[\w\-’']+\s+){0,5}$", re.I)
#: a gathering with its own day right after its name: "at a Joint Commission on Defence in Blantyre on 30 June",
#: "the General Border Committee (GBC) talks on September 10 in Koh Kong"
DATED_AFTER_NOUN = re.compile(
    r"(?:\s+(?!(?:which|that|who|to|will|would|is|are)\b)[^\s,;.]+){0,8}?\s+on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\b|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\b)", re.I
)
#: "The meeting today was initiated by the ministers": the day right after the noun states it
#: ("The meeting last Thursday optimised …": a past weekday right after it, the same)
DAY_WORD_AFTER = re.compile(r"\s+(?:today|yesterday|last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week))\b(?!['’]s)", re.I)
AN_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: "the focus of a meeting between the defence ministers of the two countries on Thursday": a weekday dates it too
#: (a gathering "at a meeting … on Thursday", "after talks on Friday" is AT_A_MEETING's and AFTER_BARE's; only a gathering
#: brought in as new, "a meeting", not "Talks on Tuesday touched on …" about the one told)
WEEKDAY_AFTER_NOUN = re.compile(
    r"(?:\s+(?!(?:which|that|who|to|will|would|is|are)\b)[^\s,;.]+){0,8}?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: "was here to attend the 54th Border Committee (GBC) meeting": a numbered gathering someone came for, or
#: led ("the two deputy ministers led the 9th strategic dialogue")
ATTEND_NTH = re.compile(r"\b(?:attend(?:s|ed|ing)?|led|co-led|headed)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:[\w\-’'()]+\s+){0,8}$", re.I)
DID_AFTER = re.compile(r"\s+(?:focused|discussed|reviewed|agreed|resolved|decided|adopted|deliberated|noted|ended|concluded|approved|examined)\b", re.I)
#: the words before a numbered gathering with no article: "… relations at 34th Session of …"
AT_BARE_NTH = re.compile(r"^.*\b(?:at|during)\s+(?=\d+(?:st|nd|rd|th)\b)", re.I)
#: the gathering's own verb of beginning, in its clause: "… session of the Bi-National Commission started in Harare yesterday"
STARTED_AFTER = re.compile(
    r"(?:\s+(?!(?:which|that|who|when|while|after|before|since|as)\b)[^\s,;.]+){0,16}?\s+(?:has\s+|have\s+|had\s+)?(?:officially\s+|formally\s+)?"
    r"(?:started|began|begun|commenced|got\s+under\s*way|will\s+(?:start|begin|commence))\b(?!\s+(?:to\b|in\s+(?:19|20)\d\d))",
    re.I,
)


#: a count before an activity's plural noun: "organising 20 joint patrols", "held dozens of joint drills"
TALLIED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+$", re.I)
#: a gathering named as the start of a span: "since the previous annual conference, the stations have …"
SINCE_PREVIOUS = re.compile(r"\bsince\s+(?:the|their|its)\s+(?:previous|last|prior|earlier)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _detect_conferences(s: str) -> list[Candidate]:
    found = _noun_candidates("conference", CONFERENCE, s, HAPPENING, stated=AT_THE_NTH_OR_DAYS)
    for m in CONFERENCE.finditer(s):
        if not any(c.start == m.start() for c in found) and SUMMIT_SCENE_BEFORE.search(s, max(0, m.start() - 40), m.start()) and BETWEEN_LEADERS.match(s, m.end()):
            # "signed on Thursday ahead of a virtual summit between Prime Minister X and her counterpart Y": the summit is told
            after, _ = _np_after(s, m.end())
            found.append(Candidate("conference", m.start(), m.end(), f"{m.group()} {after}".strip(), m.start(), strong=False))
    found = [c for c in found if not PRESS_BEFORE.search(s, 0, c.start)]  # "at a news conference": where it was said
    found = [c for c in found if not SINCE_PREVIOUS.search(s, max(0, c.start - 60), c.start)]  # a reference point, not the news
    found = [c for c in found if not (s[c.start : c.end].lower() == "dialogue" and _listed_value(s, c.start, c.end))]
    found = [c for c in found if not _one_country_cabinet(s, c)]
    found = [c for c in found if not NATIONAL_BEFORE.search(s, max(0, c.start - 12), c.start)]  # "the ongoing national dialogue": one country's own
    for m in BODY_SESSION.finditer(s):
        if not any(c.start <= m.start("session") < c.end for c in found):
            # "The joint commission on trade held its 7th session in 2023": the body's session, named by the body
            phrase = f"{m.group('session')} of the {m.group('body')}"
            found.append(Candidate("conference", m.start("session"), m.end("session"), phrase, m.start("session"), strong=True))
    return found


ITS_BEFORE = re.compile(r"\bits\s+$", re.I)
#: one nation's own process: "national dialogue", "national conference" (not a meeting of the two sides)
NATIONAL_BEFORE = re.compile(r"\bnational\s+$", re.I)
#: one government's own cabinet: "the Cypriot Council of Ministers", "the Greek cabinet" (not "the Franco-German Council")
ONE_NATION_CABINET = re.compile(r"(?<![\w\-])([A-Z][a-z]+)\s+(?:[Cc]ouncil\s+of\s+[Mm]inisters|[Cc]abinet)\b")


def _one_country_cabinet(s: str, c: Candidate) -> bool:
    """Whether a conference candidate is the cabinet of one country: a domestic sitting, not a bilateral one."""
    m = ONE_NATION_CABINET.search(s, max(0, c.phrase_start - 2), c.end + 2)
    return m is not None and len(countries_in(m.group(1))) == 1


#: where a summit is the scene of what is told: "ahead of a virtual summit", "at the summit", "during a summit"
SUMMIT_SCENE_BEFORE = re.compile(r"\b(?:at|during|ahead\s+of|after|following|before)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: a gathering between two named sides: "summit between Prime Minister X and …", "between the two leaders"
BETWEEN_LEADERS = re.compile(r"\s+between\s+(?:the\s+two\s+(?:leaders|prime\s+ministers|presidents)|(?-i:[A-Z]))", re.I)
#: a joint body holding its numbered session: "The Laos-Vietnam Intergovernmental Commission held its 45th session"
BODY_SESSION = re.compile(
    r"(?<![\w\-])(?:[Tt]he\s+)?(?P<body>(?:[\w\-]+\s+){0,6}?(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil)(?:\s+(?:on|for)\s+(?:[\w\-]+\s+){0,4}?[\w\-]+)?)"
    r"\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to|has|have)\s+)?(?:held|holds|hold|convened|convenes|convene)\s+its\s+"
    r"(?P<session>(?P<nth>\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|inaugural)"
    r"\s+(?:(?:plenary|regular|annual|joint)\s+)?(?:session|meeting))\b"
)


#: a bare "dialogue" listed among values, with a comma before and a comma or "and" after: "to bolster friendship,
#: dialogue, political trust and …" (what is fostered, not a gathering held)
LISTED_BEFORE = re.compile(r",\s*$")
LISTED_AFTER = re.compile(r"\s*,|\s+and\s")


def _listed_value(s: str, start: int, end: int) -> bool:
    """Whether the word at ``s[start:end]`` stands in a list of values: a comma before, a comma or "and" after."""
    return LISTED_BEFORE.search(s, max(0, start - 3), start) is not None and LISTED_AFTER.match(s, end) is not None


#: a conference of the press is where something was announced, not a milestone between two sides
PRESS_BEFORE = re.compile(r"\b(?:news|press|media)\s+$", re.I)


#: "at the 11th Malaysia-Singapore Leaders' Retreat": a gathering with an ordinal, at which something was done, took place
#: "during the meetings of the twenty-second session of the Joint Committee": the session, by its number, was held
AT_THE_NTH = re.compile(
    rf"\b(?:at|during|on\s+the\s+(?:side-?\s?lines|margins?)\s+of)\s+(?:the\s+(?:meetings?\s+of\s+the\s+)?(?:\d+(?:st|nd|rd|th)|{ORDINAL_WORD}|{ROMAN_ORDINAL})|\d+(?:st|nd|rd|th))\s+(?:[\w\-’']+\s+){{0,5}}$"
    rf"|\bvisit\b[^,;.]{{0,60}}?\bfor\s+the\s+\d+(?:st|nd|rd|th)\s+(?:[\w\-’']+\s+){{0,5}}$",  # "a visit to X for the 10th Leaders' Retreat"
    re.I
)  # ("at 34th Session of the Joint Permanent Commission": a numbered session needs no article)


#: "tomorrow's joint government session", "Monday's talks": a gathering owned by its day is told as held (or to be)
#: ("ahead of Friday's talks" leaves the weekday's side of the article's day untold)
DAYS_OWN = re.compile(r"(?<!ahead\sof\s)(?<!before\s)\b(?:today|tomorrow|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[\w\-]+\s+){0,3}$", re.I)
DAY_OWNER = re.compile(r"^.*\b(?:today|tomorrow|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s(?:\s+|$)", re.I)
AT_THE_NTH_OR_DAYS = re.compile(f"(?:{AT_THE_NTH.pattern})|(?:{DAYS_OWN.pattern})", re.I)
#: "the delegation had talks with …", "they have had a fruitful meeting": talks someone had were held
#: (not "as they had at the meeting", "had been discussed at the meeting": a word of place or a participle between)
HAD_BEFORE = re.compile(
    r"\b(?:had|has\s+had|have\s+had)\s+(?:(?:a|an)\s+)?"
    r"(?P<words>(?:(?!(?:at|in|during|on|of|to|for|from|with|by|the|their|its|his|her|been|no|not|any)\b)[\w\-]+\s+){0,2})$",
    re.I,
)
#: "X led a meeting in Beijing with Y": who led the meeting held it
LED_BEFORE = re.compile(r"\b(?:led|leads|lead|leading)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: "listing the outcomes of the leaders' meeting": a meeting whose results are told was held
RESULTS_OF_BEFORE = re.compile(r"\b(?:results?|outcomes?)\s+of\s+(?:the|their|today['’]s|yesterday['’]s)\s+(?:[\w\-]+\s+){0,2}$", re.I)
MEETING_STATED = re.compile(f"(?:{DAYS_OWN.pattern})|(?:{HAD_BEFORE.pattern})|(?:{LED_BEFORE.pattern})|(?:{RESULTS_OF_BEFORE.pattern})", re.I)


#: "during the drills": a scene for something else, not the activity's own report
SCENE_BEFORE = re.compile(r"\b(?:during|in|at|throughout|after|before)\s+$", re.I)
#: "This is the 8th bridge built …", "It is the third hospital …": a description of a thing already told
DESCRIBED_BEFORE = re.compile(r"\b(?:this|it)\s+(?:is|was)\s+$", re.I)
#: two country words joined by a hyphen or dash: "Turkish-Russian", "Russia–US"
COUNTRY_COMPOUND = re.compile(r"\b[A-Z][\w.]+(?:\s*[\-–]\s*[A-Z][\w.]+)+")


def _other_pair_compound(phrase: str, pair: Sequence[str]) -> bool:
    """Whether a phrase is named after two countries that are not the article's pair."""
    for m in COUNTRY_COMPOUND.finditer(phrase):
        named = countries_in(re.sub(r"\s*[\-–]\s*", " and ", m.group()))
        if len(named) >= 2 and not set(named) <= set(pair):
            return True
    return False


#: a gathering of three or more sides by its own name
THIRD_PARTY_KIND = re.compile(r"\b(?:trilateral|tripartite|three-way|quadrilateral)\b", re.I)
#: "met Tuesday at the palace": a weekday after the verb is its date, not the person met
WEEKDAY_FIRST = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\s*")
#: a meeting of one side's own body ("after the Cabinet meeting at Government House") is not between the two
#: ("the Peru-Chile Binational Cabinet meeting", "a joint cabinet meeting" sit both sides' ministers: not one side's)
DOMESTIC_BEFORE = re.compile(r"(?<!binational\s)(?<!bi-national\s)(?<!joint\s)\b(?:cabinet|politburo|board|shareholders['’]?|staff|party|caucus)\s+$", re.I)


def _detect_meetings(s: str) -> list[Candidate]:
    out = []
    for c in _noun_candidates("meeting", MEETING, s, HAPPENING, stated=MEETING_STATED):
        if DOMESTIC_BEFORE.search(s, 0, c.start):
            continue
        if s[c.start : c.end].lower() == "reception" and SPOKE_AT_BEFORE.search(s, max(0, c.start - 40), c.start):
            continue  # "gave a speech at a reception for veterans": a speech at a function, not talks between two officials
        if ITS_BEFORE.search(s, max(0, c.start - 8), c.start) and any(
            len(countries_in(b.group(1))) == 1 for b in ONE_NATION_CABINET.finditer(s, max(0, c.start - 80), c.start)
        ):
            continue  # "a decision taken by the Cypriot Council of Ministers during its meeting": the cabinet's own sitting
        body = BODY_HELD_ITS.search(s, 0, c.start)
        if body:  # "the Oman-Qatar Joint Committee held its meeting": the meeting is the body's, by its name
            # (the phrase starts where the body's name does, so its span does not reach over the words after the meeting)
            c = replace(c, type=BODY_SESSION_KIND, phrase=f"meeting of the {body.group(1)}", phrase_start=body.start(1))
        elif BODY_NAMED_BEFORE.search(s, max(0, c.start - 80), c.start):
            c = replace(c, type=BODY_SESSION_KIND)  # "The 18th Iran-Oman Joint Economic Committee meeting": the body's session
        elif BODY_NAMED_MEETING.search(c.phrase) and not ONE_SIDE_BODY.search(c.phrase):
            c = replace(c, type=BODY_SESSION_KIND)  # "the Joint Permanent Commission (JPC) meeting": the body's session
        topic = PURPOSE.search(s, c.end, c.end + 120)
        if topic:  # "a meeting was held in Hanoi to discuss measures against drug trafficking"
            about, _ = _np_after(s, topic.end())
            c = replace(c, phrase=f"{c.phrase} on {about}")
        out.append(c)
    # "at a meeting in Hanoi on Oct 25" states the meeting by itself
    for m in MEETING.finditer(s):
        bare = AFTER_BARE.search(s, 0, m.start()) if m.group().lower() == "talks" else None
        if bare and not bare.group(1) and not VENUE_AFTER.match(s, m.end()):
            bare = None  # "during talks at the ministry": new talks by their venue; "during talks with …" may be those told
        if PARTICIPANTS_OF.search(s, max(0, m.start() - 40), m.start()):
            continue  # "participants in the meeting": its people, not the meeting stated
        if RECALLED_BEFORE.search(s, max(0, m.start() - 12), m.start()):
            continue  # "… during a previous meeting (SPA)": an old photo's meeting (a dated one is PREVIOUS_GATHERING's)
        if m.group().lower() == "reception" and SPOKE_AT_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue  # "spoke at a reception": a speech at a function
        if (bare or AT_A_MEETING.search(s, 0, m.start())) and not any(c.start == m.start() for c in out) and not DOMESTIC_BEFORE.search(s, 0, m.start()):
            after, _ = _np_after(s, m.end())
            body = NTH_BODY_BEFORE.search(s, 0, m.start()) or GATHERED_FOR.search(s, 0, m.start())  # "during the 36th Joint Ministerial Commission (JMC) meeting"
            start = bare.start(1) if bare else body.start(1) if body else m.start()  # "after delegation-level talks": the kind of talks names them
            out.append(Candidate("meeting", m.start(), m.end(), f"{s[start:m.start()]}{m.group()} {after}".strip(), start, strong=False))
    # "a follow-up to the previous gathering in Buenos Aires on Feb. 16": an earlier meeting, told by its own day
    for m in PREVIOUS_GATHERING.finditer(s):
        if not any(c.start <= m.start(1) < c.end for c in out):
            after, _ = _np_after(s, m.end(1))
            kind = BODY_SESSION_KIND if m.group(1) == "session" else "meeting"  # "the previous session": a body's, a conference
            out.append(Candidate(kind, m.start(1), m.end(1), f"{m.group(1)} {after}".strip(), m.start(1), strong=True))
    # "X met (with) Y", "X held talks with Y", "X received Y"
    for m in MET_WITH.finditer(s):
        if RECEIVED_BY.match(m.group()) and (ARRIVAL_BEFORE.search(s, 0, m.start()) or AIRPORT_AFTER.match(s, m.end())):
            continue  # "arrived on Tuesday and was received by X at the airport": the welcome of a visit, not talks
        if m.group().lower().startswith(("welcom", "greet")) and (WORDS_SPOKEN_BEFORE.search(s, 0, m.start()) or out):
            continue  # "In her opening address, the minister greeted her colleague": a greeting inside the gathering told
            # ("greeted her guest at the residence, where talks followed": the talks are the meeting)
        if not any(c.start <= m.start() < c.end + 60 for c in out):
            manner = MANNER_FIRST.match(s, m.end())  # "met behind closed doors at the palace": the venue names it
            after, _ = _np_after(s, manner.end() if manner else m.end())
            after = WEEKDAY_FIRST.sub("", after, count=1) if WEEKDAY_FIRST.match(after) else after
            after = after[len("with ") :] if after.startswith("with ") else after  # "met on Tuesday with X": the day came between
            purpose = GUEST_THEN_PURPOSE.search(after)  # "welcomed X to Nairobi today for a day of talks": X, not the day's programme
            after = after[: purpose.start()] if purpose else after
            if re.match(r"at\s+(?:the\s+)?[A-Z]", after) and not PLACE_PATTERN.match(after, after.find(" ") + 1):
                phrase = f"meeting {after}"  # "met at the Casa Rosada presidential palace": the venue tells the meeting apart
            else:
                phrase = "meeting" if re.match(r"(?:in|at|on)\s", after) else f"meeting with {after}".strip()
            body = BODY_MEETS.search(s, 0, m.start())
            if phrase == "meeting" and body:  # "the Joint Ministerial Commission will meet in Addis Ababa"
                phrase = f"meeting of the {body.group(1)}"
            # the counterpart's words keep their place in the sentence, so the dates inside them are found
            # however long the verb was ("had a telephone conversation with X on Tuesday")
            start = max(m.start(), m.end() - len("meeting with ")) if phrase.startswith("meeting with ") else m.start()
            kind = BODY_SESSION_KIND if body and phrase.startswith("meeting of the ") else "meeting"
            out.append(Candidate(kind, start, m.end(), phrase, start, strong=True))
    # "the Saudi-Iraqi coordination council met": a joint body that met is its session, lower case as it may be
    for m in BODY_MET.finditer(s) if (" met" in s or "convened" in s) else ():  # (its verb first: the pattern is slow to scan)
        if not any(c.start <= m.start(1) < c.end + 60 for c in out):
            out.append(Candidate(BODY_SESSION_KIND, m.start("verb"), m.end("verb"), f"meeting of the {m.group(1)}", m.start(1), strong=True))
    # "at meetings in Quito on 4 and 5 April": meetings in the plural with their own place and days were held
    for m in DATED_MEETINGS.finditer(s):
        if not any(c.start <= m.start("noun") < c.end for c in out):
            after, _ = _np_after(s, m.end("noun"))
            out.append(Candidate("meeting", m.start("noun"), m.end("noun"), f"meetings {after}".strip(), m.start("noun"), strong=True))
    for m in PAIR_OFFICIALS_DISCUSSED.finditer(s):
        if len(set(countries_in(m.group("pair")))) >= 2 and not any(c.start <= m.start("verb") < c.end + 60 for c in out):
            out.append(Candidate("meeting", m.start("verb"), m.end("verb"), "meeting", m.start("verb"), strong=True))
    # "President of Kyrgyzstan X and President of Tajikistan Y discussed …": the two sides' leaders, one subject, talked
    for m in LEADERS_DISCUSSED.finditer(s):
        named = set(countries_in(m.group("pair")))
        if (len(named) >= 2 or (named and "counterpart" in m.group("pair"))) and not any(c.start <= m.start("verb") < c.end + 60 for c in out):
            out.append(Candidate("meeting", m.start("verb"), m.end("verb"), "meeting", m.start("verb"), strong=True))
    # "an earlier round held within the framework of the joint commission": the body's session
    return [replace(c, type=BODY_SESSION_KIND) if c.type == "meeting" and WITHIN_BODY_AFTER.match(s, c.end) else c for c in out]


#: a meeting held as part of a joint body's work: "… within the framework of the Intergovernmental Commission"
WITHIN_BODY_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:within|in)\s+the\s+framework\s+of\s+the\s+(?:[\w\-]+\s+){0,4}?(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil)\b"
)


#: a gathering put off or called off right after its name: "the visit to Riyadh on Monday was postponed"
CALLED_OFF_AFTER = re.compile(
    r"\s*(?:,[^,;.]{1,60},\s*)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|cancell?ed|called\s+off|put\s+off|delayed|scrapped)\b", re.I
)
#: a named joint body as the subject of "met": "the Saudi-Iraqi coordination council met", "the joint committee met on Monday"
BODY_MET = re.compile(
    r"\b(?:the\s+)?((?:[\w\-]+\s+){1,3}(?:[Cc]ouncil|[Cc]ommittee|[Cc]ommission))\s+(?P<verb>met|convened)\b"
    r"(?=\s*[.;,]|\s+(?:on|in|at|today|yesterday|for|again)\b)"
)
#: plural meetings told with a place and a day: "at meetings in Quito on 4 and 5 April"
DATED_MEETINGS = re.compile(
    r"\b(?:at|during|in)\s+(?P<noun>meetings)\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+(?:on|from)\s+\d)"
)
#: the two countries' officials as the subject of a verb of talking: "Egypt and Jordan's interior ministers discussed here on Sunday"
PAIR_OFFICIALS_DISCUSSED = re.compile(
    r"\b(?P<pair>[A-Z][\w\-]+\s+and\s+[A-Z][\w\-]+)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:ministers|leaders|presidents|premiers|officials|chiefs)"
    r"\s+(?:\w+\s+)?(?P<verb>discussed|held\s+talks|met)\b"
)
#: two leaders of the two sides as the subject of a verb of talking: "President of A X and President of B Y discussed"
LEADERS_DISCUSSED = re.compile(
    r"(?P<pair>\b(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister)\b[^.;]{0,80}?\band\s+(?:his\s+|her\s+)?"
    r"(?:[A-Z][\w\-]+\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|Foreign\s+Minister|counterpart)\b[^.;,]{0,50}?)"
    r"\s(?P<verb>discussed|held\s+talks)\b"
)


#: a named joint body right before the noun "meeting": "the 18th Iran-Oman Joint Economic Committee [meeting]"
BODY_NAMED_BEFORE = re.compile(r"\b(?-i:Joint|Higher|High|Coordination|Coordinating)\s+(?:[A-Z][\w\-]*\s+){0,3}(?-i:Commission|Committee|Council)\s+$")
#: a commission's or committee's own meeting is its session: a conference, as the spec files it
BODY_SESSION_KIND = "conference"
#: a meeting named by the body that holds it: "the Joint Permanent Commission (JPC) meeting", "the first
#: Presidential Council meeting" (a capitalised body, its short form in brackets at most, then the noun)
BODY_NAMED_MEETING = re.compile(r"(?-i:[A-Z][\w\-]*\s+(?:Commission|Council|Committee))(?:\s*\([A-Z][\w\-]{1,10}\))?\s+(?:meeting|session)\b")
#: a body of one side's own state or party: its meeting is no bilateral session
ONE_SIDE_BODY = re.compile(r"\b(?:National|Central|Party|Standing|Executive|Security|Cabinet|Municipal|Provincial|State)\s+(?:[A-Z][\w\-]*\s+)?(?:Commission|Council|Committee)\b")


#: "the previous gathering in Buenos Aires on Feb. 16", "their last meeting on 3 March": an earlier gathering and its day
PREVIOUS_GATHERING = re.compile(
    r"\b(?:the|their|a|an)\s+(?:previous|earlier|prior|last)\s+(gathering|meeting|encounter|talks|round\s+of\s+talks|session)\b"
    r"(?=[^,;.]{0,40}?\bon\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b))"
)
#: a day told between the verb of meeting and the guest: "on Sunday ", "on Sunday 27/6/2021 ", "today "
DAY_BETWEEN = r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:,?\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})?,?\s+"
#: "X met (with) Y", "X received Y", "the two ministers met in Ulaanbaatar", "Subianto and Marles met on
#: August 13", "the commission is expected to meet in Dhaka"
#: how two sides met, told right after "met": "behind closed doors", "in private"
MANNER_FIRST = re.compile(r"(?:behind\s+closed\s+doors|in\s+private|privately)\b\s*,?\s*", re.I)
MET_WITH = re.compile(
    r"\b(?:met|meets|meet)\s+(?:with\s+)?(?=[A-Z])|\b(?:received|receives|hosted)\s+(?=(?:visiting\s+)?[A-Z])"
    # "… while hosting Senior Lieutenant General X": a guest named by a title, not "hosting ASEAN"
    r"|\b(?:hosting|receiving)\s+(?=(?:visiting\s+)?" + TITLE_WORD_AHEAD + r")"
    # "received the third Inspector General of the Kenyan police": a guest named by an office, after "the" and a rank
    r"|\b(?:received|receives)\s+(?=the\s+(?:visiting\s+)?(?:[a-z][\w\-]*\s+){0,2}?" + TITLE_WORD_AHEAD + r")"
    r"|\b(?:met|meet|convened|convene|convenes)\s+(?=(?:in|at|on)\s+(?:the\s+)?[A-Z])"
    # "the two premiers met on the sidelines of the summit", "met in the corridors of the forum": a meeting of their own
    r"|\b(?:met|meet|meets)\s+(?=(?:in\s+the\s+corridors|on\s+the\s+(?:side-?\s?lines|margins?))\s+of\b)"
    # "Officials of X and Y are meeting in Lilongwe": a meeting under way
    r"|\b(?:are|is)\s+(?:currently\s+)?meeting\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z])"
    # "where he is meeting senior government officials": the other side's officials met, under way
    r"|\b(?:are|is)\s+(?:currently\s+)?meeting\s+(?:with\s+)?(?=(?:[\w\-]+\s+){0,3}?(?:officials|leaders|counterparts?|ministers)\b)"
    # "the two leaders agreed to meet next month": a meeting told only by its time
    r"|\bto\s+meet\s+(?:again\s+)?(?=(?:next|later\s+this|this|soon|early\s+next|in\s+the\s+coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b)"
    # "the defence ministers of the two countries will meet soon to discuss …": a meeting told by its nearness alone
    r"|\b(?:will|would|shall)\s+meet\s+(?:again\s+)?(?=(?:soon|shortly|in\s+the\s+near\s+future)\b)"
    # "the two presidents met behind closed doors in the capital": how they met, not whom
    r"|\b(?:met|meet|meets)\s+(?=(?:behind\s+closed\s+doors|in\s+private|privately)\b)"
    # "X and Y met yesterday to discuss …": the day right after the verb
    r"|\b(?:met|convened)\s+(?=(?:yesterday|today|tonight|earlier\s+today|last\s+week)\b(?!['’]s))"
    # "welcomed His Royal Highness Prince Mohammed …", "welcomed President X at the airport": a titled guest
    # ("welcomed Brazilian President Lula": the guest's country before the office)
    r"|\b(?:welcomed|welcomes|greeted)\s+(?=(?:(?:His|Her)\s+)?(?:(?:Royal\s+)?Highness\s+|Excellency\s+|Majesty\s+)?(?:visiting\s+)?"
    r"(?:[A-Z][\w\-]+\s+)?(?:President|Prime\s+Minister|Crown\s+Prince|Prince|King|Queen|Premier|Chancellor|Emir|Sultan|Sheikh)\b)"
    # "met with his Vietnamese counterpart", "will host his Uruguayan colleague": an office named for the other side
    # ("received on Sunday 27/6/2021 his Yemeni counterpart": the day between the verb and the guest)
    r"|\b(?:met|meets|hosted|hosts|host|received|receives|receive|welcomed|welcomes|greeted)\s+(?:with\s+)?(?:" + DAY_BETWEEN + r")?"
    r"(?=(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:counterparts?|colleagues?)\b)"
    # "held discussions with President of Uzbekistan …": discussions with an office holder are a meeting
    r"|\b(?:held|holds|hold|holding|had)\s+(?:[\w\-]+\s+){0,2}?discussions\s+with\s+(?=(?:the\s+)?(?:(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?counterparts?\b"
    r"|(?:[A-Z][\w\-]+\s+)?(?:President|Prime\s+Minister|Premier|Minister|King|Queen|Chancellor|Emir|Sultan|Crown\s+Prince|Vice\s+President|Speaker)\b))"
    # "will hold separate meetings with President X": meetings in the plural with a named person are meetings
    r"|\b(?:held|holds|hold|holding|had|have)\s+(?:separate|bilateral|individual|several)\s+meetings\s+with\s+(?=(?:the\s+)?[A-Z]|(?:his|her|their)\s)"
    # a call: "spoke by phone with …", "talked over the telephone", "had a phone conversation with", "telephoned X"
    r"|\b(?:spoke|speaks|talked|talks|conferred|confers)\s+(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b(?:\s+with\s+)?"
    r"|\b(?:had|has|held|holds)\s+(?:a\s+)?(?:tele)?phone\s+(?:conversation|call|talks)\s+with\s+"
    # a readout's "They had a constructive conversation on …": the two sides' call, its tone before the noun
    r"|\b(?:had|held)\s+(?:a|an)\s+(?:(?:constructive|productive|cordial|warm|frank|good|fruitful|positive|candid|friendly|substantive)\s+){1,2}(?:conversations?|discussions?)\b"
    # the guest as the subject: "the Tunisian minister was received by Prime Minister X" ("was hosted by the Emir")
    r"|\b(?:was|were)\s+(?:received|hosted)\s+by\s+(?=(?:the\s+)?(?:[A-Z]|(?:his|her|their)\s))"
    # a readout's call: "the President spoke today with the Prime Minister of X", "spoke with Chancellor Y": a named
    # person or an office, never "spoke with reporters" (lower case) or "spoke with her about …"
    r"|\bspoke\s+(?:(?:today|yesterday|earlier\s+today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?with\s+"
    r"(?=(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}?(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary|King|Queen|Emir|Taoiseach)\b"
    r"|(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}?counterparts?\b|[A-Z][\w\-]+\s+[A-Z][\w\-]+,)"
    r"|\b(?:telephoned|phoned)\s+(?=(?:his|her|their\s+)?[A-Z]|(?:his|her|their)\s+)"
    # a participle after the main verb: "landed in Riyadh on Wednesday, meeting King Salman and signing 13 agreements"
    # (the comma is looked back at after the word: a branch that opens with a look-behind makes the whole
    # pattern try every position of every sentence, ten times slower)
    r"|\bmeeting(?<=,\smeeting)\s+(?:with\s+)?(?=(?:King|Queen|President|Prime\s+Minister|Premier|Emir|Sultan|Crown\s+Prince|Chancellor)\b)"
    # "President Xi Jinping received the prime minister", "received today the Chairman of …": an office named for the visitor
    # "greeted a delegation from …", "while receiving a high-ranking delegation led by …": a delegation is a guest too
    # ("met with the Australian Minister for Defence": the office, after the verb of meeting)
    r"|\b(?:received|receives|receiving|hosted|welcomed|greeted|met\s+with|met)\s+(?=(?:(?:today|yesterday)\s+)?(?:the|a|an)\s+(?:visiting\s+)?(?:[\w\-]+\s+){0,2}?(?i:prime\s+minister|president|premier"
    r"|minister|king|queen|crown\s+prince|chancellor|delegation|envoy|ambassador|secretary|speaker|chairman)\b(?!['’]s))"
    # "discussed cooperation on security issues with Russia's security leaders": talks with the other side's officials
    # ("discussed, Monday in Cairo, with his Libyan counterpart": the day and place set off by commas)
    r"|\b(?:discussed|discusses),?\s+(?:[\w\-]+,?\s+){1,6}?with\s+(?=(?:(?:his|her|their|the)\s+|[A-Z][\w\-]*['’]s\s+)(?:[\w\-]+\s+){0,2}?"
    r"(?:leaders|officials|counterparts?|delegations?|ministers?|president|prime\s+minister|secretary|chiefs?|heads?)\b)"
    # "held bilateral discussions with President X", "had detailed discussions with his counterpart": talks by another name
    r"|\b(?:held|holds|hold|holding|had)\s+(?:(?:bilateral|official|formal|extensive|in-depth|wide-ranging|detailed|cordial|fruitful"
    r"|productive|separate|high-level|lengthy)\s+(?:and\s+)?){0,2}discussions\s+with\s+(?=(?:his|her|their|the\s+)?(?:visiting\s+)?[A-Z]|(?:his|her|their)\s)"
    # "received at his office on Thursday Minister X" (Gulf agency style): the guest comes after the place
    r"|\b(?:received|receives)\s+(?:at|in)\s+(?:his|her|the)\s+(?:[\w\-]+\s+){0,3}?(?:office|palace|residence|headquarters)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w\-]+)?\s+(?:(?:on\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|today|yesterday)\s+)?"
    r"(?=(?:(?:His|Her)\s+(?:Excellency|Highness|Majesty)\s+)?[A-Z])"
    # "after a call on the Bhutanese prime minister": an office in lower case after a determiner
    r"|\b(?:called|calls|call|calling)\s+on\s+(?=(?:his|her|their|the)\s+(?:visiting\s+)?(?:[A-Z][\w\-]*\s+){0,2}"
    r"(?:prime\s+minister|president|premier|foreign\s+minister|king|crown\s+prince|emir|sultan)\b(?![^.;,]*?\bto\s+(?!discuss\b|review\b)[a-z]+\b))"
    # "later called on President Droupadi Murmu": a courtesy call on an office holder (not "called on Japan to …")
    r"|\b(?:called|calls|call|calling)\s+on\s+(?=(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w\-]*\s+){0,3}?"
    r"(?:President|Prime\s+Minister|Premier|Minister|King|Queen|Crown\s+Prince|Emir|Sultan|Chancellor|Speaker|Chairman|Governor"
    r"|Vice\s+President|Secretary|counterpart)\b(?![^.;]*?\bto\s+(?!discuss\b|review\b)[a-z]+\b))"
    # "paid courtesy calls to President X and Prime Minister Y": calls in the plural, each on a named office holder
    r"|\b(?:paid|pays|pay|paying|made|makes)\s+(?:separate\s+)?courtesy\s+(?:calls|visits)\s+(?:on|to)\s+(?=(?:the\s+)?[A-Z])"
)
#: the guest as the subject of a reception, and the words that make it a welcome on arrival
RECEIVED_BY = re.compile(r"(?:was|were)\s+(?:received|hosted)\s+by\b", re.I)
ARRIVAL_BEFORE = re.compile(r"\b(?:arrival|arrived|arriving|landed|landing)\b[^.;]*$", re.I)
AIRPORT_AFTER = re.compile(r"[^.;]{0,80}?\b(?:airport|air\s+base|airbase)\b", re.I)
#: a speech given at a function: "spoke at a reception", "addressed the reception"
SPOKE_AT_BEFORE = re.compile(r"\b(?:spoke|speaks|speaking|addressed|addresses|addressing|(?:gave|delivered)\s+(?:a\s+)?speech)\s+(?:at\s+|to\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: a speech the welcome was said in: "In his opening remarks, …", "in her address to the meeting, …"
WORDS_SPOKEN_BEFORE = re.compile(r"\b(?:remarks|speech|address|statement|toast)\b", re.I)
#: after the guest met or welcomed: the day or the purpose of the meeting, not who was met
GUEST_THEN_PURPOSE = re.compile(
    r"\s+(?:today|yesterday|tonight|for\s+(?:a|an|the)\s)|\s+to\s+(?-i:[A-Z])"
    r"|\s+on\s+the\s+(?:side-?\s?lines|margins?)\s+of\b",  # "… on the sidelines of the 5th council": the scene, a gathering of its own
    re.I,
)
#: a named body right before its verb: "The Kenya-Ethiopia Joint Ministerial Commission will [meet]"
BODY_MEETS = re.compile(
    r"(?<![\w\-])(?:[Tt]he\s+)?((?:[A-Z][\w\-’']*\s+){0,6}(?:Commission|Committee|Council|Board|Group|Working\s+Group|Task\s+Force))"
    r"(?:\s*,[^,;]{1,80},)?"  # "The Joint Consultative Commission, co-chaired by the two ministers, will meet"
    r"\s+(?:(?:is|are|will|would|shall|was|were|has|have|had|also|again|expected|scheduled|set|due|to|be|then|later)\s+)*$"
)
#: "The Joint Committee held its meeting", "the Council will hold its 5th meeting": a named body's own gathering
#: ("The Intergovernmental Commission for Trade and Industry will hold a meeting", "the joint trade committees,
#: led by both ministers, will hold a meeting": the body's name may run on and be set off by an aside)
BODY_HELD_ITS = re.compile(
    r"(?<![\w\-])(?:[Tt]he\s+)?((?:[A-Z][\w\-’']*\s+){1,6}(?:Commission|Committee|Council|Board|Working\s+Group|Task\s+Force)"
    r"|(?:(?:[A-Z][\w\-’']*|and)\s+){0,4}(?:intergovernmental|inter-governmental|joint|bilateral)\s+(?:[\w\-]+\s+){0,2}(?:commissions?|committees?))"
    r"(?:\s+(?:on|for)\s+[^,;.]{1,60}?(?:,\s+[^,;.]{1,40}?){0,3})?(?:\s*,[^,;]{1,80},)?"
    r"\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+scheduled\s+to)\s+)?(?:held|holds?|holding|convened|convenes?|opened)"
    r"\s+(?:its|their|an?)\s+(?:[\w\-]+\s+){0,2}$"
)
#: "at a meeting in Hanoi", "during their summit talks", "after a bilateral meeting": the gathering is stated by itself
#: ("following the talks" refers back to talks told before: only an indefinite one is new)
#: "after delegation-level talks": talks with no determiner are new, not a reference back
AFTER_BARE = re.compile(r"\b(?:after|following|during)\s+(?!(?:the|these|those|this|their|its|his|her)\b)((?:[\w\-]+\s+){0,2})$", re.I)
VENUE_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[\w\-]")
#: who gathered, and for which gathering: "officials gathered in Tallinn on Monday for the 9th joint meeting"
GATHERED_FOR_PATTERN = r"\b(?:gathered|convened|assembled)\b[^.;]{0,100}?\bfor\s+(?:a|an|the|their)\s+(?P<mods>(?:[\w\-]+['’]?\s+){0,5})$"
GATHERED_FOR = re.compile(GATHERED_FOR_PATTERN, re.I)
AT_A_MEETING = re.compile(
    r"\b(?:(?:at|in|during)\s+(?:a|an|the|their)|(?:after|following)\s+(?:a|an|their)|heard\s+(?:a|an)|(?:preceded|followed)\s+by(?:\s+(?:a|an))?"
    r"|(?:prior\s+to|ahead\s+of|before)\s+their"  # "inspect an honour guard prior to their talks in Tallinn on Tuesday"
    r"|(?:after|following)\s+the\s+\d+(?:st|nd|rd|th))"  # "the news conference came after the 4th meeting of the Mechanism"
    r"\s+(?:[\w\-]+['’]?\s+){0,2}$"  # "during the nations' annual meeting": a possessive among the words
    r"|\b(?:at|in|during)\s+their\s+(?:[\w\-]+\s+){3}$"  # "during their annual senior-level defence talks": the two sides' own
    # "officials gathered in Tallinn on Monday for the 9th joint meeting": those who met, and what for
    r"|" + GATHERED_FOR_PATTERN
    # "during the 36th Joint Ministerial Commission (JMC) meeting": a body's numbered meeting, its short form in brackets
    # ("at the 9th Estonian-Latvian ministerial meeting": the adjectives of its kind among the words)
    + r"|\b(?:at|during)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:(?:[A-Z][\w\-]*|[a-z]+(?:ial|al|ary|ive))\s+){1,6}(?:\([A-Z][\w\s\-]{0,15}\)\s+)?$",
    re.I,
)  # "…, heard a meeting in Hue on June 3", "was preceded by delegation-level talks": it was held
NTH_BODY_BEFORE = re.compile(
    r"\b(?:at|during)\s+the\s+(\d+(?:st|nd|rd|th)\s+(?:(?:[A-Z][\w\-]*|[a-z]+(?:ial|al|ary|ive))\s+){1,6}(?:\([A-Z][\w\s\-]{0,15}\)\s+)?)$"
)


#: the host a visit is paid to, when a person: "to Prime Minister X", "to Laos' Minister of …", "to Samdech X"
VISIT_TO_PERSON = re.compile(
    r"(?P<to>to\s+)(?:(?:the\s+)?(?:[A-Z][\w\-]*['’]?s?\s+){0,2}(?P<title>" + TITLE_WORD_AHEAD + r")|(?=[A-Z][\w\-]+\s+[A-Z]))"
)
COURTESY_BEFORE = re.compile(r"\bcourtesy\s+$", re.I)
#: the person a verb of visiting goes to: "visited Latvia's Deputy Minister …", "visited President X" (not "visited Laos")
VISITED_PERSON = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s?\s+)?(?:" + TITLE_WORD_AHEAD + r")")
#: a delegation's stay somewhere over stated days: "their stay in Laos from July 14 to 16" (not "his stay in Hanoi")
STAY_IN = re.compile(r"\b(?:their|his|her|its)\s+stay\s+in\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=\s+from\s+\S+\s+\d|\s+from\s+\d)")
#: a visit named as the frame of what is told: "within the framework of the state visit of …"
FRAME_OF_BEFORE = re.compile(r"\b(?:within|in)\s+the\s+framework\s+of\s+(?:the|his|her|their)\s+$", re.I)


def _detect_visits(s: str) -> list[Candidate]:
    out = []
    for m in VISIT.finditer(s):
        noun = m.group().lower()
        after, _ = _np_after(s, m.end())
        if s.endswith("to ", 0, m.start()) and not DESTINATION.match(after):
            continue  # "the first destination to visit as President": the verb, with nowhere named
        if noun.strip() in {"trip", "tour"} and not re.search(r"\b(?:official|state|working)\s+$", s[: m.start()], re.I) and not TRIP_PLACE.match(after):
            continue  # a trip is a visit when it is official or goes to a named place ("two-day trip to South Korea")
        if (
            not re.match(r"(?:to|in|by|made|paid|undertaken)\s", after) and not found_in(HAPPENING, s, lowered(s)) and "visit" not in noun.split()[0:1]
            and not TRAVELS.search(s, 0, m.start())  # "will travel to Kigali for a two-day state visit"
            and not (OF_VISITOR.match(s, m.end()) and TO_A_PLACE.search(after))  # "the official visit of the President of X to Y"
            and not (FRAME_OF_BEFORE.search(s, max(0, m.start() - 40), m.start()) and OF_VISITOR.match(s, m.end()))
        ):  # ("within the framework of the state visit of the President of X to Y, the two signed …": the frame of what was done)
            continue
        if re.search(
            r"\b(?:during|throughout|for|of|on\s+the\s+occasion\s+of|at\s+the\s+end\s+of|after|before|ahead\s+of)\s+the\s+$", s[: m.start()], re.I
        ) and not re.match(
            r"(?:to|of|by|paid|in|made|undertaken)\b", after  # "during the official visit made by General Tea Seiha": told here
        ):
            continue  # "signed during the visit": a reference back to a visit told elsewhere
        if EXCHANGE_AFTER.match(s, m.end()):
            continue  # "immigration facilitation and visit exchange": exchanges of visits as a field, not a visit
        if re.match(r"to\s+(?:the\s+)?(?:site|area|exhibition|museum|booth|stand|memorial|family|families|school)", after, re.I):
            continue
        host = VISIT_TO_PERSON.match(after)
        if host and (host.group("title") or COURTESY_BEFORE.search(s, max(0, m.start() - 12), m.start())):
            # "paid a courtesy visit to Prime Minister X", "a visit to Latvia's Minister of the Interior": a call on a
            # person, a meeting, not a journey to a place
            out.append(Candidate("meeting", m.start(), m.end(), f"courtesy call on {after[host.end('to'):].strip()}", m.start(), strong=True))
            continue
        cut = VISIT_THEN_GATHERING.search(after)
        after = after[: cut.start()] if cut else after  # "began the visit to Tirana with a meeting with …": the meeting is its own event
        if s.endswith("to ", 0, m.start()):  # "to visit Vietnam and co-chair …": the verb and where it goes, nothing more
            where = PLACE_NAME.match(after)
            out.append(Candidate("visit", m.start(), m.end(), f"visit to {where.group()}" if where else "visit", m.start(), strong=True))
            continue
        before, bstart = _np_before(s, m.start())
        phrase = " ".join(p for p in (before, m.group().strip(), after) if p)
        out.append(Candidate("visit", m.start(), m.end(), phrase, bstart if before else m.start(), strong=True))
    for m in STAY_IN.finditer(s):  # "During their stay in Laos from July 14 to 16, the delegation …": a visit over those days
        if (countries_in(m.group("place")) or PLACE_PATTERN.fullmatch(m.group("place"))) and not any(abs(c.start - m.start()) < 40 for c in out):
            out.append(Candidate("visit", m.start(), m.end(), f"visit to {m.group('place')}", m.start(), strong=True))
    for m in WELCOMED_TO.finditer(s):  # "welcomed Brazilian President Lula to Buenos Aires today": the guest's visit there
        place = m.group("place")
        if not (TITLE_PRESENT.search(m.group("guest")) or "delegation" in m.group("guest").lower()):
            continue
        if not (PLACE_PATTERN.fullmatch(place) or countries_in(place)) or any(abs(c.start - m.start("place")) < 40 for c in out):
            continue  # (the trigger is the place: the guest's words belong to the meeting of the welcome)
        out.append(Candidate("visit", m.start("place"), m.end("place"), f"visit to {place}", m.start("place"), strong=True))
    for m in WELCOME_CEREMONY.finditer(s):  # "chaired the official welcome ceremony for the delegation led by X": X has come
        guest = m.group("guest")
        if (TITLE_PRESENT.search(guest) or "delegation" in guest.lower()) and not any(abs(c.start - m.start()) < 60 for c in out):
            led = LED_BY.search(guest)  # the trigger ends where "by X" follows, so X is read as the visitor, not the host
            end = m.start("guest") + led.start() + len("led") if led else m.end("noun")
            whose = " ".join((guest[: led.start()] if led else guest).split())  # "the Russian delegation": named, no reference back
            out.append(Candidate("visit", m.start("noun"), end, f"visit of {whose}", m.start("noun"), strong=True))
    for m in VISITING.finditer(s):
        if m.group().startswith(("arrived", "travel", "will")) and not VISITOR_BEFORE.search(s, 0, m.start()):
            continue  # what arrives is a visit only when someone named arrives ("Biden, who arrived in Hanoi")
        if m.group().startswith(("arrived", "travel")) and TROOPS_BEFORE.search(s, max(0, m.start() - 120), m.start()):
            continue  # "Units from the air force … have arrived at the air base": forces deployed for a drill, not a visit
        if m.group().startswith("will") and not countries_in(s[m.end() : m.end() + 40]):
            continue  # "will leave for Botswana", "will travel to Gaborone, Botswana": a country named (not "will leave for Vienna" after talks)
        if m.group("led"):
            goes = PLACE_NAME.match(s, m.end())
            if not goes or not (countries_in(goes.group()) or PLACE_PATTERN.fullmatch(goes.group().removeprefix("the "))):
                continue  # "led the delegation to the Joint Commission": a gathering, not a place
        if s.startswith("the ", m.end()):
            run = PLACE_NAME.match(s, m.end() + 4)
            words_run = set(run.group().split()) if run else set()
            if not run or not countries_in(run.group()) or words_run & (lexicon.ORG_WORDS | SITE_WORDS):
                continue  # "visited the UAE" goes to a country; "the Philippine Coast Guard's headquarters", "the Museum" are sites
        if m.group().strip() in {"visited", "visits"} and VISITED_PERSON.match(s, m.end() - 1):
            # "visited Latvia's Deputy Minister of X, General Y, to talk about …": a call on an office holder, a meeting
            after, _ = _np_after(s, m.end())
            out.append(Candidate("meeting", m.start(), m.end(), f"courtesy call on {after}", m.start(), strong=True))
            continue
        if not any(abs(c.start - m.start()) < 40 for c in out):
            after, _ = _np_after(s, m.end())
            after = after[: after.find(" for ")] if " for " in after else after  # "visited Kenya … for the launch of X": X is its own event
            out.append(Candidate("visit", m.start(), m.end(), f"visit to {after}", m.start(), strong=True))
    return out


def _detect_joint(s: str) -> list[Candidate]:
    out = []
    for m in JOINT.finditer(s):
        text = m.group().lower()
        if not text.startswith(("joint", "combined", "bilateral", "coordinated")) and not ACTIVITY_VERBS.search(s):
            continue
        if INSTITUTION_AFTER.match(s, m.end()):
            continue  # "a joint research centre", "the joint committee": a body, not an activity
        if DESCRIBED.search(s, 0, m.start()) and not ACTIVITY_VERBS.search(s) and not EDITION_OF.search(s, 0, m.start()):
            continue  # "a legal basis for joint exercises", "an accord to facilitate joint drills": what a pact allows, not an act
        if ENABLES.search(s, max(0, m.start() - 140), m.start()):
            continue  # "which will allow their forces to hold joint exercises": what a pact allows, not an act
        if KIND_LIKE_AFTER.match(s, m.end()):
            continue  # "bilateral defence training like Exercise Paradise strengthens ties": the kind, by an example
        if COVERS_LIST.search(s, max(0, m.start() - 100), m.start()) and not ACTIVITY_VERBS.search(s):
            continue  # "The cooperation includes information exchange, and joint training": what a pact covers
        after, _ = _np_after(s, m.end())
        phrase = " ".join(p for p in (m.group(), after if after.lower().startswith(("on ", "against ", "in ")) else "") if p)
        out.append(Candidate("joint_activity", m.start(), m.end(), phrase, m.start(), strong=False))
    if not out:
        for m in WORKED_WITH_TO.finditer(s):  # "border guards worked with Lao police to arrest five suspects": one joint act
            after, _ = _np_after(s, m.end("act"))
            after = TIME_TAIL.split(after, 1)[0]  # "five suspects on August 4": the date is not the name
            phrase = f"joint operation to {m.group('act').lower()} {after}".strip()
            out.append(Candidate("joint_activity", m.start(), m.end(), phrase, m.start(), strong=True))
            break
    return out


#: the list of what a pact or a cooperation covers, up to the activity: "includes information exchange, and …"
COVERS_LIST = re.compile(r"\b(?:includes?|included|covers?|covered|comprises?|comprised|involves?|involved|encompass(?:es|ed)?)\s+[^.;:]{0,90}$", re.I)
TIME_TAIL = re.compile(r"\s+(?:on|in|at|last|this|from|since|during)\s")
#: a kind of activity named by an example after it: "training like Exercise Paradise", "drills such as …"
KIND_LIKE_AFTER = re.compile(r"\s+(?:like|such\s+as)\s", re.I)
#: forces of the two sides acting together on a case: "worked with security forces in Laos' X province to arrest …"
WORKED_WITH_TO = re.compile(
    r"\b(?:worked|coordinated|cooperated|collaborated|teamed\s+up|joined\s+hands)\s+(?:closely\s+)?with\s+[^,;.]{3,100}?\s+to\s+"
    r"(?P<act>arrest|bust|seize|capture|dismantle|apprehend|nab|raid|break\s+up|crack\s+down\s+on)\b",
    re.I,
)
INSTITUTION_AFTER = re.compile(
    r"\s+(?:cent(?:er|re)s?|committees?|commissions?|laborator(?:y|ies)|labs?|institutes?|ventures?|statements?|facilit(?:y|ies)|stations?|bases?|offices?|groups?|projects?)\b",
    re.I,
)
#: words that make a joint activity the subject of a pact or a talk, not an act: "a legal basis for joint
#: exercises", "services during joint exercises", "activities such as joint exercises", "details of joint
#: exercises" (what a pact enables or facilitates is ENABLES's)
DESCRIBED = re.compile(
    r"\b(?:for|during|of|such\s+as|including|participation\s+in|(?:including\s+)?(?:through|via)"  # "step up cooperation, including through joint operations"
    r"|(?<=,\s)with"  # "military cooperation is further enhanced, with joint drills and operational activities": what it holds
    r"|(?:vital|essential|necessary|critical|crucial|related|relevant|important)\s+to"
    r"|(?:cooperation|collaboration)\s+(?:on|in))"  # "extensive cooperation on joint exercises": a field of cooperation
    r"\s+(?:the\s+|future\s+|possible\s+)?$",
    re.I,
)
EXCHANGE_AFTER = re.compile(r"\s+exchanges?\b", re.I)
#: where a visit goes: "visit to Vladivostok, the Russian Federation", "trip to the United States"
VISIT_DESTINATION = re.compile(
    r"\s+to\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:,\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?)"
)
#: "to attend the 4th Eastern Economic Forum": the gathering a trip went to
TO_ATTEND_BEFORE = re.compile(r"\b(?:to\s+attend|attending|to\s+take\s+part\s+in|to\s+participate\s+in)\s+$", re.I)


def _third_country_trip(text: str, cands: Sequence[Candidate], pair: Sequence[str]) -> bool:
    """Whether a sentence's visit goes to a country that is neither of the article's two."""
    if len(pair) != 2:
        return False
    for c in cands:
        if c.type != "visit":
            continue
        dest = VISIT_DESTINATION.match(text, c.end)
        named = countries_in(dest.group(1)) if dest else []
        if named and not set(named) & set(pair):
            return True
    return False


#: what a sentence says of an event already named when it only tells its end ("the drills will conclude on …")
ENDS_AFTER = re.compile(
    r"(?:\s*,[^.;]{0,100}?,)?\s+(?:(?:will|shall|would)\s+|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated)\s+to\s+)"
    r"(?:conclude|end|close|wrap\s+up|finish|run\s+(?:until|till|through))\b"
    # "The meeting, which is scheduled to end today, …": its end told in a relative clause
    r"|\s*,\s*which\s+(?:is|was|are|were)\s+(?:scheduled|set|due|expected|slated)\s+to\s+(?:conclude|end|close|wrap\s+up|finish)\b",
    re.I,
)
ENDING_KINDS = frozenset({"joint_activity", "conference", "meeting", "visit"})
#: a list of what a gathering talks about, before its verb: "Smuggling, flag meetings and joint patrols dominated
#: the discussion", "Issues including X, Y and joint patrolling will be discussed at the conference"
TOPICS_BEFORE = re.compile(
    r"\b(?:(?:will|would|to)\s+)?dominat(?:e|es|ed|ing)\s+(?:the\s+)?(?:discussions?|talks|agenda|deliberations|(?:[\w\-]+\s+){0,2}?(?:conference|meeting))\b"
    r"|\b(?:will\s+be|would\s+be|were|was|are|is|to\s+be)\s+(?:also\s+)?(?:discussed|deliberated|on\s+the\s+agenda)\b",
    re.I,
)
#: a list of topics after its verb: "The topics of discussion at the conference include X, joint patrolling, …"
TOPICS_AFTER = re.compile(
    r"\b(?:topics?|agenda|issues)\s+(?:of|for)\s+(?:the\s+)?(?:discussions?|talks)\b[^.;]{0,80}?\b(?:include|includes|included|including|are|were|is|was)\b"
    r"|\bdiscussions?\s+on\b(?=[^.;]*\bwill\s+dominate\b)",
    re.I,
)
#: a gathering named as an earlier one: "the previous meeting of the Working Group"
EARLIER_ONE = re.compile(r"(?:the\s+|a\s+|their\s+)?(?:previous|prior|preceding|last|earlier)\s", re.I)
#: "since the signing of": what a signing made possible since, not the signing told
SINCE_THE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
#: what a list of topics can wrongly name as an event of its own
TOPIC_KINDS = frozenset({"joint_activity", "meeting", "conference"})
LIST_SIGNS = re.compile(r",[^,]*,|\b(?:including|such\s+as|etc)\b", re.I)


def _topic_of_discussion(text: str, c: Candidate) -> bool:
    """Whether a candidate is one item of a list of topics a gathering discusses, or the gathering that list is
    said of ("… will dominate the five day conference": the conference told before)."""
    after = TOPICS_AFTER.search(text)
    if after and c.start > after.start():
        return True
    before = TOPICS_BEFORE.search(text)
    if before is None:
        return False
    if c.start >= before.start():  # "… dominated the discussion in the conference": the one told
        # ("was deliberated at the 20th meeting, which took place on Tuesday": told here, not a topic)
        return c.type != "joint_activity" and "dominat" in before.group().lower() and DEFINITE_DESCRIBED_BEFORE.search(text, 0, c.start) is not None
    return LIST_SIGNS.search(text, 0, before.start()) is not None


#: "the five-day border conference": a told event named again with a few describing words
DEFINITE_DESCRIBED_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,3}$", re.I)
#: "the 17th edition of the joint exercise": one round of a recurring activity, named, not what a pact is about
EDITION_OF = re.compile(r"\b(?:edition|round|phase|iteration|leg|stage)\s+of\s+(?:the\s+)?$", re.I)
#: one country and a region: "the Korea-Africa summit", "the China-Central Asia Summit", "the China-Arab States Summit"
WITH_A_REGION = re.compile(r"\b[A-Z][\w]+[-–](?:Africa|Central\s+Asia|Arab|Nordic|Caribbean|Pacific\s+Islands?|Latin\s+America|CELAC|ASEAN)\b")
MANY_SIDED = re.compile(r"\b(?:trilateral|tripartite|quadrilateral|multilateral|plurilateral)\b", re.I)
QUOTER = re.compile(r"(?:also\s+)?quot(?:ed|es|ing)\b")
SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)
#: the office right before a name: "Foreign Ministry spokesman Lu Kang"
SPOKESMAN_OF = re.compile(r"\bspokes(?:man|woman|person)\s+(?:[A-Z][\w.\-]*\s+){0,2}$", re.I)
#: three or more countries as the subject of a verb: a multilateral act
MANY_COUNTRIES = re.compile(
    r"\b(?:\d{1,3}|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|several|many|all|more|other)\s+(?:member\s+)?(?:countries|nations|states|parties)"
    r"\s+(?:have\s+|had\s+|would\s+|will\s+|could\s+|to\s+)?$",  # ("hoped that more countries would sign the accords": others, not the pair)
    re.I,
)
#: "45 years since the", "the 60th anniversary of the": what follows is counted from, long ago
YEARS_SINCE = re.compile(r"\b(?:years?|decades?|anniversary)\s+(?:since|of|after|from)(?:\s+of)?\s+(?:the\s+)?$", re.I)
#: a date right after a signing verb: "(signed in August 2021)", "signed on March 3"
DATED_AFTER = re.compile(
    r"\s+(?:in|on)\s+(?:(?:early|late|mid)[\s\-]+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
)
#: carrying out what was agreed before: the agreements named after it exist already
IMPLEMENTING = re.compile(
    r"\b(?:implement(?:s|ed|ing|ation)?|carry(?:ing)?\s+out|(?<!law\s)(?<!law-)enforc(?:e|es|ed|ing|ement)|reali[sz](?:e|es|ed|ing|ation)|materiali[sz](?:e|es|ed|ing)"  # (not the field, "law enforcement")
    r"|under\s+(?:the|a|an|their|its)|in\s+(?:line|accordance)\s+with|pursuant\s+to"  # "access under the 2014 … Agreement"
    r"|(?:uphold|upheld|upholding|respect|respected|abide\s+by|comply\s+with|adhere\s+to)\s+(?:the\s+)?(?:spirit\s+of\s+)?(?:the|a|an|their|its))\b",
    re.I,
)
#: the anniversary of a paper signed long ago: "will celebrate the 60th anniversary of the Elysée Treaty"
ANNIVERSARY_OF_PAPER = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:signing\s+of\s+the\s+)?(?:[\w\-’'.]+\s+){0,4}$", re.I)
#: loyalty to a named paper in force: "their commitment to the Lima Accord", "committed to the 1998 Oslo Treaty"
COMMITTED_TO_NAMED = re.compile(
    r"\b(?:commitments?|committed|adherence|attachment|support)\s+(?:to|for)\s+the\s+(?:\d{4}\s+)?(?-i:(?:[A-Z][\w\-’']*\s+){1,5})$", re.I
)
#: a second clause of the same subject: "… reviewed X and agreed on Y": what governs X does not govern Y
NEXT_CLAUSE = re.compile(
    r"(?:;|\b(?:and|but|then|before|after)\s+(?:also\s+|then\s+)?(?:agreed|decided|approved|adopted|reached|welcomed|witnessed"
    r"|discussed|reviewed|pledged|vowed|hailed|noted|stressed|affirmed|reaffirmed|exchanged|held|signed|concluded|endorsed"
    r"|announced|launched)\b)",
    re.I,
)


def _clause_start(s: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last ";" or "and agreed"-like turn before it."""
    start = 0
    for m in NEXT_CLAUSE.finditer(s, 0, pos):
        start = m.start()
    return start

#: "the MoU would enable …", "the agreement will allow for …": what an agreement does, not a plan to make one
WHAT_IT_DOES = re.compile(
    r"(?:\s*\([^)]{1,20}\))?\s+(?:also\s+)?(?:would|will|could|can|is\s+set\s+to|aim(?:s|ed)?\s+to|is\s+expected\s+to)\s+(?:also\s+|further\s+)?"
    r"(?:enable|allow|help|boost|strengthen|facilitate|pave|provide|ensure|cover|benefit|promote|enhance|deepen|open|give|bring|serve|have|include|outline|set\s+out"
    r"|create|establish|lay|form|regulate|govern|define)\b",
    re.I,
)
#: what a gathering does for the ties, as the subject of the clause: "the visit will boost …", "the talks would help …"
EFFECT_AFTER = re.compile(
    r"\s+(?:will|would|could|can|is\s+(?:expected|set|likely)\s+to|aims?\s+to)\s+[“\"]?(?:further|also|greatly|significantly)?[”\"]?\s*"
    r"(?:boost|help|strengthen|contribute|enhance|deepen|promote|give|bring|serve|pave|foster|consolidate|elevate|add|reinforce|advance|bolster"
    r"|open\s+(?:a|up|new))\b",
    re.I,
)
#: "Apart from the MoU, they agreed to …": the agreement already told is set aside, what follows is the news
ASIDE_FROM = re.compile(r"\b(?:apart\s+from|aside\s+from|besides|in\s+addition\s+to)\s+(?:the|this|that|these)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: "ensure that the MoU is implemented": the agreement is carried out, so it exists
BEING_IMPLEMENTED = re.compile(r"\s+(?:is|are|was|were|be|being)\s+(?:\w+\s+)?(?:implemented|enforced|carried\s+out|upheld|respected)\b", re.I)
WITNESSED_SIGNING = re.compile(r"\bwitness(?:ed|es|ing)?\s+(?:the\s+)?signing\s+(?:ceremony\s+)?(?:of|for)\s+$", re.I)
WITNESSED = re.compile(r"\bwitness(?:ed|es|ing)?\s+(?:the\s+|a\s+)?$", re.I)
#: "allow their forces to hold", "pave the way for", "enable … to conduct": the activity is what something makes possible
ENABLES = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|facilitat(?:e|es|ed|ing)|pav(?:e|es|ed|ing)\s+the\s+way\s+for)"
    # ("will enable the armed forces of both sides to conduct more extensive exercises", "allow troops to enter
    # each other's territory for joint exercises": what a pact allows, however long its subject)
    r"\s+(?:[\w’'\-]+\s+){0,10}?(?:to\s+(?:hold|conduct|stage|carry\s+out|take\s+part\s+in|join|participate\s+in)\s+)?(?:more\s+(?:[\w\-]+\s+)?)?$",
    re.I,
)
#: the verbs of a visit: "is on an official visit to", "visited Tokyo", "arrived in Hanoi"
VISITING = re.compile(
    r"\b(?:(?:is|are|was|were|will\s+be)\s+(?:on\s+)?(?:an?\s+)?(?:official\s+|state\s+|working\s+)?visit(?:ing)?|visited|(?<=delegation\s)visits"
    # "arrived on Sunday (14) in Brasília", "arrived yesterday in Lima": the day may come before the place
    r"|arrived\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\(\d{1,2}\))?\s*,?\s+|yesterday\s+|today\s+)?(?:in|at)"
    # "the President … traveled to Guatemala, meeting with …": the named traveller's trip there
    r"|travel(?:l)?ed\s+to"
    # "Geingob will tomorrow leave for Botswana", "the minister will travel to Gaborone": a named traveller's trip to come
    r"|will\s+(?:(?:tomorrow|today|also|then|soon)\s+)?(?:travel\s+to|leave\s+for)"
    # "led the delegation to Vietnam", "led a 12-member delegation to Dhaka": the leader's visit there
    # ("was leading a high-level delegation to Vietnam from January 11-13": the same, told as under way)
    r"|(?P<led>(?:led|(?:is|was|are|were)\s+leading)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}?delegations?\s+to))\s+(?=[A-Z]|the\s+[A-Z])"
)
#: a host holding a guest's welcome ceremony (not "following a welcome ceremony": a scene of a visit told elsewhere)
WELCOME_CEREMONY = re.compile(
    r"\b(?:chaired|chairs|chair|co-chaired|hosted|hosts|held|holds|presided\s+over)\s+(?:an?|the)\s+(?:official\s+|state\s+|formal\s+)?"
    r"(?P<noun>welcom(?:e|ing)\s+ceremony)\s+(?:for|towards|to\s+welcome)\s+(?P<guest>[^,;.]{3,120})"
)
LED_BY = re.compile(r"\bled\s+by\s")
#: a host who welcomes a guest to a place: "welcomed Brazilian President Lula to Buenos Aires"
WELCOMED_TO = re.compile(
    r"\b(?:welcomed|welcomes|welcoming)\s+(?P<guest>[^,;.]{3,90}?)\s+(?P<to>to)\s+(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})"
)
#: a journey that a visit is the purpose of: "will travel to Kigali for a state visit", "left for Minsk on a working visit"
TRAVELS = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|head(?:s|ed|ing)?|le(?:ave|aves|ft)\s+for|depart(?:s|ed)?\s+for|set\s+off|embark(?:s|ed)?\s+on)\b", re.I
)
#: "… visit to Tirana with a meeting with …": what the visit opened with is a gathering of its own
VISIT_THEN_GATHERING = re.compile(
    r"\s+with\s+(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|talks|reception|ceremony|dinner|conference|session)\b"
    # "… working visit to Singapore for the 10th Leaders' Retreat": the gathering the visit is for is its own event
    r"|\s+for\s+the\s+\d+(?:st|nd|rd|th)\s",
    re.I,
)
#: capitalised words that make a name a place to see rather than a country: "the Philippine Coast Guard"
SITE_WORDS = frozenset({"Coast", "Museum", "Memorial", "Embassy", "Pagoda", "Temple", "Palace", "Hall", "House", "Port", "Base", "Academy", "School", "Zone", "Park"})
#: forces as the subject of an arrival: "Units from the Air Force and special forces have [arrived]"
TROOPS_BEFORE = re.compile(r"\b(?:units|troops|forces|soldiers|servicemen|aircraft|jets|warships|ships|vessels|contingents?|personnel|battalions?)\b[^.;]*$", re.I)
#: a named person (or a delegation) right before "arrived": "Wong arrived", "Biden, who arrived", "the delegation arrived"
#: ("Guelleh, President of Djibouti, has on Sunday in the afternoon arrived": an apposition, then the day)
VISITOR_BEFORE = re.compile(
    rf"(?:\b[{CAPITALS}][\w’'\-]+(?:,?\s+who)?|\b[{CAPITALS}][\w’'\-]+\s+[{CAPITALS}][\w’'\-]+,|\bdelegations?"  # ("…, Andrés Manuel López Obrador, traveled to": a full name before its comma)
    r"|\b(?:President|Minister|Premier|King|Queen|Chancellor|Emir|Chairman|Speaker)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]+\s?)+,)"
    r"\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:on|in|late|early|this|last)\s+(?:[\w\-]+\s+){1,2}){0,2}$"
)
PLACE_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*")
#: what a visit's verb goes to: "to visit Japan", "to visit the United States", "to visit each other"
DESTINATION = re.compile(r"(?:the\s+)?[A-Z]|each\s+other|one\s+another")
#: "to South Korea", "to Hanoi": a named destination
TO_A_PLACE = re.compile(r"to\s+(?:the\s+)?[A-Z]")  # "to Kenya", "to the Philippines"
TRIP_PLACE = re.compile(r"(?:to|in)\s+(?:the\s+)?[A-Z]")  # "a two-day trip to Kenya", "a four-day tour in Japan" ("trip of the President" is whose)
TALKS_AFTER = re.compile(r"\s+(?:talks|negotiations?|plans?|agreements?|deals?|contracts?|cooperation|consultations?)\b", re.I)
#: "an MoU for the construction of a bridge", "talks on the construction of": what a paper or a talk is about
ABOUT_THE = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)|understanding|mous?|deals?|contracts?|accords?|loans?|talks|discussions?|plans?)"
    r"\s*(?:\([^)]{0,20}\)\s*)?(?:for|on|about|regarding|concerning)\s+(?:the\s+)?$",
    re.I,
)
#: words before a plural project noun that make it projects in general: "ongoing projects", "all the projects"
GENERIC_BEFORE = re.compile(r"\b(?:ongoing|existing|other|various|all|several|many|such|pending|stalled)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)
#: a paper on cooperation in a list of fields, one of them a project's act: "signed documents on cooperation in
#: fields like the construction of a rail link", "agreements on cooperation in energy and the launch of a fund"
PAPER_FIELDS_BEFORE = re.compile(
    r"\b(?:agreements?|memorand(?:um|a|ums)|mous?|documents?|deals?|accords?|protocols?)\b[^.;:]{0,60}?"
    r"\bon\s+cooperation\s+in\s+[^.;:]{0,80}?\bthe\s+$",
    re.I,
)
#: a project noun inside the name of an office: "Road Supervision and Monitoring Office", "Railway Authority"
OFFICE_AFTER = re.compile(
    r"(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,4}\s+(?:Office|Department|Ministry|Authority|Agency|Corporation|Company|Board"
    r"|Administration|Directorate|Bureau|Division|Unit|Institute|Commission|Committee)\b"
)
#: a place something happens at: "at the BGB headquarters", "At Twangale Park" (the park's own name starts the match)
VENUE_BEFORE = re.compile(r"(?<![\w\-])(?i:at)\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*|[A-Z]{2,})['’]?s?\s+){0,4}$")
SUPPORT_FOR = re.compile(r"\b(?:support|assistance|help|contributions?|thanks?|thanked)\s+(?:for|to|in|with)\s+(?:the\s+)?$", re.I)


#: "agreed to study financing for the pipeline", "discussed the construction of": talk about a project's act, not the act
TALK_OF = re.compile(
    r"\b(?:stud(?:y|ies|ied|ying)|explor(?:e|es|ed|ing)|assess(?:es|ed|ing)?|look(?:s|ed|ing)?\s+into|examin(?:e|es|ed|ing)"
    r"|discuss(?:es|ed|ing)?|consider(?:s|ed|ing)?)\s+(?:the\s+)?(?:possib(?:le|ility\s+of)\s+|feasibility\s+of\s+)?$",
    re.I,
)


#: a progressive passive: "is being completed", "are being built"
BEING_DONE = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+)?being\s+$", re.I)
#: "Construction started in December 2016.": a sentence that opens with the works of a project it does not name
WORKS_BEGAN = re.compile(
    r"\s*(?:The\s+)?(?P<works>(?:Construction|Building|Groundbreaking)(?:\s+works?)?|Work)"
    r"(?:\s+on\s+(?:it|the\s+(?:project|site)))?\s+(?:(?:officially|formally|finally|first)\s+)?"
    r"(?:started|began|commenced|kicked\s+off|got\s+under\s*way|(?:was|were)\s+(?:launched|completed|finished))\b"
)
#: the phrase of such a candidate: the project is the one the article has just named
BARE_WORKS = "works"


#: paperwork towards a project is no milestone of it: "completing procedures for launching a research centre"
PAPERWORK_BEFORE = re.compile(
    r"\b(?:procedures?|formalities|preparations?|paperwork|feasibility\s+stud(?:y|ies))\s+(?:for|to|of|on)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I
)  # ("procedures for the patrol ship handover": the thing handed over may stand before the act's noun)
PAPERWORK_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:necessary\s+)?(?:procedures?|formalities|preparations?|paperwork)\b", re.I)


def _detect_projects(s: str) -> list[Candidate]:
    works = WORKS_BEGAN.match(s)
    if works and not PROJECT.search(s):
        return [Candidate("project", works.start("works"), works.end("works"), BARE_WORKS, works.start("works"), strong=False)]
    # "thanked China for its support for the construction of X": help with a project is talk, not its milestone
    verbs = [
        v.start() for v in PROJECT_VERBS.finditer(s)
        if not SUPPORT_FOR.search(s, 0, v.start()) and not TALK_OF.search(s, 0, v.start()) and not ABOUT_THE.search(s, 0, v.start())
        and not TALKS_AFTER.match(s, v.end())  # "speed up railway construction talks": talks, not a project's act
        and not BEING_DONE.search(s, max(0, v.start() - 20), v.start())  # "work is being completed on …": under way, no milestone yet
        and not PAPERWORK_BEFORE.search(s, max(0, v.start() - 40), v.start()) and not PAPERWORK_AFTER.match(s, v.end())
        and not PAPER_FIELDS_BEFORE.search(s, max(0, v.start() - 180), v.start())
    ]
    given = [
        v.start() for v in AID_VERBS.finditer(s)
        if not SUPPORT_FOR.search(s, 0, v.start()) and not PAPERWORK_BEFORE.search(s, max(0, v.start() - 60), v.start())
    ]
    if not verbs and not given:
        return []
    out = []
    aid = [m for m in AID.finditer(s) if any(-80 <= m.start() - v <= 80 for v in given)] if given else []
    for m in sorted([*PROJECT.finditer(s), *aid], key=lambda m: m.start()):
        if m not in aid and not any(-80 <= m.start() - v <= 80 for v in verbs):
            continue  # the noun must be what is built, launched or handed over
        if OFFICE_AFTER.match(s, m.end()):
            continue  # "the Federal Road Supervision and Monitoring Office": a body's name, not a road
        if GENERIC_BEFORE.search(s, max(0, m.start() - 20), m.start()) and m.group().lower().endswith("s"):
            continue  # "the timely completion of ongoing projects": projects in general, no one milestone
        if m not in aid and VENUE_BEFORE.search(s, max(0, m.start() - 60), m.start()):
            continue  # "the conference began at the police headquarters", "opened at Riverside Park": where, not what is built
        before, bstart = _np_before(s, m.start())
        after, _ = _np_after(s, m.end())
        if after.lower().startswith(("of ", "for ")):
            phrase = " ".join(p for p in (before, m.group(), after) if p)
        else:
            phrase = " ".join(p for p in (before, m.group()) if p)
        out.append(Candidate("project", m.start(), m.end(), phrase, bstart if before else m.start(), strong=False))
    return out


def _detect_other(s: str) -> list[Candidate]:
    out = []
    for m in OTHER.finditer(s):
        before, bstart = _np_before(s, m.start())
        after, _ = _np_after(s, m.end())
        tail = after if re.match(r"\d{4}\b", after) else ""
        phrase = " ".join(p for p in (before, m.group(), tail) if p)
        out.append(Candidate("other", m.start(), m.end(), phrase, bstart if before else m.start(), strong=False))
    return out


#: detectors in precedence order: an earlier one's phrase hides later triggers inside it.
DETECTORS: tuple[tuple[str, Callable[[str], list[Candidate]]], ...] = (
    ("signing", _detect_signings),
    ("planned_agreement", _detect_planned_nouns),
    ("conference", _detect_conferences),
    ("meeting", _detect_meetings),
    ("visit", _detect_visits),
    ("joint_activity", _detect_joint),
    ("project", _detect_projects),
    ("other", _detect_other),
)


DETECTOR_GATES = {kind: re.compile(alternation(stems)) for kind, stems in triggers.DETECTOR_GATES.items()}
#: a cheap first look: a sentence that opens no detector's gate has no trigger at all
ANY_GATE = re.compile(alternation(sorted({stem for stems in triggers.DETECTOR_GATES.values() for stem in stems})))


def _candidates(s: str) -> list[Candidate]:
    low = lowered(s)
    if not ANY_GATE.search(low):
        return []
    taken: list[tuple[int, int]] = []
    out: list[Candidate] = []
    for kind, detect in DETECTORS:
        if not DETECTOR_GATES[kind].search(low):
            continue  # none of the words this detector needs: it would find nothing
        for c in detect(s):
            span = (c.phrase_start, c.phrase_start + len(c.phrase))
            if any(a <= c.start < b for a, b in taken) or any(a <= t.start < b for t in out for a, b in [span] if t.type != c.type):
                continue
            if any(o.type == c.type and (abs(c.start - o.start) < 3 or c.type not in {"meeting", "signing", "other", "planned_agreement"}) for o in out):
                continue  # one event of a kind per sentence: "built key works, including stations and an academy"
                # (but "established relations in 1992 and elevated ties in 2022" are two milestones)
            out.append(c)
            taken.append(span)
            taken.append((c.start, c.end))
    return sorted(out, key=lambda c: c.start)


# --------------------------------------------------------------------------- status, date, title


def _quote_end(s: str, at: int) -> int:
    """Where the last quotation closed before ``at`` ends (-1 if ``at`` is not after one): the
    speaker's tense ("… will propel our ties," Marcos said after a meeting) is not the event's."""
    curly = s.rfind("”", 0, at)
    straight = s.rfind('"', 0, at) if s.count('"', 0, at) % 2 == 0 else -1
    end = max(curly, straight)
    if end < 0:
        return -1
    opened = s.rfind("“" if end == curly else '"', 0, end)
    if opened >= 0 and len(s[opened + 1 : end].split()) <= QUOTED_NAME_WORDS:
        return -1  # 'under the framework of "two-plus-two" talks': a quoted name, not words said
    return end + 1


def _said_quote_end(s: str, at: int) -> int:
    """Where a quotation closed before ``at`` and followed by its speaker ends (-1 if none): a quotation
    opened in an earlier sentence closes here too ('… in 2030," the minister said at a meeting')."""
    end = max(s.rfind("”", 0, at), s.rfind('"', 0, at))
    if end < 0 or not SPEAKER_AFTER_QUOTE.match(s, end + 1):
        return -1
    return end + 1


#: a quotation's speaker right after it closes: '," the minister said', '," the envoy told'
SPEAKER_AFTER_QUOTE = re.compile(r"\s*,?\s*(?:[\w\-.’']+\s+){0,6}?(?:said|says|told|stressed|noted|added|stated|remarked|underlined)\b", re.I)
#: quoted words up to this many are a name ("Golden Dragon", "two-plus-two"), not a speaker's words
QUOTED_NAME_WORDS = 3


def _status(c: Candidate, s: str) -> tuple[str, bool]:
    """The status the grammar before a trigger gives, and whether the cue is firm.

    A bare infinitive of purpose ("at a meeting on Oct 25 to sign …") is not firm: the
    date decides. "will", "is expected to", "agreed to", "suggested" are firm.
    """
    clause_start = max(s.rfind(";", 0, c.start), _quote_end(s, c.start), 0)
    before = s[clause_start : c.start]
    around = before + " " + s[c.start : c.end + 1]
    if c.type == "signing" and BY_SIGNING.search(s, max(0, c.start - 5), c.start) and not MODAL.search(s, 0, c.start):
        return "occurred", True  # "… concluded on Thursday, with both sides agreeing to curb entries by signing a JRD": done so
    if c.type in GATHERING_KINDS and SAID_AT_BEFORE.search(s, max(0, c.start - 90), c.start):
        return "occurred", False  # "X will create conditions …, said PM Y at his reception for Z on Sept 26": where it was said
    if c.type == "meeting" and PAST_MEETING_VERB.match(s, c.start):
        return "occurred", True  # "… agreed to start talks when they met in Tokyo": the verb's own tense is past
    if c.type == "meeting" and MEETING_UNDER_WAY.match(s, c.start):
        return "occurred", True  # "…, where he is meeting senior officials, the deal would be finalised next week": under way now
    if c.type in {"meeting", "conference"} and HELD_BEFORE.search(s, max(0, c.phrase_start - 40), c.phrase_start):
        return "occurred", True  # "… pledged to cooperate, as both nations held the 8th Meeting of …": the verb's own tense is past
    if c.type in GATHERING_KINDS and SOURCE_GATHERING_BEFORE.search(s, max(0, c.start - 60), c.start):
        return "occurred", False  # "agreed to conduct patrols, according to the results of a meeting in late January": the source, held
    if c.type in GATHERING_KINDS and PAPERS_OF_BEFORE.search(s, max(0, c.start - 60), c.start):
        return "occurred", True  # "… to realise documents inked during the State visit": the papers, and so the visit, are done
    if c.type in GATHERING_KINDS and HELD_AFTER.match(s, c.end) and not WILL_BE_BEFORE.search(before):
        return "occurred", True  # "agreed to … during the meeting held in Bandung": the meeting itself took place
        # (not "It will be the first council chaired by both": a gathering to come, described)
    if c.type in {"meeting", "conference"} and AFTER_GERUND.search(s, 0, c.start) and not MODAL.search(before):
        return "occurred", True  # "… announced after meeting in Sanya": the meeting came first
    if c.type in {"meeting", "conference"} and FOLLOWING_NOUN.search(s, 0, c.start):
        return "occurred", False  # "… will boost cooperation, following high-level talks in Jakarta": the talks came first (a date may say otherwise)
    if c.type in GATHERING_KINDS and HEARD_BEFORE.search(s, 0, c.start):
        return "occurred", True  # "… will work harder, heard a meeting in Hue on June 3": the meeting was held
    if c.type in GATHERING_KINDS and FRONTED.match(s) and FRONTED_THEN_FUTURE.match(s, c.end):
        return "planned", True  # "After his visit to Beijing, Khan will visit Shanghai": the main clause's tense
    if c.type == "signing" and ENDED_WITH_BEFORE.search(before) and not MODAL.search(before):
        return "occurred", True  # "The negotiations concluded with signing of the plan": the talks' noun is no future
    if c.type == "signing" and SIGNING_OF.match(s, c.start) and SIGNING_AHEAD.match(s, c.phrase_start + len(c.phrase)):
        return "planned", True  # "Signing of the documents is to take place at 3 PM", "…, including the signing of X, are planned"
    if c.type in {"project", "joint_activity", "conference", "meeting", "visit"} and (FUTURE_AFTER.match(s, c.end) or TO_BE_DONE_AFTER.match(s, c.end)):
        return "planned", True  # "the canal is scheduled to break ground", "the exercise will take place", "the drills to be held"
    if c.type in {"conference", "meeting"} and CALLED_FOR_AFTER.match(s, c.end):
        return "planned", False  # "a session of the panel was called for early May": convened for a time (its date decides)
    welcome = WELCOMED_TO.match(s, s.rfind("welcom", max(0, c.start - 120), c.start)) if c.type == "visit" and "welcom" in s else None
    if welcome and welcome.start("place") == c.start and not MODAL.search(before):
        return "occurred", True  # "welcomed X to Buenos Aires": the guest has come
    if c.type == "visit" and FRAME_OF_BEFORE.search(s, max(0, c.start - 40), c.start) and not MODAL.search(s):
        return "occurred", False  # "Following the negotiations within the framework of the state visit …, the heads signed": its frame, done
    if c.type == "visit" and ACCEPTED_INVITATION_BEFORE.search(s, max(0, c.start - 120), c.start):
        return "occurred", False  # "thanked her guest for accepting the invitation to visit Vientiane": the guest has come
    if c.type == "visit" and GLAD_TO_BE_HERE.search(s, max(0, c.start - 40), c.start):
        return "occurred", False  # "“I am pleased to visit Seoul,” Kishida said": he says it there
    if c.type == "joint_activity" and DEPARTED_FOR.search(before):
        return "planned", True  # "troops departed on Thursday to take part in a joint drill": the drill is still ahead
    if c.type in GATHERING_KINDS and TO_ATTEND.search(before) and not HELD_AFTER.match(s, c.end):
        return "planned", False  # "arrived in Minsk to attend a meeting of the Council": the trip's purpose, still ahead (a date may say otherwise)
    if HEADLINE_TO.match(s) and HEADLINE_LINE.fullmatch(s):
        return "planned", True  # a headline's bare infinitive is its future: "Minister to travel to Mexico for bilateral visit"
    if PROPOSED.search(before):
        return "proposed", True
    cues = [m.group().lower() for m in PLANNED.finditer(around)]
    if cues and c.type in GATHERING_KINDS and not _locative(s, c) and DURING_BARE.search(s, 0, c.start) and all(DONE_CUE.fullmatch(cue) for cue in cues):
        return "occurred", False  # "agreed on a plan during talks in Hanoi on Sunday": agreed there (a later date may say otherwise)
    if cues and c.type in GATHERING_KINDS and _locative(s, c) and all(DONE_CUE.fullmatch(cue) for cue in cues):
        # "the matter was agreed upon during his meeting with …": agreed there, so it met; "negotiations
        # were launched during Kishida's visit": a noun, not a future
        return "occurred", True
    if cues:
        return "planned", True
    if re.search(r"\bto\s+(?:\w+\s+and\s+)?$", before):
        return "planned", False
    if WORK_ON_BEFORE.search(before) or WORK_ON_BEFORE.search(s, max(0, c.phrase_start - 40), c.phrase_start):
        return "planned", True  # "directed officials to work on concluding a number of agreements": still to be done
    if c.type == "joint_activity" and FURTHER_ACTIVITY_BEFORE.search(before):
        return "planned", False  # "an agreement to conduct joint patrols", "focus on intensifying joint patrols": the dates decide
    return "occurred", False


#: an infinitive of effort before the act: "to work on concluding", "to work towards signing", "to expedite the opening"
WORK_ON_BEFORE = re.compile(
    r"\bto\s+(?:(?:work|move|press|push|strive)\s+(?:on|towards?|for)|expedite|accelerate|speed\s+up|hasten|fast-track)\s+(?:the\s+)?"
    r"(?:(?:opening|launch|construction|completion|building|implementation|start)\s+of\s+(?:the\s+)?)?$", re.I
)
#: thanks for an invitation taken up: "thanked X for accepting the invitation to visit …" (the visit is under way)
ACCEPTED_INVITATION_BEFORE = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|grateful|gratitude|appreciat(?:e|es|ed|ing|ion))\b[^.;]{0,80}?\bfor\s+(?:having\s+)?accept(?:ing|ed)\s+"
    r"(?:the|an|my|our|his|her|their)\s+invitation\s+to\s+$",
    re.I,
)
#: a headline's subject and its bare infinitive: "Minister Joly to travel to …", "Japan, Vietnam to sign …"
HEADLINE_TO = re.compile(r"\s*(?:[A-Z][\w’'.\-]*,?\s+){1,6}to\s+(?!be\b)[a-z]+\b")
#: a copula of the future right before a gathering's noun: "It will be the first council of ministers …"
WILL_BE_BEFORE = re.compile(r"\b(?:will|shall|would)\s+be\s+(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){0,4}$", re.I)
#: the scene of a saying: "…, said PM Nguyen Xuan Phuc at his reception for …", "Lam stressed at the talks"
SAID_AT_BEFORE = re.compile(
    r"\b(?:said|told|stressed|affirmed|noted|emphasi[sz]ed|stated|remarked|underlined|highlighted)\s+(?:[\w\-.’']+\s+){0,7}?"
    r"(?:at|during)\s+(?:his|her|their|the|a|an)\s+(?:[\w\-]+\s+){0,2}$",
    re.I,
)
#: a gathering a report draws on: "according to the results of a meeting between the two countries"
SOURCE_GATHERING_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:results?|outcomes?|minutes|conclusions?)\s+of\s+(?:a|an|the|their)\s+(?:[\w\-]+\s+){0,2}$", re.I
)
#: papers done at a gathering: "documents inked during the official State visit", "agreements reached at the talks"
PAPERS_OF_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeing\s)\b(?:signed|inked|reached|concluded|adopted)\s+(?:during|at|in\s+the\s+course\s+of)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}$", re.I
)
#: a gathering that is the purpose of a trip: "arrived … to attend a meeting of …"
TO_ATTEND = re.compile(r"\bto\s+(?:attend|take\s+part\s+in|participate\s+in)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$", re.I)
#: a gathering that ended in the signing: "The talks concluded with (the) signing of …"
ENDED_WITH_BEFORE = re.compile(r"\b(?:concluded|ended|culminated|closed|wrapped\s+up)\s+with\s+(?:the\s+)?$", re.I)
#: a sentence that counts or describes the gathering just told: "This marks the third visit …", "It will be the first …"
THIS_MARKS = re.compile(r"\s*(?:This|It)\s+(?:marks|will\s+mark|would\s+mark|will\s+be|would\s+be)\s+(?:the|his|her|their|its)\b")
#: an activity named as the aim of a pact or a plan: "to conduct joint patrols", "intensifying joint patrols"
FURTHER_ACTIVITY_BEFORE = re.compile(
    r"(?:\bto\s+(?:conduct|hold|stage|carry\s+out|launch|organi[sz]e|undertake|resume|expand|intensify|step\s+up|increase|deploy)"
    r"|\b(?:expanding|intensifying|stepping\s+up|increasing|resuming|enhancing|boosting))\s+(?:(?:a|an|the|their|its|more|further|regular)\s+){0,2}$",
    re.I,
)
#: date phrases that can only point ahead of the article ("later this year", "next month", "in the coming weeks")
AHEAD = re.compile(r"(?:later\s+(?:this|in\s+the)|next|(?:in\s+)?the\s+coming|coming|upcoming)\b", re.I)
PAST_MEETING_VERB = re.compile(r"(?:met|received|hosted)\b")
MEETING_UNDER_WAY = re.compile(r"(?:is|are)\s+(?:currently\s+)?meeting\b")
#: "… marking the end of": what ends later is going on now
END_OF = re.compile(r"\b(?:end|close|conclusion)\s+of\s+(?:(?:the|his|her|their)\s+|(?:[A-Z][\w.\-]*\s+){1,3}?[\w\-]+['’]s\s+)?(?:[\w\-]+\s+)?$", re.I)
#: a year that is the one the article has just told
SAME_YEAR = re.compile(r"(?:in\s+)?(?:the|that)\s+same\s+year", re.I)
#: a date that is the day the article has just told
SAME_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+same\s+day|that\s+same\s+day|on\s+that\s+day|the\s+same\s+afternoon|the\s+same\s+morning"
    r"|(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day"  # "Earlier in the day, the two leaders held talks"
    r"|on\s+(?:this|that|the\s+same)\s+occasion"  # "On this occasion, the Vietnamese side presented two vehicles"
    r"|(?:during|at)\s+that\s+(?:ceremony|event))\b",  # "During that ceremony, the minister also signed X": the ceremony just told
    re.I,
)
#: a day counted from the day the article has just told: "The next day, …", "Two days later, …", "the day before"
#: ("the day after the summit" counts from the summit, not from the day told: only a bare "the day after/before")
DAY_SHIFT = re.compile(
    r"\b(?:on\s+)?(?:(?P<next>the\s+(?:next|following)\s+day|the\s+day\s+after(?=\s*[,;.]))"
    r"|(?P<prev>the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*[,;.]))"
    r"|(?P<n>an?|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>later|afterwards|earlier|before(?=\s*[,;.])))\b",
    re.I,
)


def _day_shift(m: re.Match[str]) -> int:
    """How many days from the day told a ``DAY_SHIFT`` match counts (negative: before it)."""
    if m.group("next"):
        return 1
    if m.group("prev"):
        return -1
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else date_words.NUMBER_WORDS[n]
    return count if m.group("dir").lower() in {"later", "afterwards"} else -count


#: the event's own verb, right after its noun, in the future ("… is expected to take place", "… will open")
#: "Deals signed during the visit will cover …": the participle names the deals of a clause in the future
MAIN_VERB_FUTURE = re.compile(
    r"(?:(?!\b(?:that|which|who)\b)[^,;.]){0,60}?\s(?:will|shall|(?:is|are)\s+(?:expected|set|due)\s+to)\s", re.I
)
#: "have been signed", "were signed": the participle is the clause's own verb, not a noun's label
FINITE_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:(?:been|also|already|now)\s+){0,2}$", re.I)
AFTER_GERUND = re.compile(r"\b(?:after|following|before)\s+$", re.I)
#: "following high-level bilateral talks": what a main clause does after a gathering, named with no determiner
FOLLOWING_NOUN = re.compile(r"\b(?:after|following)\s+(?!(?:the|this|these|their|its|his|her|a|an)\b)(?:[\w\-]+\s+){1,3}$", re.I)
MODAL = re.compile(r"\b(?:will|shall|would|to\s+be|expected|scheduled|plans?\s+to|intend(?:s|ed)?|(?:is|are)\s+to)\b", re.I)
HEARD_BEFORE = re.compile(r"\bheard\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}$", re.I)
#: a sentence that opens with a phrase of time or place ("After his visit to Beijing, …", "On the sidelines of the expo, …")
FRONTED = re.compile(r"\s*(?:after|before|during|following|ahead\s+of|on\s+the\s+sidelines\s+of|at|upon|on\s+the\s+occasion\s+of)\b", re.I)
#: the rest of that phrase, then a main clause in the future ("…, Khan will visit Shanghai")
FRONTED_THEN_FUTURE = re.compile(
    r"[^,;.]{0,80},\s*(?:[\w’'\-]+\s+){1,4}?(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated|going)\s+to)\b", re.I
)
#: "the joint drills to be conducted in Surabaya will …": an infinitive right after the noun names a thing still to come
TO_BE_DONE_AFTER = re.compile(
    r",?\s+to\s+be\s+(?:held|conducted|organi[sz]ed|staged|carried\s+out|launched|built|hosted|convened)\b"  # (", to be held in Algeria")
    r"|\s+(?:has|have)\s+(?:yet|still)\s+to\s+be\b",  # "an inauguration has yet to be scheduled": not done
    re.I,
)
#: a gathering convened for a time, its own verb after it: "… was called for early May", "has been set for June"
CALLED_FOR_AFTER = re.compile(
    r"(?:\s+(?!(?:which|that|who|and|but)\b)[^\s,;.]+){0,10}?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:called|convened|set|fixed)\s+for\s", re.I
)
FUTURE_AFTER = re.compile(
    # ("Joint patrols of Serbian, Croatian and Slovene police will be deployed": whose they are, then the verb)
    r"(?:\s+of\s+[^.;:()]{1,60}?(?=\s+(?:will|shall|would|is|are)\s))?"
    # ("The exercise that intends to test the forces' readiness will be held in Jinja": its relative clause, then the verb)
    r"(?:\s+(?:that|which)\s+(?!(?:was|were|had|has|have)\b)[^.;:,()]{1,100}?(?=\s+(?:will|shall)\s+be\s+(?:held|conducted|staged|hosted)\b))?"
    r"(?:\s+(?!(?:which|that|who|and|but|as|after|when|while|said|says)\b)[\w\-]+){0,3}?\s*,?\s+"
    r"(?:will|shall|would|(?:is|are)\s+(?:expected|scheduled|set|slated|due|planned|going)(?:\s+to)?|(?:is|are)\s+to)"
    # ("The annual exercise codenamed X will be the 12th edition": the one to come, counted)
    r"\s+(?:be\s+)?(?:the\s+(?:\d+(?:st|nd|rd|th)|next)\b|take\s+place|held|hold|open(?:ed)?|complet(?:e|ed)|buil[dt]|break\s+ground|start(?:ed)?|begin|begun"
    r"|launch(?:ed)?|inaugurat(?:e|ed)|put\s+into|commenc(?:e|ed)|conduct(?:ed)?|organi[sz](?:e|ed)|host(?:ed)?|kick\s+off"
    r"|arrive|run|finish(?:ed)?|operat(?:e|ional)|handed\s+over|deploy(?:ed)?|carried\s+out|carry\s+out|stag(?:e|ed)|for|rescheduled)\b",
    re.I,
)
#: an hour of the day: "at 3:00 PM", "at 10 a.m.", "at 15:30"
CLOCK_TIME = re.compile(r"\bat\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)|\d{1,2}:\d{2}\b)", re.I)
#: a signing named as a noun: "Signing of the said documents …", "the signing of a declaration"
SIGNING_OF = re.compile(r"signing\s+(?:ceremony\s+)?(?:of|for)\s", re.I)
#: what is said of that noun when it is still to come: "… is to take place at 3 PM", "…, are planned"
SIGNING_AHEAD = re.compile(
    r"\s*,?\s+(?:(?:is|are)\s+(?:also\s+)?(?:to\s+(?:take\s+place|be\s+held)|planned|scheduled|expected|envisaged|foreseen|slated|set\s+for|due)"
    r"|will\s+(?:also\s+)?(?:take\s+place|be\s+held))\b",
    re.I,
)
#: the future seen from the past: "… the meeting would take place in June"
WOULD_AFTER = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+would\s+(?:be\s+)?(?:take\s+place|held|hold|convene|open|start|begin)\b", re.I)
#: a planned cue that is itself a past fact: what was agreed was agreed somewhere
#: "agreed on a plan during talks in Hanoi on Sunday": talks with no determiner, the scene of the agreeing
DURING_BARE = re.compile(r"\bduring\s+(?:[\w\-]+\s+){0,2}$", re.I)  # "agreed Thursday … during annual vice-ministerial talks"
DONE_CUE = re.compile(r"agreed(?:\s+(?:on|to|upon))?|negotiations?|draft", re.I)
#: a past participle right after a gathering's noun states that it took place ("the meeting held in …")
HELD_AFTER = re.compile(
    # (not across another gathering: "a visit to X following the meeting which was held last night" holds the meeting)
    r"(?:(?!\b(?:to|be|is|are|will|would|shall|scheduled|expected|set|planned|due|slated|meeting|talks|summit|conference|session|forum)\b)[^,.;]){0,80}?\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:held|convened|hosted|co-?chaired|chaired|(?:which|that)\s+took\s+place)\s+(?:in|on|at|by|last|earlier|from)\b"
    # "the 11th Joint Permanent Commission … that opened Sunday in Mangochi": its own clause opened it
    r"|[^,.;]{0,80}?\b(?:which|that)\s+(?:opened|began|started|commenced|kicked\s+off)\s+(?:in|on|at|last|earlier|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
BY_SIGNING = re.compile(r"\bby\s+$", re.I)
#: a past verb whose object is the gathering: "as both nations held the 8th Meeting of the Governors"
HELD_BEFORE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:held|hosted|convened|attended|concluded|wrapped\s+up|opened|kicked\s+off)\s+(?:(?:a|an|the|their|its)\s+)?$", re.I)
#: a participle right after the gathering's noun: "the bilateral meeting held on the border side of the post"
#: a gathering placed in the story's day right after its noun: "At the talks earlier, …", "At the talks in the afternoon
#: the same day, …": talks told here for the first time, not a reference back
WHEN_IN_THE_STORY_AFTER = re.compile(
    r"\s+(?:held\s+)?(?:earlier|later|(?:in\s+the|that)\s+(?:morning|afternoon|evening)|(?:on\s+)?the\s+same\s+day|that\s+day)\b", re.I
)
HELD_HERE = re.compile(r"\s+(?:held|convened|hosted|co-?chaired|chaired)\s+(?:in|on|at|by|last|earlier|from)\b", re.I)
ANNIVERSARY = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+anniversary\b", re.I)


def _anniversary_gloss(c: Candidate, text: str, found: Sequence[DateMention]) -> tuple[When, str] | None:
    """The year of an anniversary glossed by a bracketed span of its years later in its clause: "(1950 - 2020)"."""
    m = ANNIVERSARY.search(c.phrase)
    end = c.phrase_start + len(c.phrase)
    for d in found:
        between = text[end : d.start]
        if (
            d.role == "period" and 0 <= len(between) <= 80 and not re.search(r"[,;.]", between) and text[d.start - 1 : d.start] == "("
            and d.when.start is not None and d.when.end is not None and m
            and d.when.end.year - d.when.start.year == int(m.group(1))
        ):
            y = d.when.end.year
            return When(value=str(y), start=date(y, 1, 1), end=date(y, 12, 31), precision="year", timex=str(y)), d.expr
    return None


def _anniversary_year(phrase: str, when: When, ref: date | None, expr: str = "") -> When:
    """ "the 60th anniversary of ties (September 5, 1962 - 2022)": the date given is the origin; the
    anniversary falls 60 years on. "(September 5)", with no year, is the anniversary's own day: this year's."""
    m = ANNIVERSARY.search(phrase)
    if not m or when.start is None or when.end is None or when.start.year != when.end.year:
        return when
    if ref is not None and when.precision == "day" and expr and not BARE_YEAR.search(expr):
        return _day(_same_day_in(ref.year, when.start))  # a day and month told without a year: the one of the article's year
    year = when.start.year + int(m.group(1))
    if ref is not None and abs(year - ref.year) > 2:
        return when  # the date is the anniversary's own, not the origin's
    return When(value=str(year), start=date(year, 1, 1), end=date(year, 12, 31), precision="year", timex=str(year))


def _same_day_in(year: int, day: date) -> date:
    """The same month and day in ``year`` (28 February for a 29 February the year lacks)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _status_of_sentence(s: str) -> tuple[str, bool]:
    """For an agreement named without a verb of its own: the sentence's cues, anywhere."""
    low = lowered(s)
    if found_in(PLANNED, s, low):
        return "planned", True
    if found_in(PROPOSED, s, low):
        return "proposed", True
    return "occurred", False


BARE_YEAR = re.compile(r"\d{4}")
#: a sentence that asks: an auxiliary or a question word first, a question mark last
QUESTION = re.compile(r"\s*(?:Did|Do|Does|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Why|How|What)\b[^.!]*\?\s*$")
THROUGHOUT_BEFORE = re.compile(r"\b(?:throughout|all\s+through)\s+$", re.I)
SINCE = re.compile(r"\b(?:since|as\s+of)\s+$", re.I)
#: a clause of "since" that the date ends: "since the two countries closed relations last year"
SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.()]{1,60}$", re.I)
UNTIL = re.compile(r"\b(?:through|until|till|untill)\s+$", re.I)
DONE_SIGNING = re.compile(r"(?:sign|ink|conclud|ratifi|seal|initial{1,2}|renew|exchang|penn|formali[sz]|approv|adopt)ed", re.I)
FUTURE_AUX = re.compile(r"\b(?:to\s+be|will\s+be|would\s+be|shall\s+be|be|being|expected\s+to\s+be|yet\s+to\s+be)\s+(?:\w+\s+)?$", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|by|from|of|during|until|till|before|after|early|late|mid|for|to|and)\s*$", re.I)


#: verbs that tell of another act, told after an event's trigger: a date after one of them dates that act
OTHER_ACT = re.compile(
    r"\b(?:established|founded|set\s+up|launched|took\s+effect|(?:came|entered)\s+into\s+force|expired|built|completed|clinched|forged"
    r"|(?:assum|tak)(?:e|es|ed|ing)\s+office|took\s+office|(?:was|were)\s+(?:elected|sworn\s+in))\b",
    re.I,
)
#: a gathering's own relative clause of opening, right after its name (and short form)
OWN_OPENING = re.compile(r"(?:\s+(?:on|for|of)\s+[^,;.()]{1,60}?)?(?:\s*\([^)]{1,15}\))?\s*,?\s*(?:which|that)\s+(?:opened|began|started|commenced|kicked\s+off|took\s+place|was\s+held|were\s+held)\b", re.I)
#: a passive relative clause telling what befell something else, not how a gathering was held:
#: ", which were upgraded to a strategic partnership last year" (but ", which was held on Monday" is the gathering's)
PASSIVE_OF_ANOTHER = re.compile(
    r",\s*(?:which|that)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?!(?:held|convened|hosted|organi[sz]ed|co-?chaired|chaired|attended|opened|launched|postponed|scheduled|planned|attended)\b)[a-z]+ed\b",
    re.I,
)
#: a clause of its own about something else, whatever the event: "… on time for the academic year which starts in September"
OTHER_CLAUSE = re.compile(
    r"\b(?:which|that)\s+(?:starts|begins|opens|ends|runs|started|began|opened|ended)\b"
    # "the first visit since the conflict began … on February 24": when the other thing began
    r"|\bsince\s+(?:the\s+)?(?:[\w\-]+\s+){1,3}(?:began|started|broke\s+out|erupted)\b"
    # "his second foreign visit since ascending the throne in January 2020": when the other act was
    r"|\bsince\s+[a-z]+ing\b"
    # "her first visit to Ghana since his inauguration on January 7": the day of the other milestone
    r"|\bsince\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:inauguration|election|re-?election|swearing[\s\-]in|appointment|accession|independence)\b"
    # "the first visit in five years (the last time was in 2019)": an earlier one
    r"|\b(?:the\s+)?(?:last|previous)\s+time\b"
    # "signed within the framework of the Border Commission, held on Tuesday and Wednesday": the commission's days
    r"|\b(?:within\s+the\s+framework|on\s+the\s+sidelines|in\s+the\s+framework)\s+of\b[^.;]*?,\s*(?:held|organi[sz]ed|hosted|convened)\b",
    re.I,
)
#: "for the next 10 years from 2021 to 2031": a span after a stated length is the period a thing covers
COVERED_SPAN_BEFORE = re.compile(r"\b(?:for|over)\s+(?:the\s+)?(?:next|coming|following)?\s*(?:\w+\s+)?(?:years?|decades?)\s+$", re.I)
#: a span that ends a plan's name: "Operating Plan 2025-2026", "Action Programme 2021–2025"
PLAN_NAMED_BEFORE = re.compile(r"\b(?:plan|programme|program|agenda|strategy|roadmap)\s+(?:for\s+)?$", re.I)
#: "I am pleased to visit", "we are honoured to visit": the speaker is on the visit as he speaks
GLAD_TO_BE_HERE = re.compile(
    r"\b(?:am|is|are|[’']m|[’']re)\s+(?:very\s+|so\s+|truly\s+)?(?:pleased|happy|glad|delighted|honou?red|thrilled)\s+to\s+$", re.I
)
#: a sentence that opens with what came first: "Following a personal meeting this morning, …"
AFTER_FIRST = re.compile(r"\s*(?:after|following|upon)\b", re.I)
#: a date right after a verb of saying dates the saying
SAID_BEFORE = re.compile(r"\b(?:(?:said|says|announced|stated)\s+|told\s+(?:\w+\s+){1,3}?)(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+)?$")
#: the events whose trigger is not itself one of those acts (a project is launched, built, completed)
ACTS_OF_THEIR_OWN = frozenset({"signing", "planned_agreement", "conference", "meeting", "visit"})


#: an infinitive of purpose: "… to set out cooperation orientations"
PURPOSE_TO = re.compile(r"\bto\s+(?!be\b|the\b|a\b|an\b)[a-z]+\b")


def _inside_since(c: Candidate, since: int, sentence: str) -> bool:
    """Whether the event's trigger is told inside the "since" clause starting at ``since`` (no comma between)."""
    return since <= c.start and not re.search(r"[,;]", sentence[since : c.start])


def _pick_date(c: Candidate, found: Sequence[DateMention], status: str, ref: date | None, sentence: str = "") -> DateMention | None:
    """The date expression that dates this event: a point date, the nearest to its trigger."""
    usable = []
    # '"… will take place in 2030," the envoy told a meeting of the two ministries': the quote's days to come are not
    # the meeting's, where it was said ('"Today we signed …," he said after a meeting': its today is)
    quoted_until = _said_quote_end(sentence, c.start) if c.type in GATHERING_KINDS and sentence and ref is not None else -1
    for dm in found:
        if dm.end <= quoted_until and ref is not None and dm.when.start is not None and dm.when.start > ref:
            continue
        if dm.role != "point" or (
            SINCE.search(sentence[max(0, dm.start - 8) : dm.start]) and not (c.type == "visit" and dm.when.precision == "day")
        ):
            continue  # (but "the visit to Laos made by X since Saturday" began that day)
        since = SINCE_CLAUSE.search(sentence, max(0, dm.start - 70), dm.start)
        if since and not SINCE.search(sentence[max(0, dm.start - 8) : dm.start]) and not _inside_since(c, since.start(), sentence):
            continue  # "his first visit since taking office six months ago": the date of what the visit is counted from
            # (but "since Modi visited the UAE in August 2015" dates the visit its own clause tells)
        if UNTIL.search(sentence, max(0, dm.start - 10), dm.start):
            continue  # "will be held … through Nov. 19": where it ends, not when it happens
        if COMPARED_BEFORE.search(sentence, max(0, dm.start - 40), dm.start):
            continue  # "exports rose 10 percent compared to last year": the year compared with, not the event's
        if dm.start >= c.end and (
            (c.type in ACTS_OF_THEIR_OWN and OTHER_ACT.search(sentence, c.end, dm.start))
            or (OTHER_CLAUSE.search(sentence, c.end, dm.start) and not (c.type in GATHERING_KINDS and OWN_OPENING.match(sentence, c.end)))
        ):
            continue  # "adopted a plan to implement the partnership they established in December": its date
            # ("the 11th Joint Commission (JPCDS) that opened Sunday": the gathering's own opening)
        if dm.start >= c.end and c.type in GATHERING_KINDS and PASSIVE_OF_ANOTHER.search(sentence, c.end, dm.start):
            continue  # "during their meeting they hailed the ties, which were upgraded last year": the upgrade's date
        if c.type == "joint_activity" and dm.end <= c.start and DEPARTED_FOR.search(sentence, 0, c.start):
            continue  # "a contingent departed on Saturday for the joint exercise": the day of the departure
        if dm.when.timex == "FUTURE_REF" and dm.start >= c.end and PURPOSE_TO.search(sentence, c.end, dm.start):
            continue  # "convened for the 14th conference to set out orientations in the time ahead": the aim's time, not the event's
        if c.type in ACTS_OF_THEIR_OWN and THROUGHOUT_BEFORE.search(sentence, max(0, dm.start - 14), dm.start):
            continue  # "… chaired the third meeting, which continues the committees' work throughout 2025": one day is no year-long span
        if COVERED_SPAN_BEFORE.search(sentence, max(0, dm.start - 40), dm.start) or (
            dm.when.precision == "range" and PLAN_NAMED_BEFORE.search(sentence, max(0, dm.start - 30), dm.start)
        ):
            continue  # "a programme for the next 10 years from 2021 to 2031", "the Biennial Operating Plan 2025-2026": the period it covers
        if sentence[dm.start : dm.end] == dm.expr and A_BEFORE.search(sentence, max(0, dm.start - 5), dm.start) and DATED_THING_AFTER.match(sentence, dm.end):
            continue  # "says an Oct. 19 news release", "after the May 4 general election": the date of that thing
        if c.type == "signing" and dm.end <= c.start and STARTED_CLAUSE.search(sentence, max(0, dm.start - 40), dm.start) and sentence.find(",", dm.end, c.start) >= 0:
            continue  # "The conference, which started on 5 March, ended with the signing of the JRD": when the gathering began
        if status in {"planned", "proposed"} and SAID_BEFORE.search(sentence, max(0, dm.start - 30), dm.start):
            continue  # "the drills to be held in Surabaya will …, the minister said on Thursday": the day it was said
        if dm.end <= c.start and SAID_BEFORE.search(sentence, max(0, dm.start - 30), dm.start) and SAID_THAT.match(sentence, dm.end):
            continue  # "the ministry said on Sunday that the joint drills will continue": the day of the saying
        if dm.end <= c.start and SAYING_AFTER.match(sentence, dm.end) and dates.tense_of(sentence[dm.end : c.end]) == "future":
            continue  # "the government on Tuesday revealed that it expects to sign a deal": the day of the saying, not of the deal
        if status in {"planned", "proposed"} and dm.end <= c.start and AFTER_FIRST.match(sentence) and dm.end <= sentence.find(",", 0, c.start):
            continue  # "Following a meeting this morning, they met to finalize the agreements to be signed": the meeting's day
        w = dm.when
        if ref is not None and w.start is not None:
            if status == "occurred" and w.start > ref:
                continue  # a past act cannot happen after its report: this is a period it covers
            if status == "occurred" and c.type == "signing" and w.precision == "range" and w.end is not None and w.end > ref and w.start.year != w.end.year:
                continue  # "the results for 2021 to 2023 were summed up and the new plan approved": years still running are a period
            if status in {"planned", "proposed"} and w.end is not None and w.end < ref:
                continue  # a plan cannot be for a day already past: this dates something else
        usable.append(dm)
    if not usable:
        return None
    said = [dm for dm in usable if dm.when.known and SAID_BEFORE.search(sentence, max(0, dm.start - 30), dm.start)]
    if said and len(said) < len(usable):
        # "… the visit which happened in August 2015," the secretary told journalists yesterday: the day of the saying
        # gives way to a date the event has of its own
        usable = [dm for dm in usable if dm not in said]
    if c.type == "visit" and any(dm.when.precision == "range" for dm in usable):
        # a visit lasts days: "talks on Monday during the visit by X to Vietnam from Sunday to Tuesday"
        usable = [dm for dm in usable if dm.when.precision == "range"]
    elif c.type in {"conference", "meeting"}:
        # "held on Wednesday and Thursday this week (January 30-31)": the span the days make up is the gathering's date
        glosses = [dm for dm in usable if dm.when.precision == "range" and GLOSS_OPEN.search(sentence, max(0, dm.start - 3), dm.start)]
        days = [dm for dm in usable if dm.when.precision == "day"]
        if glosses and days and all(any(_within(d.when, sp.when) for sp in glosses) for d in days):
            usable = [dm for dm in usable if dm not in days]

    def distance(dm: DateMention) -> tuple[int, int]:
        weak = 1000 if dm.when.precision == "year" and BARE_YEAR.fullmatch(dm.expr) and not PREPOSITION_BEFORE.search(
            sentence[max(0, dm.start - 12) : dm.start]
        ) else 0
        if c.type == "signing" and c.end <= c.phrase_start <= dm.start < c.phrase_start + len(c.phrase):
            return (weak, -1)  # "signed the Comprehensive Strategic Partnership in August 2018": the date its object ends with
        if dm.start >= c.end:
            return (weak + dm.start - c.end, 0)
        return (weak + c.start - dm.end, 1)

    return min(usable, key=distance)


#: the bracket a span is glossed in, right after the days it names: "on Wednesday and Thursday (January 30-31)"
GLOSS_OPEN = re.compile(r"\(\s*$")


def _within(inner: When, outer: When) -> bool:
    """Whether every day ``inner`` can mean lies in ``outer``."""
    if inner.start is None or inner.end is None or outer.start is None or outer.end is None:
        return False
    return outer.start <= inner.start and inner.end <= outer.end


def _talked_over_ahead(c: Candidate, dm: DateMention | None, kind: str, text: str, ref: date | None) -> bool:
    """Whether a gathering talked over ("discussed the visit …") got a yearless day long past: the one to come is meant."""
    if dm is None or kind not in GATHERING_KINDS or ref is None or dm.when.end is None or BARE_YEAR.search(dm.expr):
        return False
    return (ref - dm.when.end).days > TOPIC_LOOKS_AHEAD_DAYS and TOPIC_VERB_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


#: a gathering as what was talked over or readied: "discussed the President's visit to …", "prepared for the summit"
TOPIC_VERB_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|went\s+over|prepar(?:ed|ing)(?:\s+for)?|preparations?\s+for)\s+(?:the\s+|a\s+)?(?:[\w’'\-]+\s+){0,4}$", re.I
)
#: a day without its year resolved this long before the article is, for a gathering talked over, the one to come
TOPIC_LOOKS_AHEAD_DAYS = 180
#: a year a figure is compared with: "compared to last year", "than in 2019", "versus the same period of 2020"
COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|year-on-year\s+from)\s+(?:(?:in|during)\s+)?(?:the\s+same\s+(?:period|time|months?)\s+(?:of|in|last)\s+)?$", re.I
)
#: a date used as an adjective of a thing that is no milestone: "an Oct. 19 news release", "the July 4 general election"
A_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.I)
DATED_THING_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+){0,2}?(?:(?:news|press|media)\s+releases?|statements?|reports?|letters?|tweets?|posts?|announcements?"
    r"|elections?|polls?|votes?|referendums?|earthquakes?|attacks?|deadlines?|rulings?|verdicts?|decisions?"
    r"|cups?|tournaments?|championships?|games|olympics)\b",  # "to host the 2027 African Cup of Nations": the cup's year
    re.I,
)
#: a gathering or activity described as recurring, as the subject of "is": "… is an annual training event"
RECURRING_AFTER = re.compile(r"[^.;,]{0,40}?\s+(?:is|are)\s+(?:an?\s+)?(?:annual|yearly|biennial|regular|recurring)\b", re.I)
#: an adverb that recalls an earlier time right before the verb: "had previously met", "once visited"
PREVIOUSLY_BEFORE = re.compile(r"\b(?:previously|formerly|once)\s+(?:\w+\s+)?$", re.I)
#: troops leaving for an activity abroad: "departed for Cambodia on Thursday to participate in", "left for the drill"
DEPARTED_FOR = re.compile(
    r"\b(?:depart(?:s|ed)?|left|leaves?|set\s+off|flew|head(?:s|ed)?)\s+(?:on\s+\w+\s+)?for\s+[^.;]{0,60}?"
    r"(?:\bto\s+(?:participate\s+in|take\s+part\s+in|join|conduct|attend)\s+|\b(?:the|a|an)\s+|[A-Z][\w\-]*\s+)(?:[\w\-]+\s+){0,4}$"
    # "a contingent was on Wednesday flagged off to participate in the 11th field exercise": sent off, the drill still ahead
    r"|\b(?:flagged\s+off|dispatched|sent\s+off|seen\s+off)\s+(?:on\s+\w+\s+)?to\s+(?:participate\s+in|take\s+part\s+in|join)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}$",
)
#: a tally of papers up to now: "to date", "so far", "over the years" before the verb of signing
TO_DATE_BEFORE = re.compile(
    r"\b(?:to\s+date|so\s+far|thus\s+far|over\s+the\s+years)\b[^.;]{0,60}$"
    r"|^\s*Since\s+[^.;]{0,80},[^.;]{0,60}$",  # "Since the commission was set up in 2011, cooperation has resulted in the signing of …"
    re.I,
)
#: papers named only in the plural, with no name of their own: "MoUs and agreements in various fields"
PLURAL_PAPERS = re.compile(r"(?:(?:the|several|many|various|numerous)\s+)?(?:an?\s+(?:range|number|series|host|raft)\s+of\s+)?(?:[\w\-]+\s+)?(?:agreements|MoUs|memoranda|accords|treaties|documents|deals|protocols)\b", re.I)
#: a sentence set in a speech at a gathering: "In his opening remarks, …", "During her closing speech, …"
REMARKS_SCENE = re.compile(
    r"\s*(?:In|During)\s+(?:his|her|their|the)\s+(?:opening|closing|welcom(?:e|ing)|keynote|inaugural)\s+(?:remarks|speech|address|statement)\b", re.I
)
#: the aim of an activity told before: "The aim of the exercise is to …" (what it is for, not one more held)
AIM_OF_BEFORE = re.compile(r"\b(?:aims?|purpose|objectives?|goals?)\s+of\s+(?:(?:the|this|these)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
#: a stretch of time counted from a paper: "two months after the landmark agreement", "a year since the deal"
SPAN_AFTER_BEFORE = re.compile(r"\b(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
#: thanks or praise for a paper: "thanked Ankara for the defence agreement" (a paper there is)
THANKED_FOR_BEFORE = re.compile(
    r"\b(?:thank(?:ed|s)?|prais(?:ed|es)|hail(?:ed|s)|lauded|commended|grateful)\b[^.;]{0,40}?\bfor\s+(?:(?:the|this|their|its)\s+)?(?:[\w\-]+\s+){0,3}$", re.I
)
#: the "that" opening what was said, right after the day of the saying
SAID_THAT = re.compile(r"\s*,?\s*that\b", re.I)
#: a verb of saying right after a date, the date told before it: "the ministry on Tuesday revealed that …"
SAYING_AFTER = re.compile(r"\s*,?\s*(?:said|revealed|announced|stated|disclosed|confirmed|told\s+(?:\w+\s+){1,3}?)(?:\s+that)?\b")
#: the opening of a relative clause that tells when a gathering began: ", which started on 5 March,"
STARTED_CLAUSE = re.compile(r",\s*(?:which|that)\s+(?:had\s+)?(?:started|began|opened|commenced|kicked\s+off)\s+(?:on\s+|in\s+)?$", re.I)


def _nearest_candidate(cands: Sequence[Candidate], d: DateMention) -> Candidate | None:
    """The trigger a date expression stands nearest to ("agreements previously signed": the signing's, not the meeting's)."""
    return min(cands, key=lambda c: min(abs(d.start - c.end), abs(c.start - d.end)), default=None)


def _open_when(status: str, ref: date | None) -> When:
    if ref is None:
        return UNKNOWN
    if status == "occurred":
        return When(value="", start=None, end=ref, precision="unknown", timex="PAST_REF")
    return When(value="", start=ref + timedelta(days=1), end=None, precision="unknown", timex="FUTURE_REF")


def _day(ref: date) -> When:
    iso = ref.isoformat()
    return When(value=iso, start=ref, end=ref, precision="day", timex=iso)


def _title(c: Candidate, kind: str, status: str, phrase: str, people: Sequence[str], sentence: str, location: str) -> str:
    phrase = LIST_LEAD.sub("", phrase.strip())
    phrase = DETERMINER_LEAD.sub("", phrase)
    phrase = POSSESSIVE_LEAD.sub("", phrase)  # "Tuesday’s summit": the day was cut as a date, its possessive stays behind
    phrase = BETWEEN_THE_SIDES.sub("", phrase)
    if location:  # the place is a column of its own
        # (not "in Manila Bay"; "in Xieng Khouang province" goes whole)
        phrase = re.sub(rf"\s+(?:in|at)\s+{re.escape(location)}\b(?:\s+(?:province|city|district|region|state|county|prefecture)\b)?(?!\s+[A-Z])", "", phrase)
    phrase = HERE_AT_END.sub("", phrase)  # "… Leaders' Retreat here": the dateline's city, not a name
    whole = phrase  # a visit's destination is read before a long phrase is cut ("… visit to New Delhi")
    words_ = phrase.split()
    if len(words_) > 12:
        phrase = " ".join(words_[:12]) + "…"
    phrase = WITH_AT_END.sub("", phrase)  # "Laos and Vietnam met on Monday": a meeting with nobody named after it
    if not phrase:
        phrase = kind.replace("_", " ")
    label = phrase[0].upper() + phrase[1:]
    if kind == "signing":
        return label if label.lower().endswith("ceremony") else f"{label} signed"  # "Signing ceremony", not "… ceremony signed"
    if kind == "other" and not ANNIVERSARY.search(phrase):
        if re.search(r"establish\w*\s+(?:of\s+)?(?:their\s+)?diplomatic\s+(?:relations|ties)", phrase, re.I):
            return "Diplomatic relations established"
        if re.search(r"normali[sz]\w*\s+(?:of\s+)?(?:their\s+)?(?:diplomatic\s+)?(?:relations|ties)", phrase, re.I):
            return "Diplomatic relations normalised"
        raised = UPGRADED_TO.search(whole)
        if raised:
            return f"Relations upgraded to {raised.group(1)}"
        founded = PARTNERSHIP_FOUNDED.search(whole)
        if founded:
            return f"{founded.group(1)[0].upper()}{founded.group(1)[1:]} established"
    if kind == "planned_agreement":
        if status == "proposed":
            return f"{label} (proposed)"
        verbs = " and ".join(v for v in ("negotiated", "signed") if v == "signed" or re.search(r"\bnegotiat", sentence, re.I))
        return f"{label} (to be {verbs})"
    after_noun = phrase[phrase.lower().find(text_of(c)) + len(text_of(c)) :] if text_of(c) in phrase.lower() else phrase
    if kind == "meeting" and people and not re.search(r"\b(?:on|about|to\s+discuss|regarding|concerning)\b", after_noun, re.I):
        return f"Meeting: {' and '.join(people[:3])}"
    if kind == "visit":
        kind_word = re.search(r"\b(official|state|working|friendship)[\s\-]+visit", whole, re.I)
        to = re.search(r"\bto\s+(?:the\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)", whole)
        place = PLACE_PATTERN.match(whole, to.start(1)) if to else None  # "to Ho Chi Minh City": a known place whole
        where = (place.group() if place else to.group(1) if to else "") or location
        label = f"{kind_word.group(1).capitalize() + ' visit' if kind_word else 'Visit'}{' to ' + where if where else ''}"
        if people:
            label = f"{label} by {people[0]}"
    return label


HERE_AT_END = re.compile(r"\s+here$")
WITH_AT_END = re.compile(r"\s+with$")
#: "launched a new Comprehensive Strategic Partnership": the partnership is the title
PARTNERSHIP_FOUNDED = re.compile(r"(?:launch|establish|forg)\w*\s+(?:an?\s+|the\s+)?(?:new\s+)?((?:[\w\-]+\s+){1,3}partnership)", re.I)
#: "elevated their countries' ties to a comprehensive strategic partnership": the new level is the title
UPGRADED_TO = re.compile(r"(?:upgrad|elevat)\w*\s.*?\bto\s+(?:an?\s+|the\s+)?([\w\s\-]*?partnership)", re.I)


def text_of(c: Candidate) -> str:
    """The trigger's own words, lower-cased ("talks", "meeting")."""
    return c.phrase[c.start - c.phrase_start : c.end - c.phrase_start].lower() if c.end > c.start else ""


def _key(kind: str, phrase: str) -> str:
    """Distinctive words of the event's name, normalised, for merging and plan links."""
    out = []
    for w in words(phrase):
        w = triggers.SYNONYMS.get(w, w)
        if not w or w in triggers.GENERIC_WORDS or w in COUNTRY_KEY_WORDS or w in PLACE_KEY_WORDS or AGREEMENT_HEAD.fullmatch(w):
            continue  # what kind of paper, and where, do not tell two agreements apart
        if w.endswith("s") and len(w) > 4 and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return " ".join(dict.fromkeys(out))


# --------------------------------------------------------------------------- the sentence loop


def extract_mentions(article: Article) -> list[Mention]:
    """Every event an article states, one ``Mention`` per (event, sentence).

    >>> from datetime import date
    >>> a = Article(id="a", path="a", date=date(2022, 3, 3), title="",
    ...             text="Vietnam and Laos signed an extradition treaty in Hanoi on March 2.")
    >>> [(m.type, m.when.value, m.location) for m in extract_mentions(a)]
    [('signing', '2022-03-02', 'Hanoi')]
    """
    ref = article.date
    text = article.text
    pair = country_pair(f"{article.title}\n{text}")
    sentences = split_sentences(text)
    known_people: list[str] = []
    for s in sentences:  # full names first, so a later (or earlier) lone surname resolves
        if not TITLE_PRESENT.search(s.text):
            continue  # a new name needs a title before it: no title, no new name
        for p in people_in(s.text):
            if len(p.split()) >= 2 and p not in known_people:
                known_people.append(p)
    mentions: list[Mention] = []
    gathering: Mention | None = None  # the dated gathering the article is telling about
    meeting: Mention | None = None  # the dated meeting or conference it is telling about
    day: When | None = None  # the last day the article has told: "on the same day" means it
    occasion: When | None = None  # the past day of the gathering the lead tells: what its leaders do later, undated, they did then
    story: When | None = None  # the day of what the lead tells, the article's own day included: the day of a story of deals
    year: int | None = None  # the last year the article has told in words: "in the same year" means it
    for position, s in enumerate(sentences):
        at = gathering
        if meeting is not None and meeting is not gathering:  # only then can the sentence's words choose
            named = AT_THE_GATHERING.search(s.text)
            if named and not VISIT_WORD.search(named.group()):
                at = meeting  # "At the function, …" is the meeting just told, even when a visit was told after it
        found_here = _sentence_mentions(article, s, ref, pair, known_people, at, day, occasion, story, year)
        if not found_here and mentions and THIS_WAS_ON.match(s.text):
            mentions[:] = _dated_by_next(mentions, s.text, ref)
        elif not found_here and mentions and found_in(THIS_WILL_BE, s.text, lowered(s.text)):
            mentions[:] = _dated_by_next(mentions, s.text, ref, ahead=True)
        if any(m.type == "project" for m in found_here) and WORKS_BEGAN.match(s.text) and not PROJECT.search(s.text):
            found_here = _works_of(found_here, _project_named(sentences, position))
        # the gathering told: talks or a conference rather than the visit they are held during, and not a
        # past one the article recalls ("the last visit, in 2005")
        told = [m for m in found_here if m.type in GATHERING_KINDS and m.when.known and _takes_over(m, gathering)]
        if told:
            gathering = ([m for m in told if m.type != "visit"] or told)[-1]
        met = [m for m in told if m.type != "visit" and _takes_over(m, meeting)]
        if met:
            meeting = met[-1]
        if s.index < LEAD_SENTENCES and (occasion is None or story is None) and not FOLLOWED_EARLIER.match(s.text):
            # ("This followed the execution of the agreement on 6 April": what came before the news, not its day)
            # the lead's day: its gathering's, else the first act it dates; past for the occasion, the article's own
            # day included for the story ("signed … today")
            done = [m.when for m in ([gathering] if told and gathering else []) + found_here if m.status == "occurred"]
            occasion = occasion or next((w for w in done if _past_days(w, ref)), None)
            story = story or next((w for w in done if _day_by(w, ref)), None)
        if not found_here and not mentions and occasion is None and s.index < LEAD_SENTENCES:
            occasion = _lead_day(s.text, ref)  # "X and Y on Tuesday agreed to …" then "They agreed during a meeting …": that Tuesday
        for m in found_here:
            if m.when.precision == "day":
                day = m.when
            if BARE_YEAR.search(m.date_phrase) and m.when.start is not None:
                year = m.when.start.year  # "In August 2021, …": the year the article has just told
        mentions.extend(found_here)
    mentions = _handed_over_at_the_ceremony(_dated_by_its_reference(_with_antecedents(mentions), ref), sentences, ref)
    return _signed_before_planned(text, sentences, _headlines_told_again(_unnamed_paper_of_the_last(_plans_dated(_same_people_met_dated(_same_named_dated(_lead_signing_dated(_same_visitor_dated(mentions), ref)))))))


def _lead_day(text: str, ref: date | None) -> When | None:
    """The one past day a lead with no event of its own tells: the day of what it reports."""
    if ref is None or dates.tense_of(text) == "future":
        return None
    found = [d for d in dates.find_dates(text, ref, "past") if d.role == "point" and d.when.precision == "day"]
    if len(found) != 1 or not ON_BEFORE.search(text, max(0, found[0].start - 4), found[0].start):
        return None  # ("18 Nov. 15:30 (UTC+3)": a page's stamp, told with no "on")
    if SAID_BEFORE.search(text, max(0, found[0].start - 30), found[0].start):
        return None  # ("…, the police chief said on Tuesday": the day of the saying, not of what is reported)
    if MEETING.search(text, 0, found[0].start) or CONFERENCE.search(text, 0, found[0].start):
        return None  # ("reviewed the outcomes of a quadripartite meeting held in Amman on February 17": another gathering's day)
    return found[0].when if _past_days(found[0].when, ref) else None


ON_BEFORE = re.compile(r"\bon\s+$", re.I)


ATTENDED_BEFORE = re.compile(r"\b(?:attended|joined|chaired|co-?chaired)\s+$", re.I)
#: a sentence that tells what the news came after: "This followed the signing of the agreement on 6 April 2022."
FOLLOWED_EARLIER = re.compile(r"\s*(?:This|It|That|The\s+\w+)\s+(?:followed|follows|comes\s+after|came\s+after|was\s+preceded\s+by)\b", re.I)
#: a sentence that only dates what the one before told: "This was on Tuesday, October 12, 2021, at the headquarters."
THIS_WAS_ON = re.compile(r"\s*(?:This|That|It)\s+(?:was|happened|took\s+place)\s+(?:on|in|last)\b")


#: a sentence that only dates what the one before plans: "The agency reports that this will happen next week."
THIS_WILL_BE = re.compile(r"\b(?:this|that|it)\s+will\s+(?:happen|take\s+place|be\s+held|start|begin|be\s+done)\b", re.I)


def _dated_by_next(mentions: list[Mention], text: str, ref: date | None, *, ahead: bool = False) -> list[Mention]:
    """The undated acts of the sentence just told take the past day a "This was on …" sentence gives them;
    with ``ahead``, its undated plans take the time to come a "this will happen …" sentence gives them."""
    told = next((d for d in dates.find_dates(text, ref, "future" if ahead else "past") if d.role == "point" and d.when.known), None)
    if told is None:
        return mentions
    if ahead and (ref is None or told.when.start is None or told.when.start <= ref):
        return mentions
    if not ahead and ref is not None and told.when.end is not None and told.when.end > ref:
        return mentions
    status, last = ("planned" if ahead else "occurred"), mentions[-1].start
    return [
        replace(m, when=told.when, date_phrase=told.expr) if m.start == last and not m.date_phrase and m.status == status else m
        for m in mentions
    ]


#: the words of a key that names no paper of its own ("the signing ceremony", "the documents")
UNNAMED_PAPER = frozenset({"signing", "ceremony", "agreement", "agreements", "document", "documents", "deal", "deals", "paper", "papers"})
#: how many days before its article a gathering can be the occasion of a signing the lead tells undated
LEAD_OCCASION_DAYS = 7


def _lead_signing_dated(mentions: list[Mention], ref: date | None) -> list[Mention]:
    """A signing told with no day ("have signed a cooperation plan"), which the article dates only by its own day,
    takes the day the article gives elsewhere: of the signing itself ("The March 14 signing ceremony was
    witnessed by …"), else of the one recent gathering it reports ("on a working trip to Laos from March 3-6")."""
    if ref is None:
        return mentions
    today = _day(ref)
    undated = [m for m in mentions if m.type == "signing" and m.status == "occurred" and not m.date_phrase and m.when == today]
    if not undated:
        return mentions

    def recent(m: Mention) -> bool:
        return (
            m.status == "occurred" and bool(m.date_phrase) and m.when.precision in ("day", "range") and m.when.end is not None
            and m.when.start is not None and m.when.end <= ref and (ref - m.when.end).days <= LEAD_OCCASION_DAYS
        )

    def same_paper(a: Mention, b: Mention) -> bool:  # "the signing ceremony" names no paper; two named papers are two
        wa, wb = set(a.key.split()), set(b.key.split())
        return wa <= UNNAMED_PAPER or wb <= UNNAMED_PAPER or bool(wa & wb)

    met = {m.when for m in mentions if m.type in GATHERING_KINDS and recent(m)}
    out = []
    for m in mentions:
        if m in undated:
            signed = {o.when for o in mentions if o.type == "signing" and recent(o) and same_paper(m, o)}
            others = any(o.type == "signing" and recent(o) and not same_paper(m, o) for o in mentions)
            told = next(iter(signed)) if len(signed) == 1 else next(iter(met)) if not signed and not others and len(met) == 1 else None
            if told is not None and told != today:
                m = replace(m, when=told)
        out.append(m)
    return out


GENERIC_PROJECT = re.compile(r"projects?|works", re.I)
LEADING_ARTICLE = re.compile(r"^(?:the|this|that|an?)\s+", re.I)
#: how many sentences back "Construction started …" looks for the project it means
WORKS_LOOKBACK = 2


def _project_named(sentences: Sequence[Sentence], position: int) -> str:
    """The project the sentences just before ``sentences[position]`` name first ("the Hanoi–Vientiane expressway"), "" if none."""
    for s in reversed(sentences[max(0, position - WORKS_LOOKBACK) : position]):
        nouns = [m for m in PROJECT.finditer(s.text) if not OFFICE_AFTER.match(s.text, m.end())]
        if nouns:  # the first named work: "the Vientiane-Hanoi expressway, a flagship project" means the expressway
            first = next((m for m in nouns if not GENERIC_PROJECT.fullmatch(m.group())), nouns[0])
            before, _ = _np_before(s.text, first.start())
            return " ".join(p for p in (before, first.group()) if p)
    return ""


def _works_of(found: list[Mention], project: str) -> list[Mention]:
    """ "Construction started in December 2016": the works of the project just named, or nothing when none was."""
    out = []
    for m in found:
        if m.type != "project":
            out.append(m)
        elif project:
            name = LEADING_ARTICLE.sub("", project) or project
            out.append(replace(m, title=_shared(name[:1].upper() + name[1:]), key=_shared(_key("project", project))))
    return out


def _same_visitor_dated(mentions: list[Mention]) -> list[Mention]:
    """ "the visit by his Tanzanian counterpart, X, to Rwanda signifies …" before "X arrived … on Wednesday": a visit an
    article names without a day of its own is the visit of the same visitor it dates elsewhere (not one it recalls)."""
    dated = {
        m.participants[0]: m for m in mentions
        if m.type == "visit" and m.participants and m.date_phrase and m.when.known and not _recalled(m)
    }
    if not dated:
        return mentions
    # "the Security Council Secretary's visit is of great significance" (no name, no day) when the article dates
    # the one visit it tells: that visit
    whose = {t.participants[0] for t in dated.values() if t.status == "occurred"}
    only = next(iter(dated.values())) if len(whose) == 1 and len(dated) == 1 else None
    out = []
    for m in mentions:
        if only is not None and m.type == "visit" and not m.participants and not m.date_phrase and not m.when.known and m.status == "occurred":
            m = replace(m, when=only.when, participants=only.participants)
        told = dated.get(m.participants[0]) if m.type == "visit" and m.participants and not m.date_phrase else None
        if told is not None and told is not m and (m.status == "occurred") == (told.status == "occurred"):
            m = replace(m, when=told.when)
        out.append(m)
    return _visit_days_joined(out)


VISIT_TITLE_PLACE = re.compile(r"\bto\s+(.+?)(?:\s+by\s|\s+\(|$)")
#: the most days apart two days of one visitor's visit, told by one article, can be
VISIT_DAYS = 7


def _visit_days_joined(mentions: list[Mention]) -> list[Mention]:
    """ "Biden arrived in Hanoi on Sunday" and "… on Monday during a visit by Biden to Hanoi": the days of one
    visit an article tells apart are one visit over the days from the first to the last."""
    days: dict[tuple[str, bool], list[When]] = {}
    places: dict[tuple[str, bool], set[str]] = {}
    for m in mentions:
        if m.type == "visit" and m.participants and m.when.precision in {"day", "range"} and not _recalled(m):
            days.setdefault((m.participants[0], m.status == "occurred"), []).append(m.when)
            to = VISIT_TITLE_PLACE.search(m.title)  # "visited Lagos" has no location of its own, its title has
            place = m.location or (to.group(1) if to else "")
            places.setdefault((m.participants[0], m.status == "occurred"), set()).update([place] if place else [])
    spans: dict[tuple[str, bool], When] = {}
    for key, whens in days.items():
        if len(places[key]) > 1:
            continue  # Hanoi on Monday and Vientiane on Thursday: a tour of two stops, each its own visit
        first = min(w.start for w in whens if w.start is not None)
        last = max(w.end for w in whens if w.end is not None)
        nested = any(all(_within(v, w) for v in whens) for w in whens)
        if len(set(whens)) > 1 and not nested and (last - first).days < VISIT_DAYS:
            value = f"{first.isoformat()}/{last.isoformat()}"
            spans[key] = When(value=value, start=first, end=last, precision="range", timex=value)
    if not spans:
        return mentions
    out = []
    for m in mentions:
        span = spans.get((m.participants[0], m.status == "occurred")) if m.type == "visit" and m.participants and m.when.precision in {"day", "range"} else None
        out.append(replace(m, when=span) if span is not None and not _recalled(m) else m)
    return out


def _same_named_dated(mentions: list[Mention]) -> list[Mention]:
    """A caption "X and Y signed a cooperation plan for 2018" lent the article's day, and the body's "They signed a
    cooperation plan for 2018" dated by its story (the talks of Saturday): one paper, one act, the body's day."""
    told: dict[tuple[str, str], set[When]] = {}
    for m in mentions:
        if m.key and m.when.known and not _on_news_day_untold(m):
            told.setdefault((m.type, m.key), set()).add(m.when)
    if not told:
        return mentions
    out = []
    for m in mentions:
        days = told.get((m.type, m.key)) if m.key and _on_news_day_untold(m) else None
        if days is not None and len(days) == 1 and m.status == "occurred":
            (when,) = days
            if m.source_date is not None and when.end is not None and when.end <= m.source_date:
                m = replace(m, when=when)
        out.append(m)
    return out


#: a meeting the article recalls as an earlier one: "previously met on October 22", "last met in Paris"
MET_BEFORE = re.compile(r"\b(?:previously|last|once|formerly|first)\s+(?:met|held|had)\b|\bago\b", re.I)


#: the ceremony of a handover or an opening, told with its own day: "At the handover ceremony in Riga on Monday, …"
CEREMONY_HELD = re.compile(
    r"\b(?:handover|hand-over|handing-over|handing\s+over|inauguration|opening|ground-?breaking)\s+ceremony\b", re.I
)


def _handed_over_at_the_ceremony(mentions: list[Mention], sentences: Sequence[Sentence], ref: date | None) -> list[Mention]:
    """Aid the lead says "has received" or "has handed over", with no day (so the article's), takes the day of the one
    handover ceremony the article dates ("At the handover ceremony in Riga on Monday, the envoy said …"),
    when that day is of the week before."""
    if ref is None or not any(m.type == "project" and _on_news_day_untold(m) for m in mentions):
        return mentions
    days = {
        d.when
        for s in sentences if CEREMONY_HELD.search(s.text)
        for d in dates.find_dates(s.text, ref, "past")
        if d.role == "point" and d.when.precision == "day" and d.when.end is not None and d.when.end <= ref
        and (ref - d.when.end).days <= LEAD_OCCASION_DAYS
    }
    if len(days) != 1:
        return mentions
    (day,) = days
    return [replace(m, when=day) if m.type == "project" and m.status == "occurred" and _on_news_day_untold(m) else m for m in mentions]


def _same_people_met_dated(mentions: list[Mention]) -> list[Mention]:
    """A caption "The Prime Minister (R) receives the Director General" lent the article's day, and the body's
    "at a reception on December 6 for a delegation led by the Director General": the same two people met once,
    on the day the body gives (a recent one: an older meeting of theirs the article recalls is another)."""
    dated = [
        m for m in mentions
        if m.type == "meeting" and len(m.participants) >= 2 and m.date_phrase and m.when.precision == "day"
        and m.when.end is not None and m.source_date is not None and m.when.end <= m.source_date
        and (m.source_date - m.when.end).days <= LEAD_OCCASION_DAYS and not MET_BEFORE.search(m.sentence)
    ]
    if not dated:
        return mentions
    out = []
    for m in mentions:
        if m.type == "meeting" and len(m.participants) >= 2 and _on_news_day_untold(m):
            days = {o.when for o in dated if set(m.participants) <= set(o.participants)}
            if len(days) == 1:
                (when,) = days
                m = replace(m, when=when)
        out.append(m)
    return out


def _plans_dated(mentions: list[Mention]) -> list[Mention]:
    """A paper the article says is to be signed with no date ("would sign the MoU in Kuala Lumpur") takes the one
    date it gives the same paper elsewhere ("are expected to ink the MoU on border security this month"), so that
    the two reports are one planned agreement, not an undated plan beside a dated one.

    The same paper: both name it and share a word, or one names none ("the MoU") while the article plans only
    one named paper. A date already past the article's day cannot be the plan's.
    """
    plans = [m for m in mentions if m.type == "planned_agreement" and m.status in {"planned", "proposed"}]
    undated = [m for m in plans if not m.date_phrase and not m.when.known and m.when.start is not None and m.when.end is None]
    dated = [m for m in plans if m.date_phrase and m.when.known]
    if not undated or not dated:
        return mentions
    named = {m.key for m in plans if m.key}

    def same_paper(a: Mention, b: Mention) -> bool:
        if a.key and b.key:
            return bool(set(a.key.split()) & set(b.key.split()))
        return len(named) <= 1

    waiting = {id(m) for m in undated}
    out = []
    for m in mentions:
        if id(m) in waiting:
            start = m.when.start
            told = {o.when for o in dated if same_paper(m, o) and (o.when.end is None or (start is not None and o.when.end >= start))}
            if len(told) == 1:
                (when,) = told
                m = replace(m, when=when)
        out.append(m)
    return out


#: a line set as a headline: no full stop at its end ("Readout of the Minister's meeting with X", "PM meets Y: 5 May")
HEADLINE_LINE = re.compile(r"(?:Readout\b.*|(?:\S+\s+){0,15}\S*[^\s.!?”\"’')\]])\s*")


def _headlines_told_again(mentions: list[Mention]) -> list[Mention]:
    """A headline line ("Readout of the Minister's meeting with X", "PM meets Y") names the meeting the body then
    tells with its day and people: one meeting, so the headline's report goes when the body tells exactly one
    recent meeting (or signing) of that kind, on the headline's day or on one the headline does not state; an undated
    plan in a headline goes when the body dates exactly one plan of its kind."""
    out = []
    for m in mentions:
        if m.status == "planned" and not m.date_phrase and HEADLINE_LINE.fullmatch(m.sentence):
            # "Minister to travel to Mexico for bilateral visit": the visit the body dates "from June 25 to 27"
            planned = {
                o.when for o in mentions
                if o.type == m.type and o.status == "planned" and o.date_phrase and o.when.known and not HEADLINE_LINE.fullmatch(o.sentence)
            }
            if len(planned) == 1:
                continue
        if m.type in {"meeting", "conference", "signing"} and m.status == "occurred" and HEADLINE_LINE.fullmatch(m.sentence):
            told = {
                o.when for o in mentions
                if o.type == m.type and o.status == "occurred" and o.date_phrase and o.when.precision == "day"
                and not HEADLINE_LINE.fullmatch(o.sentence) and o.when.end is not None and m.source_date is not None
                and o.when.end <= m.source_date and (m.source_date - o.when.end).days <= LEAD_OCCASION_DAYS
            }
            if len(told) == 1 and (_on_news_day_untold(m) or m.when in told):
                continue
        out.append(m)
    return out


WORD = re.compile(r"[\w\-]+")


def _signed_before_planned(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """ "X signed agreements on combating trafficking in human beings and …. He said the agreement on combating
    trafficking would help …": an undated plan of a paper whose every word a sentence before it told signed is that paper."""
    if not any(m.type == "signing" and m.status == "occurred" for m in mentions) or not any(
        m.type == "planned_agreement" and not m.date_phrase and m.key for m in mentions
    ):
        return mentions
    # the article's own sentences that tell a signing, their words read once (the plan's own sentence counts up to the plan)
    signed = [(s, {w.lower() for w in WORD.findall(s.text)}) for s in sentences if found_in(DONE_SIGNING, s.text, lowered(s.text))]
    out = []
    for m in mentions:
        if m.type == "planned_agreement" and not m.date_phrase and m.key:
            stems = set(m.key.split())  # (a key's words are stems: "being" is told as "beings")
            told = [words for s, words in signed if s.end <= m.start]
            own = next((text[s.start : m.start] for s, _ in signed if s.start < m.start < s.end), "")
            if DONE_SIGNING.search(own):
                told.append({w.lower() for w in WORD.findall(own)})
            if any(_all_told(stems, words) for words in told):
                continue
        out.append(m)
    return out


def _all_told(stems: set[str], words: set[str]) -> bool:
    """Whether every stem begins some word of a sentence."""
    return all(any(w.startswith(stem) for w in words) for stem in stems)


#: how far after a dated signing an unnamed "the MoU was signed by …" still means that paper (about two sentences)
NEXT_SENTENCE_CHARS = 400


def _unnamed_paper_of_the_last(mentions: list[Mention]) -> list[Mention]:
    """ "On June 8, 2021 the sides signed a memorandum …. Witnessed by X, the MoU was signed by Y": the paper the
    next sentence names by no name of its own is the one just dated, however long ago it was signed."""
    out: list[Mention] = []
    last: Mention | None = None
    for m in mentions:
        if m.type == "signing" and m.status == "occurred":
            if (
                last is not None and not m.key and _on_news_day_untold(m) and last.end <= m.start
                and m.start - last.end <= NEXT_SENTENCE_CHARS
            ):
                m = replace(m, when=last.when, date_phrase=last.date_phrase)
            elif m.date_phrase and m.when.known:
                last = m
        out.append(m)
    return out


def _on_news_day_untold(m: Mention) -> bool:
    """Whether a mention has the article's day only because its sentence states none."""
    return not m.date_phrase and m.when.precision == "day" and m.when.start == m.source_date


def _with_antecedents(mentions: list[Mention]) -> list[Mention]:
    """Drop a bare reference back ("the visit will contribute to …") whose article names no such event.

    Such a sentence adds to an event told elsewhere in the article; alone it is talk, not a milestone.
    """
    def bare(m: Mention) -> bool:  # "the visit": no name of its own, no date of its own
        return m.anaphor and not m.key and not m.date_phrase

    named = {FAMILY.get(m.type, m.type) for m in mentions if not bare(m)}
    out: list[Mention] = []
    told: dict[str, Mention] = {}  # family → the latest event of it the article has named (of its own days, if any)
    for m in mentions:
        family = FAMILY.get(m.type, m.type)
        if not bare(m):
            for kind in {family, m.type}:
                if _takes_over(m, told.get(kind)):
                    told[kind] = m  # "the visit" is this article's visit, not the one of 2005 it recalls
        elif family not in named:
            continue
        elif family in told:
            # "The meeting took place within the framework of the visit by X": the meeting just told (a
            # meeting before a conference), on its day, with its people and as done or planned as it
            antecedent = told.get(m.type) or told[family]
            # ("The meeting was co-chaired by X and Y": the people it seats are the antecedent's too; not
            # "… within the framework of the visit by X": he is named for another event)
            people = antecedent.participants
            if m.participants and SEATED_BY.search(m.sentence):
                people = tuple(dict.fromkeys((*people, *m.participants)))
            m = replace(m, when=antecedent.when, participants=people, status=antecedent.status)
        out.append(m)
    return out


def _dated_by_its_reference(mentions: list[Mention], ref: date | None) -> list[Mention]:
    """A gathering told undated ("officials have kicked off a meeting") takes the past day the next reference
    back to it tells ("The meeting, which started on Monday, October 25, …"): one meeting, not two."""
    out = list(mentions)
    for i, m in enumerate(out):
        if not (m.anaphor and m.date_phrase and m.status == "occurred" and _past_days(m.when, ref)):
            continue
        before = next((j for j in range(i - 1, -1, -1) if out[j].type == m.type), None)
        if before is None:
            continue
        p = out[before]
        if not p.date_phrase and p.status == "occurred" and p.when.precision == "day" and p.when.start == ref:
            out[before] = replace(p, when=m.when)
    return out


#: who sits at a gathering told before: "The meeting was co-chaired by …", "… attended by …"
SEATED_BY = re.compile(
    r"\b(?:co-?chaired|chaired|presided\s+over|attended|joined|witnessed)\s+by\b|\bwith\s+the\s+participation\s+of\b"
    r"|\b(?:in|under)\s+the\s+presence\s+of\b",
    re.I,
)


#: an event over this long before its article's date is one the article recalls, not the news it tells
RECALLED_DAYS = 365


def _recalled(m: Mention) -> bool:
    """Whether an event ended long before its article's date ("the last visit, by Hu Jintao in 2005")."""
    ref, end = m.source_date, m.when.end
    return ref is not None and end is not None and end < ref - timedelta(days=RECALLED_DAYS)


def _takes_over(new: Mention, current: Mention | None) -> bool:
    """Whether a newly told event becomes the one that "the visit", "the talks" refer to: the latest,
    unless it is a recalled one and the current one is not."""
    return current is None or not _recalled(new) or _recalled(current)


#: types that can name the same event (a conference reported as a meeting)
FAMILY = {"conference": "gathering", "meeting": "gathering"}


def _sentence_mentions(
    article: Article,
    s: Sentence,
    ref: date | None,
    pair: Sequence[str],
    known: Sequence[str],
    gathering: Mention | None,
    day: When | None = None,
    occasion: When | None = None,
    story: When | None = None,
    year: int | None = None,
) -> list[Mention]:
    text = s.text
    low = lowered(text)  # for the sentence-wide cues' case-sensitive twins
    if len(text) < 12 or (found_in(HABITUAL, text, low) and not DIGIT.search(text)) or QUESTION.match(text):
        return []  # (a headline put as a question, "Did A and B sign a pact?", reports nothing)
    cands = _candidates(text)
    if not cands and not s.caption:
        return []
    people = people_in(text, known)
    if len(people) > 1 and QUOTER.search(text):
        # "Akande quoted the two leaders as …": who quotes them reports the event, he does not take part
        people = [p for p in people if not re.search(rf"\b{re.escape(p.split()[-1])}\s+{QUOTER.pattern}", text)] or people
    if len(people) > 1 and SPOKESMAN.search(text):
        # "spokesman Lu Kang said Xi will make the visit": who speaks for a side does not take part
        people = [p for p in people if not SPOKESMAN_OF.search(text, 0, text.find(p.split()[0]) if p.split()[0] in text else 0)] or people
    if not cands and s.caption and len(people) >= 2 and len(set(countries_in(text)) & set(pair)) >= 2:
        # a photo caption of two officials of the two sides, with no verb, shows them meeting
        cands = [Candidate("meeting", 0, 0, "", 0, strong=False)]
    tally = found_in(TALLY_SINCE, text, low) or (found_in(MANY, text, low) and not ONE_DAY.search(text))
    if not cands or (tally and not ONE_OCCASION.search(text)):
        return []  # "have signed more than 100 agreements since 1977": a tally, not a milestone (one named day is an occasion)
    tense = "past" if s.caption else None  # None: each expression takes the tense of its own clause
    found = dates.find_dates(text, ref, tense)
    if found and s.index == 0:
        line = WIRE_DATELINE.match(text)  # (the dateline ingest reads the article's date from)
        if line:  # "New Delhi, Nov 24 (PIB): The meeting … was held on November 22-23": the dateline dates the copy, not the meeting
            found = [d for d in found if d.start >= line.end()]
    named = countries_in(text)
    others = [c for c in named if c not in pair]
    if others and pair and not set(named) & set(pair) and (len(others) >= 2 or not BOTH_SIDES.search(text)):
        return []  # an event of another pair of countries
    countries = tuple(dict.fromkeys([*[c for c in pair], *[c for c in named if c in pair]]))
    location = location_in(text, named, cands[0].start)
    out: list[Mention] = []
    statistic = no_plan = abroad = None  # sentence-wide cues, looked up once when a candidate needs them
    same_day = SAME_DAY.search(text) if found_in(SAME_DAY, text, low) else None  # "on the same day", "The next day": the day just told, for every event of the sentence
    shift = DAY_SHIFT.search(text) if not same_day else None
    built: list[tuple[Candidate, Mention]] = []
    for c in cands:
        if NEGATION.search(text[max(0, c.start - 25) : c.start]):
            continue
        if c.type in GATHERING_KINDS and CALLED_OFF_AFTER.match(text, max(c.end, c.phrase_start + len(c.phrase))):
            continue  # "the Iraqi PM's visit to Riyadh on Monday was postponed": it did not take place
        if c.type == "joint_activity" and SCENE_BEFORE.search(text, max(0, c.phrase_start - 12), c.phrase_start) and _is_anaphor(c.phrase):
            continue  # "… will also carry out rescue drills during the drills": the drills told before, as a scene
        if c.type == "project" and (DESCRIBED_BEFORE.search(text, max(0, c.phrase_start - 20), c.phrase_start) or ASIDE_FROM.search(text, 0, c.start)):
            continue  # "This is the 8th large bridge being built …": the project told before, described
        if c.type == "visit" and gathering is not None and gathering.type == "visit" and DESCRIBED_BEFORE.search(text, max(0, c.phrase_start - 20), c.phrase_start):
            continue  # "This was the first foreign visit by X since he was elected": the visit just told, described
        if c.type in {"joint_activity", "other", "project"}:
            if statistic is None:
                statistic = found_in(STATISTIC, text, low) is not None
            if statistic and not (c.type == "joint_activity" and _one_dated_act(c, text, found)):
                continue
        own = found
        if (
            c.type in {"meeting", "conference"} and _refers_back(c.phrase) and DEFINITE_BEFORE.search(text[: c.start])
            and any(o.type in {"meeting", "conference"} and o.start < c.start for o in cands)
        ):
            continue  # "welcomed the ninth consultative meeting …, based on the mechanism of the consultative meeting": the one just named
        if c.type in GATHERING_KINDS and _refers_back(c.phrase) and DEFINITE_BEFORE.search(text[: c.start]):
            # "At the talks, the ministers hailed last year's results": a gathering told before has its
            # own date only when one is told with it ("at the talks on January 9")
            # ("At the meeting, they signed X on September 14": the day of what was done there is the meeting's)
            own = [d for d in found if _told_with(c, d, text) or (d.when.precision == "day" and _day_of_the_act_there(c, d, text))]
            if not own and ATTENDED_BEFORE.search(text, max(0, c.phrase_start - 12), c.phrase_start):
                # "X attended the meeting, accompanied by A and B, in Bangkok on Tuesday": the one day told is the meeting's
                days_told = [d for d in found if d.role == "point" and d.when.precision == "day"]
                own = days_told if len(days_told) == 1 else own
            if not own and _locative(text, c) and not HELD_HERE.match(text, c.end) and not WHEN_IN_THE_STORY_AFTER.match(text, c.end):
                continue  # "… at the meeting": a reference back to a gathering told elsewhere, not a new one
                # ("during the bilateral meeting held on the border": its own clause tells it here)
        if abroad is None:
            abroad = _third_country_trip(text, cands, pair)
        if abroad and (c.type == "visit" or (c.type == "conference" and TO_ATTEND_BEFORE.search(text, 0, c.phrase_start))):
            continue  # "during his visit to Vladivostok, the Russian Federation, to attend the Forum": a trip to a third country
        if c.type in GATHERING_KINDS and EFFECT_AFTER.match(text, c.phrase_start + len(c.phrase)) and not any(_told_with(c, d, text) for d in found):
            continue  # "Madbouly's visit will boost joint investments": what a visit told elsewhere will do, not a visit to come
        if c.type == "signing" and TO_DATE_BEFORE.search(text, 0, c.start) and PLURAL_PAPERS.match(c.phrase):
            continue  # "to date, the two nations have signed MoUs and agreements in various fields": a tally, no one signing
        if c.type == "meeting" and REMARKS_SCENE.match(text) and not any(d.when.known for d in found):
            continue  # "In his opening remarks, X welcomed the delegation": a speech at the gathering told, not a meeting of its own
            # (a meeting it recalls with a day of its own, "held in February 2025", is another)
        if c.type == "joint_activity" and AIM_OF_BEFORE.search(text, max(0, c.phrase_start - 40), c.phrase_start) and not found:
            continue  # "The aim of the exercise is to train …": what the exercise told elsewhere is for
        if c.type == "planned_agreement" and EFFECT_AFTER.match(text, c.phrase_start + len(c.phrase)):
            continue  # "The 10-year agreement is expected to bolster its navy": what a paper will do, not a paper to come
        if c.type == "signing" and SPAN_AFTER_BEFORE.search(text, max(0, c.phrase_start - 40), c.phrase_start) and not any(
            c.phrase_start <= d.start <= c.end + TOLD_WITH_CHARS for d in found
        ):
            continue  # "the ship docked on Tuesday, two months after the landmark agreement signed": a paper counted from, told elsewhere
        if c.type == "planned_agreement" and THANKED_FOR_BEFORE.search(text, max(0, c.phrase_start - 60), c.phrase_start):
            continue  # "He thanked Ankara for the defence agreement and added that …will": a paper there is, not one to come
        if c.type in {"meeting", "conference"} and (
            DESCRIBED_BEFORE.search(text, max(0, c.phrase_start - 20), c.phrase_start) or EARLIER_ONE.match(c.phrase)
        ) and not found:
            continue  # "It is an annual meeting hosted in turn", "the minutes of the previous meeting": no gathering told
        if c.type == "signing" and SINCE_THE.search(text, max(0, c.start - 20), c.start) and not found:
            continue  # "the benefits realised since the signing of the MoU": an old paper, undated, as background
        if c.type in {"joint_activity", "meeting", "conference"} and RECURRING_AFTER.match(text, c.end) and not found:
            continue  # "Exercise X is an annual training event held in turn in each country": what it is, not one held
        if c.type in {"meeting", "visit"} and PREVIOUSLY_BEFORE.search(text, max(0, c.start - 30), c.start) and not any(d.when.known for d in found):
            continue  # "whom he had previously met in Colombo", "previously visited India as a candidate": undated background
        if c.type in TOPIC_KINDS and _topic_of_discussion(text, c):
            continue  # "Drug smuggling, joint patrol and flag meetings dominated the discussion": what was talked about
        if c.type in ENDING_KINDS and ENDS_AFTER.match(text, c.end) and DEFINITE_DESCRIBED_BEFORE.search(text, 0, c.start):
            continue  # "The annual exercise, held in turn in each country, will conclude on May 7": when a told event ends
            # ("The five-day border conference will end on January 9": its describing words do not make it new)
        if c.type in {"visit", "meeting", "conference"}:
            if no_plan is None:
                no_plan = found_in(NO_PLAN, text, low) is not None
            if no_plan:
                continue
        if (MULTILATERAL.search(c.phrase) and not set(countries_in(c.phrase)) & set(pair)) or MANY_SIDED.search(c.phrase) or WITH_A_REGION.search(c.phrase):
            continue  # "the ASEAN Summit", "additional trilateral Russia-US-UN consultations": more than the two sides
        if len(pair) == 2 and ("-" in c.phrase or "–" in c.phrase) and _other_pair_compound(c.phrase, pair):
            continue  # "the joint Turkish-Russian monitoring centre", "the Russia-US summit": another pair's, by name
        if others and c.type in GATHERING_KINDS and THIRD_PARTY_KIND.search(c.phrase):
            continue  # "a trilateral summit with the Jordanian king": a third country at the table
        if c.type == "planned_agreement":
            status, firm = _status_of_sentence(text)
        elif c.type == "signing" and DONE_SIGNING.fullmatch(text[c.start : c.end]) and not FUTURE_AUX.search(text[max(0, c.start - 40) : c.start]):
            if c.phrase_start < c.start and MAIN_VERB_FUTURE.match(text, c.end) and not FINITE_BEFORE.search(text, 0, c.start):
                status, firm = "planned", True  # "Deals signed during the visit will cover …": the deals of a visit to come
            else:
                status, firm = "occurred", True  # "an exchange of notes signed in Tokyo on Tuesday": done, whatever else the clause plans
        else:
            status, firm = _status(c, text)
            if c.type == "signing" and firm and NOMINAL_SIGNING.search(text, max(0, c.start - 5), c.end + 4):
                own_day = _pick_date(c, own, "", ref, text)
                if own_day is not None and _past_day(own_day.when, ref):
                    firm = False  # "set to benefit from the signing of the agreement yesterday": its own day tells
        if status == "planned" and WOULD_AFTER.match(text, c.end) and ref is not None and any(
            _told_with(c, d, text) and d.role == "point" and d.when.end is not None and d.when.end < ref for d in found
        ):
            continue  # "officials decided the meeting would take place in June 2017" (told in July): an old plan, not the news
        kind = c.type
        if not firm and s.caption:
            status = "occurred"  # captions show what happened: "… at a meeting to sign …"
        if status != "occurred" and kind in GATHERING_KINDS and ref is not None and any(
            c.phrase_start <= d.start < c.phrase_start + len(c.phrase) and d.role != "period" and d.when.precision in {"day", "month", "range"}
            and d.when.end is not None and d.when.end < ref and BARE_YEAR.search(d.expr)
            for d in found
        ):
            status, firm = "occurred", True  # "agreed that ties, consolidated through X's visit to Mexico on May 8, 2015, …": a dated past visit
        dm = _pick_date(c, own, status if firm else "", ref, text)
        if _talked_over_ahead(c, dm, kind, text, ref):
            # "the ministers discussed the premier's trip to Hanoi on May 3 to 4": a visit talked over is one to come
            ahead_dm = next((d for d in dates.find_dates(text, ref, "future") if dm is not None and d.start == dm.start and d.when.start is not None and ref is not None and d.when.start > ref), None)
            if ahead_dm is not None:
                dm, status, firm = ahead_dm, "planned", True
        when = dm.when if dm else None
        date_phrase = dm.expr if dm else ""
        clock = CLOCK_TIME.search(text, c.end, c.end + 80) if dm is None and status == "planned" else None
        if clock and ref is not None:  # "Signing … is to take place at 3:00 PM": an hour told with no day is one of the article's own day
            when, date_phrase = _day(ref), clock.group()
        if status == "occurred" and dm is not None and AHEAD.match(dm.expr) and not PAST_MEETING_VERB.match(text, c.start):
            status, firm = "planned", True  # "… to hold the 14th meeting in Islamabad later this year": not yet
        if c.type == "visit" and status != "occurred" and not found and ref is not None and END_OF.search(text, max(0, c.phrase_start - 30), c.start):
            status, when = "occurred", _day(ref)  # "the farewell ceremony marking the end of Ms. X's visit" (no day told): it is under way
        if dm is not None and year is not None and SAME_YEAR.fullmatch(dm.expr):
            when = When(value=str(year), start=date(year, 1, 1), end=date(year, 12, 31), precision="year", timex=str(year))
            if ref is not None and when.end is not None and when.end < ref and status != "proposed":
                status, firm = "occurred", True  # "… in the same year visited Tanzania": the year just told, not the article's
        if same_day and day is None and ref is not None:
            day = occasion or _day(ref)  # "On the same day, …" after a lead that told no day: the day of the news, the article's
        ahead = dm is not None and status in {"planned", "proposed"} and ref is not None and dm.when.start is not None and dm.when.start > ref
        # (a milestone of a year, "the Friendship Year" of "cooperation in 2017", keeps its own year: the day is the talks')
        if same_day and day is not None and not ahead and (dm is None or (dm.start > same_day.start() and kind != "other") or not dm.when.known):
            when, date_phrase, dm = day, same_day.group(), None  # "on the same day": the day just told
            if ref is not None and day.end is not None and day.end <= ref and status != "proposed":
                status, firm = "occurred", True
        if shift and (dm is None or dm.start > shift.start() or not dm.when.known):
            if day is not None and day.start is not None and day.precision == "day":
                when, date_phrase, dm = _day(day.start + timedelta(days=_day_shift(shift))), shift.group(), None
                if ref is not None and when.end is not None and when.end <= ref and status != "proposed":
                    status, firm = "occurred", True
            else:  # "The next day, …" with no day told before it: a day the article does not give
                when, date_phrase, dm = _open_when(status, ref), shift.group(), None
        if kind == "other" and when is not None:
            when = _anniversary_year(c.phrase, when, ref, date_phrase)
        elif kind == "other" and ANNIVERSARY.search(c.phrase):
            gloss = _anniversary_gloss(c, text, found)
            if gloss is not None:  # "the 70th anniversary of relations (1950 - 2020)": the span's last year is the anniversary's
                when, date_phrase = gloss
        phrase_dates = [d for d in found if c.phrase_start <= d.start < c.phrase_start + len(c.phrase)]
        if when is not None and ref is not None and when.start is not None and when.end is not None:
            if when.end < ref and not firm:
                status = "occurred"  # "at a meeting on Oct 25 to sign …": the purpose was fulfilled
            elif when.start > ref and status == "occurred":
                status = "planned"
        if kind in GATHERING_KINDS and when is None and status != "occurred" and _locative(text, c) and not AHEAD_WORD.search(c.phrase):
            # ("during the upcoming visit …, an official said on Monday": a visit to come, and the day of the saying)
            told = [d for d in own if not SAID_BEFORE.search(text, max(0, d.start - 30), d.start)]
            dm = _pick_date(c, told, "", ref, text)  # "as requested … at the meeting on Oct 25": the meeting is a fact
            when = dm.when if dm else None
            date_phrase = dm.expr if dm else ""
            if when is not None and when.end is not None and ref is not None and when.end <= ref:
                status = "occurred"
            else:
                when = None
        if kind == "signing" and status != "occurred":
            kind = "planned_agreement"
        if kind == "planned_agreement" and status == "occurred":
            continue  # an agreement talked about in the past tense without a signing is no milestone
        if when is None:
            # a year inside the paper's name ("the Cooperation Plan for 2017") names the plan, it does not date the act
            dated = any(d not in phrase_dates for d in found)
            recent = status == "occurred" and any(d.when.timex == "PAST_REF" and _nearest_candidate(cands, d) is c for d in found)
            # "a meeting that was held here recently": some day before the article, not its day (a later
            # "the meeting last Thursday" then dates it)
            when, inferred = (_open_when(status, ref), False) if recent else _implicit_when(s, text, status, ref, gathering, occasion, day, kind=kind, dated=dated, generic=_is_generic(c, text, UNKNOWN) and not (
                    kind == "signing" and SIDES_SIGNED.search(text, max(0, c.start - 60), c.end + 4)), story=story)
            if inferred and status == "occurred" and kind in GATHERING_KINDS and when.precision == "day" and when.start is not None:
                when = _ended_span(c, text, when.start, ended_only=True)  # "A two-day border conference … has concluded": the lead's day is its last
        else:
            inferred = False
            nth = None
            if kind == "visit" and when.precision == "day" and when.start is not None:
                nth = NTH_DAY_OF.search(text, max(0, c.phrase_start - 100), c.start)
                if nth:  # "on Wednesday, the second day of his state visit": the visit began on Tuesday
                    when = _day(when.start - timedelta(days=ORDINAL_NUMBERS.get(nth.group(1).lower(), 1) - 1))
            if kind in GATHERING_KINDS and when.precision == "day" and when.start is not None and (dm is not None or ENDED_AFTER.match(text, c.end)):
                # (a day the sentence tells, or an end it tells: "is on his three-day visit" with no day is under way on the article's)
                opens = nth is not None or (dm is not None and OPENS_AT.search(text, max(0, dm.start - 16), dm.start) is not None)
                when = _ended_span(c, text, when.start, first=opens)
            if kind in GATHERING_KINDS | {"joint_activity"} and dm is not None and when.precision == "day":
                when = _until_span(when, dm, found, text)
        apposed = next((m for o, m in built if _apposes(text, o, c) or _visit_is_for(text, o, c, when)), None)
        if apposed is not None:  # "a two-day retreat in Hamburg, the first such meeting of …": the same gathering, its date
            when, date_phrase, status = apposed.when, apposed.date_phrase, apposed.status
        elif gathering is not None and gathering.type == kind and THIS_MARKS.match(text) and not dm:
            # "PM X will visit on May 3. This marks his third visit to …": the visit just told, counted
            when, date_phrase, status = gathering.when, gathering.date_phrase, gathering.status
        if _is_generic(c, text, when):
            continue
        if kind == "joint_activity" and not date_phrase and TALLIED_BEFORE.search(text, max(0, c.start - 40), c.start):
            continue  # "… in organising 20 joint patrols" with no day of their own: a tally, not one activity
        at_gathering = gathering is not None and when == gathering.when and AT_THE_GATHERING.search(text) is not None
        if kind == "visit" and len(people) > 1:
            by = _visitor_by(people, text, c.end) or _former_or_latter(people, text, c)
            if by:
                people = [by, *[p for p in people if p != by]]  # "the state visit to Laos by President To Lam"
            elif not (POSSESSIVE_PRONOUN.match(c.phrase) or POSSESSIVE_BEFORE.search(text, 0, c.start)):
                people = _nearest_first(people, text, c.start)  # "his state visit", "as part of his visit": the subject is the visitor
            if not by and "invit" in text:
                # "At the invitation of President X, Prime Minister Y made his first visit": the host is not the visitor
                people = sorted(people, key=lambda p: _invited_by(p, text))
        mention_people = tuple(people) or (gathering.participants if at_gathering and gathering else ())
        title_people = mention_people
        if kind == "meeting" and len(mention_people) > 1 and "invit" in text:
            # "… received the prime minister, who is on a visit at the invitation of Premier Li": the inviter is not at the table
            title_people = mention_people = tuple(p for p in mention_people if not _invited_by(p, text)) or mention_people
        if kind == "visit" and people and not POSSESSIVE_PRONOUN.match(c.phrase):
            hosts = [p for p in mention_people if _hosts(p, text, c.start)]
            if hosts:  # "Xi Jinping received the prime minister, who is on a visit … at the invitation of Premier Li"
                title_people = tuple(p for p in mention_people if p not in hosts)
                mention_people = (*title_people, *hosts)
        mention_place = location or (gathering.location if at_gathering and gathering else "")
        # a year can be part of a milestone's name ("Friendship Year 2022"); a day never is
        trimmed = phrase_dates if kind != "other" else [d for d in phrase_dates if d.when.precision in ("day", "week")]
        phrase = _trim_dates(c.phrase, trimmed, c.phrase_start) if trimmed else c.phrase
        if same_day and date_phrase == same_day.group():
            phrase = " ".join(phrase.replace(date_phrase, " ").split())
        title = _balanced(_title(c, kind, status, phrase, title_people, text, mention_place))
        confidence = 0.45 + (0.2 if date_phrase else 0.0) + (0.1 if c.strong else 0.0) + (0.1 if people else 0.0) + (
            0.05 if location else 0.0
        ) - (0.1 if inferred else 0.0)
        out.append(
            Mention(
                article_id=article.id,
                source_date=ref,
                sentence=text,
                start=s.start,
                end=s.end,
                type=kind,
                status=status,
                title=_shared(title),
                when=_shared(when),
                date_phrase=sys.intern(date_phrase),
                countries=_shared(countries),
                participants=_shared(mention_people),
                location=sys.intern(mention_place),
                confidence=_shared(round(min(confidence, 0.95), 2)),
                # a visit is told apart by who makes it ("a state visit to Brazil" has no word of its own)
                key=_shared(_key(kind, f"{phrase} {mention_people[0]}" if kind == "visit" and mention_people else phrase)),
                # "the 1st Binational Cabinet, a high-level meeting covering …": the gathering named again refers back;
                # "will take part in the joint exercise": an activity named by its kind after "the" is the one told
                anaphor=(
                    (_is_anaphor(c.phrase) and not (kind in GATHERING_KINDS and HELD_HERE.match(text, c.end))) or apposed is not None
                    or (kind == "visit" and _is_anaphor(POSSESSIVE_LEAD_WORD.sub("the ", c.phrase)))
                    or (kind == "joint_activity" and _is_anaphor(f"{text[max(0, c.phrase_start - 4):c.phrase_start].strip()} {c.phrase}"))
                    # "signed a memorandum at Monday's short meeting": the day's gathering, told as the one of that day
                    or (kind in GATHERING_KINDS and DAYS_OWN.search(text, max(0, c.start - 60), c.start) is not None)
                ),
            )
        )
        built.append((c, out[-1]))
    return out


def _one_dated_act(c: Candidate, text: str, found: Sequence[DateMention]) -> bool:
    """ "arrested 20 suspects in a joint operation last week": one operation of a stated time is an act
    whose toll is told, not a tally ("seized 120 kg in joint operations last year" is)."""
    head = _head(text[c.start : c.end])
    return not PLURAL_HEAD.search(head) and any(d.when.precision in FINE_PRECISIONS for d in found)


FINE_PRECISIONS = frozenset({"day", "range", "week", "month"})


def _apposes(text: str, first: Candidate, then: Candidate) -> bool:
    """ "a two-day retreat in Hamburg, the first such meeting of the two governments": a gathering named again."""
    return first.type in FAMILY and then.type in FAMILY and text[first.phrase_start + len(first.phrase) : then.phrase_start].strip() == ","


#: what lies between a visit and the gathering it is for: "… working visit to Singapore for the 10th …"
VISIT_FOR = re.compile(r"[^,;.]{0,80}?\bfor\s+(?:the|a|an)\s+[^,;.]*", re.I)


def _visit_is_for(text: str, visit: Candidate, then: Candidate, when: When | None) -> bool:
    """"on a two-day working visit to Singapore for the 10th Leaders' Retreat": an undated gathering a visit is made for."""
    return visit.type == "visit" and then.type in {"conference", "meeting"} and (when is None or not when.known) and (
        VISIT_FOR.fullmatch(text, visit.end, then.start) is not None
    )


T = TypeVar("T")

#: one object for each distinct date, name list, title, key and score a process has made: an archive repeats them a million times
_SHARED: dict[object, object] = {}
_SHARED_MAX = 1 << 18  # distinct values kept; past that, new ones are simply not shared


def _shared(value: T) -> T:
    found = _SHARED.get(value)
    if found is not None:
        return found  # type: ignore[return-value]
    if len(_SHARED) < _SHARED_MAX:
        _SHARED[value] = value
    return value


def shared_mention(m: Mention) -> Mention:
    """The mention with its repeated values made the objects this process shares.

    A mention unpickled from a worker process brings copies of its date, title, names and
    key: an archive repeats them a million times, so the main process shares them again.
    """
    return replace(
        m,
        title=_shared(m.title),
        when=_shared(m.when),
        date_phrase=sys.intern(m.date_phrase),
        countries=_shared(m.countries),
        participants=_shared(m.participants),
        location=sys.intern(m.location),
        confidence=_shared(m.confidence),
        key=_shared(m.key),
    )


GATHERING_KINDS = frozenset({"conference", "meeting", "visit"})
POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w\-]+\s+){0,3}$", re.I)
VISIT_WORD = re.compile(r"\b(?:visit|trip)\b", re.I)


def _balanced(title: str) -> str:
    """A title without a quote mark left open or closed by the cut of its phrase ('"2+2 dialogue')."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


#: how far after a gathering's noun a date can be told with it ("the talks held in Hanoi on January 9")
TOLD_WITH_CHARS = 60
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s")


def _told_with(c: Candidate, d: DateMention, text: str) -> bool:
    """Whether a date is told with the gathering itself: inside its phrase, or after its noun in the same clause."""
    if c.phrase_start <= d.start < c.phrase_start + len(c.phrase):
        return True
    own = OWN_TAKING_PLACE.match(text, c.end) if c.type in {"meeting", "conference"} else None  # (a visit's "from July 28" starts its days)
    if own and c.end <= d.start < own.end():
        return True  # "The meeting, which took place in Algiers on Tuesday, …": its own clause dates it
    return c.end <= d.start <= c.end + TOLD_WITH_CHARS and (
        not CLAUSE_BREAK.search(text, c.end, d.start)
        or (OWN_TIME_CLAUSE.fullmatch(text, c.end, d.start) is not None and not ENDED_NEXT.match(text, d.end) and not _locative(text, c))
    )


#: a gathering's own relative clause of taking place, right after its noun: ", which took place in Algiers on Tuesday"
OWN_TAKING_PLACE = re.compile(r"\s*,\s*(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|was\s+convened)\b[^,;.()]*", re.I)
#: the main verb after that clause tells the end: "The talks, which began on 5 May, ended with …" (the day of the end is its date)
ENDED_NEXT = re.compile(r"[^.;]{0,30}?,\s*(?:\w+\s+)?(?:ended|concluded|closed|wrapped\s+up|came\s+to\s+an\s+end)\b", re.I)
#: a relative clause that tells when the gathering itself began, its subject: "The meeting, which started on Monday, …"
OWN_TIME_CLAUSE = re.compile(r"\s*,\s*(?:which|that)\s+(?:started|began|opened|commenced|kicked\s+off)\s+(?:on\s+|in\s+)?", re.I)


def _day_of_the_act_there(c: Candidate, d: DateMention, text: str) -> bool:
    """ "At the meeting, the ministers signed X on September 14": a day told in the clause right after
    a gathering set as the scene is the day of that gathering too (not one in a clause of its own)."""
    if not _locative(text, c) or d.start < c.end:
        return False
    comma = text.find(",", c.end, d.start)
    return comma >= 0 and not CLAUSE_BREAK.search(text, comma + 1, d.start) and not RELATIVE.search(text, comma + 1, d.start)


RELATIVE = re.compile(r"\b(?:who|which|that|where|while|after|before|when)\b", re.I)


def _locative(text: str, c: Candidate) -> bool:
    return LOCATIVE_BEFORE.search(text, 0, c.start) is not None


#: "at a", "during the", "during his bilateral" right before a gathering's noun
#: or "during Japanese Prime Minister Fumio Kishida's visit": a possessive name is a determiner too
LOCATIVE_BEFORE = re.compile(
    r"\b(?:at|in|during)\s+(?:(?:a|an|the|his|her|their|its)\s+|(?:[\w\-.]+\s+){0,6}?[\w\-]+['’]s\s+)(?:[\w\-]+['’]?\s+){0,2}$"
    r"|\b(?:at|in|during)\s+their\s+(?:[\w\-]+\s+){3}$"  # "during their annual senior-level defence talks"
    r"|\b(?:at|during)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w\-]*\s+){1,6}(?:\([A-Z][\w\s\-]{0,15}\)\s+)?$",
    re.I,
)


def _day_by(when: When, ref: date | None) -> bool:
    """A day on or before the reference: the day of what a lead tells ("signed … today")."""
    return ref is not None and when.precision == "day" and when.end is not None and when.end <= ref


def _past_days(when: When, ref: date | None) -> bool:
    """A past day, or a past span of days ("his three-day visit that ended last night")."""
    return ref is not None and when.precision in {"day", "range"} and when.end is not None and when.end < ref


def _past_day(when: When, ref: date | None) -> bool:
    return ref is not None and when.precision == "day" and when.end is not None and when.end < ref


#: "The presidents also …", "They then …", "The two leaders …": the leaders of the occasion the lead told, acting again
LEADERS_ACT = re.compile(
    r"(?:the\s+(?:two\s+)?(?:presidents|leaders|prime\s+ministers|heads\s+of\s+state)|both\s+leaders|they)\s+(?:also\s+|then\s+|later\s+)?(?!will\b|would\b|are\b|have\s+agreed\b)",
    re.I,
)


#: the sides signing papers in the plural: "Relevant ministers signed Letters of Intent", "they inked MoUs" (not
#: "carry out signed agreements" or "documents signed by the two countries")
SIDES_SIGNED = re.compile(
    r"\b(?:they|ministers|sides|countries|leaders|officials|delegations|governments|representatives|parties|presidents"
    r"|premiers|ministries|agencies|companies)\s+(?:also\s+|then\s+|later\s+|jointly\s+)?(?:signed|inked|exchanged)\s+(?!by\b)",
    re.I,
)
#: "Afterwards, …", "Later, …": what comes next in the story of the day
SEQUENCE_OPENER = re.compile(r"\s*(?:Afterwards|Afterward|After\s+that|Then|Later|Subsequently)\s*,", re.I)
#: the acts of a day of deals and talks, told in the simple past ("signed", "was also signed", "held talks")
OCCASION_ACTS = frozenset({"signing", "meeting", "conference"})
DAY_ACT = re.compile(
    r"\b(?:signed|inked|exchanged|held|met|(?:was|were)\s+(?:also\s+)?(?:signed|inked|exchanged|held)"
    r"|(?:concluded|ended|culminated)\s+with\s+(?:the\s+)?signing)\b",  # "The negotiations concluded with signing of …"
    re.I,
)
#: a paper described by its signing, not a signing told: "The Cairo Declaration, signed by A and B, aims at …"
PAPER_DESCRIBED = re.compile(r",\s+(?:signed|inked|concluded)\s+(?:by|between|in|at)\b[^.;]*?,\s+(?:aims?|seeks?|provides?|covers?|calls?|is|was|sets?|focuses|includes?)\b", re.I)
#: what tells an act of the past, not of the day: a perfect or a look back
BACKGROUND = re.compile(
    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:been\s+)?(?:signed|inked|held|met|exchanged)\b|\b(?:previous|previously|earlier|former|formerly|since|ago|last|first\s+time)\b",
    re.I,
)


def _implicit_when(
    s: Sentence, text: str, status: str, ref: date | None, gathering: Mention | None, occasion: When | None = None,
    day: When | None = None, *, kind: str = "", dated: bool = False, generic: bool = False, story: When | None = None,
) -> tuple[When, bool]:
    """The date a sentence implies without stating it.

    The day of the story is not lent to a sentence that tells dates of its own (``dated``) or names its
    event in the plural with no count (``generic``: "they pledged to carry out signed agreements").
    """
    if gathering is not None and AT_THE_GATHERING.search(text) and (status == "occurred") == (gathering.status == "occurred"):
        if (
            kind in {"meeting", "conference"} and gathering.type == "visit" and gathering.when.precision == "range" and day is not None
            and day.start is not None and gathering.when.start is not None and gathering.when.end is not None
            and gathering.when.start <= day.start <= gathering.when.end
        ):
            return day, True  # "After the welcome ceremony, … held talks" in a visit of March 15-17 told on March 16: that day
        return gathering.when, True  # "On the occasion, …", "During the visit, … will sign …"
    if ref is None:
        return UNKNOWN, False
    if status == "occurred" and EARLIER_SUBJECT.match(text):
        return _open_when(status, ref), False  # "The previous JPCC saw agreements signed …": an earlier session's, undated
    if status == "occurred" and not s.caption and s.index < LEAD_SENTENCES and not ONGOING.search(text):
        if gathering is not None and gathering.status == "occurred" and _past_days(gathering.when, ref):
            return gathering.when, True  # the lead goes on telling the day it opened with ("received … on Tuesday. The two leaders witnessed …")
        if occasion is not None:
            return occasion, True  # "… sealed deals on Monday. The two leaders met at the palace, …"
    if status == "occurred" and occasion is not None and not s.caption and not generic and LEADERS_ACT.match(text):
        return occasion, True  # "The presidents approved a programme …" after a lead that told the visit of Aug. 8
    if status == "occurred" and not s.caption and not dated and not generic and not BACKGROUND.search(text):
        if SEQUENCE_OPENER.match(text):
            told = day if day is not None and day.end is not None and day.end <= ref else story
            if told is None and s.index < 2 * LEAD_SENTENCES:
                told = _day(ref)  # the story of the day has run on from its lead, undated as leads are
            if told is not None:
                return told, True  # "Afterwards, the presidents held talks": on the day just told
        if story is not None and kind in OCCASION_ACTS and DAY_ACT.search(text) and not PAPER_DESCRIBED.search(text):
            return story, True  # "Interior ministers signed the protocol on patrols" further down a story of that day's deals
    if status == "occurred" and (s.caption or s.index < LEAD_SENTENCES or ONGOING.search(text)):
        return _day(ref), True
    if status == "occurred" and day is not None and day.end is not None and day.end <= ref and ALSO_DONE.search(text) and not OVER_TIME.search(text):
        return day, True  # "The two leaders also witnessed the signing of …": on the day just told
        # (not "have also held several naval drills in recent years": acts spread over a time)
    return _open_when(status, ref), False


#: a stretch of time up to now that acts are spread over: "in recent years", "over the past decade", "so far"
OVER_TIME = re.compile(
    r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:years|decades?|months)\b|\bover\s+the\s+years\b|\bso\s+far\b",
    re.I,
)
#: a sentence whose subject is an earlier gathering: "The previous session saw …", "Their last meeting …"
EARLIER_SUBJECT = re.compile(r"\s*(?:The|Their|Its)\s+(?:previous|last|earlier|prior|former)\s+", re.I)
#: "wrapped up his three-day state visit on Saturday": the day told is the last of a span the sentence states
ENDED = re.compile(
    r"\b(?:wrap(?:ped|s|ping)?\s+up|w(?:ou|i)nds?\s+up|wound\s+up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|clos(?:ed|es)|round(?:ed|s)\s+off"
    r"|conclusion\s+of|end\s+of)\s+(?:(?:his|her|their|its|the)\s+)?$",  # "following the conclusion of his three-day visit"
    re.I,
)
#: the guest leaving at the end of the gathering: "left Saudi Arabia on Tuesday after a two-day visit" (the day is its last)
LEFT_AFTER = re.compile(
    r"\b(?:left|departed|departs|leaves|returned|returns|flew\s+(?:home|back))\b[^.;]{0,80}?\b(?:after|following|at\s+the\s+end\s+of)\s+(?:(?:a|an|his|her|their|the)\s+)?$",
    re.I,
)
#: the gathering's own verb of ending after it: "A two-day border conference between X and Y has concluded at Teknaf"
ENDED_AFTER = re.compile(
    r"(?:\s+(?!(?:which|that|who|when|while|after|before|since|as)\b)[^\s,;.]+){0,16}?\s+(?:has\s+|have\s+|had\s+)?(?:concluded|ended|closed|wrapped\s+up)\b", re.I
)
SPAN_DAYS = re.compile(r"\b(two|three|four|five|six|seven|[2-7])-day\b", re.I)


def _ended_span(c: Candidate, text: str, told: date, *, first: bool = False, ended_only: bool = False) -> When:
    """A gathering of N days told by one day: the span of days it takes.

    The day told is the last when the sentence ends the gathering ("wrapped up his three-day visit on
    Saturday"), some day inside it when the gathering frames another act ("agreed on Thursday during his
    five-day trip"), unless ``first`` says it is the first; else the first ("arrived on Monday for a
    three-day visit", "a two-day visit from Friday").
    """
    days = SPAN_DAYS.search(c.phrase)
    if not days:
        return _day(told)
    n = days.group(1).lower()
    length = timedelta(days=int(date_words.NUMBER_WORDS.get(n, n)) - 1)
    if ENDED.search(text, max(0, c.phrase_start - 30), c.phrase_start) or ENDED_AFTER.match(text, c.end) or LEFT_AFTER.search(
        text, max(0, c.phrase_start - 120), c.phrase_start
    ):
        start, last = told - length, told
    elif ended_only or (not first and FRAMED_BY.search(text, max(0, c.phrase_start - 80), c.phrase_start)):
        return _day(told)  # (``ended_only``: a day inferred, not told, is a span's only when the sentence ends it)
    else:
        start, last = told, told + length
    value = f"{start.isoformat()}/{last.isoformat()}"
    return When(value=value, start=start, end=last, precision="range", timex=value)


RELATIVE_OPENING = re.compile(r",\s*(?:which|that)\b", re.I)
#: how long a span "from today until March 26" can be: an exercise or a visit, not a programme
UNTIL_SPAN_DAYS = 31


def _until_span(when: When, dm: DateMention, found: Sequence[DateMention], text: str) -> When:
    """ "The exercise starts today and will last until March 26": the day told opens a span the "until" day closes."""
    first = when.start
    for d in found:
        last = d.when.start
        if (
            d.start > dm.end and d.when.precision == "day" and first is not None and last is not None
            and UNTIL.search(text, max(0, d.start - 10), d.start) and first < last <= first + timedelta(days=UNTIL_SPAN_DAYS)
            and not RELATIVE_OPENING.search(text, dm.end, d.start)  # (", which will last until June 1" is told as an aside)
        ):
            value = f"{first.isoformat()}/{last.isoformat()}"
            return When(value=value, start=first, end=last, precision="range", timex=value)
    return when


#: "on the second day of [his visit]": the date is a day inside the visit, not its first
#: ("during the second day of Bangladesh Prime Minister X’s four-day state visit": the visitor named between)
NTH_DAY_OF = re.compile(
    r"\bthe\s+(first|second|third|fourth|fifth|sixth|seventh)\s+day\s+of\s+(?:(?:[A-Z][\w.\-]*\s+){1,6}?[\w\-]+['’]s\s+)?"
    r"(?:(?:his|her|their|the|an?|[\w\-]+-day|official|state|working)\s+){0,3}$",
    re.I,
)
#: "affirmed … on Thursday during X's five-day trip": the day is the act's, somewhere inside the trip, not its first
#: ("received the prime minister, who is on a five-day visit": the day is the reception's, the visit goes on)
FRAMED_BY = re.compile(
    r"\b(?:during|in\s+the\s+course\s+of|amid|on\s+the\s+sidelines\s+of|(?:who|which)\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?on)"
    r"\s+(?:[\w’'\-.]+\s+){0,8}$",
    re.I,
)
#: "a four-day visit, starting January 8": the day told opens the gathering, whatever frames it
OPENS_AT = re.compile(r"\b(?:starting|beginning|from|as\s+of)\s+(?:on\s+)?$", re.I)
ORDINAL_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
POSSESSIVE_PRONOUN = re.compile(r"(?:his|her|their)\b", re.I)


HOST_AFTER = re.compile(
    r"[\w’'\-.]*\s+(?:\w+\s+){0,5}?(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting|greeted|greeting|met)\b"
)  # "Sonexay made the suggestion while hosting a reception … for a delegation … on a working visit": the host
HOST_BEFORE = re.compile(r"\b(?:invitation\s+of|invited\s+by|hosted\s+by|received\s+by|welcomed\s+by|greeted\s+by)\s+(?:[\w’'\-.]+\s+){0,4}$", re.I)


INVITED_BY = re.compile(r"\b(?:invitation\s+of|invited\s+by)\s+(?:[\w’'\-.]+\s+){0,4}$", re.I)


def _invited_by(person: str, text: str) -> bool:
    names = person.split()
    return any(
        INVITED_BY.search(text, max(0, m.start() - 60), m.start())
        for m in re.finditer(rf"\b(?:{re.escape(names[0])}|{re.escape(names[-1])})\b", text)
    )


def _hosts(person: str, text: str, at: int) -> bool:
    """Whether a person named in a visit's sentence receives the visitor rather than makes the visit."""
    names = person.split()
    for m in re.finditer(rf"\b(?:{re.escape(names[0])}|{re.escape(names[-1])})\b", text):  # "Premier Li" is Li Qiang
        if (m.start() < at and HOST_AFTER.match(text, m.end())) or HOST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            return True
    return False


#: "by" and a titled name after a visit's noun: "visit to Laos by President To Lam"
BY_VISITOR = re.compile(r"(?:\s+(?:to|of)\s+(?:the\s+)?[\w’'\-]+(?:\s+[A-Z][\w’'\-]*)*)?\s+by\s+")


#: "of" and an office right after a visit's noun: "the state visit of President Marcos to Hanoi"
OF_VISITOR = re.compile(
    r"\s+of\s+(?:the\s+)?(?=(?:[A-Z][\w’'\-]*\s+){0,3}?(?:President|Prime\s+Minister|Premier|King|Queen|Minister|Chancellor"
    r"|Crown\s+Prince|Emir|Sultan|General\s+Secretary|Secretary|Vice\s+President|Speaker)\b)"
)


def _visitor_by(people: Sequence[str], text: str, end: int) -> str:
    """The person named after "by" right after a visit's noun, if any."""
    m = BY_VISITOR.match(text, end) or OF_VISITOR.match(text, end)
    if not m:
        return ""
    after = text[m.end() : m.end() + 80]
    found = [(after.find(p.split()[-1]), p) for p in people if p.split()[-1] in after]
    return min(found)[1] if found else ""


#: a visitor named back by order: "attended by X and his counterpart Y, during the latter's three-day visit"
FORMER_OR_LATTER = re.compile(r"\bthe\s+(former|latter)['’]s\s", re.I)


def _former_or_latter(people: Sequence[str], text: str, c: Candidate) -> str:
    """The person "the former's" (the first named before) or "the latter's" (the last) visit is, if the visit is told so."""
    m = FORMER_OR_LATTER.search(text, c.phrase_start, c.start)
    if not m:
        return ""
    named = sorted((text.find(p.split()[-1]), p) for p in people if 0 <= text.find(p.split()[-1]) < m.start())
    if len(named) < 2:
        return ""
    return named[0][1] if m.group(1).lower() == "former" else named[-1][1]


def _nearest_first(people: Sequence[str], text: str, at: int) -> list[str]:
    """People ordered by how near before ``at`` their name (or surname) is written: the visitor first."""
    def place(p: str) -> tuple[int, int]:
        parts = p.split()
        # a surname may come first ("Xi" of "Xi Jinping") or last ("Lam" of "To Lam")
        pos = max(text.rfind(p, 0, at), text.rfind(parts[-1], 0, at), text.rfind(parts[0], 0, at) if len(parts) > 1 else -1)
        return (0, at - pos) if pos >= 0 else (1, text.find(parts[-1]))
    return sorted(people, key=place)


#: where a gathering took place, told after its noun: not part of its name ("the meeting in Hanoi")
PLACE_AFTER_NOUN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s*$")


def _refers_back(phrase: str) -> bool:
    """ "the talks", "meeting in Hanoi" after "At the": a gathering named by its kind alone, with or without its place."""
    bare = PLACE_AFTER_NOUN.sub("", phrase)
    return _is_anaphor(bare) or _is_anaphor("the " + bare)


#: "his visit", "her trip": a visit named by whose it is, the one the article tells
POSSESSIVE_LEAD_WORD = re.compile(r"^(?:his|her|their)\s+", re.I)


def _is_anaphor(phrase: str) -> bool:
    """ "the 725-km project", "the conference": a definite phrase with no name or ordinal of its own."""
    m = DEFINITE_LEAD.match(phrase.strip())
    if not m:
        return False
    rest = m.group(1)
    return not ORDINAL.search(rest) and not CAPITALISED.search(rest)


def _head(noun_phrase: str) -> str:
    """The head word of a trigger's words: the last, or the last before "of" ("council of ministers" → "council")."""
    return noun_phrase.lower().split(" of ")[0].split()[-1]


#: papers with named partners: "cooperation agreements with the governments of Ontario and Quebec"
WITH_NAMED_GOVERNMENTS = re.compile(r"\bwith\s+the\s+(?:governments?|administrations?|authorities)\s+of\s+(?-i:[A-Z])", re.I)


def _is_generic(c: Candidate, text: str, when: When) -> bool:
    """A plural or habitual mention with no date of its own is talk about events, not one event."""
    head = _head(text[c.start : c.end]) if c.end > c.start else ""
    plural = head.endswith("s") and not head.endswith(("ss", "us")) and head not in PLURAL_EVENTS  # "campus" is one
    if c.type in {"signing", "planned_agreement"}:
        m = AGREEMENT.search(c.phrase)
        head = m.group().lower().split()[0] if m else ""
        plural = bool(head and re.search(r"(?:s|ies|memoranda)$", head) and head not in {"minutes", "terms"})
    counted = COUNTED.match(c.phrase) or re.search(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|a\s+number\s+of)\s+(?:[\w\-]+\s+){0,3}$", text[: c.start], re.I)
    if plural and not when.known and not counted and not (c.type in {"signing", "planned_agreement"} and WITNESSED_SIGNING.search(text, 0, c.phrase_start)) and not (
        c.type in {"signing", "planned_agreement"} and WITH_NAMED_GOVERNMENTS.search(c.phrase)
    ):
        return True  # ("will witness the signing of agreements": one ceremony, however many papers; "agreements with the
        # governments of A, B and C": one paper with each, named)
    if c.type in {"signing", "planned_agreement"} and re.match(r"\s*(?:these|those|such|existing|previous|all)\b", c.phrase, re.I):
        return True
    if not when.known and MORE_OF_A_KIND.search(text, max(0, c.phrase_start - 10), c.phrase_start + 5):
        return True  # "need to hold more joint exercises": more of a kind, no one event
    return False
