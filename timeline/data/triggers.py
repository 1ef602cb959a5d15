"""Phrase tables for event triggers and status cues (regex fragments, compiled by ``events.py``).

Each fragment is a regex alternation written for ``re.IGNORECASE | re.VERBOSE``
matching on whole words. Keep them general English news grammar: nothing here
may name a seed article's people, places or sentences.
"""

from __future__ import annotations

#: head nouns of agreements and other signable documents.
AGREEMENT_NOUNS = r"""
    agreements? | memorand(?:ums?|a) (?:\s+of\s+understanding)? | memos?\s+of\s+understanding | terms\s+of\s+reference
  | mous? | accords? | treat(?:y|ies) | protocols?
  | plans? | programmes? | programs? | deals? | contracts? | charters? | conventions?(?!\s+(?:cent(?:re|er)|hall|complex)) | declarations?
  | joint\s+statements? | minutes | arrangements? | roadmaps? | frameworks? | letters?\s+of\s+intent
  | documents? | pacts? | communiqu[eé]s? | action\s+plans? | exchange\s+of\s+notes | notes
  | (?:joint\s+)?records?\s+of\s+discussions?
"""

#: agreement nouns that, with a future or proposal cue and no signing verb, make a planned agreement.
PLANNABLE_NOUNS = r"""agreement | memorandum (?:\s+of\s+understanding)? | memo\s+of\s+understanding | mou | accord | treaty | protocol | pact
  | convention(?!\s+(?:cent(?:re|er)|hall|complex))"""  # a "Convention Centre" is a venue

#: verbs of signing; ``exchange`` and ``adopt`` only count with an agreement noun as object.
SIGN_VERBS = r"""
    sign(?:s|ed|ing)? | ink(?:s|ed|ing)? | conclud(?:e|es|ed|ing) | ratif(?:y|ies|ied|ying)
  | seal(?:s|ed|ing)? | initial(?:l)?ed | renew(?:s|ed|ing)? | pen(?:s|ned|ning) | formali[sz](?:e|es|ed|ing)
"""
WEAK_SIGN_VERBS = r"""exchang(?:e|es|ed|ing) | adopt(?:s|ed|ing)? | approv(?:e|es|ed|ing) | (?<=witnessed\sthe\s)finali[sz]ation"""  # the papers, done before the leaders

#: gathering nouns by type, singular forms (plurals are generic and do not make events).
CONFERENCE_NOUNS = r"""
    conference | forum | summit(?!\s+(?:talks|meeting)) | symposium | seminar | workshop | dialogue | plenary\s+session
  | (?:working|review|annual|regular|joint)\s+session | joint\s+(?:government|cabinet|intergovernmental|ministerial)\s+(?:session|sitting|meeting)
  | (?:bi-?national|joint)\s+(?:(?:ministerial|presidential)\s+)?cabinet(?:\s+meeting)? | session\s+of\s+(?:the\s+)?[\w\s\-’']{0,40}?(?:committee|commission|council)  # "session of the two countries’ commission"
  | (?:joint\s+)?(?:meeting|sitting)(?=\s+(?:between|of)\s+the\s+(?:two\s+)?governments?\b)
  | joint\s+(?:meeting|sitting|session)(?=\s+of\s+the\s+(?:[\w\-]+\s+){1,2}and\s+(?:[\w\-]+\s+){1,2}(?:governments|cabinets)\b)  # "a joint sitting of the Chilean and Peruvian cabinets"
  | joint\s+committee\s+meeting | higher\s+(?:joint\s+)?committee(?!\s+(?:members?|secretar|chair|staff)) | consultations? | retreat | congress | expo | exhibition | fair | council\s+of\s+ministers
  | (?:supreme|intergovernmental|interstate|inter-state)\s+(?:[\w\-]+\s+){0,2}?(?:council|commission|committee)\s+(?:meeting|session)
  | (?:\d+(?:st|nd|rd|th)\s+)?(?:meeting|sitting)\s+of\s+(?:the\s+)?[\w\s,\-’']{0,80}?(?:committee|commission|council|working\s+group)
  | (?<=\bthe\s)next\s+(?:[\w\-]+\s+){0,3}?(?:commission|committee)(?!\s+(?:members?|secretar|chair|staff))
  | (?:(?<=\bat\sa\s)|(?<=\bat\sthe\s)|(?<=during\sa\s)|(?<=during\sthe\s))joint\s+(?:permanent\s+)?commission\b
  | (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)
    \s+(?:(?!(?:session|meeting|sitting)\b)[\w/\-]+\s+){0,4}?(?:joint|bi-?national)\s+(?:(?:permanent|consultative|economic|trade|ministerial)\s+)?commission\b
  | (?<=\d(?:st|nd|rd|th)\s)(?-i:(?!(?:Central|Party|National|Standing|Executive|People)\b)(?:[A-Z][\w\-]*\s+){1,3}(?:Council|Commission))\b
"""
MEETING_NOUNS = r"""
    meeting | talks | reception | phone\s+(?:call|talks|conversation) | telephone\s+(?:call|talks|conversation)
  | video\s+(?:call|conference) | online\s+talks | courtesy\s+call | working\s+session | audience
  | teleconference | videoconference | video-conference
"""
VISIT_NOUNS = r"""(?:official|state|working|friendship|goodwill|ongoing|historic|first|latest)?[\s\-]*visit | trip | tour"""

