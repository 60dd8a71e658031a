"""Parks: names ending in a park word, the short parks a zone lists or governs, and the article's park
run as a zone when no zone is named.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import Lexicon
from kg.models import Mention
from kg.normalise import CLAUSE_BREAK, clause_end
from kg.resources import alternation, longest_first, rules
from kg.mentions.common import MAX_NAME, TokenIndex, entity_rules, organisation_patterns
from kg.mentions.places import names_a_place_here, without_division_word
from kg.mentions.zones import GENERIC_ZONE_PREFIXES, PLACE_NAMED_KINDS, ZONE_COMMITTEES, zone_mention, zone_patterns
from kg.mentions.boundaries import (
    NAME_OPENING_CONJUNCTIONS, NOT_NAME_TAGS, PARK_NAME_CONJUNCTIONS, PROPER_NAME_TAGS, SENTENCE_END, only_trades,
)


PARK_COUNT = re.compile(r"\d+[家个座所]")
COUNTED_KIND_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,4}$")  # 5个功能|园区


def quoted_park_settled_in(text: str, suffix_start: int, end: int) -> int | None:
    """入驻“创业园”, 落户“现代物流园”: a park word in quotes that companies settle in is a park's name,
    however short or plain its descriptor. Returns where the name begins."""
    opening = text.rfind("“", max(0, suffix_start - 8), suffix_start + 1)
    if (opening >= 0 and text[end : end + 1] == "”" and "”" not in text[opening:end]
            and text[:opening].endswith(tuple(rules("relations")["settle_verbs"]))):
        return opening + 1
    return None


def inner_park_start(descriptor: str, least: int) -> int:
    """隆昌园区中铁重工集团西南产业园: a park written inside another park's name begins after the
    container's park word; 0 when the descriptor holds no named park."""
    words = park_suffixes() + tuple(entity_rules()["park"]["committee_park_words"])
    ends = [i + len(w) for w in words if (i := descriptor.rfind(w)) >= least]
    return max((e for e in ends if len(descriptor) - e >= least), default=0)


def generic_park_descriptor(descriptor: str, lexicon: Lexicon, after_zone: bool = False) -> bool:
    """What stands before a park word says which kind of park (工业, 老牌, 综合性, 国家级), a place's parks
    in general (清远市产业园区), or a count or company (日中天科技企业孵化器有限公司2家孵化器): no name.
    Right after a zone a place names one of its parks (龙文蓝田经济开发区朝阳园区)."""
    patterns = organisation_patterns()
    return (descriptor in patterns["park_generic"]
            or (not after_zone and lexicon.place(descriptor) is not None and names_a_place_here(descriptor, 0, descriptor, lexicon))
            or descriptor.startswith(patterns["park_generic_leading"]) or descriptor.endswith(patterns["park_generic_endings"])
            or _quality_alone(descriptor, patterns)
            or any(w in descriptor for w in patterns["park_class_words"])
            or bool(PARK_COUNT.search(descriptor) or patterns["company_end"].search(descriptor)))


def _quality_alone(descriptor: str, patterns: dict) -> bool:
    """绿色园区, 绿色工业园区: a quality with nothing but a generic word after it names no park."""
    quality = next((q for q in patterns["park_quality_leading"] if descriptor.startswith(q)), None)
    return quality is not None and descriptor[len(quality):] in patterns["park_generic"] | {""}


