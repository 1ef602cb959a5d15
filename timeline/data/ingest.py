"""Phrase tables for ``timeline.ingest``: month names, date-line labels, page furniture, language cues.

Everything here is plain data so that a new outlet's furniture or a new
language cue is one line in a table, not a change to the parsing code.
"""

from __future__ import annotations

#: Names (``property``, ``name`` or ``itemprop``, lower case) of the meta tags in which pages state when an
#: article was first published. They outrank htmldate, which skips values such as "Wed, 26 Oct 2022
#: 01:30:00 GMT+7" and then answers with the revision date. Revision dates ("article:modified_time") are not here.
PUBLISHED_META_NAMES: frozenset[str] = frozenset(
    {
        "article:published_time",
        "article:published",
        "article:publicationdate",
        "og:published_time",
        "published_time",
        "datepublished",
        "datecreated",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "publication_date",
        "publication-date",
        "dc.date.issued",
        "dc.date.created",
        "dcterms.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "original-publish-date",
        "article.published",
        "cxenseparse:recs:publishtime",
    }
)

#: Meta tags that name a date without saying which (some sites put the last revision there): read only
#: when neither the tags above nor htmldate give a date.
DATE_META_NAMES: frozenset[str] = frozenset({"date", "dc.date", "dcterms.date"})

#: English month names and their abbreviations (lower case) → month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Weekday names that may open a date line (English, Vietnamese); dropped before judging the line.
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "chủ nhật",
    "chủ nhật",
)

#: Labels that introduce the publication date of a page ("Published: 2018/1/3").
PUBLISHED_LABELS: tuple[str, ...] = (
    "first published",
    "publication date",
    "published date",
    "publish date",
    "date published",
    "published on",
    "published at",
    "published",
    "posted on",
    "posted at",
    "posted",
    "date",
    "ngày đăng",
    "đăng ngày",
)

#: Labels of a later revision date: used only when no publication date is printed.
UPDATED_LABELS: tuple[str, ...] = (
    "last updated",
    "last modified",
    "updated on",
    "updated at",
    "updated",
    "modified",
    "cập nhật",
)

#: Section headings that start trailing page furniture when they open a line
#: (the rest of the line may be a glued list of headlines). Lower case.
FURNITURE_SECTION_PREFIXES: tuple[str, ...] = (
    "words on the street",
    "related news",
    "related articles",
    "related article",
    "related posts",
    "related stories",
    "related content",
    "related topics",
    "related links",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "you may also like",
    "you might also like",
    "you may be interested",
    "recommended for you",
    "editor's picks",
    "editor’s picks",
    "editors' picks",
    "top stories",
    "trending now",
    "latest news",
    "other news",
    "more news",
    "more stories",
    "more from",
    "follow us on",
    "follow us",
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "tin liên quan",
    "tin khác",
    "copyright",
    "©",
    "all rights reserved",
)

#: Headings that are furniture only when they are the whole line, or followed by a colon
#: ("Share prices rose" is prose; "Tags: ASEAN, Laos" and "Comments" are not). Lower case.
FURNITURE_SECTION_LABELS: tuple[str, ...] = (
    "tags",
    "tag",
    "keywords",
    "topics",
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "see more",
    "more",
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "share this article",
    "share this story",
    "share this post",
)

#: Labels of inline links: "Read more: <headline>" on one line is dropped; the bare label opens a section.
INLINE_LINK_LABELS: tuple[str, ...] = (
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "related news",
    "related article",
    "related story",
    "xem thêm",
)

#: Widget text dropped wherever it stands, when it is the whole line. Lower case.
FURNITURE_LINE_LABELS: tuple[str, ...] = (
    "share",
    "share this",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "share via email",
    "print",
    "print article",
    "email",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "advertisement",
    "sponsored",
    "sponsored content",
    "back to top",
    "next article",
    "previous article",
    "listen to this article",
    "font size",
    "copy link",
)

#: Words typical of English running text; their share of the words tells English prose.
#: (Kept as text: one ``split`` of a sentence-like list reads better than a column of quoted words.)
ENGLISH_STOPWORDS: frozenset[str] = frozenset(
    (
        "the of and to in a is that for on with as was were by at from it its this be are "
        "have has had not but or an which will would their they he she his her who also "
        "been more than after about into over between two both said says can could should "
        "our we us them there these those other such while during under against"
    ).split()
)

#: Stopwords of other languages written in Latin script, to name what a page looks like.
OTHER_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "fr": "le la les des et est une du dans pour que qui sur pas au aux avec ce cette sont",
        "es": "el la los las y es una del en por que con para se su al lo como más pero",
        "de": "der die das und ist ein eine nicht mit den dem des zu auf für von sich auch",
        "pt": "o os as e é um uma do da dos das em para com não que se por mais",
        "id": "dan yang di ini itu dengan untuk dari tidak akan pada adalah dalam juga ke",
        "vi": "va cua la cac nhung trong cho voi duoc nay mot khong nguoi da",
    }.items()
}

#: Letters that only Vietnamese uses among Latin-script languages (lower case, composed form).
VIETNAMESE_LETTERS: frozenset[str] = frozenset(
    "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)

#: Unicode blocks of scripts other than Latin → language code named in skip reasons.
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0E80, 0x0EFF, "lo"),
    (0x0E00, 0x0E7F, "th"),
    (0x1780, 0x17FF, "km"),
    (0x1000, 0x109F, "my"),
    (0x0400, 0x04FF, "ru"),
    (0x0600, 0x06FF, "ar"),
    (0x0590, 0x05FF, "he"),
    (0x0900, 0x097F, "hi"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0x3400, 0x4DBF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
    (0x1100, 0x11FF, "ko"),
    (0x0370, 0x03FF, "el"),
)

#: File-type signatures of binary formats, to name what a skipped file is.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
)

#: Column / key names a dump may use for each Article field, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "uid", "key"),
    "date": (
        "date",
        "published",
        "publish_date",
        "published_date",
        "pubdate",
        "published_at",
        "publishedat",  # NewsAPI's publishedAt
        "date_publish",  # news-please
        "datepublished",  # schema.org's datePublished
        "date_published",
        "publication_date",
        "pub_date",
        "published_time",
        "seendate",  # GDELT
        "datetime",
        "time",
    ),
    "title": ("title", "headline", "name"),
    "text": (
        "text", "body", "content", "article", "maintext", "full_text", "fulltext",
        "articlebody",  # schema.org's articleBody
        "article_body", "body_text", "main_text", "story",
    ),
    "url": ("url", "link", "source_url", "href", "article_url", "canonical_url", "permalink"),
    "html": ("html", "raw_html"),
}

#: Keys under which a JSON object may hold its list of article records.
JSON_LIST_KEYS: tuple[str, ...] = ("articles", "items", "records", "data", "documents", "docs", "results")
