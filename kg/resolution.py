"""Give every mention the identity (key) and display label of the entity it refers to.

Inside a document: 高新区 / 该区 / 我区 / 我市高新区 resolve to the nearest fitting zone (or the
document's main zone, built from its city when no zone is named; a second, unnamed kind such as
综保区 stays the document's own); short and long names merge
(神鹰化工 ↔ 神鹰化工科技有限公司). Keys are stable across documents, so the graph stage merges
articles by key: 清远国家高新区 and 清远高新区 share one key; two zones both called 高新区 never do.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache, cached_property

from kg.lexicon import Lexicon, Place
from kg.mentions import DISTRICT_WORD, DIVISION_WORDS, ZONE_AREA_KINDS, ZONE_KIND_WORDS, NAME_DASHES, borders, declared_short_name, trade_words, without_division_word
from kg.resources import alternation, longest_first, rules
from kg.models import AnalysedDocument, Mention
from kg.normalise import CLAUSE_BREAK, clause_end, clause_start, strip_marks

DEFAULT_ZONE_KIND = "高新区"
QUOTED = re.compile(r"“[^“”]{1,30}”")
BRACKETED_DIVISION = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")  # 深圳宝安（龙川）产业转移园
MIN_ZONE_NAME = 2  # characters of a name before a zone kind (顶效|经济开发区)


LOCAL_OWNER_WORDS = tuple(rules("relations")["city_owned_openers"])


def zone_key(root: str, kind: str) -> str:
    return f"Zone:{root}{kind}"


class ZoneResolver:
    """Resolves zone mentions and answers "which zone is in effect at this position"."""

    def __init__(self, doc: AnalysedDocument, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        # The article speaks of its own city (我市, 本市): its unnamed zone is the city's.
        zone_rules = rules("entities")["zone"]
        self.speaks_of_own_city = any(w in doc.norm.text for w in zone_rules["local_place_words"])
        # ... or of a city at all (全市): a city it names may be the zone's place.
        self.speaks_of_a_city = self.speaks_of_own_city or any(w in doc.norm.text for w in zone_rules["city_scope_words"])
        self.city = self._document_city()
        self.county = self._document_county()
        self.labels: dict[str, Counter] = {}
        counties = (self.lexicon.place(m.place) for m in doc.mentions if m.type == "Place")
        self._named_counties = {p.short: p for p in counties if p is not None and p.level == "county" and len(p.short) >= 2}
        self.resolved: list[Mention] = []
        self._local_homes: dict[str, Place] = {}  # zones the article never names, keyed after its city or county
        self._unnamed_kinds: dict[str, None] = {}  # kinds of the zones the article never names nor places, as first keyed
        self._named: list[Mention] = []
        self._starts: list[int] = []
        self.main_key = ""  # no zone in the article: triples that need one are not made

    def _place_root(self, place_text: str) -> str:
        place = self.lexicon.place(place_text)
        if place is not None and place.level != "county" and place_text in (place.name, place.short):
            return place.short
        for level_word in rules("entities")["zone"]["level_words"]:
            place_text = place_text.removesuffix(level_word)
        # 吉林公主岭经济开发区 and 公主岭经开区: a province written before the zone's own place is no part of its root
        # (青海省柴达木: the whole of 青海省, not 青海 and the rest).
        for lead in (3, 2):
            province = self.lexicon.place(place_text[:lead]) or self.lexicon.place(place_text[:lead] + "省")
            if province is not None and province.level == "province" and len(place_text) - lead >= 2:
                return self._place_root(place_text[lead:])
        return place_text

    def _document_city(self):
        """The city the article is about: the most often named prefecture (counties count for theirs);
        ties go to the city whose province the article names more.

        A city named only inside quotes (“扬州智慧灯谷”) is a brand, not where the article is —
        unless the article also speaks of its own city (我市).
        """
        text = self.doc.norm.text
        quoted = [q.span() for q in QUOTED.finditer(text)]
        counts: Counter = Counter()
        provinces: Counter = Counter()
        unquoted = False
        # 中国联通唐山分公司: a city inside a company's name after its start is where a branch is, not where
        # the article is (平顶山市友腾机械制造有限公司, named first after its city, counts).
        companies = [(m.start, m.end) for m in self.doc.mentions if m.type == "Company"]
        trips = {m.start for m in self.trip_places()}
        for mention in self.doc.mentions:
            if mention.type == "Place" and any(b < mention.start and mention.end <= e for b, e in companies):
                continue
            if mention.type == "Place" and mention.start in trips:
                continue  # 赴深圳南山智园调研, 先后到广东东莞、广州: where the zone's team goes, not where the article is
            if mention.type == "Place":
                place = self.lexicon.place(mention.place)
            elif mention.type == "Zone" and mention.place:
                place = self.lexicon.place(mention.place)
            else:
                continue
            if place is None:
                continue
            provinces[place.province or place.name] += 1
            if place.city:
                counts[place.city] += 1
                unquoted = unquoted or not any(b < mention.start and mention.end < e for b, e in quoted)
        if not counts or not (unquoted or self.speaks_of_a_city):
            return None
        best = max(counts, key=lambda city: (counts[city], provinces[self.lexicon.place(city).province]))
        return self.lexicon.place(best)

    def _city_named_apart(self) -> bool:
        """孝感市举行…集中签约活动 … 高新区3个项目签约: the article's city written in full, as a word of its own, in two
        sentences or more is the city the article is about, whose unnamed zone it is."""
        if self.city is None or (self.county is not None and self.county.city != self.city.name):
            return False  # 梁山县…在深圳市人民大厦召开: a county's news held in another city
        sentences = {self.doc.sentence_at(m.start).index for m in self.doc.mentions
                     if m.type == "Place" and m.place == self.city.name and m.text == self.city.name}
        return len(sentences) >= 2

    def _document_county(self):
        """The county the article names most (该县高新区 → 湘阴高新区)."""
        counts = Counter(p.name for p in (self.lexicon.place(m.place) for m in self.doc.mentions if m.type == "Place")
                         if p is not None and p.level == "county")
        return self.lexicon.place(counts.most_common(1)[0][0]) if counts else None

    def _local_key(self, kind: str, from_city: bool, county: bool = False) -> tuple[str, str]:
        """A zone the article never names: the city's (我市高新区 → 平顶山高新区), the county's
        (该县高新区 → 湘阴高新区) or the document's own (综保区)."""
        kind = kind or DEFAULT_ZONE_KIND
        home = self.county if county else self.city
        if from_city and home is not None and self._named_as_home(home):
            # 市开发区 in an article that names 扬州经济技术开发区: the city's zone it names more exactly.
            named = [m.key for m in self._named if self._place_root(m.place) in (home.short, home.name) and _kind_fits(kind, m.kind)]
            if named:
                return named[0], self.label(named[0])
            key = zone_key(home.short, kind)
            self._local_homes[key] = home
            return key, f"{home.short}{kind}"
        # 县经开区 … 县经济开发区: an unnamed zone written once in short and once in full is one zone.
        any_kind = rules("entities")["zone"]["bare_committee_words"]  # (区 alone stands for any kind: no evidence)
        known = next((k for k in self._unnamed_kinds if kind not in any_kind and k not in any_kind
                      and (_kind_fits(kind, k) or _kind_fits(k, kind))), kind)
        self._unnamed_kinds.setdefault(known, None)
        return f"Zone:{known}@{self.doc.raw.id}", f"{known}（{self.doc.raw.id}）"

    def _named_as_home(self, home: Place) -> bool:
        """市高新区 … 深圳电子信息产业园, 17家深圳企业: a city written only in a park's name or as where enterprises
        come from is a partner's, not the city the article's own zone is named after."""
        text = self.doc.norm.text
        parks = [(m.start, m.end) for m in self.doc.mentions if m.type == "Park"]
        origin_words = tuple(rules("entities")["place"]["origin_words"])
        for mention in (m for m in self.doc.mentions if m.type == "Place"):
            place = self.lexicon.place(mention.place)
            if place is None or home.name not in (place.name, place.city):
                continue
            if not any(b <= mention.start and mention.end < e for b, e in parks) and not text.startswith(origin_words, mention.end):
                return True
        # (a zone the article names after the city names it, too)
        return any(self._place_root(m.place) in (home.short, home.name) for m in self._named)

    def resolve(self) -> str | None:
        """Key every zone mention; return the article's main zone, or None when it mentions none
        (then nothing is placed in a zone the article never spoke of). 我区/该区 with no zone word
        anywhere in the article are dropped: they refer to a district."""
        zones = sorted((m for m in self.doc.mentions if m.type == "Zone"), key=lambda m: m.start)
        company_starts = {m.start for m in self.doc.mentions if m.type == "Company"}
        # 我区的重庆启迪科技园: with no zone word anywhere, 我区 is a district, not a zone; nor does a zone's
        # word that only opens a company's name (区商投局、开发区发展集团主要负责同志) make the article a zone's.
        if all(m.rule == "zone-anaphor" or (m.anaphoric and m.end in company_starts) for m in zones):
            for mention in zones:
                self.doc.mentions.remove(mention)
            return None
        named = [m for m in zones if not m.anaphoric]
        for mention in named:
            mention.key = zone_key(self._place_root(mention.place), mention.kind)
        # 滕州市经济开发区 … 滕州经济开发区: a county's zone written with and without the county's division word
        # in one article is one zone (keyed by the fuller form; across articles 通化县 and 通化 stay apart).
        keys = {m.key for m in named}
        for mention in named:
            county = self.lexicon.division(mention.place)
            fuller = zone_key(county.name, mention.kind) if county is not None and county.level == "county" else ""
            if fuller in keys and mention.place == county.short:
                mention.key = fuller
        # 天津滨海高新区 … 滨海高新区: a zone written with and without the city before its name is one zone, labelled
        # with the city.
        with_city = set()
        for mention in named:
            fuller = next((n for n in named if n.kind == mention.kind and len(n.place) > len(mention.place) >= 2
                           and n.place.endswith(mention.place) and self.lexicon.division(n.place[: -len(mention.place)])), None)
            if fuller is not None:
                mention.key = fuller.key
                with_city.add(fuller.start)
        # 同意将“禹城高新技术产业开发区”更名为“德州高新技术产业开发区”: a zone renamed is the zone it is renamed as.
        renamed, renamed_to = self._renamed(named)
        for mention in named:
            mention.key = renamed.get(mention.key, mention.key)
        generic = self._specific_kinds(named)
        for mention in named:
            # The exact name labels the zone; the generic one stays an alias.
            # A stem before a committee (前海管委会) is a short form, like the generic kind.
            short = id(mention) in generic or mention.rule in ("zone-stem", "zone-declared-short")
            self.labels.setdefault(mention.key, Counter())[mention.text] += 0 if short else 1
        for mention in (m for m in named if m.start in renamed_to | with_city):
            self.labels[mention.key][mention.text] += len(named)  # the name it is renamed as (or with its city) labels the zone
        self._named = named
        # A zone named only among other places' bodies (考察了广州市…中心、杭州高新区…中心、宁波市…中心) is
        # visited or compared with: it is not the article's, and its kind written bare is not it.
        peers = {m.key for m in named} - {m.key for m in named if not self._peer_listed(m)}
        named = [m for m in named if m.key not in peers]
        main = self._main_zone(named, zones)
        main_kind = main[0].split(":", 1)[1]
        plates = self._second_plates(zones, named)
        for mention in zones:
            if mention.rule == "zone-plate":
                continue
            if mention.anaphoric:
                mention.key = plates.get(mention.kind) or self._antecedent(mention, named, main, main_kind)
        # A second plate is the zone written right before its bracket (that mention's span runs over it).
        for plate in (p for p in zones if p.rule == "zone-plate"):
            plate.key = next(m.key for m in reversed(zones) if m.rule != "zone-plate" and m.start < plate.start)
        for mention in zones:
            mention.label = self.label(mention.key) or mention.label
        self.resolved = zones
        self._starts = [m.start for m in zones]
        self.main_key = main[0]
        return main[0]

    def _renamed(self, named: list[Mention]) -> tuple[dict[str, str], set[int]]:
        """Old zone keys mapped to the keys of the zones they are renamed as (X更名为Y), and where those new
        names are written."""
        text = self.doc.norm.text
        park = rules("entities")["park"]
        words, adverbs = alternation(longest_first(park["renaming_words"])), alternation(park["renaming_adverbs"])
        renaming = re.compile(f"[“”\"]?(?:{adverbs})?(?:{words})[“”\"]?")
        # … and, the other way round, X的前身是Y: Y is X's former name.
        former = re.compile(f"(?:{alternation(longest_first(park['former_name_words']))})"
                            f"(?:[^{CLAUSE_BREAK}]{{0,{park['former_name_description_max']}}}的)?")
        starts = {m.start: m for m in named}
        renamed, written = {}, set()
        for first in named:
            match = renaming.match(text, first.end)
            old, new = first, starts.get(match.end()) if match else None
            if new is None and (match := former.match(text, first.end)):
                old, new = starts.get(match.end()), first
            if old is not None and new is not None:
                if new.key != old.key:
                    renamed[old.key] = new.key
                written.add(new.start)
        return renamed, written

    def _peer_listed(self, mention: Mention) -> bool:
        """Whether the zone is written in a list (、) of at least three items, two others of which open
        with a place other than the zone's own."""
        text = self.doc.norm.text
        start, end = clause_start(text, mention.start), clause_end(text, mention.end)
        items = text[start:end].split("、")
        if len(items) < 3:
            return False
        own = self._place_root(mention.place)
        places = {m.start: m.place for m in self.doc.mentions if m.type == "Place" and start <= m.start < end}
        others, offset = 0, start
        for item in items:
            if not offset <= mention.start < offset + len(item):
                place = places.get(offset)
                others += place is not None and self._place_root(place) != own and not mention.text.startswith(place)
            offset += len(item) + 1
        return others >= 2

    def _second_plates(self, zones: list[Mention], named: list[Mention]) -> dict[str, str]:
        """The zones written in brackets as another's second plate (龙岩经开区（高新区）), by the bare kind
        they are written with when no named zone has it: elsewhere in the article that bare kind is the same zone."""
        named_kinds = {m.kind for m in named}
        plates: dict[str, str] = {}
        for plate in (m for m in zones if m.rule == "zone-plate" and m.kind not in named_kinds):
            before = max((m for m in zones if m.start < plate.start and m.rule != "zone-plate"), key=lambda m: m.start, default=None)
            if before is not None and not before.anaphoric:
                plates.setdefault(plate.kind, before.key)
        return plates

    def _same_place(self, root: str, other: str) -> bool:
        """交城 and 交城县: one place written with and without its division word."""
        if root == other:
            return True
        place = self.lexicon.division(root)
        return place is not None and place is self.lexicon.division(other)

    def _specific_kinds(self, named: list[Mention]) -> set[int]:
        """三门开发区 in an article that also writes 三门经济开发区: a zone written with the generic kind is
        the one zone of that place the article names more exactly. Returns the ids of those rekeyed."""
        zone_rules = rules("entities")["zone"]
        generic = zone_rules["generic_kinds"]
        short_kinds = zone_rules["short_kinds_stand_for"]
        rekeyed = set()
        # (the generic kinds last: 交城经开区 is first keyed as 交城经济开发区, so 交城县开发区 finds one exact zone)
        for mention in sorted(named, key=lambda m: m.kind in generic):
            root = self._place_root(mention.place)
            if mention.kind in generic:
                exact = {m.key for m in named if m.kind not in generic and self._same_place(self._place_root(m.place), root)}
            elif mention.text.endswith(tuple(short_kinds)) and not any(
                    m.key == mention.key and not m.text.endswith(mention.kind) for m in named):
                # 张家界经开区 in an article that writes 张家界经济开发区 (and never 张家界经济技术开发区).
                exact = {m.key for m in named if m.kind in short_kinds.get(mention.kind, []) and self._place_root(m.place) == root}
            elif mention.kind in zone_rules["rank_short_kinds"]:
                full = zone_rules["rank_short_kinds"][mention.kind]
                exact = {m.key for m in named if m.text.endswith(full) and self._place_root(m.place) == root}
            else:
                continue
            if len(exact) == 1:
                mention.key = exact.pop()
                rekeyed.add(id(mention))
        return rekeyed

    def _main_zone(self, named: list[Mention], zones: list[Mention]) -> tuple[str, str]:
        counts = Counter(m.key for m in named)
        # 市开发区 votes for the city's zone; other bare kinds for the most named zone of their kind.
        for mention in (m for m in zones if m.rule == "zone-local"):
            counts[self._local_key(mention.kind, from_city=True, county=_says_county(mention))[0]] += 1
        bare_kinds = Counter(m.kind for m in zones if m.anaphoric and m.kind and m.rule not in ("zone-local", "zone-plate"))
        bare_kind = bare_kinds.most_common(1)[0][0] if bare_kinds else ""
        county = any(_says_county(m) for m in zones)
        # Only an article that speaks of its own city (我市, 本市, 市高新区) or names it in full in sentences of
        # its own names an unnamed zone after the city; a bare 开发区 in a story that merely names some cities
        # stays unnamed.
        says_local = self.speaks_of_own_city or any(m.rule == "zone-local" for m in zones) or self._city_named_apart()
        local_key, local_label = self._local_key(bare_kind, from_city=says_local, county=county)
        # Bare mentions (高新区, 产业集聚区) vote for the most named zone of that kind; only when the
        # article names none do they build one from its city (我市高新区 → 平顶山高新区).
        same_kind = [m.key for m in named if m.kind == bare_kind] or [m.key for m in named if _kind_fits(bare_kind, m.kind)]
        if same_kind:
            counts[Counter(same_kind).most_common(1)[0][0]] += sum(bare_kinds.values())
        else:
            counts[local_key] += sum(bare_kinds.values())
        if counts:
            best = max(counts, key=lambda key: (counts[key], key != local_key))
            if best == local_key:
                self.labels.setdefault(local_key, Counter())[local_label] += 0
            return best, self.label(best)
        self.labels.setdefault(local_key, Counter())[local_label] += 0
        return local_key, local_label

    def _antecedent(self, mention: Mention, named: list[Mention], main: tuple[str, str], main_kind: str) -> str:
        if mention.rule == "zone-local":
            key, label = self._local_key(mention.kind, from_city=True, county=_says_county(mention))
            self.labels.setdefault(key, Counter())[label] += 0
            return key
        if not mention.kind or main[0].endswith(mention.kind):
            fitting = [m for m in named if m.start < mention.start and (not mention.kind or m.kind == mention.kind)]
            if fitting and fitting[-1].key.endswith(mention.kind or ""):
                return fitting[-1].key
            return main[0]
        fitting = [m for m in named if _kind_fits(mention.kind, m.kind) and m.start < mention.start]
        if fitting:
            return fitting[-1].key
        key, label = self._local_key(mention.kind, from_city=False)
        self.labels.setdefault(key, Counter())[label] += 0
        return key

    def own(self, mention: Mention, owner_key: str, name: str, as_written: str = "") -> None:
        """Key and label a park or body as belonging to a zone: the same name in two zones is two nodes.
        `as_written`: the body's name with the address its zone is written after (郑州航空港…管理委员会)."""
        mention.owner = owner_key
        scope = f"{owner_key.removeprefix('Zone:')}/" if owner_key else ""
        mention.key = f"{mention.type}:{scope}{name}"
        # An unnamed zone's body reads as written (开发区管委会), without the article that tells it apart.
        zone_name = owner_key.removeprefix("Zone:").split("@")[0] if "@" in owner_key else self.label(owner_key)
        # 梅州东升园区管委会 already names its zone (东升工业园区) and reads as written.
        names_zone = len(zone_name) > 3 and zone_name[:2] in name
        mention.label = as_written or (name if mention.type == "Park" or names_zone else f"{zone_name}{name}")

    def label(self, key: str) -> str:
        counts = self.labels.get(key)
        if not counts:
            return ""
        return max(counts, key=lambda text: (counts[text], -len(text)))

    def zone_at(self, position: int, sentence_start: int, beside_only: bool = False) -> Mention | None:
        """The zone mention nearest before `position` in the same sentence, if any; with `beside_only`,
        passing over bare kinds that stand for an area beside the article's named zone."""
        index = bisect_right(self._starts, position) - 1
        while index >= 0:
            mention = self.resolved[index]
            if mention.start < sentence_start:
                return None
            if (mention.end <= position and not (beside_only and self._unnamed_neighbour(mention))
                    and not borders(self.doc.norm.text, mention.start)):
                return mention
            index -= 1
        return None

    def _unnamed_neighbour(self, mention: Mention) -> bool:
        """自贸区、综保区 in an article about 襄阳高新区: a bare kind the article never names, other than its
        named zone's, is an area beside that zone; parks listed after it are still the named zone's."""
        return (mention.anaphoric and mention.key.endswith(f"@{self.doc.raw.id}") and "@" not in self.main_key
                and bool(self.main_key) and not self.main_key.endswith(mention.kind))

    def trip_places(self) -> list[Mention]:
        """The places the zone's team travels to: the place right after a verb of travel and those listed with
        it — also written under their province (赴广东省广州市、深圳市，福建省福州市; 先后到广东东莞、广州)."""
        text = self.doc.norm.text
        joints = (*rules("measures")["coordinators"], "", "，")
        trips, listed_end = [], -1
        # 赴扬州化工园区调研: going to a zone the article names is coming to it, not travelling away.
        zone_spans = [(m.start, m.end) for m in self.doc.mentions if m.type == "Zone" and not m.anaphoric]
        for place in sorted((m for m in self.doc.mentions if m.type == "Place"), key=lambda m: m.start):
            if any(a <= place.start and place.end < b for a, b in zone_spans):
                listed_end = -1
                continue
            if self.travelled_to(place.start) or (listed_end >= 0 and text[listed_end : place.start] in joints):
                trips.append(place)
                listed_end = place.end
            else:
                listed_end = -1
        return trips

    def travelled_to(self, position: int) -> bool:
        """Whether a verb of travel (奔赴, 前往, 赴) ends right before `position`."""
        return self.doc.norm.text.endswith(tuple(rules("relations")["travel_verbs"]), 0, position)

    def elsewhere(self, name: str, zone_key: str, travelled: bool = False) -> bool:
        """深圳南山科技园 in an article about 清远高新区: the name begins with a place outside the zone's
        city (or province), so the park is not the zone's by context. When where the zone is is not known,
        a named place the zone's team travels to (赴深圳南山智园) is taken to be outside it."""
        named = self.lead_place(name)
        home = self.home(zone_key) or self.city
        if named is None:
            return False
        if home is None:
            return travelled
        if "province" in (named.level, home.level):
            return (named.province or named.name) != (home.province or home.name)
        return (named.city or named.name) != (home.city or home.name)

    def lead_place(self, name: str) -> Place | None:
        """The place a name begins with (厦门银祥集团 → 厦门市), if any; a county counts by its short form
        (同安轻工食品工业园 → 同安区) only when the article writes its full name somewhere."""
        lead = self.lexicon.leading_place(name)
        if lead:
            return self.lexicon.place(name[:lead])
        return self._named_county_lead(name)

    def _named_county_lead(self, name: str) -> Place | None:
        """The county a name opens with in its short form (政和同心 → 政和县) when the article names it in full."""
        return next((place for short, place in self._named_counties.items() if name.startswith(short)), None)

    def _bracketed_home(self, key: str) -> Place | None:
        """深圳宝安（龙川）产业转移园: the division in brackets before the kind is where a park built by one city in
        another lies."""
        aside = BRACKETED_DIVISION.search(self.label(key) or key.partition(":")[2])
        return self.lexicon.division(aside.group(1)) if aside else None

    def _city_by_initial(self, name: str) -> Place | None:
        """哈 (经开区): the one city the article names that a single character abbreviates (哈尔滨市)."""
        if len(name) != 1:
            return None
        cities = [p for p in map(self.lexicon.place, self._named_regions) if p is not None and p.level == "city" and p.name.startswith(name)]
        return cities[0] if len(cities) == 1 else None

    def _home_side_of_border(self, name: str) -> Place | None:
        """中国东兴—越南芒街 (跨境经济合作区): the division on this side of the border, before the dash."""
        if not any(dash in name for dash in NAME_DASHES):
            return None
        home_side = re.split(f"[{NAME_DASHES}]", name)[0]
        for country in rules("entities")["zone"]["home_country_words"]:
            home_side = home_side.removeprefix(country)
        return self.lexicon.division(home_side)

    def _after_province(self, name: str) -> Place | None:
        """浙江定海 (工业园区): a province, then the division the zone is named after (定海区)."""
        lead = self.lexicon.leading_place(name)
        province = self.lexicon.place(name[:lead]) if lead else None
        if province is None or province.level != "province":
            return None
        return self.lexicon.division(name[lead:]) or self._county_in_named_city(name[lead:])  # 浙江乐清湾临港 → 乐清市

    @cached_property
    def _named_regions(self) -> set[str]:
        """The cities and provinces the article names (福州, 福建省); places are all found before resolution."""
        places = (self.lexicon.place(m.place) for m in self.doc.mentions if m.type == "Place")
        return {p.name for p in places if p is not None and p.level in ("city", "province")}

    def _in_named_province(self, place: Place | None) -> Place | None:
        """江阴开发区 in an article about 福建's zones is no zone of 江阴市 (江苏), nor 松山新区 in one about 锦州 a
        zone of 松山区 (赤峰): a county never written in full, when the article names cities or provinces and
        none of them is the county's, is another place of that name."""
        if place is None or place.level != "county" or place.name in self.doc.norm.text:
            return place
        regions = self._named_regions
        return place if not regions or regions & {place.city, place.province} else None

    def _county_in_named_city(self, name: str) -> Place | None:
        """福清融侨 (经济技术开发区) in an article that names 福州: a name opening with a county's short form is
        that county's when the article names the county's city or province."""
        regions = self._named_regions
        for length in (3, 2):
            county = self.lexicon.division(name[:length])
            if county is not None and county.level == "county" and len(name) > length and regions & {county.city, county.province}:
                return county
        return None

    def _trade_home(self, name: str) -> Place | None:
        """泰州医药 (高新区): a place and the trade the zone is for, or its port or bay (东营港 经济开发区); the zone
        is at home in that place."""
        lead = self.lexicon.leading_place(name)
        rest = name[lead:]
        landform = len(rest) == 1 and rest in rules("entities")["zone"]["landform_endings"]
        return self.lexicon.place(name[:lead]) if lead and (rest in trade_words() or landform) else None

    def _city_opening(self, zone_key: str) -> Place | None:
        """德州运河经济开发区, 北京亦庄综合保税区: a name opening with a city (or a municipality), whatever the rest
        sounds like (运河区 is 沧州's), is in that city. Not a province: 河南省二星级 is a grade."""
        for mention in (m for m in self.resolved if m.key == zone_key and m.place):
            lead = self.lexicon.leading_place(mention.place)
            place = self.lexicon.place(mention.place[:lead]) if lead and lead < len(mention.place) else None
            if place is not None and (place.level == "city" or place.name.endswith("市")):
                return place
        return None

    def home(self, zone_key: str) -> Place | None:
        """Where the zone is by its name (清远高新区, 政和同心经济开发区) or by the address written before it
        (苏州市吴江区汾湖高新区, 聊城鲁西经济开发区); None when neither says."""
        # 政和同心经济开发区: a name opening with a place the article names in full (政和县) is that place's.
        named = (self._in_named_province(self.lexicon.division(m.place) or self._trade_home(m.place)
                                         or self._named_county_lead(m.place) or self._after_province(m.place)
                                         or self._home_side_of_border(m.place) or self._city_by_initial(m.place))
                 or self._county_in_named_city(m.place) for m in self.resolved if m.key == zone_key and m.place)
        # 该县产业集聚区 → 西华产业集聚区: a zone named after the article's county is in that county.
        place = (next((p for p in named if p is not None), self._local_homes.get(zone_key)) or self._city_opening(zone_key)
                 or self._bracketed_home(zone_key))
        starts = {m.start for m in self.resolved if m.key == zone_key}
        address = next((m for m in self.doc.mentions if m.type == "Place" and m.end in starts), None)
        written = self.lexicon.division(address.text) if address else None
        # 绍兴滨海新区: a name that only sounds like a place elsewhere (滨海县) yields to the address.
        if place is None or (written is not None and written.name not in (place.name, place.city, place.province)):
            return written or place
        return place

    def sentences_about(self, key: str) -> int:
        """In how many sentences the article names or refers to this zone."""
        return len({self.doc.sentence_at(m.start).index for m in self.resolved if m.key == key})

    def holds_by_context(self, key: str) -> bool:
        """Whether the article is about this zone enough that companies and parks it names with no
        place of their own are the zone's: one passing mention (finance news, a profile) is not."""
        return bool(key) and self.sentences_about(key) >= rules("relations")["default_zone_min_sentences"]

    def zone_key_at(self, position: int, sentence_start: int) -> str:
        """The zone in effect at `position`; "" when the article mentions no zone."""
        mention = self.zone_at(position, sentence_start)
        return mention.key if mention else self.main_key