JOINT_NOUNS = r"""
    (?:joint|combined|bilateral|coordinated)\s+(?:(?!(?:to|of|for|with|in|on|at|by|from)\s)[\w\-]+\s+){0,3}?(?:search\s+and\s+rescue\s+(?:exercises?|drills?|operations?)|exercises?|drills?|patrols?|operations?|investigations?
        |crack-?downs?|campaigns?|searche?s?|rescue|training|inspections?|raids?|surveys?|research|patrolling)(?!\s+(?:boats?|vessels?|ships?|craft)\b)
  | (?:(?!(?:of|in|on|at|for|during|to|from|with|by|and|or)\s)[\w\-]+\s+)?(?:exercises|drills|exercise|drill|crack-?down|patrols?(?!\s+(?:boats?|vessels?|ships?|craft|cars?|vehicles?|aircraft|planes?)\b))
"""

PROJECT_NOUNS = r"""
    projects? | expressways? | railways? | highways? | motorways? | bridges? | power\s+plants? | hydropower\s+plants?
  | airports? | seaports? | ports? | hospitals? | schools? | stations? | headquarters | works | dams? | pipelines? | roads?
  | (?:industrial|logistics|technology|hi-tech|high-tech|science|eco-industrial)\s+parks? | economic\s+zones?
  | (?:one-stop\s+)?border\s+(?:gates?|posts?|crossings?|checkpoints?) | check-?\s?posts? | checkpoints? | outposts? | ICPs?
  | academy | centres? | centers? | houses | homes | campus(?:es)?
  | (?:rail|railway|road|power|fib(?:re|er)-?optic|ferry|bus)\s+links?
  | (?-i:(?:[A-Z][\w\-]*\s+)+(?:[Bb]uilding|House|Hall|Museum|Stadium|Palace|Monument|Memorial|Hospital|School|Bridge|Park|Canal|Tunnel))
  | metro\s+lines? | railway\s+lines? | power\s+lines? | transmission\s+lines? | canals? | waterways? | tunnels?
"""

#: things given rather than built: a project only when handed over, donated or delivered (a vessel that is
#: "launched" or "funded" is not yet a milestone of aid)
AID_NOUNS = r"""
    vessels? | boats? | ships? | patrol\s+craft | aircraft | helicopters? | vehicles? | ambulances? | equipment
  | motorbikes? | motorcycles? | cars? | trucks? | computers? | drones? | uniforms? | radios?
"""
AID_VERBS = r"""
    turn(?:s|ed|ing)?\s+over | hand(?:s|ed|ing)?\s+over | donat(?:e|es|ed|ing) | deliver(?:s|ed|ing)? | delivery\s+of
  | present(?:s|ed|ing)? | gift(?:s|ed)?
  | hand-?over | (?:has|have|had)\s+received | received\s+the
"""

OTHER_NOUNS = r"""
    (?:\d+(?:st|nd|rd|th)|[a-z]+(?:ieth|th))\s+anniversary\s+(?:celebrations?\s+)?of\s+(?:the\s+)?(?:diplomatic|[\w\-’']+\s+)[\w\s\-’']{0,40}?relations
  | friendship\s+(?:and\s+solidarity\s+|and\s+cooperation\s+)?year | year\s+of\s+(?:friendship|solidarity|cooperation)[\w\s]{0,30}
  | (?:\d+(?:st|nd|rd|th)|[a-z]+(?:ieth|th))\s+anniversary\s+(?:celebrations?\s+)?of\s+(?:the\s+)?[\w\s\-’']{0,40}?(?:diplomatic\s+)?ties
  | (?:launch|establish|forg)(?:e|ed|es|ing)?\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:(?:comprehensive|strategic|global|enhanced)\s+){1,3}partnership
  | establish(?:ed|es|ing)?\s+diplomatic\s+(?:relations|ties) | establishment\s+of\s+(?:their\s+)?diplomatic\s+(?:relations|ties)
  | (?:upgrad|elevat)(?:e|ed|ing)\s+(?:their\s+|bilateral\s+|(?:the\s+two\s+)?countries['’]\s+)*(?:relations|ties)\s+to\s+(?:an?\s+|the\s+)?[\w\s\-]{0,40}?partnership
  | normali[sz](?:e|ed|es|ing)\s+(?:their\s+)?(?:diplomatic\s+)?(?:relations|ties) | normali[sz]ation\s+of\s+(?:their\s+)?(?:diplomatic\s+)?(?:relations|ties)
"""

