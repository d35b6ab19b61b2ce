"""Patterns for details that identify a person, found without any model.

Each finder takes a text and yields ``(start, end, kind)`` in code points.
They lean towards finding too much rather than too little (a researcher
reviews every candidate), but not so far that ordinary interview text (years,
times, percentages, "R3:" turn labels) floods the list.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator

Hit = tuple[int, int, str]

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DIGIT = "0-9\uff10-\uff19"

# -- e-mail and web addresses ------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])"
)
_TLDS = "com|org|net|info|io|me|cn|hk|tw|mo|uk|us|de|fr|ru|jp|kr|in|edu|gov|ly|co|tv|cc"
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。；：！？、）》」』]+"
    rf"|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{_TLDS})/[^\s<>\"'，。；：！？、）》」』]+",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]}'\"”’"


def emails(text: str) -> Iterator[Hit]:
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), "e-mail"


def urls(text: str) -> Iterator[Hit]:
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILING:
            end -= 1
        if text[match.start() : end].count("(") > text[match.start() : end].count(")"):
            end = min(match.end(), end + 1) if text[end : end + 1] == ")" else end
        yield match.start(), end, "web address"


# -- phone numbers -------------------------------------------------------------------

_SEP = r"[ \t.\-\u2010-\u2013]?"
_PHONE = re.compile(
    "|".join(
        (
            # +44 20 7946 0958, +86 138 1234 5678, +1 (415) 555-0134, 0086 10 1234 5678
            rf"(?:\+|\b00)\d{{1,3}}{_SEP}(?:\(\d{{1,4}}\){_SEP})?\d{{1,5}}(?:{_SEP}\d{{2,5}}){{1,4}}",
            # Chinese mobile numbers: 13812345678, 138-1234-5678, 138 1234 5678
            r"\b1[3-9]\d(?:[ \-]?\d{4}){2}\b",
            # (010) 1234 5678, (0755) 8765-4321, (415) 555-0134
            rf"\(\d{{2,4}}\){_SEP}\d{{3,4}}{_SEP}\d{{4}}\b",
            # 020-1234-5678, 010 8765 4321, 0755-87654321
            rf"\b0\d{{2,3}}[ \-\u2010-\u2013]\d{{3,4}}{_SEP}\d{{4}}\b",
            # 415-555-0134, 415.555.0134
            r"\b\d{3}([.\-])\d{3}\1\d{4}\b",
        )
    )
)
# After "phone", "tel", "手机"...: any run of 7 to 15 digits, spaced or not.
_PHONE_CUE = re.compile(
    r"(?:\b(?:phone|telephone|tel|mobile|cell|whats ?app|signal|wechat|telegram|call me on)\b"
    r"|电话|手机|微信|联系方式)[^\n\d+]{0,12}",
    re.IGNORECASE,
)
_CUED_NUMBER = re.compile(r"\+?\d(?:[ \-]?\d){6,14}\b")


def _digit_count(text: str) -> int:
    return sum(char.isdigit() for char in text)


def phones(text: str) -> Iterator[Hit]:
    for match in _PHONE.finditer(text):
        if 7 <= _digit_count(match.group()) <= 15:
            yield match.start(), match.end(), "phone"
    for cue in _PHONE_CUE.finditer(text):
        number = _CUED_NUMBER.match(text, cue.end())
        if number is not None:
            yield number.start(), number.end(), "phone"


# -- identity numbers ------------------------------------------------------------------

_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# First two digits: the province-level region (GB/T 2260), 91 for numbers issued abroad.
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83 91".split()
)
_LONG_NUMBER = re.compile(r"(?<![A-Za-z0-9_.,/:+\-])\d{8,}(?![A-Za-z0-9_%]|[.,/:\-]\d)")
_LETTERS_DIGITS = re.compile(r"(?<![A-Za-z0-9_\-])[A-Z]{1,2}-?\d{6,10}(?![A-Za-z0-9_\-])")


def resident_id_valid(number: str) -> bool:
    """Whether an 18-character Chinese resident identity number is well
    formed: a known region, a real birth date, and the ISO 7064 MOD 11-2
    check character."""
    if len(number) != 18 or not number[:17].isdigit() or number[:2] not in _PROVINCES:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != number[17].upper():
        return False
    try:
        born = _dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return _dt.date(1900, 1, 1) <= born <= _dt.date.today()


def resident_ids(text: str) -> Iterator[Hit]:
    """Chinese resident identity numbers that pass the check."""
    for match in _RESIDENT_ID.finditer(text):
        if resident_id_valid(match.group()):
            yield match.start(), match.end(), "resident id"


def id_numbers(text: str) -> Iterator[Hit]:
    """Passport-like letter+digit numbers and other long numbers (8 digits
    or more).  An 18-character number that fails the resident-number check
    is not reported: it is most likely not an identity number."""
    for match in _LONG_NUMBER.finditer(text):
        digits = match.group()
        if len(digits) == 18 or _looks_like_a_date(digits):
            continue
        yield match.start(), match.end(), "id number"
    for match in _LETTERS_DIGITS.finditer(text):
        yield match.start(), match.end(), "id number"


def _looks_like_a_date(digits: str) -> bool:
    """20210304: a date written without separators, not an identifier."""
    if len(digits) != 8:
        return False
    try:
        _dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return 1900 <= int(digits[:4]) <= 2100


# -- dates of birth -------------------------------------------------------------------

_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{4}}"
    rf"|[{_DIGIT}]{{4}}\s*年\s*[{_DIGIT}]{{1,2}}\s*月(?:\s*[{_DIGIT}]{{1,2}}\s*[日号])?)"
)
_BIRTH = re.compile(
    r"(?:\b(?:born|date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b\b\.?)"
    r"|出生|生于|生日)"
    rf"[^\d\n。.!?]{{0,24}}?(?P<date>{_DATE})",
    re.IGNORECASE,
)


def dates_of_birth(text: str) -> Iterator[Hit]:
    for match in _BIRTH.finditer(text):
        yield match.start("date"), match.end("date"), "date of birth"


# -- places ---------------------------------------------------------------------------

_STREET_WORDS = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?"
    r"|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Terrace|Close|Crescent|Highway|Hwy\.?"
    r"|Alley|Hutong|Lu|Jie|Dajie|Xiang)"
)
_NAME_WORD = r"[A-Z][\w'’\-]*"
_STREET = re.compile(
    rf"(?P<no>\b(?:No\.?|Number)[ \t]*)?\b(?P<number>\d{{1,5}})[A-Za-z]?,?[ \t]+"
    rf"(?:{_NAME_WORD}[ \t]+){{1,4}}{_STREET_WORDS}(?![\w])"
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_CN_NUMBER = rf"[{_DIGIT}一二三四五六七八九十百千零〇]+"
_CN_ADDRESS = re.compile(
    rf"[{_CJK}]{{2,12}}(?:路|街|大道|大街|巷|胡同|弄|里){_CN_NUMBER}号"
    rf"(?:{_CN_NUMBER}(?:号楼|栋|幢|座|单元|层|楼|室|号))*"
)
# Words that start a Chinese clause before the address itself ("我住在", "位于").
_CN_LEAD = frozenset("我你他她它们住在于到去从自是的家和与跟就也都还曾已说过了")


def addresses(text: str) -> Iterator[Hit]:
    for match in _STREET.finditer(text):
        # "the 2019 Supreme Court ruling" is a year, not a house number.
        if match["no"] or not _YEAR.fullmatch(match["number"]):
            yield match.start(), match.end(), "address"
    for match in _CN_ADDRESS.finditer(text):
        start = match.start()
        while text[start] in _CN_LEAD and start < match.end() - 4:
            start += 1
        yield start, match.end(), "address"


_DECIMAL_PAIR = re.compile(
    r"(?<![\d.])(?P<lat>[-+]?\d{1,2}\.\d{3,})°?\s*(?P<ns>[NS])?\s*[,;/ ]\s*"
    r"(?P<lon>[-+]?\d{1,3}\.\d{3,})°?(?:\s*(?P<ew>[EW]))?(?![\d.])"
)
_DMS = r"\d{1,3}\s*°\s*(?:\d{1,2}(?:\.\d+)?\s*['′]\s*)?(?:\d{1,2}(?:\.\d+)?\s*(?:\"|″|'')\s*)?"
_DEGREES = re.compile(rf"{_DMS}[NS]\s*,?\s*{_DMS}[EW]\b")


def coordinates(text: str) -> Iterator[Hit]:
    for match in _DECIMAL_PAIR.finditer(text):
        lat, lon = abs(float(match["lat"])), abs(float(match["lon"]))
        if lat <= 90 and lon <= 180:
            yield match.start(), match.end(), "coordinates"
    for match in _DEGREES.finditer(text):
        yield match.start(), match.end(), "coordinates"


# -- people -----------------------------------------------------------------------------

_TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Judge|Justice|Director|Officer|Lawyer|Attorney"
    "|Sergeant|Sgt|Captain|Capt|Inspector|Chief|Secretary|Chairman|Chairwoman|Commissioner"
    "|Governor|Mayor|Minister|Colonel|Col|General|Lieutenant|Lt|Commander|Constable"
    "|Pastor|Reverend|Rev|Father|Imam|Sheikh|Teacher|Comrade|Madam|Madame|Uncle|Auntie|Aunt"
)
_TITLE = re.compile(rf"\b(?:{_TITLES})\.?[ \t]+")
_NAME_WORD_AT = re.compile(r"[^\W\d_][\w'’]*")
_NAME_GAP = re.compile(r"[ \t]+|-")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤欧阳司马诸葛上官"
)
_CN_TITLES = (
    "先生|女士|小姐|老师|律师|法官|检察官|警官|所长|局长|书记|主任|医生|大夫|教授|同志|师傅"
)
_CN_TITLED_NAME = re.compile(rf"(?P<name>[{_SURNAMES}][{_CJK}]{{0,2}}?)(?:{_CN_TITLES})")


def titled_names(text: str) -> Iterator[Hit]:
    """Names after a title: "Dr Wang Li", "Mr. Zhang", "王律师", "李明先生"."""
    for title in _TITLE.finditer(text):
        # Up to three capitalised words: "Mr Zhang said" is "Zhang".
        start = end = position = title.end()
        for count in range(3):
            if count:
                gap = _NAME_GAP.match(text, position)
                if gap is None:
                    break
                position = gap.end()
            word = _NAME_WORD_AT.match(text, position)
            if word is None or not word.group()[0].isupper():
                break
            end = position = word.end()
        if end > start:
            yield start, end, "person"
    for match in _CN_TITLED_NAME.finditer(text):
        start, end = match.span("name")
        # A surname alone ("王") would match everywhere: keep its title with it.
        yield start, (end if end - start >= 2 else match.end()), "person"


# In order of trust: where two candidates overlap, the earlier one stays.
# Details with a fixed form come before other spellings of the pseudonym
# table's entries (an e-mail address holding a name is reported whole), the
# rest after them.
BEFORE_TABLE: tuple[Callable[[str], Iterator[Hit]], ...] = (
    resident_ids,
    emails,
    urls,
    coordinates,
    phones,
)
AFTER_TABLE: tuple[Callable[[str], Iterator[Hit]], ...] = (
    dates_of_birth,
    addresses,
    titled_names,
    id_numbers,
)