def _kind_fits(bare_kind: str, named_kind: str) -> bool:
    """经开区 after 张家口市经济开发区: a bare kind may stand for a named zone of a kind it abbreviates; 区
    alone (区党工委) for a zone of any kind."""
    zone = rules("entities")["zone"]
    return (bare_kind == named_kind or named_kind in zone["bare_kind_stands_for"].get(bare_kind, [])
            or bare_kind in zone["bare_committee_words"])


def _says_county(mention: Mention) -> bool:
    """该县高新区, 我县高新区: the local word names the county, not the city."""
    return mention.rule == "zone-local" and "县" in mention.text[:2]


def measure_key(name: str) -> str:
    return "Measure:" + strip_marks(name)


def resolve(doc: AnalysedDocument, lexicon: Lexicon) -> ZoneResolver:
    """Assign keys and labels to every mention of the document; returns the zone resolver."""
    zones = ZoneResolver(doc, lexicon)
    doc.main_zone = zones.resolve()
    _resolve_places(doc, lexicon)
    _resolve_organisations(doc, zones)
    for mention in doc.mentions:
        if mention.rule == "user-lexicon":
            continue
        if mention.type == "Person":
            name = "".join(mention.text.split())  # 吕 威: a roster pads a short name with a space
            mention.key, mention.label = f"Person:{name}", name
        elif mention.type == "Measure":
            mention.key = measure_key(mention.label)
    return zones


