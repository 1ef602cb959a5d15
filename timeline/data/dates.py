"""Phrase tables of the date resolver: month, weekday, season and number words, vague phrases, tense cues.

These are data, not code: ``timeline.dates`` builds its regular expressions
from them once at import. Keys are lower case; the resolver matches without
regard to case and checks capitals itself where a word is also an ordinary
English word ("may", "march").
"""

from __future__ import annotations

#: Month names and abbreviations → month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Month names that may stand alone (without a day or year) as a date: full names only,
#: since "Jan", "Mar" or "Dec" alone are more often names or other words.
STANDALONE_MONTHS: frozenset[str] = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "sept")
)

#: Month names that are also common English words: alone they need a capital and a
#: preposition or modifier before them ("in May", "early March", not "may be").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(("may", "march"))

#: Weekday names → ISO weekday - 1 (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

#: Seasons → (TIMEX3 code, first month, number of months). Winter starts in December of its year.
SEASONS: dict[str, tuple[str, int, int]] = {
    "spring": ("SP", 3, 3),
    "summer": ("SU", 6, 3),
    "autumn": ("FA", 9, 3),
    "fall": ("FA", 9, 3),
    "winter": ("WI", 12, 3),
}

#: Cardinal number words used in "two years ago", "in three weeks".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}

#: Ordinal words → number, for "the first of March", "the first quarter", "twentieth century".
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
    "twenty second": 22, "twenty-third": 23, "twenty third": 23, "twenty-fourth": 24,
    "twenty fourth": 24, "twenty-fifth": 25, "twenty fifth": 25, "twenty-sixth": 26,
    "twenty sixth": 26, "twenty-seventh": 27, "twenty seventh": 27, "twenty-eighth": 28,
    "twenty eighth": 28, "twenty-ninth": 29, "twenty ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "thirty first": 31,
}

#: Vague references → TIMEX3 value. Longest phrases are tried first.
VAGUE_PHRASES: dict[str, str] = {
    # open futures, common in Vietnamese-English and diplomatic news
    "in the coming time": "FUTURE_REF",
    "in the upcoming time": "FUTURE_REF",
    "in the time to come": "FUTURE_REF",
    "in the times to come": "FUTURE_REF",
    "in the time ahead": "FUTURE_REF",
    "in the next time": "FUTURE_REF",
    "in the coming period": "FUTURE_REF",
    "in the upcoming period": "FUTURE_REF",
    "in the next period": "FUTURE_REF",
    "the coming time": "FUTURE_REF",
    "the upcoming time": "FUTURE_REF",
    "the time to come": "FUTURE_REF",
    "the coming period": "FUTURE_REF",
    "in the near future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "in the near term": "FUTURE_REF",
    "in the short term": "FUTURE_REF",
    "in the long term": "FUTURE_REF",
    "in the years to come": "FUTURE_REF",
    "in the months to come": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    # the present
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the present time": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF",
    # the past
    "in the past": "PAST_REF",
    "the past": "PAST_REF",
    "at the time": "PAST_REF",
    "at that time": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "long ago": "PAST_REF",
    "years ago": "PAST_REF",
    "in the old days": "PAST_REF",
    "historically": "PAST_REF",
}

#: Words after a year or span that make it the period a plan covers ("the 2022 cooperation
#: plan", "the 2021-2030 strategy", "the 2021-2025 period"), not the date of an event.
PERIOD_NOUNS: frozenset[str] = frozenset((
    "period", "periods", "plan", "plans", "strategy", "strategies", "programme", "programmes",
    "program", "programs", "agenda", "roadmap", "vision", "term", "phase", "stage", "budget",
    "budgets", "cycle", "framework", "scheme", "schemes", "tenure", "mandate", "blueprint",
    "orientation", "orientations", "targets", "target", "workplan",
))

