"""Lexicons: administrative divisions, posts, surnames, and names a user supplies with --lexicon.

The product ships only general lexicons; names of particular companies, people or parks come
from the user's file, never from the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from hanlp_trie import TrieDict

from kg.models import ENTITY_TYPES
from kg.resources import lexicon_lines, longest_first, rules


@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str  # province, city or county; "place" for one only the user's lexicon names
    province: str
    city: str


@dataclass
class Lexicon:
    """Everything the mention finder looks names up in."""

    places_by_form: dict[str, Place]
    place_trie: TrieDict
    posts: tuple[str, ...]
    company_posts: frozenset[str]
    government_posts: frozenset[str] = frozenset()  # heads of a district, county, town or city (副区长)
    surnames: tuple[str, ...] = ()  # compound surnames (欧阳) first
    user_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (type, canonical)
    user_trie: TrieDict | None = None

    def place(self, form: str) -> Place | None:
        return self.places_by_form.get(form)

    def leading_place(self, text: str) -> int:
        """How many characters the place that `text` begins with takes (0: none)."""
        return max((end for begin, end, _ in self.place_trie.tokenize(text) if begin == 0), default=0)

    def division(self, form: str) -> Place | None:
        """The division a name's prefix stands for: 彭州 → 彭州市, 温县 → 温县, 清远 → 清远市, 宽甸 → 宽甸满族自治县."""
        for candidate in (form, form + "市", form + "县", form + "区"):
            place = self.place(candidate)
            if place is not None:
                return place
        return _autonomous_counties().get(form)


class LexiconError(ValueError):
    pass


def admin_division(name: str) -> Place | None:
    """The administrative division with this full or short name (平顶山市, 平顶山)."""
    return _admin_places().get(name)


@cache
def _admin_places() -> dict[str, Place]:
    ambiguous = set(rules("entities")["place"]["ambiguous_short_names"])
    forms: dict[str, Place] = {}
    for line in lexicon_lines("admin_divisions.tsv"):
        _code, name, short, level, province, city = line.split("\t")
        place = Place(name=name, short=_without_peoples(name, short), level=level, province=province, city=city)
        # A full name is unambiguous; the first division of a name wins (provinces and cities come first).
        forms.setdefault(name, place)
        if level != "county" and place.short != name and len(place.short) >= 2:
            if place.short not in ambiguous:
                forms.setdefault(place.short, place)
            if name.endswith(PREFECTURE_SUFFIX):
                # 伊犁州, 延边州: an autonomous prefecture written short (海西州 too, though 海西 alone is a common term)
                forms.setdefault(place.short + PREFECTURE_SUFFIX[-1], place)
    return forms


PREFECTURE_SUFFIX = "自治州"


def _without_peoples(name: str, short: str) -> str:
    """宽甸满族自治县 → 宽甸: the short form of an autonomous division leaves out the peoples it is named for."""
    cfg = rules("entities")["place"]
    if not name.endswith(tuple(cfg["autonomous_divisions"])):
        return short
    # (伊犁哈萨克自治州 → 伊犁: Xinjiang's divisions name their peoples without 族.)
    peoples = tuple(cfg["autonomous_peoples"]) + tuple(p[:-1] for p in cfg["autonomous_peoples"] if p.endswith("族") and len(p) >= 3)
    stem = short
    while stem.endswith(peoples):
        stem = stem[: -len(next(p for p in peoples if stem.endswith(p)))]
    return stem if len(stem) >= 2 else short


@cache
def _autonomous_counties() -> dict[str, Place]:
    """Short forms of autonomous counties (宽甸), which no 县 or 市 completes to their full name."""
    counties = {p.name: p for p in _admin_places().values() if p.level == "county"}
    return {p.short: p for p in counties.values() if p.name.endswith(tuple(rules("entities")["place"]["autonomous_divisions"]))}


@cache
def _posts() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """All posts, longest first; the ones held only in companies; the heads of a local government."""
    rows = [line.split("\t") for line in lexicon_lines("posts.txt")]
    posts = tuple(longest_first(row[0] for row in rows))
    return posts, *(frozenset(row[0] for row in rows if len(row) > 1 and row[1] == kind) for kind in ("company", "government"))


def load_lexicon(user_file: Path | None = None) -> Lexicon:
    places = _admin_places()
    posts, company_posts, government_posts = _posts()
    lexicon = Lexicon(
        places_by_form=places,
        place_trie=TrieDict({form: "Place" for form in places}),
        posts=posts,
        company_posts=company_posts,
        government_posts=government_posts,
        surnames=lexicon_lines("surnames.txt"),
    )
    if user_file is not None:
        lexicon.user_names = read_user_lexicon(user_file)
        lexicon.user_trie = TrieDict({surface: kind for surface, (kind, _) in lexicon.user_names.items()})
        # A place the user names that no division list holds (雄安新城) is a place of its own level.
        own = {canonical: Place(name=canonical, short=canonical, level="place", province="", city="")
               for kind, canonical in lexicon.user_names.values() if kind == "Place" and canonical not in places}
        lexicon.places_by_form = {**places, **own, **{
            surface: own.get(canonical) or places[canonical]
            for surface, (kind, canonical) in lexicon.user_names.items() if kind == "Place" and surface not in places
        }}
    return lexicon


def read_user_lexicon(path: Path) -> dict[str, tuple[str, str]]:
    """Read `name<TAB>type[<TAB>alias,alias]` lines; every alias maps to its canonical name."""
    names: dict[str, tuple[str, str]] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"{path}: cannot read lexicon ({error})") from error
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1].strip() not in ENTITY_TYPES:
            raise LexiconError(
                f"{path}:{number}: expected 'name<TAB>type[<TAB>alias,alias]' with type one of {', '.join(ENTITY_TYPES)}"
            )
        name, kind = parts[0].strip(), parts[1].strip()
        aliases = [a.strip() for a in re.split(r"[,，]", parts[2])] if len(parts) > 2 else []
        for surface in [name, *aliases]:
            if surface:
                names[surface] = (kind, name)
    return names
