"""The extraction engine: candidates from one trie scan and a few anchored matches, then a selection.

How it runs, in one pass over the text plus a few anchored matches:

* One trie (a factored regular expression) finds every term of ``model.lexicon``, the 77 provinces, and the
  keywords that start other details (:attr:`Role.TRIGGER`: วันที่, เวลา, สัญญา, ทะเบียน, บัญชี, ไลน์, ถนน,
  ...). At a trigger, the few patterns of its group are tried right there (``Pattern.match``); after an
  agency, a title or a position, small checks add the name that follows (known first names and family
  names come from ``pythainlp.corpus``).
* Numbers are found with one character-class scan; the patterns that start with a digit (dates, times,
  amounts, plates, and personal data when a number has 9 digits or more) are tried at each of them.
* Personal data that is not a number (e-mail addresses, the reporter's own name) is found by
  :mod:`model.details.privacy` and by :meth:`_Extractor._reporters`.

Thai and other digits are read as ASCII digits (one character for one, so offsets do not move). Where
candidates overlap, personal data wins (a longer span of another kind may never hide it from masking),
then the longer span, then the more specific kind (the order of :data:`~model.details.kinds.KINDS`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from model import lexicon
from model.details import privacy
from model.details.kinds import KINDS, PERSONAL_KINDS, Role, Span
from model.details.patterns import (
    _AMBIGUOUS_PROVINCES,
    _BLOCKERS,
    _CONSONANTS,
    _EXTRA_PLACES,
    _NAME_STOPWORDS,
    _NAMED_AGENCIES,
    _NOT_INITIAL,
    _RE_DIGIT_CLUSTER,
    _RE_DIGITS,
    _RE_NOT_A_NAME,
    _RE_NOT_A_PLACE_NAME,
    _RE_OTHER_DIGIT,
    _RE_THAI_RUN,
    _THAI,
    _THAI_DIGIT_PAIRS,
    _UNAMBIGUOUS_TITLE,
    _VILLAGE,
    REPORTER_INTRO,
    _Candidates,
    _combine,
    _dotless,
    _number_start,
    _trie,
    build,
)

Term = tuple[Role, str]
"""What a trie word is: its role and its kind (a :attr:`Role.TERM`) or group (a :attr:`Role.TRIGGER`)."""

# Kinds of terms that cannot be part of the name of a person or an agency (nor can STOP and AI words).
_NAME_BREAKING_KINDS = frozenset({"position", "agency", "title", "insult", "threat", "demand"})


def _breaks_name(term: Term) -> bool:
    role, kind = term
    return role in (Role.STOP, Role.AI) or (role is Role.TERM and kind in _NAME_BREAKING_KINDS)


class _Extractor:
    """Every compiled pattern and word list, built once.

    One trie finds lexicon terms and the keywords that start other details ("triggers", kinds beginning with
    ``@``); at a trigger, the patterns of its group are tried right there. Numbers are found separately and
    the patterns that start with a digit are tried at each of them.
    """

    def __init__(self) -> None:
        from pythainlp.corpus import provinces, thai_family_names, thai_female_names, thai_male_names

        province_names = sorted(p for p in provinces() if isinstance(p, str))
        self.first_names = frozenset(thai_male_names() | thai_female_names())
        self.first_name_prefixes = frozenset(
            name[:i] for name in self.first_names for i in range(2, len(name))
        )
        self.family_names = frozenset(thai_family_names())
        prov = _trie([*province_names, *_EXTRA_PLACES])

        patterns = build(prov)
        triggers = patterns.triggers
        numeric, lettered, personal = patterns.numeric, patterns.lettered, patterns.personal
        self.numeric, self.numeric_groups = _combine(numeric)
        self.lettered, self.lettered_groups = _combine(lettered)
        self.personal, self.personal_groups = _combine(personal)

        # The trie: every word with its role (the first role given to a word wins).
        self.term_kind: dict[str, Term] = {}

        def add(terms: Iterable[str], role: Role, kind: str = "", dotless: bool = False) -> None:
            for term in terms:
                self.term_kind.setdefault(term, (role, kind))
                short = _dotless(term) if dotless else None
                if short:
                    self.term_kind.setdefault(short, (role, kind))

        add(_BLOCKERS, Role.BLOCKER)
        add(lexicon.POSITION_TERMS, Role.TERM, "position", dotless=True)
        add(lexicon.AGENCY_TERMS, Role.TERM, "agency", dotless=True)
        add(lexicon.TITLE_TERMS, Role.TERM, "title")
        add(lexicon.THREAT_TERMS, Role.TERM, "threat")
        add(lexicon.DEMAND_TERMS, Role.TERM, "demand")
        add(lexicon.INSULT_TERMS, Role.TERM, "insult")
        add(["ไอ้"], Role.AI)
        add([p for p in province_names if p not in _AMBIGUOUS_PROVINCES], Role.TERM, "place")
        add(_EXTRA_PLACES, Role.TERM, "place")
        add(lexicon.CORRUPTION_TERMS, Role.STOP)
        self.triggers: dict[str, tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]] = {}
        for group, (keywords, group_patterns) in triggers.items():
            add(keywords, Role.TRIGGER, group)
            self.triggers[group] = _combine(group_patterns)
        self.lexicon = re.compile(_trie(self.term_kind))
        self.reporter_intro = re.compile(REPORTER_INTRO)

        titles = [t for t, (role, k) in self.term_kind.items() if role is Role.TERM and k == "title"]
        self.title_prefixes: dict[str, tuple[str, ...]] = {
            term: tuple(t for t in titles if term.startswith(t) and t != term) for term in self.term_kind
        }
        self.titles_longest_first = tuple(sorted(titles, key=len, reverse=True))
        by_first: dict[str, list[str]] = {}
        for title in self.titles_longest_first:
            by_first.setdefault(title[:1], []).append(title)
        # the titles that start with a character, longest first: what can start at a position
        self.titles_by_first = {ch: tuple(ts) for ch, ts in by_first.items()}
        self.unambiguous_titles = frozenset(t for t in titles if _UNAMBIGUOUS_TITLE.fullmatch(t))
        self.agency_tail = re.compile(f" ?(?:(?:จังหวัด|จ\\.) ?)?(?:{prov})")
        # the name after an agency type: glued to it, or after a space when it starts like a place name
        self.named_agency_tail = re.compile(
            f"(?:(?:จังหวัด|จ\\.|อำเภอ|อ\\.|ตำบล|ต\\.|เขต|แขวง|สาขา) ?|(?= ?(?:บ้าน|เมือง|{_VILLAGE})) ?)?(?=[{_THAI}])"
        )

    # --- candidates -----------------------------------------------------------------------------------------

    def candidates(self, scan: str) -> tuple[_Candidates, _Candidates]:
        """Personal and other candidate spans ``(start, end, kind)``, possibly overlapping."""
        personal: _Candidates = []
        other: _Candidates = []
        term_kind = self.term_kind
        for m in self.lexicon.finditer(scan):
            role, kind = term_kind[m.group()]
            if role is Role.BLOCKER or role is Role.STOP:
                continue
            if role is Role.TRIGGER:
                pattern, groups = self.triggers[kind]
                found = pattern.match(scan, m.start())
                if found:
                    self._add(found, groups, personal, other)
            else:
                self._lexicon_candidates(
                    scan, m.start(), m.end(), m.group(), "ai" if role is Role.AI else kind, other
                )
        self._numbers(scan, personal, other)
        personal.extend(privacy.find_emails(scan))
        self._reporters(scan, personal)
        return personal, other

    def _add(
        self,
        m: re.Match[str],
        groups: dict[str, tuple[str, str | None]],
        personal: _Candidates,
        other: _Candidates,
    ) -> None:
        kind, value = groups[m.lastgroup or ""]
        start, end = m.span()
        scan = m.string
        if value:
            if value.endswith("_vn"):
                if self._first_name_length(m.group(value)):
                    return  # อ.สมชาย is a teacher, not a district
            else:
                start, end = m.span(value)
        if kind == "place":  # บ้านโคกโกงเงิน: the place ends before โกง
            cut = self._before_breaker(scan, start + 1, end)
            if cut < end and cut - start < 5:
                return
            end = cut
        (personal if kind in PERSONAL_KINDS else other).append((start, end, kind))

    def _before_breaker(self, scan: str, start: int, end: int) -> int:
        """Where the first lexicon term that cannot be part of a name starts in ``scan[start:end]``, or ``end``."""
        inner = self.lexicon.search(scan, start, end)
        while inner and not _breaks_name(self.term_kind[inner.group()]):
            inner = self.lexicon.search(scan, inner.end(), end)
        return inner.start() if inner else end

    def _numbers(self, scan: str, personal: _Candidates, other: _Candidates) -> None:
        numeric, lettered, personal_re = self.numeric, self.lettered, self.personal
        other_end = personal_end = 0
        for cluster in _RE_DIGIT_CLUSTER.finditer(scan):
            digits = cluster.group()
            if len(digits) == 1 or digits.isdigit():
                starts: Iterable[int] = (cluster.start(),)
            else:
                starts = [m.start() for m in _RE_DIGITS.finditer(scan, cluster.start(), cluster.end())]
            # an ID, a phone or an account number has 9 digits or more
            try_personal = len(digits) >= 9 and len(digits) - sum(digits.count(sep) for sep in "-. )") >= 9
            for pos in starts:
                start = _number_start(scan, pos) if pos and scan[pos - 1] in "+(฿ " else pos
                if try_personal and pos >= personal_end:
                    found = (
                        personal_re.match(scan, start)
                        or (start < pos and personal_re.match(scan, pos))
                        or None
                    )
                    if found:
                        self._add(found, self.personal_groups, personal, other)
                        personal_end = found.end()
                if pos < other_end:
                    continue
                found = numeric.match(scan, start) or (start < pos and numeric.match(scan, pos)) or None
                if found:
                    self._add(found, self.numeric_groups, personal, other)
                    other_end = found.end()
                    continue
                # two consonants (and a space or dash) just before: ขก 0023.4/1234, กข 1234
                q = pos - 1 if pos and scan[pos - 1] in " -" else pos
                if q >= 2 and scan[q - 1] in _CONSONANTS and scan[q - 2] in _CONSONANTS:
                    found = lettered.match(scan, q - 2)
                    if found:
                        self._add(found, self.lettered_groups, personal, other)
                        other_end = found.end()

    def _reporters(self, scan: str, personal: _Candidates) -> None:
        """The reporter's own name where they introduce themselves (ผมนายสมชาย, ข้าพเจ้า นางสมศรี ใจดี,
        ดิฉันชื่อสมศรี, ผู้ร้อง นายสมชาย): personal data, kind ``reporter``. A name after a bare pronoun
        must follow a title or be a known first name standing alone (ผมสมชาย ใจดี), so that ผมขอ... or
        ผมเห็นนายสมชาย (the accused) are not taken."""
        for m in self.reporter_intro.finditer(scan):
            pos = m.end()
            end = 0
            for title in self.titles_by_first.get(scan[pos : pos + 1], ()):
                if scan.startswith(title, pos):
                    end = self._person_end(scan, pos + len(title), True, 2)
                    if end:
                        break
            if not end and m.group("named"):
                end = self._person_end(scan, pos, True, 2)
            if not end:
                run = _RE_THAI_RUN.match(scan, pos)
                if run and self._first_name_length(run.group()) == len(run.group()) >= 3:
                    end = self._person_end(scan, pos, False, 3)
            if end:
                personal.append((pos, end, "reporter"))

    def _lexicon_candidates(
        self, scan: str, start: int, end: int, term: str, kind: str, out: _Candidates
    ) -> None:
        for title in self.title_prefixes[term] if kind != "title" else ():  # นายกมล: นาย + กมล, not นายก + มล
            person_end = self._person_end(scan, start + len(title), title in self.unambiguous_titles, 3)
            if person_end:
                out.append((start, person_end, "person"))
        if kind == "title":
            person_end = self._person_end(scan, end, term in self.unambiguous_titles, 3)
            if person_end:
                out.append((start, person_end, "person"))
        elif kind == "ai":
            run = _RE_THAI_RUN.match(scan, end + 1 if scan[end : end + 1] == " " else end)
            out.append((start, run.end() if run and len(run.group()) <= 15 else end, "insult"))
        elif kind == "agency":
            out.append((start, self._agency_end(scan, end, term), "agency"))
        elif kind == "position":
            out.append((start, end, "position"))
            person_end = self._person_end(scan, end, False, 4)
            if person_end:
                out.append((start, person_end, "person"))
        elif kind == "insult" and term.startswith(("ไอ้", "อี")):  # ไอ้สัตว์นรก: the whole word
            run = _RE_THAI_RUN.match(scan, start)
            out.append((start, run.end() if run and run.end() - start <= 15 else end, "insult"))
        else:
            out.append((start, end, kind))

    def _agency_end(self, scan: str, end: int, term: str) -> int:
        tail = self.agency_tail.match(scan, end)
        if tail:
            return tail.end()
        if term in _NAMED_AGENCIES:
            tail = self.named_agency_tail.match(scan, end)
            run = _RE_THAI_RUN.match(scan, tail.end()) if tail else None
            if run and not _RE_NOT_A_PLACE_NAME.match(run.group()):
                name_end = self._before_breaker(scan, run.start(), run.end())  # อบต.บ้านโคกโกงเงิน
                if 2 <= name_end - run.start() <= 25:
                    return name_end
        return end

    def _first_name_length(self, run: str) -> int:
        """Length of the longest known first name that starts ``run`` and ends at a syllable boundary."""
        best = 0
        for length in range(2, len(run) + 1):
            prefix = run[:length]
            if (
                prefix in self.first_names
                and run[length : length + 1] not in _NOT_INITIAL
                and (length < len(run) or run not in _NAME_STOPWORDS)
            ):
                best = length
            if prefix not in self.first_name_prefixes:
                break
        return best

    def _person_end(self, scan: str, pos: int, unknown_ok: bool, min_known: int) -> int:
        """End of ``title/position + name [+ surname]`` whose name starts at ``pos`` (0: no name there).

        A known first name of at least ``min_known`` letters may be followed by more text; a shorter known
        name, or (when ``unknown_ok``) any name, must be a whole run of Thai letters.
        """
        if scan[pos : pos + 1] == " ":
            pos += 1
        run_match = _RE_THAI_RUN.match(scan, pos)
        if not run_match:
            return 0
        run = run_match.group()
        length = self._first_name_length(run)
        known = length > 0
        if length and length < min_known and length != len(run):
            length = 0
        if not length and unknown_ok and 2 <= len(run) <= 20 and not _RE_NOT_A_NAME.match(run):
            length = len(run)
        if not length:
            return 0
        end = pos + length
        if length == len(run) and scan[end : end + 1] == " ":
            surname = _RE_THAI_RUN.match(scan, end + 1)
            if surname and self._is_surname(surname.group(), known or unknown_ok):
                return surname.end()
        return end

    def _is_surname(self, run: str, trusted: bool) -> bool:
        if run in self.family_names:
            return True
        if not trusted or not 3 <= len(run) <= 20 or _RE_NOT_A_NAME.match(run):
            return False
        return not any(_breaks_name(self.term_kind[m.group()]) for m in self.lexicon.finditer(run))


@cache
def _extractor() -> _Extractor:
    return _Extractor()


def warm_up() -> None:
    """Build the patterns now (about 0.15 s) rather than on the first call to :func:`extract`."""
    _extractor()


def _scan_text(text: str) -> str:
    """``text`` with every decimal digit written as an ASCII digit (same length, same offsets)."""
    if not _RE_OTHER_DIGIT.search(text):  # no digit but ASCII ones (Thai digits included): nothing to do
        return text
    for thai, ascii_digit in _THAI_DIGIT_PAIRS:  # str.replace is 50x faster than str.translate here
        if thai in text:
            text = text.replace(thai, ascii_digit)
    if _RE_OTHER_DIGIT.search(text):
        text = _RE_OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)
    return text


_RANK = {kind: i for i, kind in enumerate(KINDS)}


def _select(candidates: _Candidates, taken: _Candidates, occupied: bytearray) -> None:
    """Add to ``taken`` the candidates that overlap nothing taken: longer first, then by :data:`KINDS`."""
    for start, end, kind in sorted(candidates, key=lambda c: (c[0] - c[1], _RANK[c[2]], c[0])):
        if end > start and occupied.find(1, start, end) < 0:
            taken.append((start, end, kind))
            occupied[start:end] = b"\x01" * (end - start)


def extract(text: str) -> list[Span]:
    """Find the details of a complaint, as spans of ``text`` sorted by start (``span.text ==
    text[span.start:span.end]``, whatever the normal form of ``text``).

    Examples
    --------
    >>> for s in extract("นายสมชาย ใจดี ปลัด อบต.บ้านโคก เรียกเงิน 50,000 บาท เมื่อ ๑๕ ม.ค. ๖๘ โทร 081-234-5678"):
    ...     print(s.kind, s.text)
    person นายสมชาย ใจดี
    position ปลัด
    agency อบต.บ้านโคก
    amount 50,000 บาท
    date ๑๕ ม.ค. ๖๘
    phone 081-234-5678
    """
    nfc, where = privacy.nfc_with_map(text)
    personal, other = _extractor().candidates(_scan_text(nfc))
    taken: _Candidates = []
    occupied = bytearray(len(nfc))
    _select(personal, taken, occupied)  # personal data first: no longer span may hide it from masking
    _select(other, taken, occupied)
    spans = []
    for start, end, kind in sorted(taken):
        if where is not None:
            start, end = where.raw_span(start, end)
        spans.append(Span(kind, start, end, text[start:end]))
    return spans