#: Nouns before "for"/"in" + a year that make the year the period covered
#: ("a cooperation plan for 2023", "the plan between the two ministries in 2023").
PLAN_NOUNS: frozenset[str] = frozenset((
    "plan", "plans", "strategy", "strategies", "programme", "programmes", "program", "programs",
    "agenda", "roadmap", "vision", "framework", "scheme", "blueprint", "budget", "targets",
    "target", "orientations", "orientation", "objectives", "goals", "tasks", "priorities",
))

#: Nouns that make a following "in <year>" the period covered only when that year is still to come
#: ("the issues for cooperation in 2023" in a 2022 article; "cooperation in 2019" may be a date).
WEAK_PLAN_NOUNS: frozenset[str] = frozenset(("cooperation", "co-operation", "collaboration", "issues", "work"))

#: Words that, right before "for", keep the date a point in time ("scheduled for 2023").
POINT_BEFORE_FOR: frozenset[str] = frozenset((
    "scheduled", "slated", "set", "planned", "postponed", "delayed", "due", "expected", "timed",
    "pencilled", "penciled", "booked", "moved", "rescheduled", "fixed", "ready",
    "called", "convened",  # "a session of the panel was called for early May"
))

#: Words after a number that show it counts something, so a four-digit number is not a year.
UNIT_WORDS: frozenset[str] = frozenset((
    "people", "persons", "person", "cases", "case", "km", "kms", "kilometres", "kilometers", "kg",
    "kgs", "kilogrammes", "kilograms", "tonnes", "tons", "ton", "tonne", "hectares", "ha", "m",
    "mm", "cm", "meters", "metres", "mw", "kw", "kwh", "gw", "households", "units", "vehicles",
    "cars", "usd", "vnd", "dollars", "euros", "yuan", "kip", "baht", "dong", "times", "votes",
    "members", "officers", "troops", "soldiers", "students", "workers", "employees", "pages",
    "copies", "pieces", "items", "doses", "packs", "bags", "boxes", "rounds", "bullets", "guns",
    "weapons", "tablets", "pills", "grams", "g", "litres", "liters", "barrels", "feet", "ft",
    "miles", "acres", "sq", "square", "rooms", "beds", "seats", "passengers", "children",
    "villages", "families", "communes", "schools", "projects", "companies", "firms", "enterprises",
    "delegates", "participants", "visitors", "tourists", "deaths", "dead", "lives", "victims",
    "suspects", "offenders", "defendants", "patients", "infections", "hours", "minutes", "seconds",
    "days", "weeks", "months", "years", "calories", "points", "shares", "jobs", "tickets", "hrs",
    "million", "billion", "trillion", "thousand", "hundred", "bn", "mn", "m3", "km2", "sqm", "lines",
))

#: Verb cues of the past that do not end in -ed (the -ed rule catches the rest).
PAST_VERBS: frozenset[str] = frozenset((
    "was", "were", "had", "did", "took", "met", "held", "said", "told", "made", "came", "went",
    "began", "begun", "saw", "won", "lost", "gave", "got", "left", "paid", "sent", "spent", "built",
    "brought", "bought", "found", "kept", "led", "rose", "fell", "sold", "stood", "struck", "wrote",
    "became", "broke", "chose", "drew", "drove", "flew", "grew", "knew", "sought", "spoke", "threw",
    "underwent", "withdrew", "fought", "caught", "felt", "heard", "meant", "shook", "overcame",
    "undertook", "oversaw", "taught", "thought", "understood", "won", "ran", "hit", "cut", "put",
    "ago", "upheld", "forgave", "foresaw", "arose", "awoke", "bore", "dealt", "fled", "hung",
    "laid", "lent", "lit", "rode", "rang", "sang", "sank", "shot", "slid", "stuck", "swept", "swore",
    "tore", "wore", "wove", "wound", "hosted", "received",
))