def _resolve_places(doc: AnalysedDocument, lexicon: Lexicon) -> None:
    forms: dict[str, set[str]] = {}
    for mention in doc.mentions:
        if mention.type != "Place":
            continue
        place = lexicon.place(mention.place)
        mention.key = f"Place:{place.name}"
        forms.setdefault(mention.key, set()).add(mention.text)
    for mention in doc.mentions:
        if mention.type == "Place":
            # The fullest form the article writes (清远市 over 清远) is the label.
            mention.label = max(sorted(forms[mention.key]), key=len)


def short_forms(company: str, lexicon: Lexicon) -> set[str]:
    """Short names a long company name is also written as: without place, legal form or trade word."""
    cfg = rules("entities")
    core = company
    legal_form = ""
    for suffix in longest_first(cfg["company"]["suffixes"]):
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core, legal_form = core[: -len(suffix)], suffix
            break
    with_place = core if legal_form and core != company else ""  # 天津红日药业集团 → 天津红日药业: without its legal form
    countries = cfg["company"]["country_prefixes"] + cfg["company"]["home_country_prefixes"]
    country = next((c for c in countries if core.startswith(c) and len(core) - len(c) >= 2), "")
    core = core[len(country) :]
    changed = True
    while changed:
        changed = False
        for begin, end, _ in lexicon.place_trie.tokenize(core[:4]):
            if begin == 0 and len(core) - end >= 2:
                core = core[end:].lstrip(DIVISION_WORDS)
                changed = True
                break
    # 绵阳项目公司 is not written 项目: a rest that is a kind of work names nothing; nor is one that is a trade
    # alone (广西汽车集团 is not written 汽车).
    generic = (set(cfg["company"]["generic_work"]) | set(cfg["company"]["leader_item_stopwords"])
               | set(cfg["company_words"]["industry_endings"]))
    forms = {core} if len(core) >= 2 and core != company and core not in generic else set()
    if forms and legal_form and not company.startswith(core):
        forms.add(core + legal_form)  # 威海产投集团 → 产投集团: without its place, with its legal form
        forms.add(with_place)
    endings = longest_first(cfg["company_words"]["industry_endings"])
    for ending in endings:
        if core.endswith(ending) and len(core) - len(ending) >= 2:
            forms.add(core[: -len(ending)])
            break
    # 苏宁物流豫南仓储中心, 顺丰速运平顶山分拣中心: a branch is written after the company's own short name
    # (not another trade: 中国电子科技 is not 中国电子).
    for ending in endings:
        position = core.find(ending, 2)
        if position < 2:
            continue
        branch = core[position + len(ending) :]
        if position + len(ending) >= 4 and len(branch) >= 2 and not branch.startswith(tuple(endings)):
            forms.add(core[: position + len(ending)])
            break
    return forms


