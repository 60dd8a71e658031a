"""Zones: a place or descriptor and a zone kind (高新区, 经济技术开发区, 新区 …), their declared short
names and abbreviations, and the anaphoric bare kinds (该区, 我区, 高新区) resolution later binds.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import Lexicon, Place
from kg.models import AnalysedDocument, Mention
from kg.normalise import CLAUSE_BREAK, inside_book_title
from kg.resources import alternation, rules
from kg.mentions.common import (
    CJK, MAX_NAME, NAME_TAGS, TokenIndex, VERB_TAGS, entity_rules, organisation_patterns, post_pattern,
)


def trade_words() -> tuple[str, ...]:
    """Words of a trade (医药, 新材料) that end company names and may stand between a zone's city and kind."""
    return organisation_patterns()["industry"]


@cache
def zone_patterns():
    cfg = entity_rules()["zone"]
    kinds = dict(cfg["kinds"])
    kind_re = re.compile(alternation(kinds))
    level_re = re.compile(f"(?:{alternation(cfg['level_words'])})$")
    local_re = re.compile(f"(?:{alternation(cfg['local_place_words'] + cfg['city_words_before_zone'])})$")
    anaphor_re = re.compile(alternation(cfg["anaphors"]))
    # The last descriptive verb with no conjunction after it.
    descriptive_re = re.compile(f"(?:{alternation(cfg['descriptive_verbs'])})[^{''.join(cfg['descriptive_broken_by'])}]*$")
    return kinds, kind_re, level_re, local_re, anaphor_re, descriptive_re, cfg["descriptive_window"]


ORG_WORDS_BEFORE_ZONE = tuple(entity_rules()["zone"]["organisations_before"])
ORGANS = re.compile(alternation(ORG_WORDS_BEFORE_ZONE))
DEPARTMENT_DIVISIONS = tuple(entity_rules()["zone"]["department_divisions"])
BUREAU_BEFORE_ZONE = tuple(entity_rules()["zone"]["bureaus_before"])
BUREAU_BRANCHES = tuple(entity_rules()["zone"]["bureau_branches"])


# 在市委市政府和新区党工委的领导下: an organ and a conjunction before the kind leave the zone unnamed.
ORGAN_AND_BEFORE_ZONE = re.compile(f"(?:{alternation(ORG_WORDS_BEFORE_ZONE)})[和与及、]$")


# The name of a zone begins after any of these written before it (人大代表, 联合, 关于).
NOT_NAME_WORDS = [w for key in ("standing_words", "joining_words", "title_words", "rank_words", "wider_areas") for w in entity_rules()["zone"][key]]
STANDING_BEFORE_ZONE = re.compile(f".*(?:{alternation(NOT_NAME_WORDS)})")
PARK_NAME_STOP_VERBS = set(entity_rules()["park"]["name_stop_verbs"])
BRACKET_OPEN, BRACKET_CLOSE = ("（", "("), ("）", ")")
ZONE_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")
ZONE_COMMITTEES = tuple(entity_rules()["body"]["zone_committees"])
JOINT_UNITS = tuple(entity_rules()["body"]["joint_units"])  # 开发区（钟埭街道）党工委: a street run with the zone
HONOUR_WORDS = tuple(entity_rules()["zone"]["honour_words"])
HONOUR_QUOTE_MAX = 24  # longest run of an awarded title's quotes read back to the words before it
ZONE_OBJECT_VERBS = tuple(entity_rules()["body"]["zone_object_verbs"])
BRACKETED_BEFORE_KIND = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]$")
COUNT_BEFORE_ZONE = re.compile(entity_rules()["zone"]["count_before"])
CLASS_AFTER_ZONE = re.compile(entity_rules()["zone"]["class_after"])
CROSS_BORDER_KINDS = set(entity_rules()["zone"]["cross_border_kinds"])
NAME_DASHES = "—－-"
ZONE_KIND_WORDS = tuple(kind for kind, _ in entity_rules()["zone"]["kinds"])
ZONE_AREA_KINDS = tuple(entity_rules()["zone"]["area_kinds"])
PLACE_LIKE_TAGS = {"LOC", "ORG", "nz", "ns"}
COUNTRY_PAIR = re.compile(entity_rules()["zone"]["country_pair_names"])
TRADE_NAMED_KINDS = set(entity_rules()["zone"]["trade_named_kinds"])
PLACE_NAMED_KINDS = set(entity_rules()["zone"]["place_named_kinds"])
GENERIC_ZONE_KIND = "开发区"  # the kind every zone is, which after a province alone names none
EACH = "各"  # 吕梁市各开发区: the zones of a place, each of them
KIND_CONTINUATIONS = tuple(entity_rules()["zone"]["kind_continuations"])
KIND_OWN_CONTINUATIONS = entity_rules()["zone"]["kind_own_continuations"]
COMMITTEE_NAMED_KINDS = set(entity_rules()["zone"]["committee_named_kinds"])
GENERIC_ZONE_PREFIXES = tuple(entity_rules()["zone"]["generic_name_openers"])