#: -ed words that are not past-tense verbs in news prose (adjectives and nouns).
NOT_PAST_ED: frozenset[str] = frozenset((
    "need", "speed", "seed", "feed", "deed", "indeed", "proceed", "succeed", "exceed", "hundred",
    "red", "bed", "shed", "embed", "breed", "greed", "united", "limited", "based", "related",
    "advanced", "expected", "scheduled", "planned", "proposed", "intended", "concerned",
    "interested", "detailed", "sophisticated", "dedicated", "experienced", "qualified", "skilled",
    "armed", "talented", "alleged", "so-called", "called", "named", "titled", "entitled",
    "unprecedented", "sustained", "coordinated", "integrated", "combined", "designated", "ed",
    "aimed", "slated", "poised", "supposed", "used", "required", "needed", "committed", "determined",
    "pleased", "honoured", "honored", "delighted", "prepared", "dubbed",
))

#: Words that, right before an -ed word, make it present or future (passive or adjective).
NOT_PAST_BEFORE: frozenset[str] = frozenset((
    "is", "are", "am", "be", "being", "the", "a", "an", "will", "shall", "to", "'s", "its", "their",
    "his", "her", "our", "your", "my", "this", "these", "those", "get", "gets", "become", "becomes",
    "newly", "well", "jointly", "officially",
))

#: Past verbs that, before "to", look forward from a past point: "agreed to meet on January 13"
#: is nearer the article's day than the verb's tense says, on either side.
FORWARD_BEFORE_TO: frozenset[str] = frozenset((
    "agreed", "decided", "pledged", "promised", "vowed", "resolved", "undertook", "arranged",
))

#: Past verbs of proposing that, before "to", "that" or a gerund, look ahead: "suggested holding the
#: committee's meeting in August" (told in June) proposes the coming August.
PROPOSING: frozenset[str] = frozenset((
    "proposed", "suggested", "recommended", "proposes", "suggests", "recommends", "propose", "suggest",
))

#: Words and phrases that put a clause in the future.
FUTURE_CUES: tuple[str, ...] = (
    "will", "shall", "'ll", "’ll", "won't", "won’t", "is going to", "are going to", "tomorrow",
    "is expected to", "are expected to", "is scheduled to", "are scheduled to", "is set to",
    "are set to", "is due to", "are due to", "is slated to", "are slated to", "is planned to",
    "are planned to", "is poised to", "are poised to", "to be held", "to be signed", "to be organised",
    "to be organized", "to be launched", "to be built", "to be completed", "to be opened",
    "to be published", "to be implemented", "to be hosted", "to be convened", "to be inaugurated",
    "to be put into", "to take place", "plans to", "plan to", "planning to", "planning on", "intends to",
    "intend to", "aims to", "aim to", "expects to", "expect to", "hopes to", "hope to",
    "will be", "upcoming", "forthcoming", "next", "coming", "due to be", "scheduled for",
    "slated for", "set for", "is due", "are due", "due in", "due on", "due by",
    "has scheduled", "have scheduled",
    "was called for", "were called for", "been called for",  # "a session of the panel was called for early May"
)

#: Words that make a clause neither past nor future for the resolver ("would" looks
#: forward from a past point; the direction is then the nearest date).
NEUTRAL_CUES: tuple[str, ...] = ("would", "could", "might")

#: Words before a four-digit number that make it an identifier, not a year ("Decree 2020", "No. 1999").
NOT_YEAR_BEFORE: frozenset[str] = frozenset((
    "no", "nos", "number", "numbers", "decree", "resolution", "directive", "decision", "circular",
    "route", "highway", "flight", "code", "room", "article", "clause", "item", "page", "pages",
    "model", "version", "unit", "lot", "batch", "file", "ref", "reference",
    "ordinance", "box", "vol", "volume", "issue", "exhibit", "section", "rule",
))

#: Holidays on a fixed day of the Gregorian calendar, everywhere the same → (month, day).
#: Movable feasts (Easter, Lunar New Year) need a calendar of their own and are left out.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "xmas": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "new years day": (1, 1),
    "new year day": (1, 1),
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
    "new years eve": (12, 31),
    "new year eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "valentine’s day": (2, 14),
    "valentines day": (2, 14),
}