def _bodies_named_with_another_place(doc: AnalysedDocument, zones: ZoneResolver) -> set[str]:
    """北京中关村管委会: a body written somewhere with a place outside the zone's before it is that place's,
    wherever its name is written without the place."""
    names = set()
    for body in (m for m in doc.mentions if m.type == "GovernmentBody"):
        lead = zones.lexicon.leading_place(body.text)
        if lead and len(body.text) - lead >= 4 and zones.elsewhere(body.text, zones.main_key):
            names.add(body.text[lead:])
    return names


def _another_zones_committee(doc: AnalysedDocument, zones: ZoneResolver, body: Mention) -> bool:
    """中关村管委会 in an article about 宝坻经济开发区: a committee the tagger reads as one organisation with a name
    of its own before it (not the zone's name) runs another zone."""
    committee = next((c for c in longest_first(rules("entities")["body"]["zone_committees"]) if body.text.endswith(c)), "")
    stem = body.text[: len(body.text) - len(committee)]
    # (not 区纪工委, 广州南沙经济技术开发区管理委员会, 梅州东升园区管委会: the zone's own or a park's, by their words)
    if (not committee or len(stem) < 2 or stem[:2] in zones.label(zones.main_key) or stem[0] in DIVISION_WORDS
            or zones.lexicon.leading_place(stem) or any(word in stem for word in _organisation_words())):
        return False
    return any(t.start == body.start and t.end == body.end and t.tag == "ORG" for sentence in doc.tokens for t in sentence)