def subparks(text: str, zones: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of parks written right after their zone with a short name and 园/园区 (三明高新区金沙园)."""
    patterns = organisation_patterns()
    spans = []
    for zone in zones:
        match = patterns["subpark"].match(text, zone.end)
        if match is None or match.group().endswith(patterns["subpark_stop_words"]):
            continue
        if generic_park_descriptor(match.group().removesuffix("园区").removesuffix("园"), lexicon, after_zone=True):
            continue  # 中北高新区老牌工业园区
        tokens = [index.token_at(i) for i in range(zone.end, match.end())]
        # 兰州新区秦川园区党委委员: the tagger may read the committee of a park with a name of its own into the
        # park's word (高新区科技园管理委员会 is named by its trade alone: a committee's name).
        ends_word = tokens[-1] is not None and (tokens[-1][1].end == match.end() or text.startswith(ZONE_COMMITTEES, match.end())
                                                and not only_trades(match.group().removesuffix("园区").removesuffix("园")))
        if (all(t is not None and t[1].tag not in NOT_NAME_TAGS for t in tokens) and ends_word
                and match.end() - zone.end - 1 >= 2):
            spans.append((zone.start, match.end()))
    return spans


def governed_parks(text: str, zones: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """吉安高新区…下辖敦厚园区和凤凰园区, …由马场坪园区、双龙园区、罗尾塘园区三个区域构成, 由南园和西园两部分组成: short names and 园/园区
    listed after a verb of governing, or as what the zone is made of, in a clause that opens with a zone, are its parks."""
    cfg = entity_rules()["park"]
    patterns = organisation_patterns()
    verbs = alternation(cfg["governing_verbs"])
    item = patterns["subpark"].pattern
    # 下辖四个园区：石油高新技术园、兴隆工业园…: a count of parks and a colon frame longer names.
    counted_item = f"[\u4e00-\u9fff]{{1,{cfg['counted_subpark_max_descriptor']}}}?(?:{alternation(cfg['subpark_suffixes'])})"
    counted = f"[一二两三四五六七八九十0-9]+个(?:{alternation(cfg['subpark_suffixes'])})[：:]"
    listed = re.compile(f"(?:{verbs})((?:{item}(?:、|和|及|与))*{item})(?=[，。；、和及与等]|$)"
                        # 由马场坪园区、双龙园区、罗尾塘园区三个区域构成: the parts a zone is made of
                        f"|由((?:{item}[、和])*{item})(?:等)?(?:[一二两三四五六七八九十0-9]+(?:个|部分)[\u4e00-\u9fff]{{0,4}}?)?(?:{alternation(cfg['made_of_verbs'])})"
                        f"|(?:{verbs}){counted}((?:{counted_item}(?:、|和|及|与))*{counted_item})(?=[，。；]|$)")
    spans = []
    for zone in (z for z in zones if (z.start == 0 or text[z.start - 1] in CLAUSE_BREAK + "\n")):
        clause = text[zone.end : clause_end(text, zone.end, "。；")]
        match = listed.search(clause)
        if match is None:
            continue
        group = next(g for g in (1, 2, 3) if match.group(g))
        for part in re.finditer("[^、和及与]+", match.group(group)):
            start, end = zone.end + match.start(group) + part.start(), zone.end + match.start(group) + part.end()
            descriptor = text[start:end].removesuffix("园区").removesuffix("园")
            # (南园和西园: a direction alone names a zone's part)
            if ((len(descriptor) >= 2 or descriptor in cfg["direction_park_names"])
                    and _short_park_name(text, start, end, descriptor, index, lexicon, after_zone=True)):
                spans.append((start, end))
    return spans


def parks_of_a_counted_layout(text: str, index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """“一区四园”（中心园区规划面积10.9平方公里；平桥园区…）: the parks a zone's counted layout lists in brackets
    right after it, each opening a part of the bracket."""
    cfg = entity_rules()["park"]
    item = re.compile(f"[\u4e00-\u9fff]{{2,{cfg['counted_subpark_max_descriptor']}}}?(?:{alternation(cfg['subpark_suffixes'])})")
    spans = []
    for layout in re.finditer(cfg["counted_layout"], text):
        closing = text.find("）" if layout.group(1) == "（" else ")", layout.end())
        if closing < 0:
            continue
        for part in re.finditer("[^；;，,、]+", text[layout.end() : closing]):
            name = item.match(part.group())
            start = layout.end() + part.start()
            if name is not None and _short_park_name(text, start, start + name.end(), name.group().removesuffix("园区").removesuffix("园"),
                                                     index, lexicon, after_zone=True):
                spans.append((start, start + name.end()))
    return spans


def _short_park_name(text: str, start: int, end: int, descriptor: str, index: TokenIndex, lexicon: Lexicon,
                     after_zone: bool) -> bool:
    """Whether text[start:end], a short name and 园/园区, names a park: no garden or campus, no descriptor of kinds
    alone, and only name words."""
    tokens = [index.token_at(i) for i in range(start, end)]
    return (not text[start:end].endswith(organisation_patterns()["subpark_stop_words"])
            and not generic_park_descriptor(descriptor, lexicon, after_zone)
            and all(t is not None and t[1].tag not in NOT_NAME_TAGS for t in tokens))


def parks_listed_with_a_park(text: str, parks: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """商贸物流园区、旅游会展园区、文化科教园区: names ending in 园区 or 园, listed with 、 right after a park, are
    parks too (a list holds things of one kind), when a short descriptor of name words stands before the word."""
    cfg = entity_rules()["park"]
    suffixes = longest_first(cfg["subpark_suffixes"])
    item = re.compile(f"[\u4e00-\u9fff]{{2,{cfg['subpark_max_descriptor']}}}(?:{alternation(suffixes)})(?=[、和及与等0-9一二三四五六七八九十]|$)")
    spans = []
    for park in parks:
        cursor = park.end
        while text.startswith("、", cursor) and (match := item.match(text, cursor + 1)) is not None:
            name = match.group()
            descriptor = name[: -len(next(w for w in suffixes if name.endswith(w)))]
            if not _short_park_name(text, match.start(), match.end(), descriptor, index, lexicon, after_zone=False):
                break
            spans.append(match.span())
            cursor = match.end()
    return spans


def short_parks_with_committees(text: str, found: list[Mention], zones: list[Mention], lexicon: Lexicon) -> list[tuple[int, int]]:
    """高创园党工委书记: a body read as a short name, 园 and the committee is the committee of a park of that name."""
    patterns = organisation_patterns()
    committees = tuple(entity_rules()["park"]["short_park_committees"])
    spans = []
    bodies = [m for m in found if m.type == "GovernmentBody"]
    placed = [b.text for b in bodies if lexicon.leading_place(b.text) > 0]
    for body in bodies:
        committee = next((c for c in committees if body.text.endswith(c)), "")
        name_end = body.end - len(committee)
        match = patterns["subpark"].fullmatch(text, body.start, name_end) if committee else None
        # Not 空港园区党工委 (园区 names are read elsewhere), nor 高新区科技园管理委员会 (a body of the zone written first),
        # nor 北京青禾园管委会 (a place's, perhaps a far city's).
        if (match is None or not match.group().endswith(patterns["short_park_word"])
                or match.group().endswith(patterns["subpark_stop_words"]) or len(match.group()) < 3
                or any(z.start < name_end and body.start <= z.end for z in zones)
                or any(other.endswith(body.text) for other in placed)
                or generic_park_descriptor(match.group().removesuffix("园"), lexicon, after_zone=False)
                or any(m.type == "Park" and m.end == name_end for m in found)):
            continue
        spans.append((body.start, name_end))
    return spans


def parks_before_committees(kept: list[Mention], found: list[Mention], text: str) -> list[Mention]:
    """天津宝坻石桥工业园区管理委员会: the park's own committee, so the park is what is named (a post
    in it leads the park, as a zone committee's post leads the zone)."""
    committees = tuple(entity_rules()["body"]["zone_committees"])
    parks = {m.end: m for m in found if m.type == "Park"}
    result = []
    for mention in kept:
        committee = next((c for c in committees if mention.text.endswith(c)), "") if mention.type == "GovernmentBody" else ""
        park = parks.get(mention.end - len(committee)) if committee else None
        if park is not None and park.start <= mention.start < park.end:
            mention = park.model_copy(update={"start": mention.start, "text": text[mention.start : park.end]})
        result.append(mention)
    return result


def borders(text: str, position: int) -> bool:
    """上连北川新县城，下接永兴开发区: whether a verb of bordering ends right before `position`."""
    return text.endswith(tuple(entity_rules()["zone"]["bordering_verbs"]), 0, position)


def parks_run_as_zones(text: str, zones: list[Mention], organisations: list[Mention], index: TokenIndex) -> list[Mention]:
    """精河工业园区 … 园区党工委副书记: in an article that names no zone, the one park whose party or
    management committee it writes by the park's kind alone (园区党工委, 集中区管委会), as a zone's are
    written (高新区党工委), is run as a zone. Returns zone mentions for the park and for those short
    forms; with no such park, the park word alone before a committee (产业园区管委会) as an unnamed zone;
    or nothing. A park named in full before its committee (石桥工业园区管委会主任) is run as a zone only in an
    article about it (named in two sentences or more): run so in a sentence alone, the public sentences' held
    split lost a leads triple and gained two wrong ones."""
    committees = alternation(entity_rules()["body"]["zone_committees"])
    # A new area (河源江东新区) is wide and holds parks run by their own committees: it counts only when its
    # own committee is written (江东新区管委会); 河源江东新区产业转移工业园 … 园区管委会主任 speaks of the park's.
    # 安县工业园 … 园区管委会副主任 … 下接永兴开发区: a zone named once, as what borders the park, is a neighbour.
    neighbours = {z.text for z in zones if borders(text, z.start) and sum(o.text == z.text for o in zones) == 1}
    # 南泥湾开发区发展（集团）有限公司副总经理…来天水国家农业科技园区: a zone written only as the head of a
    # company's name is that company's, not a zone the article is about.
    company_starts = {m.start for m in organisations if m.type == "Company"}
    neighbours |= {z.text for z in zones if all(o.end in company_starts for o in zones if o.text == z.text)}
    if any(z.rule != "zone-anaphor" and z.text not in neighbours
           and (z.kind not in PLACE_NAMED_KINDS or re.match(committees, text[z.end:])) for z in zones):
        # 苏州工业园区作为全国开发区的一面旗帜 … 开发区: a park declared a zone, in an article that otherwise
        # writes its kind only bare, is the zone those bare words stand for.
        parks = [p for p in organisations if p.type == "Park" and p.rule == "park-suffix"]
        if not all(z.anaphoric for z in zones):
            return _parks_renamed_as_zones(text, parks, zones)
        declared = [(m, kind) for m in parks if (kind := _declared_kind(text, m.end))]
        # 宜春市奉新工业园区…该开发区坚持科学规划: the one park an article names, referred back to as "this zone", is run as one.
        if not declared and len({m.text for m in parks}) == 1:
            first = min(parks, key=lambda m: m.start)
            referred = _referred_back_as_zone(text, first.end) or (
                # (…该区基本形成了… 开发区党委: the zone anaphor, with the kind the article writes bare)
                next((z.kind for z in zones if z.rule == "zone-bare"), "")
                if any(z.rule == "zone-anaphor" and z.start > first.end for z in zones) else "")
            declared = [(first, referred)] if referred else []
        # … and so is the park under its other names (定海工业园区, 浙江定海工业园 for 浙江定海工业园区).
        names = {m.text: kind for m, kind in declared}
        zones_found = []
        for m in parks:
            full = m.text if m.text in names else next((name for name in names if _another_name_of(m.text, name)), "")
            if full:
                stem = full[: -len(next(s for s in park_suffixes() if full.endswith(s)))]
                zones_found.append(zone_mention(text, m.start, m.end, names[full], stem, "zone-park-declared"))
        return zones_found
    any_park = tuple(entity_rules()["park"]["committee_any_park_forms"])
    parks = [m for m in organisations if m.type == "Park" and m.rule == "park-suffix"]
    run: set[str] = set()
    short_spans = []
    bureau = entity_rules()["park"]["park_bureau"]
    for match in re.finditer(f"({alternation(entity_rules()['park']['committee_short_forms'])})(?:{committees}|{bureau})", text):
        if any(m.start < match.start() < m.end for m in organisations):
            continue  # the end of a park's full name (精河工业园区管理委员会)
        owners = {m.text for m in parks if m.text.endswith(match.group(1))}
        if owners and all((longest := max(owners, key=len)).endswith(o) for o in owners):
            owners = {longest}  # 庆城驿马工业集中区, later 驿马工业集中区: one park, written with and without its place
        # 抵达…产业转移工业园，与园区管委会常务副主任…: with no park of its kind, 园区 stands for a park of
        # any kind, the last one named before it.
        before = [m.text for m in parks if m.end <= match.start()] if match.group(1) in any_park and not owners else []
        if len(owners) == 1 or before:
            run.add(owners.pop() if owners else before[-1])
            short_spans.append(match.span(1))
    # 泉惠石化工业园区管委会主任…, the park named again later: a park named in full before its own committee, in an
    # article about it (named in two sentences or more), is run by it as a zone.
    sentences_naming: dict[str, set[int]] = {}
    for park in parks:
        sentences_naming.setdefault(park.text, set()).add(_sentence_index(text, park.start))
    # 苏州工业园区行政审批局: so does a bureau of a government written after the park's full name.
    own_body = f"(?:{committees}|{bureau})"
    bodies = [b for b in organisations if b.type == "GovernmentBody"]
    for park in parks:
        own = [b for b in bodies if b.text.startswith(park.text) and re.fullmatch(own_body, b.text[len(park.text):])]
        sentences = sentences_naming[park.text] | {_sentence_index(text, b.start) for b in own}
        if len(sentences) >= 2 and (re.match(own_body, text[park.end :]) or own):
            run.add(park.text)
    # A park run so is run under each name it is written with (剑河县工业园区, 剑河工业园区; 庆城驿马工业集中区, 驿马工业集中区).
    run |= {m.text for m in parks if any(short in run for short in without_division_word(m.text))}
    run |= {short for name in run for short in without_division_word(name) if any(m.text == short for m in parks)}
    run |= {m.text for m in parks if any(name.endswith(m.text) for name in run)}
    declared_parks = {m.text for m in parks if _declared_kind(text, m.end)}
    if declared_parks:
        # … and then the park word alone (园区产值税收…) is that zone, as 高新区 is the article's zone.
        park_word = entity_rules()["park"]["committee_any_park_forms"][0]
        short_spans += [match.span() for match in re.finditer(park_word, text)
                        if not any(m.start <= match.start() < m.end for m in organisations)
                        and (token := index.token_at(match.start())) is not None and token[1].start == match.start()
                        and match.span() not in short_spans]
    run |= declared_parks
    # 临沧工业园区创新创业园: a park of a kind each place has, written right before another park's name, holds it.
    place_named = tuple(entity_rules()["park"]["place_named_suffixes"])
    run |= {m.text for m in parks if m.text.endswith(place_named) and any(o.start == m.end for o in parks)}
    if not run:
        return _bare_parks_with_committees(text, index, committees)
    named = []
    longest_first_run = sorted(run, key=lambda n: (-len(n), n))  # sorted: the same zone names every run
    for name in longest_first_run:
        # 高创园: a short park named only by 园 before its committee keeps that word as its kind.
        suffix = next(s for s in park_suffixes() + tuple(entity_rules()["park"]["subpark_suffixes"]) if name.endswith(s))
        fullest = next((full for full in longest_first_run if name in without_division_word(full) or full.endswith(name) and full != name), name)
        # 十二师兵团乌鲁木齐工业园区: the park run as a zone, written after whose it is, is that zone too.
        named += [zone_mention(text, m.start, m.end, suffix, fullest[: -len(suffix)], "zone-park-committee") for m in parks
                  if m.text == name or m.text.endswith(name) and not any(m.text.endswith(other) for other in longest_first_run if len(other) > len(name))]
        # … and so is the park's name opening one of its bodies (苏州工业园区|行政审批局).
        named += [zone_mention(text, b.start, b.start + len(name), suffix, fullest[: -len(suffix)], "zone-park-committee")
                  for b in organisations if b.type == "GovernmentBody" and b.text.startswith(name)
                  and re.fullmatch(own_body, b.text[len(name):])]
    return named + [zone_mention(text, start, end, "", "", "zone-anaphor", anaphoric=True) for start, end in short_spans]


def _travelled_to(text: str, start: int, place: str) -> bool:
    """Whether the sentence, from `start` on, travels (赴, 前往) to `place`, alone or among a few places."""
    verbs = alternation(rules("relations")["travel_verbs"])
    trip = re.compile(f"(?:{verbs})(?:[\u4e00-\u9fff]{{2,6}}、){{0,3}}{re.escape(place)}")
    return bool(place) and trip.search(text, start, clause_end(text, start, SENTENCE_END)) is not None


def _sentence_index(text: str, position: int) -> int:
    """How many sentence ends stand before `position` (which sentence of the text holds it)."""
    return sum(text.count(mark, 0, position) for mark in SENTENCE_END)


def park_word_before_committees(text: str, zones: list[Mention]) -> list[Mention]:
    """天水国家农业科技园区 … 园区管委会党工委副书记: where the article names one zone of a kind that ends in the park
    word, that word right before a zone's committee is the zone, as 区 is before 区党工委."""
    word = entity_rules()["park"]["committee_any_park_forms"][0]
    if len({z.text for z in zones if not z.anaphoric and z.kind.endswith(word)}) != 1:
        return []
    committees = alternation(entity_rules()["body"]["zone_committees"])
    return [zone_mention(text, m.start(), m.start() + len(word), "", "", "zone-anaphor", anaphoric=True)
            for m in re.finditer(f"{word}(?={committees})", text)
            if not any(z.start <= m.start() < z.end for z in zones)]


def bare_kinds_as_parks(zones: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """泰州港经济开发区 … 主要位于高新园区和临港园区: in an article naming a zone of another kind, a park-like kind
    written bare (高新园区) is one of its parks. Returns the zones left and those parks."""
    named_kinds = {z.kind for z in zones if not z.anaphoric}
    park_like = set(entity_rules()["zone"]["park_like_bare_kinds"])
    turned = [z for z in zones if z.rule == "zone-bare" and z.text in park_like and named_kinds and z.kind not in named_kinds]
    parks = [Mention(start=z.start, end=z.end, text=z.text, type="Park", rule="park-bare-kind") for z in turned]
    return [z for z in zones if z not in turned], parks


def park_word_for_the_zone(text: str, zones: list[Mention], organisations: list[Mention], index: TokenIndex) -> list[Mention]:
    """目前，园区300多家企业… in an article that names one zone and no park: the park word alone, opening a
    word of its own, is that zone — unless counted as a kind of unit (5个功能园区)."""
    # A park's reading of a zone's own span (高新技术产业园区 written bare) is the zone, not a park.
    zone_spans = {(z.start, z.end) for z in zones}
    if len({z.text for z in zones if not z.anaphoric}) != 1 or any(
            m.type == "Park" and (m.start, m.end) not in zone_spans for m in organisations):
        return []
    taken = zones + organisations
    word = entity_rules()["park"]["committee_any_park_forms"][0]
    return [zone_mention(text, match.start(), match.end(), "", "", "zone-anaphor", anaphoric=True) for match in re.finditer(word, text)
            if (token := index.token_at(match.start())) is not None and token[1].start == match.start()
            and not any(m.start <= match.start() < m.end for m in taken)
            and not COUNTED_KIND_BEFORE.search(text, max(0, match.start() - 8), match.start())]


def _another_name_of(short: str, name: str) -> bool:
    """定海工业园区 and 浙江定海工业园 are 浙江定海工业园区 written without its province or the last 区."""
    return short != name and len(short) >= 4 and (name.endswith(short) or name == short + "区")


def _referred_back_as_zone(text: str, position: int) -> str:
    """The canonical kind of a demonstrative and a zone kind written after `position` (该开发区), or ""."""
    match = _demonstrative_zone_pattern().search(text, position)
    return zone_patterns()[0][match.group(1)] if match else ""


@cache
def _demonstrative_zone_pattern() -> re.Pattern:
    demonstratives = alternation(entity_rules()["park"]["demonstratives"])
    return re.compile(f"(?:{demonstratives})({alternation(longest_first(zone_patterns()[0]))})")


def _declared_kind(text: str, position: int) -> str:
    """The canonical zone kind a park is declared right after its name (作为全国开发区, 是国家级经济技术开发区), or ""."""
    match = _declaration_pattern().match(text, position)
    return zone_patterns()[0][match.group(1)] if match else ""


@cache
def _declaration_pattern() -> re.Pattern:
    """作为, 是 or 为 (perhaps in the passive, 被省政府认定为), perhaps a quote, a scope (全国), when it was made one
    (…核准的第五批) and a level (省级), then a zone kind (group 1)."""
    park = entity_rules()["park"]
    levels = alternation(entity_rules()["zone"]["level_words"])
    return re.compile(f"(?:{park['zone_declaring_agent']})?(?:{alternation(park['zone_declaring_words'])})“?"
                      f"(?:{alternation(park['zone_declaring_scopes'])})?"
                      f"(?:{park['zone_declaring_detail']})?(?:{levels})?(?:{park['zone_declaring_rank']})?({zone_patterns()[1].pattern})")


def _parks_renamed_as_zones(text: str, parks: list[Mention], zones: list[Mention]) -> list[Mention]:
    """广西北流日用陶瓷工业园区设立为自治区级经济技术开发区，定名为“广西北流经济技术开发区”: a park declared a
    zone of the kind of a zone the article names after the same place, or renamed as a zone, is that zone under
    its former name."""
    renamed = {}
    renaming = longest_first(entity_rules()["park"]["renaming_words"])
    renaming_adverbs = longest_first(entity_rules()["park"]["renaming_adverbs"])
    for park in parks:
        kind = _declared_kind(text, park.end)
        zone = next((z for z in zones if not z.anaphoric and kind and z.kind == kind and len(z.place) >= 2 and z.place in park.text), None)
        # 苏滁现代产业园更名为中新苏滁高新技术产业开发区: a park renamed as a zone is that zone.
        # (天津新技术产业园区正式更名为“天津滨海高新技术产业开发区”: perhaps an adverb before, a quote after.)
        renamed_as = re.match(f"(?:{alternation(renaming_adverbs)})?(?:{alternation(renaming)})[“\"]?", text[park.end :])
        zone = zone or next((z for z in zones if renamed_as and not z.anaphoric and z.start == park.end + renamed_as.end() and z.place), None)
        if zone is not None:
            renamed[park.text] = (zone.kind, zone.place)
    return [zone_mention(text, p.start, p.end, *renamed[p.text], "zone-park-declared") for p in parks if p.text in renamed]


def _bare_parks_with_committees(text: str, index: TokenIndex, committees: str) -> list[Mention]:
    """产业园区管委会主任田宏斌, 区党工委书记王广部 in an article that names no zone and no park: the park
    word, or 区, alone with its own committee is the article's unnamed zone."""
    zone = entity_rules()["zone"]
    words = alternation(list(park_suffixes()) + entity_rules()["park"]["committee_short_forms"])
    bare = f"({words})(?:{committees})|({alternation(zone['bare_committee_words'])})(?:{alternation(zone['bare_committees'])})"
    found = [(m.start(m.lastindex), m.end(m.lastindex)) for m in re.finditer(bare, text)]
    bares = [zone_mention(text, start, end, text[start:end], "", "zone-bare", anaphoric=True)
             for start, end in found if index.name_start(start, floor=0) == start]
    # 园区党工委委员… 园区招商局、数字经贸局等相关人员陪同: the same word before one of the zone's bureaus is the zone too.
    bureaus = alternation(zone["bare_word_bureaus"])
    for word in {z.text for z in bares}:
        bares += [zone_mention(text, m.start(), m.start() + len(word), word, "", "zone-bare", anaphoric=True)
                  for m in re.finditer(f"{re.escape(word)}(?=[\u4e00-\u9fff]{{2,6}}?(?:{bureaus})[、，。；和及与等])", text)
                  if (m.start(), m.start() + len(word)) not in found and index.name_start(m.start(), floor=0) == m.start()]
    # 县工业园区管委会 … 园区管委会: the shorter word is the longer one written short, so both are one zone's kind.
    kinds = {z.text for z in bares}
    bares = [z.model_copy(update={"kind": longer}) if (longer := max((k for k in kinds if k.endswith(z.text)), key=len)) != z.text else z
             for z in bares]
    named = _named_by_one_token(text, index, {z.text for z in bares})
    # 园区党工委委员丁光华带队赴泾县、旌德考察 … 旌德园区: a park named after a place its committee's own
    # people travel to is that place's, not theirs (赴苏锡通园区 … 园区党工委副书记 hosts: that one is).
    return bares + [z for z in named if not any(_travelled_to(text, b.end, z.place) for b in bares)]


def _named_by_one_token(text: str, index: TokenIndex, words: set[str]) -> list[Mention]:
    """赴苏锡通园区 … 园区党工委副书记: the one name the tagger reads as a place or organisation ending in the park
    word that the article writes bare before its committees is that zone's name."""
    least = entity_rules()["park"]["min_descriptor"]
    named = []  # (start, end, word): the word read into the name (苏锡通园区) or as a token of its own (宁杭 园区)
    # (建设国家级经济技术开发区的新区: a name opening like a class of zones names none.)
    for token in (t for t in index.tokens if t.tag in PROPER_NAME_TAGS and not t.text.startswith(GENERIC_ZONE_PREFIXES)):
        for word in words:
            # (…、江铜（上饶）|工业园区/LOC … 区党工委: a park's kind read as a word of its own names no zone.)
            if token.text.endswith(word) and len(token.text) - len(word) >= least and token.text not in park_suffixes():
                named.append((token.start, token.end, word))
            elif len(token.text) >= least and (after := index.token_at(token.end)) is not None and after[1].text == word:
                named.append((token.start, after[1].end, word))
    if len({text[start:end] for start, end, _ in named}) != 1:
        return []
    return [zone_mention(text, start, end, word, text[start : end - len(word)], "zone-park-committee") for start, end, word in named]


def across_conjunction_in_a_park_list(text: str, start: int, index: TokenIndex, found: list[Mention], zones: list[Mention]) -> int:
    """…食品产业园、新材料与智能制造产业园: in a list of parks, a conjunction joins two fields of one park's name;
    so it does right after a zone's name (泰州港经济开发区汽车及零部件产业园)."""
    if start < 1 or text[start - 1] not in PARK_NAME_CONJUNCTIONS:
        return start
    opening = index.name_start(start - 1, floor=max(0, start - 1 - MAX_NAME), stop_tags={"m"})
    after_zone = next((z.end for z in zones if not z.anaphoric and z.start <= opening <= z.end < start - 1), None)
    if after_zone is not None:
        opening = after_zone
    listed = after_zone is not None or (
        opening >= 1 and text[opening - 1] == "、" and any(m.type == "Park" and m.end == opening - 1 for m in found))
    # (…食品产业园、望城新材料产业园和济青烟…产业园: a whole park before the conjunction is the list's own item)
    field = text[opening : start - 1]
    return opening if listed and len(field) >= 2 and not any(word in field for word in park_suffixes()) else start


@cache
def _park_and_conjunction_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(entity_rules()['park']['subpark_suffixes'])})[{NAME_OPENING_CONJUNCTIONS}及]")


def after_a_park_and_conjunction(text: str, start: int, suffix_start: int) -> int:
    """中兴商贸园和文化产业园: a park's name ends at its own park word; a conjunction after it opens the next park's."""
    after = max((m.end() for m in _park_and_conjunction_re().finditer(text, start, suffix_start)), default=start)
    return after if suffix_start - after >= 2 else start


@cache
def park_suffixes() -> tuple[str, ...]:
    """The words that end a park's name (产业园, 工业园区, 孵化器 …)."""
    return tuple(entity_rules()["park"]["suffixes"])