def find_zones(doc: AnalysedDocument, lexicon: Lexicon, places: list[Mention], index: TokenIndex) -> list[Mention]:
    kinds, kind_re, level_re, local_re, anaphor_re, descriptive_re, window = zone_patterns()
    text = doc.norm.text
    place_ending_at = {m.end: m for m in places}
    place_starting_at = {m.start: m for m in places}
    mentions: list[Mention] = []
    new_areas = _named_new_areas(text, kind_re, kinds, index, lexicon)
    for match in kind_re.finditer(text):
        kind_start, end = match.span()
        if text.startswith(KIND_CONTINUATIONS + tuple(KIND_OWN_CONTINUATIONS.get(match.group(), ())), end):
            continue  # 开发区域, 投资区域, 高新城市: the kind's last character opens a word of its own
        kind = kinds[match.group()]
        cursor = kind_start
        initial = False
        # 河北鹿泉经济开发区: a province written first is part of the name as written, not of its root.
        written_from = -1
        level = level_re.search(text, max(0, cursor - 3), cursor)
        if level:
            cursor = level.start()
        place_mention = place_ending_at.get(cursor)
        # 泰州医药高新区, 宁波石化经济技术开发区: a city, then the trade the zone is for, then its kind.
        trade, place_mention = (_trade_after_place(text, cursor, place_ending_at, place_starting_at, index)
                                if place_mention is None else ("", place_mention))
        if kind in COMMITTEE_NAMED_KINDS and place_mention is not None and not any(text.endswith(area, 0, end) for area in new_areas):
            continue  # 南京示范区 with no committee of its own: a place named for its role, no zone
        if (place_mention is None and kind in PLACE_NAMED_KINDS
                and text[_area_name_start(text, index, kind_start, end, kind in COMMITTEE_NAMED_KINDS, lexicon):end] not in new_areas):
            opens_clause = kind_start == 0 or text[kind_start - 1] in CLAUSE_BREAK + "、\n"
            # (经济区与行政区适度分离 in an article about 高竹新区: a bare kind stands only for a named area of its kind)
            same_kind = any(area.endswith(match.group()) for area in new_areas)
            if (same_kind or opens_clause and text.startswith(ZONE_COMMITTEES, end)) and not level and _stands_bare(text, index, kind_start):
                # 新区党工委 in an article about 绍兴滨海新区: the bare kind is the new area named; 示范区党工委委员
                # in one that names none: its own committee makes it the article's unnamed zone.
                mentions.append(zone_mention(text, kind_start, end, kind, "", "zone-bare", anaphoric=True))
            continue
        local = local_re.search(text, max(0, cursor - 2), cursor)
        if local and (opening := index.token_at(local.start())) is not None and opening[1].start != local.start():
            local = None  # 望江县|经开区: the word ends a place's name, it does not stand for one
        if place_mention:
            start, place = place_mention.start, place_mention.text + trade
            province = place_ending_at.get(start)
            if province is not None and is_province(province.place, lexicon):
                written_from = province.start
        elif local:
            mentions.append(zone_mention(text, local.start(), end, kind, "", "zone-local", anaphoric=True))
            continue
        else:
            # 昌邑滨海（下营）经济开发区: a short place in brackets between the name and the kind is part of the
            # name as written; the name is read from before the bracket.
            aside = BRACKETED_BEFORE_KIND.search(text, max(0, cursor - 8), cursor)
            name_end = aside.start() if aside and index.name_start(aside.start(), floor=max(0, aside.start() - 8)) < aside.start() else cursor
            start = index.name_start(name_end, floor=max(0, name_end - 8), stop=set())
            if name_end < cursor:
                cursor = name_end
                # 市政府副市长昌邑滨海（下营）经济开发区: a post written before it is no part of the name.
                start = max([start] + [m.end() for m in post_pattern(lexicon.posts).finditer(text, start, cursor)])
            whole = index.token_at(cursor)
            # 中北高新区 as one token, whatever its tag: the tagger saw one name.
            one_token = (whole is not None and whole[1].end == end and cursor - whole[1].start >= 2
                         and start in (cursor, whole[1].start))
            if one_token:
                start = whole[1].start
            elif (whole is not None and whole[1].end == end and whole[1].tag in ("LOC", "ORG") and cursor - whole[1].start >= 2
                  and start < whole[1].start and (opening := index.token_at(start)) is not None and opening[1].tag in VERB_TAGS | {"vn"}):
                start = whole[1].start  # 服务|应城经济开发区: a verb before the name the tagger read whole opens no name
            standing = STANDING_BEFORE_ZONE.match(text, start, cursor)
            if standing:
                start = standing.end()
            start = _after_organs(text, start, cursor)
            start = _after_settling(text, start, cursor)
            start = after_former_marker(text, start, cursor, lexicon)
            found = index.token_at(cursor)
            # Only a place-like token (LOC, ORG or a proper noun) gives a zone its name.
            if start < cursor and not one_token and found is not None and found[1].tag not in PLACE_LIKE_TAGS:
                previous = index.token_at(cursor - 1)
                # 紫竹国家高新区: a noun of a name's length right before the zone's level word names it.
                named_before_level = (level is not None and previous is not None and previous[1].tag == "n"
                                      and previous[1].end == cursor
                                      and 2 <= len(previous[1].text) <= entity_rules()["zone"]["name_before_level_max"])
                # 火炬高新区 written again and again: a plain noun before the kind is the zone's name.
                repeated = (previous is not None and previous[1].tag == "n" and previous[1].end == cursor
                            and 2 <= len(previous[1].text) <= 3
                            and text.count(previous[1].text + text[cursor:end]) >= entity_rules()["zone"]["repeated_name_min"])
                # 兵团新型建材经济技术开发区: a noun, then the trade the zone is for, glued to a kind of national rank.
                opening = index.token_at(start)
                named_for_trade = (kind in TRADE_NAMED_KINDS and text[start:cursor].endswith(trade_words())
                                   and opening is not None and opening[1].tag in {"n", "nz", "ns", "j"}
                                   and len(opening[1].text) >= 2 and opening[1].end < cursor)
                if named_before_level or repeated:
                    start = previous[1].start
                elif not named_for_trade and (previous is None or previous[1].tag not in PLACE_LIKE_TAGS):
                    start = cursor
            if cursor - start < 2:
                start = _division_before(text, cursor, index, lexicon, start)
            if kind in COMMITTEE_NAMED_KINDS and (named := _area_name_start(text, index, kind_start, end, True, lexicon)) < start \
                    and text[named:end] in new_areas:
                start = named  # 山西|转型|综改|示范区（以下简称“综改区”）: the name the article shows as a zone
            place = text[start:cursor]
            # 天津滨海新区, 绍兴滨海新区: a new area named on its own in the article has its address before it.
            own = next((a for a in range(start + 1, cursor) if text[a:end] in new_areas), None)
            address = own - start if own is not None else _address_before_place(place, lexicon)
            if address:
                written_from = start  # 武汉临空港经济技术开发区: the name as written stays an alias
            start += address
            place = text[start:cursor]
            initial = len(place) == 1 and _city_initial(place, start, index, places, lexicon)
            if place.endswith(ORG_WORDS_BEFORE_ZONE) and text.startswith(DEPARTMENT_DIVISIONS, end):
                continue  # 浙江省商务厅开发区处: a department's division for zones in general, no zone
            if (place.endswith(ORG_WORDS_BEFORE_ZONE) or len(place) == 1 and not initial
                    or place.endswith(BUREAU_BEFORE_ZONE) and text.startswith(BUREAU_BRANCHES, end) or ORGAN_AND_BEFORE_ZONE.search(place)
                    or place in ZONE_OBJECT_VERBS):  # 理顺|开发区与…的关系: a verb the tagger read as a place
                # 市政协高新区工作室: a body's office for the zone, which stays unnamed; 落实好|高新区: one character
                # before the kind names nothing
                start, place = cursor, ""
        admin = lexicon.division(place)
        # 河南省开发区, 江苏开发区: the province's zones in general (municipalities like 天津 are cities); a province's
        # short name before a kind of its own (青海国家高新技术产业开发区, 青海高新区) names its zone.
        if (admin is not None and admin.level == "province" and not admin.name.endswith("市")
                and (place == admin.name or kind == GENERIC_ZONE_KIND)):
            continue
        if admin is not None and CLASS_AFTER_ZONE.match(text, end):
            continue  # 济宁市开发区考核: a city's zones ranked or counted as a class
        if admin is not None and kind == GENERIC_ZONE_KIND and f"{place}{EACH}{match.group()}" in text:
            continue  # 吕梁市开发区…项目 where the article writes 吕梁市各开发区: the city's zones together
        if place_mention is None and descriptive_re.search(_same_phrase(text, max(0, start - window), start)):
            continue  # 打造强企兴业高新区: a description of the zone to be built, not a name
        if admin is None and not trade and place.endswith(trade_words()) and kind not in TRADE_NAMED_KINDS:
            continue  # 尼龙新材料产业集聚区: named after a trade, so a park of a zone, not a zone
        joined_by_dash = False
        while start > 1 and text[start - 1] in NAME_DASHES and (kind in CROSS_BORDER_KINDS or start - 1 in place_ending_at):
            # 中国东兴—越南芒街跨境经济合作区: the towns on both sides of the border, joined by a dash, name it
            # (and the countries' names opening it name no zones in general); 广西—东盟经开区: so does a region and
            # the partners it is built for.
            joined = index.name_start(start - 1, floor=max(0, start - 1 - MAX_NAME))
            if joined >= start - 1:
                break
            start, place, joined_by_dash = joined, text[joined:cursor], True
        if kind in CROSS_BORDER_KINDS and COUNTRY_PAIR.match(place):
            start, place = cursor, ""  # 中越跨境经济合作区: the two countries' zones in general
        if ((len(place) >= 2 or initial) and (joined_by_dash or not place.startswith(GENERIC_ZONE_PREFIXES)) and not COUNT_BEFORE_ZONE.search(place)
                and CJK.match(place[0])):
            zone = zone_mention(text, start, end, kind, place, "zone-name")
            zone.written_from = written_from
            aside = ZONE_ASIDE.match(text, end)
            if aside:
                # 常州国家高新区（新北区）党工委: the district it shares its administration with is an
                # aside; what follows the bracket still belongs to the zone. The name stays without it.
                zone.end = aside.end()
            elif start > 0 and text[start - 1] in BRACKET_OPEN and text[end : end + 1] in BRACKET_CLOSE and _committee_after(text, end):
                zone.end = end + 1  # 中原农谷核心区（平原示范区）党工委: the zone named in brackets, its committee after them
            mentions.append(zone)
        elif (not place and not level and not text.endswith(tuple(entity_rules()["zone"]["elsewhere_words"]), 0, kind_start)
              and not text.endswith(tuple(entity_rules()["zone"]["scope_words"]), 0, kind_start)):
            bare = zone_mention(text, kind_start, end, kind, "", "zone-bare", anaphoric=True)
            if ((aside := ZONE_ASIDE.match(text, end)) and text.startswith(ZONE_COMMITTEES, aside.end())
                    and not aside.group()[1:-1].endswith(JOINT_UNITS)):
                # 高新区（示范区）党工委: its second plate in brackets, then its committee (not 开发区（钟埭街道）党工委,
                # a street run with it as one)
                bare.end = aside.end()
            mentions.append(bare)
    mentions += _new_areas_without_their_city(text, mentions, lexicon)
    for match in anaphor_re.finditer(text):
        mentions.append(zone_mention(text, match.start(), match.end(), "", "", "zone-anaphor", anaphoric=True))
    _mark_second_plates(text, mentions)
    mentions = [m for m in mentions if not _inside_others_title(text, m) and not inside_an_honour(text, m.start, m.end)]
    mentions += _abbreviated_zones(text, mentions)
    return mentions + _zone_stems_before_committees(text, mentions)