@cache
def _organisation_words() -> tuple[str, ...]:
    """Words of zone kinds, park suffixes and bare zone words (开发区, 园区, 区): a stem holding one names a
    zone or park of its own."""
    entities = rules("entities")
    return tuple({kind for kind, _ in entities["zone"]["kinds"]} | set(entities["park"]["suffixes"]) | {"园区", "园"})


def _listed_among_zones(doc: AnalysedDocument, park: Mention) -> bool:
    """A park in a list that holds a zone (…开发区、兖州工业园区、…开发区; 应城经济开发区、城中民营工业园、赛孚工业园):
    the organisations listed one after another with 、 from the park either way, one of them a zone."""
    text = doc.norm.text
    organisations = {(m.start, m.end): m for m in doc.mentions if m.type in ("Zone", "Park") and not m.anaphoric}
    by_start = {start: m for (start, _), m in organisations.items()}
    by_end = {end: m for (_, end), m in organisations.items()}
    item = park
    while text[item.end : item.end + 1] == "、" and (item := by_start.get(item.end + 1)) is not None:
        if item.type == "Zone":
            return True
    item = park
    while text[item.start - 1 : item.start] == "、" and (item := by_end.get(item.start - 1)) is not None:
        if item.type == "Zone":
            return True
    return False


def _listed_under_another_place(doc: AnalysedDocument, park: Mention, zones: ZoneResolver, zone_key: str) -> bool:
    """A park in a list (after 、) whose item opens with a place the zone's name does not hold: a division
    written in full (溧阳市南渡…), or the short form of another district of the zone's own city (金坛 in 常州)."""
    text = doc.norm.text
    item_start = text.rfind("、", doc.sentence_at(park.start).start, park.start) + 1
    if not item_start or item_start == park.start and park.place:
        return False
    item = text[item_start : park.end]
    lead = zones.lexicon.leading_place(item)
    home = zones.home(zone_key) or zones.lead_place(zones.label(zone_key)) or zones.city
    place = zones.lexicon.place(item[:lead]) if lead else next(
        (p for length in (3, 2) if (p := zones.lexicon.division(item[:length])) is not None and p.level == "county"
         and home is not None and p.city == (home.city or home.name)), None)
    return place is not None and place.short not in zones.label(zone_key)