#: words showing that a gathering took place or will (without one the noun is only talked about).
HAPPENING_CUES = r"""
    took\s+place | take\s+place | (?:was|were|been|is|are)\s+called(?=\s+for\b) | taking\s+place | takes\s+place | (?:was|were|is|are|be|been|being)\s+held | held
  | opened | opens | open\s+today | inaugurat(?:ed|es|e|ing) | convened | convenes? | gathered\s+(?:in|at)(?!\s+(?:a|an|their|his|her|its)\s) | gathered\s+for | co-?chair(?:ed|ing|s)? | chair(?:ed|ing) | hosted | hosting | host
  | organi[sz](?:ed|ing|e) | co-?organi[sz](?:ed|ing|es?) | attended | attending | attends | will\s+attend
  | travel(?:s|led|ed)?\s+to\s+[^.;]{0,60}?\bto\s+attend  # "will travel to Gaborone, from 8 to 9 September, to attend the session"
  | (?:will|to|would)\s+(?:co-?)?chair | presid(?:e|es|ing) | kicked\s+off | concluded | wrapped\s+up | closed
  | successful(?:ly)?\s+(?:conclusion|holding|convening)\s+of
  | met | meet | meets | meeting\s+with | received | receives | receiving | paid | pay | paying | visiting
  | arrived | ongoing | launched | launching | conducted | conducting | conduct | carried\s+out | carry\s+out
  | staged | holding | hold | scheduled | slated | set\s+to | participated | joined
  | (?:started|began|commenced)(?!\s+in\s+(?:19|20)\d\d)
"""

#: words before a trigger that make it a proposal of one side.
PROPOSED_CUES = r"""
    suggest(?:s|ed|ing)? | propos(?:e|es|ed|ing|al) | recommend(?:s|ed|ing)? | should | could\s+consider
  | consider(?:s|ed|ing)? | urg(?:e|es|ed|ing) | (?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)call(?:s|ed)?\s+for | calling\s+for | ask(?:s|ed)?(?!\s+(?:by|about|whether|if)\b) | request(?:s|ed)?
  | hop(?:e|es|ed)\s+(?:that|to|for) | wish(?:es|ed)?\s+to | invit(?:e|es|ed) | (?:is|are|was|were|remains?|remained)\s+open\s+to
  | (?:could|might)\s+(?:jointly\s+|also\s+)?(?:carry\s+out|conduct|hold|organi[sz]e|launch|set\s+up|establish|undertake|stage)
"""

#: words before a trigger that make it planned: agreed, expected, scheduled, or future.
PLANNED_CUES = r"""
    will | shall | would | to\s+be | is\s+expected | are\s+expected | expect(?:s|ed|ing)?\s+to | plan(?:s|ned)?\s+to
  | planning\s+(?:to|on)  # "the two sides are planning on signing a pact"
  | agree(?:d|s)?\s+to | agreeing\s+to | agreed\s+on | set\s+to | scheduled | slated | going\s+to | intend(?:s|ed)?\s+(?:to|\w+ing\b) | intentions?\s+to | aim(?:s|ed)?\s+to
  | (?:is|are)\s+(?:also\s+)?to\s+(?!be\b)\w+
  | prepar(?:e|es|ed|ing)\s+(?:to|for) | upcoming | forthcoming | negotiat(?:e|ing|ion|ions) | for\s+plans
  | (?<!for\sthe\s)next  # ("a programme for the next 10 years was approved": the period the paper covers, not a plan)
  | pledg(?:e|es|ed)\s+to | promis(?:e|es|ed)\s+to | commit(?:s|ted)?\s+to | agreed | decided\s+to | on\s+the\s+(?:working\s+)?agenda | draft
  | (?:is|are)\s+due\s+to | commitment\s+to\s+(?:work\s+towards?|sign|conclude|finali[sz]e|negotiate) | (?:early|speedy|swift)\s+conclusion\s+of | consent(?:s|ed)?\s+to | resolve\s+to | resolved\s+to | vow(?:s|ed)?\s+to | look(?:s|ed)?\s+forward\s+to | determin(?:ed|ation)\s+to
  | ready\s+(?:for|to) | (?:submitted|sent|forwarded|presented)\s+(?:[\w\-]+\s+){0,5}?for
"""