def inside_an_honour(text: str, start: int, end: int) -> bool:
    """被河南省认定为“数字化示范产业集聚区”“…试验区”: a zone or park kind inside a quoted title the zone was
    awarded names no zone or park."""
    opening = text.rfind("“", max(0, start - HONOUR_QUOTE_MAX), start + 1)
    closing = text.find("”", end - 1)
    if opening < 0 or closing < 0 or "”" in text[opening:start] or closing - opening > HONOUR_QUOTE_MAX:
        return False
    # the run of quotes this one stands in, back to the words before its first quote
    start = opening
    while (previous := re.search(r"“[^“”]*”[、，和]?$", text[:start])) is not None:
        start = previous.start()
    return text[:start].endswith(HONOUR_WORDS)


def _new_areas_without_their_city(text: str, zones: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """海门市临江新区 … 临江新区内设…: a new area named after its city is the same zone (keyed by the same
    place) where the article writes its own name alone, which the tagger often reads into longer words,
    so it is found as text."""
    found = []
    for zone in (z for z in zones if z.rule == "zone-name" and z.kind in PLACE_NAMED_KINDS):
        name = text[zone.start : zone.end]
        own = name[lexicon.leading_place(name) :]
        if own == name or len(own) - len(zone.kind) < 2:
            continue
        for match in re.finditer(re.escape(own), text):
            if not any(z.start <= match.start() < z.end for z in zones + found):
                found.append(zone_mention(text, match.start(), match.end(), zone.kind, zone.place, "zone-name"))
    return found


def _inside_others_title(text: str, zone: Mention) -> bool:
    """《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》: a zone kind inside a document's title
    names no zone of the article, unless the zone opens the title as its issuer (《清远高新区…措施》)."""
    if not inside_book_title(text, zone.start, zone.end):
        return False
    opening = text.rfind("《", 0, zone.start)
    return zone.start != opening + 1


def _mark_second_plates(text: str, zones: list[Mention]) -> None:
    """龙岩经开区（高新区）, 经开区（高新区）党工委: a zone written in brackets right after another is the
    same zone's second plate (两块牌子、一套人马), not a zone of its own."""
    for zone in zones:
        if text[zone.start - 1 : zone.start] not in BRACKET_OPEN or text[zone.end : zone.end + 1] not in BRACKET_CLOSE:
            continue
        first = next((other for other in zones if other is not zone and other.start < zone.start
                      and other.end in (zone.start - 1, zone.end + 1)), None)
        if first is not None:
            zone.rule, zone.anaphoric = "zone-plate", True
            first.end = zone.end + 1  # as for a named zone's aside: what follows the bracket is the zone's


def _new_area_start(text: str, index: TokenIndex, kind_start: int, committee_named: bool = False) -> int:
    """Where the name in the place-like token that holds a 新区 begins (菏泽鲁西新区/LOC), after any
    organ written into it (天津市委滨海新区工委), or kind_start. A kind named by its committee may stand cut
    from the name the tagger read as a place right before it (山西综改/LOC|示范/vn|区)."""
    found = index.token_at(kind_start)
    if (found is None or found[1].tag not in PLACE_LIKE_TAGS) and committee_named and kind_start:
        found = index.token_at(kind_start - 1)
        found = found if found is not None and found[1].end == kind_start else None
    if found is None or found[1].tag not in PLACE_LIKE_TAGS:
        return kind_start
    start = _after_organs(text, found[1].start, kind_start)
    return start if kind_start - start >= 2 else kind_start


def _area_name_start(text: str, index: TokenIndex, kind_start: int, kind_end: int, committee_named: bool, lexicon: Lexicon) -> int:
    """Where a new area's name begins (see _new_area_start); for a kind named by its committee, written before it or
    with a short name the article declares (山西|转型|综改|示范区（以下简称“综改区”）), the tagger may cut it into words a
    place opens."""
    start = _new_area_start(text, index, kind_start, committee_named)
    committee = _committee_after(text, kind_end)
    if start == kind_start and committee_named and (declared_short_name().match(text, kind_end) or committee):
        start = _place_opened_name(text, index, kind_start, lexicon)
        before = index.token_at(kind_start - 1) if kind_start else None
        if start == kind_start and committee and before is not None and before[1].end == kind_start \
                and before[1].tag in ("n", "nz") and 2 <= len(before[1].text) <= 4:
            start = before[1].start  # (平原|示范区)党工委: a noun the tagger read alone names it, its committee written after
    return start


def _committee_after(text: str, position: int) -> bool:
    """Whether a zone's committee is written at `position`, or right after a bracket closing there (中原农谷核心区
    （平原示范区）党工委)."""
    return text.startswith(ZONE_COMMITTEES, position + (text[position : position + 1] in BRACKET_CLOSE))


def _place_opened_name(text: str, index: TokenIndex, kind_start: int, lexicon: Lexicon) -> int:
    """Where a name the tagger cut into words begins, when a place opens it a few words before the kind
    (山西|转型|综改|示范区), or kind_start."""
    for length in range(2, entity_rules()["zone"]["place_opened_name_max"] + 1):
        start = kind_start - length
        token = index.token_at(start) if start >= 0 else None
        if token is not None and token[1].start == start and CJK.fullmatch(text[start]) and lexicon.leading_place(text[start:kind_start]) >= 2:
            return start
    return kind_start


def _stands_bare(text: str, index: TokenIndex, kind_start: int) -> bool:
    """The kind opens a word of its own after no name-like word (，新区党工委; not 国家级新区)."""
    found = index.token_at(kind_start)
    before = index.token_at(kind_start - 1) if kind_start else None
    return found is not None and found[1].start == kind_start and (before is None or before[1].tag not in NAME_TAGS)


def _after_settling(text: str, start: int, kind_start: int) -> int:
    """玉京网布安家开发区 (the tagger's 布安家开发区): a company settling in a zone is written before a verb of
    settling, which ends it; the zone's name begins after the verb."""
    ends = [m.end() for m in re.finditer(alternation(rules("relations")["settle_verbs"]), text[start:kind_start])]
    return start + ends[-1] if ends else start


def _after_organs(text: str, start: int, kind_start: int) -> int:
    """中共漳州市委古雷港经济开发区 (the tagger's one token): the zone's name begins after the last
    organ written into it, when two characters are left for the name."""
    after = max((m.end() for m in ORGANS.finditer(text, start, kind_start)), default=start)
    return after if kind_start - after >= 2 else start


def _named_new_areas(text: str, kind_re: re.Pattern, kinds: dict, index: TokenIndex, lexicon: Lexicon) -> set[str]:
    """翠亨新区, 菏泽鲁西新区: a new area the tagger reads as one name that is no known place is a zone
    when the article shows it as one: a place opens its name or stands right before it, a zone's
    committee follows it (鲁西新区管委会), or a company settles in it (落地翠亨新区). A district the
    lexicon knows (滨海新区, 浦东新区) is one only when written after a place and, somewhere, before a
    zone's committee (天津滨海新区 … 滨海新区工委); a bare or described 新区 (国家级新区) is not. Returns
    the names so shown."""
    committees = tuple(entity_rules()["body"]["zone_committees"])
    settles = tuple(rules("relations")["settle_verbs"])
    named = set()
    # 金普新区建立… 在新区投资建设的大项目: where the article also calls a new area by its kind alone.
    bare = {m.start() for m in kind_re.finditer(text) if kinds[m.group()] in PLACE_NAMED_KINDS and _stands_bare(text, index, m.start())}
    for match in kind_re.finditer(text):
        if kinds[match.group()] not in PLACE_NAMED_KINDS:
            continue
        start = _area_name_start(text, index, match.start(), match.end(), kinds[match.group()] in COMMITTEE_NAMED_KINDS, lexicon)
        name = text[start : match.end()]
        if start == match.start():
            continue
        if match.group() in ZONE_AREA_KINDS and text.endswith(ZONE_KIND_WORDS, 0, start):
            continue  # 北京大兴国际机场临空经济区|廊坊片区: an area of the zone written before it, not a zone of its own
        # (重庆·两江新区: a middle dot may stand between the place and the name.)
        dotted = text[start - 1 : start] == "·"
        before = index.token_at(start - 1 - dotted)
        after_place = before is not None and before[1].end == start - dotted and lexicon.place(before[1].text) is not None
        if (lexicon.place(name) is not None or lexicon.division(name) is not None) and not (
                after_place and any(text.startswith(committees, m.end()) for m in re.finditer(re.escape(name), text))):
            continue
        called_bare = bool(bare - {match.start()})
        # 山西综改示范区 … 综改示范区党工委: the committee may follow the name without its province.
        lead = lexicon.leading_place(name)
        province = lexicon.place(name[:lead]) if lead else None
        forms = {name} | ({name[lead:]} if province is not None and province.level == "province" and len(name) - lead > len(match.group()) else set())
        with_committee = any(_committee_after(text, m.end()) for form in forms for m in re.finditer(re.escape(form), text))
        if kinds[match.group()] in COMMITTEE_NAMED_KINDS:
            # 泾河新城管委会: a new town is a zone only when its own committee is written — or when the article
            # declares a short name for it (山西转型综改示范区（以下简称“综改区”）), as for a body, never an honour.
            if with_committee or declared_short_name().match(text, match.end()):
                named.add(name)
        elif (after_place or lexicon.leading_place(name) or text.startswith(committees, match.end())
                or text.endswith(settles, 0, start) or called_bare):
            named.add(name)
    return named


def _city_initial(character: str, start: int, index: TokenIndex, places: list[Mention], lexicon: Lexicon) -> bool:
    """哈经开区 in an article naming 哈尔滨市: one character opening a word, the first of a city the article names,
    abbreviates that city."""
    token = index.token_at(start)
    return token is not None and token[1].start == start and any(
        (admin := lexicon.place(m.place)) is not None and admin.level == "city" and admin.name.startswith(character) for m in places)


def _division_before(text: str, cursor: int, index: TokenIndex, lexicon: Lexicon, start: int) -> int:
    """国家级|和|龙边境经济合作区: a division's short name right before the kind names the zone, however the
    tagger cut it (from where a word of its own begins); else `start`."""
    for length in (4, 3, 2):
        at = cursor - length
        if at >= 0 and lexicon.division(text[at:cursor]) is not None and (token := index.token_at(at)) is not None and token[1].start == at:
            return at
    return start


def _trade_after_place(text: str, cursor: int, place_ending_at: dict[int, Mention], place_starting_at: dict[int, Mention],
                       index: TokenIndex) -> tuple[str, Mention | None]:
    """泰州医药高新区: the trade a zone is for, between its city and `cursor` (where its kind starts),
    and that city. 平顶山尼龙新材料开发区: a word the tagger reads as part of the place's name may stand
    between the city and the trade."""
    for word in trade_words():
        at = cursor - len(word)
        if not text.startswith(word, at):
            continue
        if at in place_ending_at:
            return word, place_ending_at[at]
        token = index.token_at(at - 1)
        if token is None or token[1].tag not in ("LOC", "ORG") or token[1].start not in place_starting_at:
            continue
        if at - token[1].start <= entity_rules()["zone"]["place_with_word_max"]:
            place = place_starting_at[token[1].start]
            return text[place.end : cursor], place
    return "", None


def _abbreviated_zones(text: str, zones: list[Mention]) -> list[Mention]:
    """井开区管委会, 汽开区党工委: a development zone written with one character of its name and 开区 is a zone
    where the article writes its committee after it — and then wherever it is written."""
    cfg = entity_rules()["zone"]
    committees = alternation(entity_rules()["body"]["zone_committees"])
    abbreviation = re.escape(cfg["abbreviated_kind"])
    initials = {m.group(1) for m in re.finditer(f"([\u4e00-\u9fff]){abbreviation}(?={committees})", text)}
    initials -= set(cfg["abbreviated_kind_not_initials"])
    found = []
    for initial in initials:
        for match in re.finditer(re.escape(initial) + abbreviation, text):
            if not any(z.start <= match.start() < z.end for z in zones):
                found.append(zone_mention(text, match.start(), match.end(), cfg["abbreviated_kind_stands_for"], initial, "zone-abbreviated"))
    return found


def _zone_stems_before_committees(text: str, zones: list[Mention]) -> list[Mention]:
    """前海保税区 … 前海管委会副主任: a named zone's name without its kind, right before a committee of a
    zone, is that zone."""
    committees = alternation(entity_rules()["body"]["zone_committees"])
    stems = {}
    for zone in zones:
        if zone.rule == "zone-name" and len(zone.place) >= 2:
            stems.setdefault(zone.place, zone)
    found = []
    for stem, zone in stems.items():
        for match in re.finditer(f"{re.escape(stem)}(?={committees})", text):
            if not any(z.start <= match.start() < z.end for z in zones):
                found.append(zone_mention(text, match.start(), match.end(), zone.kind, zone.place, "zone-stem"))
    return found


def _same_phrase(text: str, start: int, end: int) -> str:
    """The part of text[start:end] after its last punctuation mark (建设上，公主岭… is two phrases)."""
    window = text[start:end]
    return re.split(r"[，。；：、！？,;:!?“”\s]", window)[-1]


def after_former_marker(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """原嘉祥经济开发区, （原济宁市生物产业园）: 原 before a place says "formerly"; the name begins after it
    (原阳, itself a place, keeps it)."""
    markers = tuple(rules("relations")["former_markers"])
    if not text.startswith(markers, start) or lexicon.leading_place(text[start:end]) or lexicon.division(text[start:end]):
        return start
    rest = start + len(next(m for m in markers if text.startswith(m, start)))
    return rest if lexicon.leading_place(text[rest:end]) or lexicon.division(text[rest:end]) else start


def is_province(name: str, lexicon: Lexicon) -> bool:
    place = lexicon.place(name)
    return place is not None and place.level == "province"


def _address_before_place(place: str, lexicon: Lexicon) -> int:
    """连云港市东海 / 苏州市吴江区汾湖 / 聊城鲁西 + 经济开发区: places written before the name that is
    left (a county of that city, or a name of no place) are the zone's address, not its name; the
    zone is then one node with its shorter form (鲁西经济开发区). Returns how many characters to skip."""
    skipped = 0
    outer = None
    while True:
        rest = place[skipped:]
        lead = lexicon.leading_place(rest)
        here = lexicon.place(rest[:lead]) if lead else None
        if here is None or len(rest) - lead < 2 or (outer is not None and outer.name not in (here.city, here.province)):
            break
        if rest[lead] in entity_rules()["zone"]["landform_endings"]:
            break  # 台州湾循环经济产业集聚区: a bay or a lake named after the place opens the name
        inner = lexicon.division(rest[lead:])
        if inner is not None and here.name not in (inner.city, inner.province):
            break  # the rest is a place that is not inside this one: no single address
        if inner is None and here.level == "province" and not (lexicon.leading_place(rest[lead:]) or _county_short_within(rest[lead:], here, lexicon)):
            break  # 河南省二星级 + 产业集聚区: after a province, a word of no place is a grade, not a name
        outer, skipped = here, skipped + lead
    return skipped


def _county_short_within(text: str, province: Place | None, lexicon: Lexicon) -> int:
    """安徽长丰 + 双凤经济开发区: right after its province, a county's short form (长丰 for 长丰县) shows the
    province to be an address; the short form itself (too common a word to read as a place alone) stays
    in the name. Returns its length (0: none)."""
    if province is None or province.level != "province":
        return 0
    for length in (3, 2):
        county = lexicon.division(text[:length]) if len(text) > length else None
        if county is not None and county.level == "county" and county.province == province.name and county.name != text[:length]:
            return length
    return 0


@cache
def declared_short_name() -> re.Pattern:
    """A bracketed note declaring a short name (（以下简称“威海高区”）, （简称湖州科技城公司）); group 1 is the name."""
    openers = alternation(rules("relations")["alias_note_openers"])
    return re.compile(f"[（(](?:{openers})[：:]?“?([^“”（）()]{{2,16}}?)”?[）)]")


def declared_short_zones(text: str, zones: list[Mention]) -> list[Mention]:
    """山东省威海市火炬高技术产业开发区（以下简称“威海高区”）: the short name an article declares for a zone is that
    zone wherever it is written (when it is not a bare kind, which stands for the zone anyway)."""
    kinds = zone_patterns()[0]
    taken = [(z.start, z.end) for z in zones]
    found = []
    for zone in (z for z in zones if not z.anaphoric):
        declared = declared_short_name().match(text, zone.end)
        if declared is None or declared.group(1) in kinds:
            continue
        for match in re.finditer(re.escape(declared.group(1)), text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(zone_mention(text, match.start(), match.end(), zone.kind, zone.place, "zone-declared-short"))
        # 长丰双凤经济开发区（以下称“双凤开发区”）: where the short name was read as a zone of its own, it is this one.
        for same in (z for z in zones if z.text == declared.group(1) and not z.anaphoric):
            same.kind, same.place, same.rule = zone.kind, zone.place, "zone-declared-short"
    return found


def zone_mention(text, start, end, kind, place, rule, anaphoric=False) -> Mention:
    return Mention(
        start=start, end=end, text=text[start:end], type="Zone", rule=rule, kind=kind, place=place, anaphoric=anaphoric
    )