@cache
def _phase_after_name() -> re.Pattern:
    """一期 right after a name (the phase marker read from where it starts, not at a name's end)."""
    return re.compile(f"[（(]?(?:{rules('entities')['company']['phase_marker'].removesuffix('$')})[）)]?")


def _zone_park_lies_in(doc: AnalysedDocument, zones: ZoneResolver, park: Mention) -> Mention | None:
    """大学生创新创业产业园(项目)位于南湖经济技术开发区: the zone a park is said to lie in, written right
    after it, a verb of lying and the places of its address; or opened in (台湾工业园在开封新区揭牌成立)."""
    text = doc.norm.text
    cfg = rules("relations")
    position = park.end + len(phase.group()) if (phase := _phase_after_name().match(text, park.end)) else park.end
    project = next((w for w in rules("entities")["company"]["project_list_heads"] if text.startswith(w, position)), "")
    position += len(project)
    # 中国化学津市绿色新材料产业园一期项目开工仪式在津市高新区举行: the park's ceremony held in the zone.
    ceremony = next((w for w in cfg["park_ceremonies"] if text.startswith(w, position)), "")
    position += len(ceremony)
    opened = text.startswith(cfg["park_opening_preposition"], position)
    verb = cfg["park_opening_preposition"] if opened else next((v for v in cfg["zone_place_verbs"] if text.startswith(v, position)), "")
    # 安庆化工新材料产业集中区，挂靠安庆经济技术开发区，为其区中园: a verb of belonging, perhaps after a comma.
    belonging = re.match(f"[，,]?(?:{alternation(longest_first(cfg['park_belonging_verbs']))})", text[position:]) if not verb else None
    if belonging:
        verb = belonging.group()
    if not verb:
        return None
    position += len(verb)
    while (zone := next((z for z in zones.resolved if z.start == position), None)) is None:
        address = next((m for m in doc.mentions if m.type == "Place" and m.start == position), None)
        if address is None:
            return None
        position = address.end
    if opened and not text.startswith(tuple(cfg["park_ceremony_verbs"] if ceremony else cfg["park_opening_verbs"]), zone.end) and not (
            project and _started_in_clause(text, zone.end, cfg)):
        return None
    return zone