#: adverbs of habit: what happens "regularly" is no dated milestone.
HABITUAL = r"""regularly | periodically | periodic | routinely | annually | every\s+year | each\s+year | often | usually | frequently"""

#: negations that cancel a trigger.
NEGATIONS = r"""not | never | no | failed\s+to | refused\s+to | without"""

#: counts that make a sentence a statistic, not an event.
STATISTIC = r"""
    \d[\d,.]*\s+(?:wanted\s+|drug\s+|criminal\s+)?(?:cases|persons|people|offenders|suspects|criminals|kg|kilograms|tons|tonnes|pills|arrests|violations|victims|deaths)
"""

#: words that make "the <noun>" an anaphor (a reference back) rather than a new event.
CONTEXT_PREPOSITIONS = r"""at | during | on\s+the\s+occasion\s+of | on\s+the\s+sidelines\s+of | following | after | before | within | in"""

#: "On the occasion, …", "… after the talks": the sentence's event happens at the gathering just told.
AT_THE_GATHERING = r"""
    ^\s*(?:on\s+the\s+occasion|on\s+this\s+occasion)
  | \b(?:at|during|after|following|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of|at\s+the\s+close\s+of|on\s+the\s+occasion\s+of)
    \s+(?:the|their|this)\s+(?!(?:previous|last|past|earlier|former|next|upcoming|coming|following)\s)(?:[\w\-]+\s+)?
    (?:conference|meeting|talks|discussions|event|function|ceremony|forum|summit|session|dialogue|visit|trip|retreat|reception)\b
  | \b(?:after|following)\s+talks\b
"""

#: words that are too general to tell two events apart in a title or key.
GENERIC_WORDS: frozenset[str] = frozenset(
    """a an the of on for and between in to with by at from its their his her two both sides side
    this that these those another other new first second
    agreement agreements memorandum memoranda memorandums understanding mou plan plans programme program document documents
    cooperation cooperative collaboration conference meeting meetings talks visit official state working
    ministry ministries public security minister ministers government governments country countries
    bilateral joint project projects signed signing sign covering period
    summit forum expo exhibition session sessions dialogue consultation consultations retreat seminar workshop
    symposium congress""".split()
)

#: subject words that mean the same thing in agreement names (so the same plan, written two ways, merges).
SYNONYMS: dict[str, str] = {
    "non": "",
    "disclosure": "confidential",
    "nondisclosure": "confidential",
    "secret": "confidential",
    "secrets": "confidential",
    "classified": "confidential",
    "confidentiality": "confidential",
    "extradite": "extradition",
    "narcotics": "drug",
    "drugs": "drug",
    "narcotic": "drug",
    "crack": "crackdown",
    "down": "",
    "exercises": "exercise",
    "drills": "exercise",
    "drill": "exercise",
    "anti": "",
}

#: a detector runs only on a sentence whose lower-cased text contains one of its strings (each detector's
#: patterns cannot match without one of them, so this only saves time; keep in step with the fragments above)
DETECTOR_GATES: dict[str, tuple[str, ...]] = {
    "signing": ("sign", "ink", "conclud", "ratif", "seal", "initial", "renew", "exchang", "adopt", "approv", "pen", "formali", "finali"),
    "planned_agreement": ("agreement", "memo", "mou", "accord", "treat", "protocol", "pact", "convention"),
    "conference": (
        "conferen", "forum", "summit", "symposium", "seminar", "workshop", "dialogue", "session", "consultation",
        "retreat", "congress", "expo", "exhibition", "fair", "meeting", "council", "next", "commission", "cabinet", "committee",
    ),
    "meeting": (
        "meet", "met", "talks", "reception", "call", "conversation", "conferen", "audience", "session", "receiv", "host", "welcome",
        "greeted", "phone", "conven", "discuss", "gathering", "encounter", "spoke", "speaks",
    ),
    "visit": ("visit", "trip", "tour", "arrived", "welcom", "delegation", "stay in", "travel", "leave for"),
    "joint_activity": (
        "joint", "combined", "bilateral", "coordinated", "exercis", "drill", "crack", "patrol", "worked with", "cooperated with",
        "collaborated with", "teamed up", "joined hands",
    ),
    "project": (
        "buil", "construct", "inaugurat", "hand", "ground", "launch", "complet", "commenc", "put", "fund", "financ",
        "start", "began", "resum", "begin", "present", "gift", "open", "unveil", "turn", "donat", "deliver", "receiv", "foundation", "upgrad", "work on", "commissio", "marked the", "marks the",
    ),
    "other": ("anniversary", "friendship", "year", "establish", "upgrad", "elevat", "normali", "launch", "forg"),
}