def _started_in_clause(text: str, position: int, cfg: dict) -> bool:
    """…项目在南宁经开区宣布正式投产: the park's project is put into production or started there."""
    clause = text[position : clause_end(text, position)]
    return any(verb in clause for verb in cfg["park_project_verbs"])


def _resolve_organisations(doc: AnalysedDocument, zones: ZoneResolver) -> None:
    # 清远高新区投资发展集团有限公司: a company named after its zone keeps the zone in its name, so two
    # zones' 投资发展集团有限公司 stay two companies; the bare rest of the name refers to it.
    companies: dict[str, str] = {
        m.text: doc.norm.text[m.written_from : m.end]
        for m in doc.mentions if m.type == "Company" and m.written_from >= 0
    }
    # Longest first; of two as long, a short name with a bare 公司 (远征公司) after one with more (远征科技),
    # then the one written first, so the same article always gives the same nodes.
    names = {m.text for m in doc.mentions if m.type == "Company"} - set(companies)
    shorts = {name: short_forms(name, zones.lexicon) for name in names}
    tails = tuple(rules("entities")["company"]["bare_tails"])
    bare = {name for name in names if any(name == short + tail for short in shorts[name] for tail in tails)}
    first_written = {}
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        first_written.setdefault(mention.text, mention.start)
    for name in sorted(names, key=lambda n: (-len(n), n in bare, first_written[n])):
        if name in companies:
            continue
        named = next((companies[short] for short in shorts[name] if short in companies), None)
        if name in bare and named is not None:
            companies[name] = named  # 远征公司 is the 远征科技 the article names
            continue
        companies[name] = name
        for short in shorts[name]:
            companies.setdefault(short, name)
    _merge_project_makers(doc, companies)
    _merge_declared_short_names(doc, companies)
    parks = _park_names(doc)
    bodies_of_elsewhere = _bodies_named_with_another_place(doc, zones)
    # 应城经济开发区、城中民营工业园、赛孚工业园: a park listed anywhere as a zone's peer is no part of it elsewhere.
    peers_of_zones = {parks.get(m.text, m.text) for m in doc.mentions if m.type == "Park" and _listed_among_zones(doc, m)}
    _add_short_mentions(doc, companies, "Company")
    _add_short_mentions(doc, parks, "Park")
    owned_parks: dict[str, str] = {}  # park name → the zone an earlier sentence puts it in
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        user_name = mention.label if mention.rule == "user-lexicon" else ""
        if mention.type == "Company":
            # 市产投集团 after 威海产投集团: the city's word before a name the article knows is that company.
            local = mention.text[:1] in LOCAL_OWNER_WORDS and mention.text[1:] in companies
            name = user_name or companies.get(mention.text[1:] if local else mention.text, mention.text)
            mention.key, mention.label = f"Company:{name}", name
        elif mention.type in ("Park", "GovernmentBody"):
            sentence = doc.sentence_at(mention.start)
            zone = zones.zone_at(mention.start, sentence.start, beside_only=mention.type == "Park" and not mention.prefixed)
            in_sentence = zone is not None and zone.end <= mention.start
            said = _zone_park_lies_in(doc, zones, mention) if mention.type == "Park" else None
            if said is not None:
                zone, in_sentence = said, True
            owner_key = zone.key if in_sentence else zones.main_key
            if mention.type == "Park" and not mention.prefixed and said is None and (
                    mention.place or zones.elsewhere(mention.text, owner_key, zones.travelled_to(mention.start))):
                owner_key = ""  # 株洲市攸县攸州工业园, 深圳南山科技园: another city's park is not the zone's by context
            if mention.type == "Park" and not mention.prefixed and (in_sentence and (
                    _listed_under_another_place(doc, mention, zones, owner_key) or _listed_among_zones(doc, mention))
                    or parks.get(mention.text, mention.text) in peers_of_zones):
                # 常州滨江经济开发区新材料产业园、金坛新材料科技产业园: the next item is another place's;
                # 龙口经济开发区、兖州工业园区、邹城经济开发区: a park listed among zones is their peer.
                owner_key = ""
            if mention.type == "Park" and not in_sentence and not zones.holds_by_context(owner_key):
                owner_key = ""  # a zone named once in passing is not the article's: its parks are not by context
            if mention.type == "GovernmentBody" and (mention.text in bodies_of_elsewhere
                                                     or not in_sentence and _another_zones_committee(doc, zones, mention)):
                owner_key = ""  # 中关村管委会 after 北京中关村管委会, or alone: another place's or zone's body
            if mention.type == "GovernmentBody" and owner_key and _names_another_zone(mention.text, zones.label(owner_key)):
                owner_key = ""  # 顶效经济开发区管理委员会 after 义龙新区: a committee naming its own zone is that zone's
            district_body = mention.type == "GovernmentBody" and mention.text.startswith(DISTRICT_WORD) and not mention.prefixed
            if district_body:
                owner_key = ""  # 区工经局 among 区委常委 and 副区长: the district's bureau (the mention found 区 is the district)
            if mention.type == "Park":
                name = parks.get(mention.text, mention.text)
                # 黄梅经济开发区的陶瓷工业园 … 陶瓷工业园位于…: the park written again is the one its zone was named with.
                written_with_zone = in_sentence and zone is not None and doc.norm.text[zone.end : mention.start] in ("", "的")
                if owner_key and (mention.prefixed or written_with_zone):
                    owned_parks.setdefault(name, owner_key)
                elif not owner_key:
                    owner_key = owned_parks.get(name, "")
            else:
                name = mention.text.removeprefix(DISTRICT_WORD) if len(mention.text) > 3 and not district_body else mention.text
            # 郑州航空港经济综合实验区管理委员会: a body written right after its zone's address and name reads so.
            as_written = (doc.norm.text[zone.written_from : mention.end] if mention.type == "GovernmentBody" and in_sentence
                          and zone.key == owner_key and zone.end == mention.start and zone.written_from >= 0 and not user_name else "")
            zones.own(mention, owner_key, user_name or name, as_written)
        elif user_name:
            # Names from --lexicon keep the canonical name the user gave.
            mention.key = f"{mention.type}:{user_name}"
    doc.mentions.sort(key=lambda m: (m.start, -m.end))


def _names_another_zone(body: str, owner_label: str) -> bool:
    """顶效经济开发区管理委员会: a body whose name writes a zone's name and kind (the zone not found apart, as in a
    document's title) belongs to that zone, not to the zone written before it."""
    # (开发区龙栖湾片区管理局: an area of the zone is no zone of its own)
    kind_at = min((i for kind in ZONE_KIND_WORDS if kind not in ZONE_AREA_KINDS and (i := body.find(kind)) >= MIN_ZONE_NAME), default=-1)
    # 广州南沙|经济技术开发区管理委员会 is 南沙开发区's: the name's last characters, after any city, tell the zone.
    return kind_at >= 0 and body[kind_at - MIN_ZONE_NAME : kind_at] not in owner_label


def _merge_declared_short_names(doc: AnalysedDocument, companies: dict[str, str]) -> None:
    """中节能(湖州)科技城投资建设发展有限公司(以下简称湖州科技城公司): the short name the article declares for a
    company is that company wherever it is written."""
    for mention in (m for m in doc.mentions if m.type == "Company"):
        declared = declared_short_name().match(doc.norm.text, mention.end)
        if declared and declared.group(1) != mention.text:
            companies[declared.group(1)] = companies.get(mention.text, mention.text)


def _merge_project_makers(doc: AnalysedDocument, companies: dict[str, str]) -> None:
    """红星美凯龙集团拟在开发区建设红星美凯龙家居商务综合体项目: a maker read off a project or a trade
    (红星美凯龙家居, 雨润冷链物流) that opens with a short name of a company the article names in full is
    that company writing what it makes after its name."""
    makers = {m.text for m in doc.mentions if m.type == "Company" and m.rule in rules("entities")["company"]["maker_rules"]}
    for maker in makers:
        if companies.get(maker, maker) != maker:
            continue
        owner = max((short for short, name in companies.items()
                     if short != name and name != maker and maker.startswith(short) and len(maker) - len(short) >= 2),
                    key=len, default="")
        if owner:
            companies[maker] = companies[owner]


def _park_names(doc: AnalysedDocument) -> dict[str, str]:
    """Shorter ways the article writes a park, mapped to its fullest name: the name without the zone
    word in front (高新智慧物流园 → 智慧物流园), a tail the tagger cut off (创新创业服务园区 →
    创业服务园区), when what is left still has a descriptor before the suffix, and the name written
    without an optional tail (城南工业园区 → 城南工业园)."""
    cfg = rules("entities")["park"]
    suffixes = longest_first(cfg["suffixes"])
    zone_words = longest_first(cfg["zone_words"])
    least = cfg["min_descriptor"]
    names = sorted({m.text for m in doc.mentions if m.type == "Park"}, key=lambda n: (-len(n), n))
    canonical: dict[str, str] = {}
    for name in names:
        canonical.setdefault(name, name)
        suffix = next((x for x in suffixes if name.endswith(x)), "")
        stem = next((w for w in zone_words if name.startswith(w)), "")
        if stem and len(name) - len(stem) - len(suffix) >= least:
            canonical.setdefault(name[len(stem) :], canonical[name])
        for tail in cfg["optional_tails"]:
            if name.endswith(tail) and name.removesuffix(tail) in names:
                canonical.setdefault(name.removesuffix(tail), canonical[name])
        # 剑河县工业园区 → 剑河工业园区: the place it is named after written without its division word.
        for short in without_division_word(name):
            if short in names:
                canonical.setdefault(short, canonical[name])
        for shorter in names:
            if len(shorter) < len(name) and name.endswith(shorter) and len(shorter) - len(suffix) >= least:
                canonical.setdefault(shorter, canonical[name])
    # 县电子产业园 … 该科技智能产业园定位为…: a demonstrative before a park's name refers back to the park of its
    # kind named before (only when the name is written nowhere without it).
    parks = sorted((m for m in doc.mentions if m.type == "Park"), key=lambda m: m.start)
    pointed = {m.text for m in parks if doc.norm.text.endswith(tuple(cfg["demonstratives"]), 0, m.start)}
    for mention in parks:
        if mention.text not in pointed or canonical[mention.text] != mention.text or any(
                m.text == mention.text and not doc.norm.text.endswith(tuple(cfg["demonstratives"]), 0, m.start) for m in parks):
            continue
        suffix = next((x for x in suffixes if mention.text.endswith(x)), "")
        before = [m for m in parks if m.end <= mention.start and m.text.endswith(suffix) and m.text not in pointed]
        if suffix and before:
            canonical[mention.text] = canonical[before[-1].text]
    return canonical


def _add_short_mentions(doc: AnalysedDocument, canonical: dict[str, str], kind: str) -> None:
    """Short forms the tagger missed still refer to the entity wherever the article writes them; so does
    a company's own name written again where the tagger saw no name (玉京网布安家开发区)."""
    taken = {(m.start, m.end) for m in doc.mentions}
    covered = [(m.start, m.end) for m in doc.mentions if m.type in ("Company", "Park", "GovernmentBody", "Zone")]
    for short, name in canonical.items():
        if short == name and kind != "Company":
            continue
        for match in re.finditer(re.escape(short), doc.norm.text):
            span = match.span()
            if span not in taken and not any(a <= span[0] and span[1] <= b for a, b in covered):
                doc.mentions.append(Mention(start=span[0], end=span[1], text=short, type=kind, rule=f"{kind.lower()}-short-form"))
