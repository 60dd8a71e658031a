"""Find typed mentions: Place, Zone, Park, Company, GovernmentBody, Person and Measure.

Each finder reads the normalised text and the tagger's tokens and returns spans; names are
recognised by patterns over suffixes, posts and structure kept in kg/rules and kg/lexicons,
never by lists of particular names. Identities are assigned later, by resolution.
"""

from __future__ import annotations

import os
import re
from functools import cache
from itertools import chain

from kg.lexicon import Lexicon, Place
from kg.models import AnalysedDocument, Mention, Token
from kg.normalise import CLAUSE_BREAK, clause_end, clause_start, inside_book_title
from kg.resources import alternation, lexicon_lines, longest_first, rules

# Tags of tokens that can be part of a name written before a park, company or body suffix.
# Verbs, adverbs and prepositions: never part of a name (最终促成中通 is 中通).
VERB_TAGS = {"v", "vd", "ad", "d", "p"}
PROPER_NAME_TAGS = {"ORG", "nz", "nt", "nr", "ns", "PER", "LOC"}
NAME_TAGS = {"n", "nz", "nw", "ORG", "LOC", "j", "vn", "an", "s", "nr", "ns", "nt", "PER", "m", "a"}
# Tags of words that never make part of a name (投入建成园区 is an act, not a park).
NOT_NAME_TAGS = {"v", "vd", "p", "u", "c", "d", "r", "m", "q", "w", "TIME"}
CJK = re.compile(r"[\u4e00-\u9fff]")
# 招商一局: numerals that number one of several bodies of a kind.
ORDINAL_NUMERALS = "一二三四五六七八九十"
# 四级调研员: characters that may qualify a post joined to the chain by 、; posts are at most this long.
MAX_POST_QUALIFIER = 4
MAX_POST = 8
MAX_NAME = 24
MAX_BODY_AFTER_ZONE = 12
LIST_NAME_MAX = 6
LIST_ITEM_MAX = 12
BRACKETED_REGION = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]$")


@cache
def _entity_rules() -> dict:
    return rules("entities")


LEGAL_FORMS = tuple(_entity_rules()["company"]["legal_forms"])


class TokenIndex:
    """Find the token at or around a character position of the document."""

    def __init__(self, doc: AnalysedDocument):
        self.tokens: list[Token] = [t for sentence in doc.tokens for t in sentence]
        self.at: dict[int, int] = {}
        for index, token in enumerate(self.tokens):
            for position in range(token.start, token.end):
                self.at[position] = index

    def token_at(self, position: int) -> tuple[int, Token] | None:
        index = self.at.get(position)
        return None if index is None else (index, self.tokens[index])

    def name_start(self, suffix_start: int, floor: int, stop: set[str] = frozenset(),
                   stop_tags: set[str] = frozenset(), through: set[str] = frozenset()) -> int:
        """Walk left from a suffix over name-like tokens (and words in `through`, whatever their tag);
        return where the name begins."""
        found = self.token_at(suffix_start)
        start = suffix_start
        # 宁夏|共享铸钢有限公司/v: a word the tagger read through a company's legal form is a name, whatever its tag.
        if found and found[1].start < suffix_start and (found[1].tag in NAME_TAGS or found[1].text.endswith(LEGAL_FORMS)):
            start = found[1].start
            index = found[0] - 1
        else:
            index = found[0] - 1 if found else None
            if index is None:
                previous = self.token_at(suffix_start - 1)
                index = previous[0] if previous else -1
        while index >= 0:
            token = self.tokens[index]
            # 华秋电子5G数字产业园: a technology's code (5G, 4K) is read as a number but belongs to a name.
            code = token.text.isascii() and token.text.isalnum() and not token.text.isdigit()
            name_like = token.tag in NAME_TAGS and (token.tag not in stop_tags or code) or token.text in through
            if not name_like or token.end != start or token.start < floor or token.text in stop:
                break
            if not all(CJK.match(ch) or ch.isalnum() for ch in token.text):
                break
            if suffix_start - token.start > MAX_NAME:
                break
            start = token.start
            index -= 1
        return start


# ---------------------------------------------------------------- places


def find_places(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    text = doc.norm.text
    mentions = []
    for begin, end, _ in lexicon.place_trie.tokenize(text):
        form = text[begin:end]
        place = lexicon.place(form)
        if place is None:
            continue
        # "河南" inside "河南省" is found as the longer form; a short form glued to a following
        # division suffix belongs to a name we do not know, so it is skipped.
        if form == place.short and _glued_to_division(text, end):
            continue
        if text[end - 1 : end + 1] in _entity_rules()["place"]["scope_words"]:
            continue  # 探索县域: the division suffix opens a word (县域), the place is none (索县)
        if form != place.short and text.startswith(tuple(_entity_rules()["place"]["division_led_words"]), end - 1):
            # 绵阳市场信息网: the division suffix opens a word (市场); the place is written short (绵阳)
            if lexicon.place(form[:-1]) is not place:
                continue
            form, end = form[:-1], end - 1
        if (len(form) == 2 and form.endswith(tuple(_entity_rules()["place"]["head_post_divisions"]))
                and text.startswith(_entity_rules()["place"]["head_post_after_division"], end)):
            continue  # 代县长: an acting county head, not 代县
        if not _names_a_place_here(text, begin, form, lexicon):
            continue
        if any(w in text[max(0, begin - len(w)) : end + len(w)] for w in _entity_rules()["place"]["words_holding_places"]):
            continue  # 出海口: a word that holds the name
        mentions.append(Mention(start=begin, end=end, text=form, type="Place", rule="admin-lexicon", place=place.name))
    return mentions


DIVISION_WORDS = _entity_rules()["place"]["division_words"]
DISTRICT_WORD = "区"  # 区财政局: written alone before a body, the district's or, outside a district's sentence, the zone's
BELOW_PROVINCE_WORDS = DIVISION_WORDS.replace("省", "")  # a province's 省 never stands inside a park's name


def _glued_to_division(text: str, end: int) -> bool:
    """泰兴市, 金华区: a division suffix right after a short form (not opening a word such as 区域)."""
    return text[end : end + 1] in tuple(DIVISION_WORDS) and not text.startswith(
        tuple(_entity_rules()["place"]["division_led_words"]), end)


def without_division_word(name: str) -> list[str]:
    """剑河县工业园区 → 剑河工业园区: a name that opens with a place written with its division word
    (县, 市, 区), written without it."""
    return [name[:at] + name[at + 1 :] for at in range(2, 5) if name[at : at + 1] in BELOW_PROVINCE_WORDS]


def _names_a_place_here(text: str, position: int, form: str, lexicon: Lexicon) -> bool:
    """A district whose name is a common word (主城区, 东区) names it only right after its city."""
    if form not in _entity_rules()["place"]["common_word_names"]:
        return True
    place = lexicon.place(form)
    city = lexicon.place(place.city) if place is not None else None
    return city is not None and text.endswith((city.name, city.short), 0, position)


def find_zone_counties(doc: AnalysedDocument, lexicon: Lexicon, zones: list[Mention]) -> list[Mention]:
    """泰兴高新区 … 泰兴高度重视: a county's short form is no place on its own (too many are words),
    but one that names a zone of the article stands for that county wherever it is written alone."""
    text = doc.norm.text
    mentions = []
    for short in {z.place for z in zones if z.rule in ("zone-name", "zone-park-committee")}:
        county = lexicon.division(short)
        if county is None or county.level != "county" or county.short != short or lexicon.place(short) is not None:
            continue
        for match in re.finditer(re.escape(short), text):
            begin, end = match.span()
            if any(z.start <= begin < z.end for z in zones) or _glued_to_division(text, end):
                continue
            mentions.append(Mention(start=begin, end=end, text=short, type="Place", rule="zone-county", place=county.name))
    return mentions


# ---------------------------------------------------------------- zones


def trade_words() -> tuple[str, ...]:
    """Words of a trade (医药, 新材料) that end company names and may stand between a zone's city and kind."""
    return _org_patterns()["industry"]


@cache
def _zone_patterns():
    cfg = _entity_rules()["zone"]
    kinds = dict(cfg["kinds"])
    kind_re = re.compile(alternation(kinds))
    level_re = re.compile(f"(?:{alternation(cfg['level_words'])})$")
    local_re = re.compile(f"(?:{alternation(cfg['local_place_words'] + cfg['city_words_before_zone'])})$")
    anaphor_re = re.compile(alternation(cfg["anaphors"]))
    # The last descriptive verb with no conjunction after it.
    descriptive_re = re.compile(f"(?:{alternation(cfg['descriptive_verbs'])})[^{''.join(cfg['descriptive_broken_by'])}]*$")
    return kinds, kind_re, level_re, local_re, anaphor_re, descriptive_re, cfg["descriptive_window"]


ORG_WORDS_BEFORE_ZONE = tuple(_entity_rules()["zone"]["organisations_before"])
ASSEMBLIES_BEFORE_ZONE = tuple(_entity_rules()["zone"]["assemblies_before"])
ORGANS = re.compile(alternation(ORG_WORDS_BEFORE_ZONE))
DEPARTMENT_DIVISIONS = tuple(_entity_rules()["zone"]["department_divisions"])
BUREAU_BEFORE_ZONE = tuple(_entity_rules()["zone"]["bureaus_before"])
BUREAU_BRANCHES = tuple(_entity_rules()["zone"]["bureau_branches"])
# 在市委市政府和新区党工委的领导下: an organ and a conjunction before the kind leave the zone unnamed.
ORGAN_AND_BEFORE_ZONE = re.compile(f"(?:{alternation(ORG_WORDS_BEFORE_ZONE)})[和与及、]$")
# The name of a zone begins after any of these written before it (人大代表, 联合, 关于).
NOT_NAME_WORDS = [w for key in ("standing_words", "joining_words", "title_words", "rank_words", "wider_areas") for w in _entity_rules()["zone"][key]]
STANDING_BEFORE_ZONE = re.compile(f".*(?:{alternation(NOT_NAME_WORDS)})")
NAME_DOTS = "·.．•"
PARK_NAME_STOP_VERBS = set(_entity_rules()["park"]["name_stop_verbs"])
PARK_NAME_VERBS = set(_entity_rules()["park"]["name_verbs"])
PARK_NAME_CONJUNCTIONS = tuple(_entity_rules()["park"]["name_conjunctions"])
GOING_VERBS = {v for v in rules("relations")["arrival_verbs"] + rules("relations")["travel_verbs"] if len(v) == 1}
PARK_COUNT = re.compile(r"\d+[家个座所]")
LITERARY_OF = "之"
BRAND_TAGS = {"ORG", "nz", "j", "nr", "nrt"}
COUNT_BEFORE_PARK = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[家个座所]$")
COUNTED_KIND_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,4}$")  # 5个功能|园区
SENTENCE_END = "。！？\n"  # marks that end a sentence in normalised text
BRACKET_OPEN, BRACKET_CLOSE = ("（", "("), ("）", ")")
ZONE_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")
ZONE_COMMITTEES = tuple(_entity_rules()["body"]["zone_committees"])
JOINT_UNITS = tuple(_entity_rules()["body"]["joint_units"])  # 开发区（钟埭街道）党工委: a street run with the zone
PLACEHOLDER_MARKS = tuple(_entity_rules()["placeholder_marks"])
INSIDE_WORD = "内"
DEMONSTRATIVE_COUNT = re.compile(r"[这那](?:[0-9]+|[一二两三四五六七八九十百]+)[家个]")
# Words ending the name of a town or street, which a park may be written after (汤塘镇聚宝工业园).
TOWN_WORDS = tuple(rules("relations")["town_suffixes"])
# Rules that find companies as items of a list (which may then be Latin-letter brands).
LISTED_COMPANY_RULES = ("company-list", "company-settling-list")
HONOUR_WORDS = tuple(_entity_rules()["zone"]["honour_words"])
HONOUR_QUOTE_MAX = 24  # longest run of an awarded title's quotes read back to the words before it
ZONE_OBJECT_VERBS = tuple(_entity_rules()["body"]["zone_object_verbs"])
BRACKETED_BEFORE_KIND = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]$")
COUNT_BEFORE_ZONE = re.compile(_entity_rules()["zone"]["count_before"])
CLASS_AFTER_ZONE = re.compile(_entity_rules()["zone"]["class_after"])
CROSS_BORDER_KINDS = set(_entity_rules()["zone"]["cross_border_kinds"])
NAME_DASHES = "—－-"
ZONE_KIND_WORDS = tuple(kind for kind, _ in _entity_rules()["zone"]["kinds"])
ZONE_AREA_KINDS = tuple(_entity_rules()["zone"]["area_kinds"])
PLACE_LIKE_TAGS = {"LOC", "ORG", "nz", "ns"}
NAME_OPENING_CONJUNCTIONS = "和与同"
ENGINEERING_BUREAU = re.compile(_entity_rules()["company"]["engineering_bureau"])
BRANCH_NOTE = re.compile(r"（([^（）]{2,10})）$")
COUNTRY_PAIR = re.compile(_entity_rules()["zone"]["country_pair_names"])
TRADE_NAMED_KINDS = set(_entity_rules()["zone"]["trade_named_kinds"])
COUNTS_OF_A_KIND = tuple(_entity_rules()["company"]["list_counts"])
# Tags of words that open no name: adverbs, prepositions, verbs, conjunctions, particles.
FUNCTION_TAGS = {"d", "p", "v", "vd", "c", "u"}
PLACE_NAMED_KINDS = set(_entity_rules()["zone"]["place_named_kinds"])
GENERIC_ZONE_KIND = "开发区"  # the kind every zone is, which after a province alone names none
KIND_CONTINUATIONS = tuple(_entity_rules()["zone"]["kind_continuations"])
KIND_OWN_CONTINUATIONS = _entity_rules()["zone"]["kind_own_continuations"]
COMMITTEE_NAMED_KINDS = set(_entity_rules()["zone"]["committee_named_kinds"])
GENERIC_ZONE_PREFIXES = tuple(_entity_rules()["zone"]["generic_name_openers"])


def find_zones(doc: AnalysedDocument, lexicon: Lexicon, places: list[Mention], index: TokenIndex) -> list[Mention]:
    kinds, kind_re, level_re, local_re, anaphor_re, descriptive_re, window = _zone_patterns()
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
                mentions.append(_zone(text, kind_start, end, kind, "", "zone-bare", anaphoric=True))
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
            mentions.append(_zone(text, local.start(), end, kind, "", "zone-local", anaphoric=True))
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
                start = max([start] + [m.end() for m in _post_pattern(lexicon.posts).finditer(text, start, cursor)])
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
            start = _after_former_marker(text, start, cursor, lexicon)
            found = index.token_at(cursor)
            # Only a place-like token (LOC, ORG or a proper noun) gives a zone its name.
            if start < cursor and not one_token and found is not None and found[1].tag not in PLACE_LIKE_TAGS:
                previous = index.token_at(cursor - 1)
                # 紫竹国家高新区: a noun of a name's length right before the zone's level word names it.
                named_before_level = (level is not None and previous is not None and previous[1].tag == "n"
                                      and previous[1].end == cursor
                                      and 2 <= len(previous[1].text) <= _entity_rules()["zone"]["name_before_level_max"])
                # 火炬高新区 written again and again: a plain noun before the kind is the zone's name.
                repeated = (previous is not None and previous[1].tag == "n" and previous[1].end == cursor
                            and 2 <= len(previous[1].text) <= 3
                            and text.count(previous[1].text + text[cursor:end]) >= _entity_rules()["zone"]["repeated_name_min"])
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
            zone = _zone(text, start, end, kind, place, "zone-name")
            zone.written_from = written_from
            aside = ZONE_ASIDE.match(text, end)
            if aside:
                # 常州国家高新区（新北区）党工委: the district it shares its administration with is an
                # aside; what follows the bracket still belongs to the zone. The name stays without it.
                zone.end = aside.end()
            elif start > 0 and text[start - 1] in BRACKET_OPEN and text[end : end + 1] in BRACKET_CLOSE and _committee_after(text, end):
                zone.end = end + 1  # 中原农谷核心区（平原示范区）党工委: the zone named in brackets, its committee after them
            mentions.append(zone)
        elif (not place and not level and not text.endswith(tuple(_entity_rules()["zone"]["elsewhere_words"]), 0, kind_start)
              and not text.endswith(tuple(_entity_rules()["zone"]["scope_words"]), 0, kind_start)):
            bare = _zone(text, kind_start, end, kind, "", "zone-bare", anaphoric=True)
            if ((aside := ZONE_ASIDE.match(text, end)) and text.startswith(ZONE_COMMITTEES, aside.end())
                    and not aside.group()[1:-1].endswith(JOINT_UNITS)):
                # 高新区（示范区）党工委: its second plate in brackets, then its committee (not 开发区（钟埭街道）党工委,
                # a street run with it as one)
                bare.end = aside.end()
            mentions.append(bare)
    mentions += _new_areas_without_their_city(text, mentions, lexicon)
    for match in anaphor_re.finditer(text):
        mentions.append(_zone(text, match.start(), match.end(), "", "", "zone-anaphor", anaphoric=True))
    _mark_second_plates(text, mentions)
    mentions = [m for m in mentions if not _inside_others_title(text, m) and not _inside_an_honour(text, m.start, m.end)]
    mentions += _abbreviated_zones(text, mentions)
    return mentions + _zone_stems_before_committees(text, mentions)


def _inside_a_quoted_list(text: str, start: int, end: int) -> bool:
    """建设“百亿企业群、千亿产业带、生态产业园”: a park word inside a quoted slogan of several items names no park."""
    opening = text.rfind("“", max(0, start - HONOUR_QUOTE_MAX), start + 1)
    closing = text.find("”", end - 1)
    return (opening >= 0 and closing >= 0 and "”" not in text[opening:start] and closing - opening <= HONOUR_QUOTE_MAX
            and "、" in text[opening:closing])


def _inside_an_honour(text: str, start: int, end: int) -> bool:
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
                found.append(_zone(text, match.start(), match.end(), zone.kind, zone.place, "zone-name"))
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
    for length in range(2, _entity_rules()["zone"]["place_opened_name_max"] + 1):
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


def _only_trades(descriptor: str) -> bool:
    """新材料, 新能源汽车: nothing but words of trades (no name of its own)."""
    while descriptor:
        word = next((w for w in trade_words() if descriptor.startswith(w)), None)
        if word is None:
            return False
        descriptor = descriptor[len(word) :]
    return True


def _across_number_in_name(text: str, start: int, index: TokenIndex) -> int:
    """楚天181文化创意产业园: a number written between a name's words, with no unit after it, is part of the name
    (not 340亩智谷科技产业园, where the unit ends a measure); the name opens with the words before it."""
    number = re.search(r"[0-9]{1,4}$", text[max(0, start - 4) : start])
    if number is None:
        return start
    digits_start = start - len(number.group())
    opening = index.name_start(digits_start, floor=max(0, digits_start - MAX_NAME), stop_tags={"m"}, stop=PARK_NAME_STOP_VERBS)
    return opening if opening < digits_start and CJK.match(text[digits_start - 1]) else start


def _across_place_dashes(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
    """鄞州—衢江产业飞地: places joined by dashes, the partners building a park together, open its name."""
    while start > 1 and text[start - 1] in NAME_DASHES:
        before = index.token_at(start - 2)
        if before is None or before[1].end != start - 1 or (before[1].tag != "LOC" and lexicon.place(before[1].text) is None):
            break
        start = before[1].start
    return start


QUOTED_PREFIX = re.compile(r"“[\u4e00-\u9fff]{2,6}”$")


def _across_quoted_prefix(text: str, start: int, kind_start: int) -> int:
    """“长三角”精细化工科技产业园: a short quoted name right before a park's descriptor (words of its own, not
    the kind alone: 南湖“双创”产业园 is named by its place) opens the park's name."""
    quoted = QUOTED_PREFIX.search(text, max(0, start - 8), start)
    return quoted.start() if quoted and kind_start - start >= 2 else start


def _across_literary_of(text: str, start: int, index: TokenIndex) -> int:
    """浙大|之|光平湖数字经济产业园: a brand written with the literary 之 (浙大之光) opens the name of the park
    named after it; the tagger reads 之 as a particle of its own."""
    if text[start - 1 : start] != LITERARY_OF or (before := index.token_at(start - 2)) is None:
        return start
    token = before[1]
    return token.start if token.end == start - 1 and token.tag in BRAND_TAGS and len(token.text) >= 2 else start


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
    committees = tuple(_entity_rules()["body"]["zone_committees"])
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
        if at - token[1].start <= _entity_rules()["zone"]["place_with_word_max"]:
            place = place_starting_at[token[1].start]
            return text[place.end : cursor], place
    return "", None


def _abbreviated_zones(text: str, zones: list[Mention]) -> list[Mention]:
    """井开区管委会, 汽开区党工委: a development zone written with one character of its name and 开区 is a zone
    where the article writes its committee after it — and then wherever it is written."""
    cfg = _entity_rules()["zone"]
    committees = alternation(_entity_rules()["body"]["zone_committees"])
    abbreviation = re.escape(cfg["abbreviated_kind"])
    initials = {m.group(1) for m in re.finditer(f"([\u4e00-\u9fff]){abbreviation}(?={committees})", text)}
    initials -= set(cfg["abbreviated_kind_not_initials"])
    found = []
    for initial in initials:
        for match in re.finditer(re.escape(initial) + abbreviation, text):
            if not any(z.start <= match.start() < z.end for z in zones):
                found.append(_zone(text, match.start(), match.end(), cfg["abbreviated_kind_stands_for"], initial, "zone-abbreviated"))
    return found


def _zone_stems_before_committees(text: str, zones: list[Mention]) -> list[Mention]:
    """前海保税区 … 前海管委会副主任: a named zone's name without its kind, right before a committee of a
    zone, is that zone."""
    committees = alternation(_entity_rules()["body"]["zone_committees"])
    stems = {}
    for zone in zones:
        if zone.rule == "zone-name" and len(zone.place) >= 2:
            stems.setdefault(zone.place, zone)
    found = []
    for stem, zone in stems.items():
        for match in re.finditer(f"{re.escape(stem)}(?={committees})", text):
            if not any(z.start <= match.start() < z.end for z in zones):
                found.append(_zone(text, match.start(), match.end(), zone.kind, zone.place, "zone-stem"))
    return found


def _same_phrase(text: str, start: int, end: int) -> str:
    """The part of text[start:end] after its last punctuation mark (建设上，公主岭… is two phrases)."""
    window = text[start:end]
    return re.split(r"[，。；：、！？,;:!?“”\s]", window)[-1]


def _after_former_marker(text: str, start: int, end: int, lexicon: Lexicon) -> int:
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
        if rest[lead] in _entity_rules()["zone"]["landform_endings"]:
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
    kinds = _zone_patterns()[0]
    taken = [(z.start, z.end) for z in zones]
    found = []
    for zone in (z for z in zones if not z.anaphoric):
        declared = declared_short_name().match(text, zone.end)
        if declared is None or declared.group(1) in kinds:
            continue
        for match in re.finditer(re.escape(declared.group(1)), text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(_zone(text, match.start(), match.end(), zone.kind, zone.place, "zone-declared-short"))
        # 长丰双凤经济开发区（以下称“双凤开发区”）: where the short name was read as a zone of its own, it is this one.
        for same in (z for z in zones if z.text == declared.group(1) and not z.anaphoric):
            same.kind, same.place, same.rule = zone.kind, zone.place, "zone-declared-short"
    return found


def _zone(text, start, end, kind, place, rule, anaphoric=False) -> Mention:
    return Mention(
        start=start, end=end, text=text[start:end], type="Zone", rule=rule, kind=kind, place=place, anaphoric=anaphoric
    )


# ---------------------------------------------------------------- organisations


def generic_company_name(name: str) -> bool:
    """园区管理公司: a company word with nothing but kinds of place and work before it names no company."""
    return _generic_company(name, _org_patterns(), after_zone=False)


def _party_opening(text: str, zone_start: int) -> int:
    """中共|黔西南高新区工作委员会: where a zone's body is written from, with the party's name before the zone."""
    party = next((word for word in _entity_rules()["body"]["party_names"] if text.endswith(word, 0, zone_start)), "")
    return zone_start - len(party)


def _generic_company(name: str, patterns, after_zone: bool) -> bool:
    """上市公司, 子公司, 光电有限公司: a descriptor (kinds of place, work or trade) and a suffix, no name."""
    suffix = patterns["company_end"].search(name)
    if suffix is None:
        return False
    descriptor = name[: suffix.start()]
    # 一批欧美跨国公司, 美国上市公司: a country or region of origin before a kind of company names none.
    origin = next((o for o in patterns["origins"] if descriptor.startswith(o) and descriptor != o), "")
    if origin and descriptor[len(origin) :] in patterns["company_generic"]:
        return True
    # 昆明经投集团下属公司: a subsidiary of a company written by its parent's name names none of its own.
    if descriptor.endswith(patterns["subsidiary_words"]) and patterns["company"].search(descriptor):
        return True
    if (not descriptor or descriptor in patterns["company_generic"] or descriptor.startswith(patterns["company_generic_leading"])
            or descriptor.endswith(patterns["company_generic_endings"]) or _enterprises_of_a_kind(descriptor, patterns)):
        return True  # 部分国企子公司, 相关公司: some companies, not one
    if after_zone:
        return False  # 西宁经济技术开发区 + 发展集团公司: the zone is the name
    # 产业园区运营公司, 投资建设发展有限公司: nothing but kinds of place and of work.
    while descriptor:
        word = next((w for w in patterns["company_generic_words"] if descriptor.startswith(w)), None)
        if word is None:
            return False
        descriptor = descriptor[len(word) :]
    return True


def _enterprises_of_a_kind(descriptor: str, patterns) -> bool:
    """六大上市企业(集团), 台湾高科技企业(集团): the enterprise word after a kind of enterprise names none."""
    kind = patterns["enterprise_word"]
    return descriptor.endswith(kind) and descriptor[: -len(kind)].endswith(patterns["enterprise_qualifiers"])


@cache
def _org_patterns():
    cfg = _entity_rules()
    return {
        "park": re.compile(alternation(cfg["park"]["suffixes"])),
        "park_generic": set(cfg["park"]["generic_descriptors"]),
        "park_min": cfg["park"]["min_descriptor"],
        "park_generic_leading": tuple(cfg["park"]["generic_leading"]),
        "park_quality_leading": tuple(cfg["park"]["quality_leading"]),
        "park_class_words": tuple(cfg["park"]["class_words"]),
        "park_generic_endings": tuple(cfg["park"]["generic_endings"]),
        "park_not_openers": tuple(cfg["park"]["not_name_openers"]),
        "park_place_named": set(cfg["park"]["place_named_suffixes"]),
        "park_place_opened": set(cfg["park"]["place_opened_suffixes"]),
        "subpark": re.compile(
            f"[\u4e00-\u9fff]{{1,{cfg['park']['subpark_max_descriptor']}}}?(?:{alternation(cfg['park']['subpark_suffixes'])})"
        ),
        "subpark_stop_words": tuple(cfg["park"]["subpark_stop_words"]),
        "short_park_word": cfg["park"]["short_park_word"],
        "company": re.compile(alternation(cfg["company"]["suffixes"])),
        "company_end": re.compile(f"(?:{alternation(cfg['company']['suffixes'])})$"),
        "company_generic": set(cfg["company"]["generic_descriptors"]),
        "company_generic_leading": tuple(cfg["company"]["generic_leading"]),
        "origins": tuple(longest_first(cfg["company"]["country_prefixes"] + cfg["company"]["regions_of_origin"])),
        "subsidiary_words": tuple(cfg["company"]["subsidiary_words"]),
        "company_generic_endings": tuple(cfg["company"]["generic_descriptor_endings"]),
        "enterprise_word": cfg["company"]["kind_of_enterprise"],
        "enterprise_qualifiers": tuple(cfg["company"]["kind_of_enterprise_qualifiers"]) + tuple(
            w for w in cfg["company"]["generic_descriptors"] + cfg["company"]["generic_leading"] if len(w) >= 2),
        "byline_words": tuple(cfg["company"]["byline_words"]),
        "company_generic_words": tuple(longest_first(
            cfg["park"]["suffixes"] + cfg["park"]["zone_words"] + ["园区", "园"] + cfg["company"]["generic_work"]
            + cfg["company_words"]["industry_endings"] + cfg["company"]["generic_qualities"]
        )),
        "anonymous": tuple(cfg["company"]["anonymous_markers"]),
        "ranking_after": re.compile(cfg["company"]["ranking_after"]),
        "system_after": re.compile(cfg["company"]["system_after"]),
        "body": re.compile(alternation(cfg["body"]["suffixes"])),
        "body_end": re.compile(f"(?:{alternation(cfg['body']['suffixes'])})$"),
        "body_untagged": re.compile(
            alternation([s for s in cfg["body"]["suffixes"] if s not in cfg["body"]["tagged_only_suffixes"]])
        ),
        "industry": tuple(longest_first(cfg["company_words"]["industry_endings"])),
        "noise": re.compile(f"(?:{alternation(cfg['company_words']['leading_noise'])})"),
        "described_noise": re.compile(f"(?:{alternation(cfg['company_words']['leading_noise_descriptors'])})企业"),
        "outside": tuple(cfg["body"]["outside_prefixes"]),
        "settles": re.compile(alternation(rules("relations")["settle_verbs"])),
        # 平煤隆基年产3000万瓦光伏组件项目建成投产: the organisation's project, in the same clause, settles.
        "project_settles": re.compile(
            f"[^，。；,;]{{0,16}}?项目[^，。；,;]{{0,4}}?(?:{alternation(rules('relations')['settle_verbs'])})"
        ),
    }


def _quoted_park_settled_in(text: str, suffix_start: int, end: int) -> int | None:
    """入驻“创业园”, 落户“现代物流园”: a park word in quotes that companies settle in is a park's name,
    however short or plain its descriptor. Returns where the name begins."""
    opening = text.rfind("“", max(0, suffix_start - 8), suffix_start + 1)
    if (opening >= 0 and text[end : end + 1] == "”" and "”" not in text[opening:end]
            and text[:opening].endswith(tuple(rules("relations")["settle_verbs"]))):
        return opening + 1
    return None


def _quoted_title(text: str, start: int, end: int) -> bool:
    """是全省“科学发展园区”、“高端装备制造产业园区”: a name filling a quote that follows a word of
    title or striving, directly or down a list of such quotes."""
    if text[start - 1 : start] != "“" or text[end : end + 1] != "”":
        return False
    opening = start - 1
    while text[opening - 2 : opening] == "”、" and (previous := text.rfind("“", 0, opening - 2)) >= 0:
        opening = previous
    return text[max(0, opening - 4) : opening].endswith(tuple(_entity_rules()["park"]["title_before"]))


def _titled_in_clause(text: str, start: int, suffix: str) -> bool:
    """获评省级现代服务业集聚示范园区: a title-like park name after a word of title in its clause."""
    park = _entity_rules()["park"]
    if suffix not in park["title_like_suffixes"]:
        return False
    return any(word in text[clause_start(text, start) : start] for word in park["title_before"])


def _zone_end_inside(zones: list[Mention], start: int, end: int) -> tuple[int, Mention | None]:
    """If a zone mention sits at the front of [start, end), or the span opens inside one (开发|区南华城…产业园: the
    tagger read the kind's last character into the park's name), the name proper starts after it."""
    best, owner = start, None
    for zone in zones:
        if (start <= zone.start < end or zone.start < start < zone.end) and zone.end < end and zone.end > best:
            best, owner = zone.end, zone
    return best, owner


def _outside_place_in(name: str, lexicon: Lexicon, anywhere: bool = False) -> bool:
    """A body or park whose name begins with a province or city (written with 省/市) belongs there;
    for a body, such a place anywhere in the name (联合清远市人社局), or a county written in full at its
    start (莒县商务局), makes it that place's."""
    for begin, end, _ in lexicon.place_trie.tokenize(name if anywhere else name[:6]):
        place = lexicon.place(name[begin:end])
        outside = place is not None and name[begin:end] == place.name and (place.level != "county" or anywhere and begin == 0)
        if not anywhere:
            return begin == 0 and outside  # only the first place found counts
        if outside:
            return True
    return False


def _zone_by_stem(body: str, zones: list[Mention], lexicon: Lexicon) -> Mention | None:
    """梅州东升园区管委会 for 东升工业园区: a committee named by a zone's name without its kind (and
    perhaps its city before, a short park or zone word after) is that zone's."""
    committees = tuple(longest_first(_entity_rules()["body"]["zone_committees"]))
    committee = next((c for c in committees if body.endswith(c)), "")
    if not committee:
        return None
    rest = body[: -len(committee)]
    rest = rest[_leading_places(rest, lexicon) :]
    short_words = ("", *_entity_rules()["park"]["committee_short_forms"], *(written for written, _ in _entity_rules()["zone"]["kinds"]))
    return next((z for z in zones if not z.anaphoric and len(z.place) >= 2 and rest.startswith(z.place)
                 and rest[len(z.place) :] in short_words), None)


def _leading_places(name: str, lexicon: Lexicon) -> int:
    """How many characters of places a name begins with (湖南省安化县 in 湖南省安化县冷市镇华莱黑茶产业园)."""
    end = 0
    while True:
        step = lexicon.leading_place(name[end:])
        if not step or not _names_a_place_here(name, end, name[end : end + step], lexicon):
            return end
        end += step


def _last_place_start(name: str, lexicon: Lexicon) -> int:
    """Where the last of the places a name is made of begins (台湾 in 开封市台湾); 0 for one place."""
    start = 0
    while (step := lexicon.leading_place(name[start:])) and start + step < len(name):
        start += step
    return start


def _owner_company_end(descriptor: str, lexicon: Lexicon, patterns: dict) -> int:
    """新华集团故城化工园区: a company written before a place that opens the park's name owns the park
    and is not part of its name; returns where the park's own name begins (0 when no owner)."""
    for suffix in patterns["company"].finditer(descriptor):
        rest = descriptor[suffix.end() :]
        if any(lexicon.division(rest[:size]) is not None for size in (2, 3)) or lexicon.leading_place(rest):
            return suffix.end()
    return 0


def _named_as_company_elsewhere(text: str, name: str, patterns: dict) -> bool:
    return any(patterns["company"].match(text, found.end()) for found in re.finditer(re.escape(name), text))


@cache
def _field_list() -> re.Pattern:
    """、边贸物流等特色领域: the rest of a list closed by 等 and a word for fields, whose items are fields."""
    heads = alternation(_entity_rules()["company_words"]["field_list_heads"])
    return re.compile(f"(?:、[^、，。；等]{{1,10}})*等[\u4e00-\u9fff]{{0,4}}?(?:{heads})")


def _only_place_and_trade(name: str, lexicon: Lexicon, patterns: dict) -> bool:
    """河南省电力 or 新能源汽车 is a place and trades, not a company's name."""
    rest = name
    for begin, end, _ in lexicon.place_trie.tokenize(name):
        if begin == 0:
            rest = name[end:].lstrip(DIVISION_WORDS)
        break
    while rest:
        ending = next((w for w in patterns["industry"] if rest.endswith(w)), None)
        if ending is None:
            return False
        rest = rest[: -len(ending)]
    return True  # nothing but a place and trade words: 河南省电力, 新能源汽车


def find_organisations(doc: AnalysedDocument, lexicon: Lexicon, zones: list[Mention], index: TokenIndex) -> list[Mention]:
    """Parks, companies and government bodies, by suffix with the name's left edge from the tagger."""
    patterns = _org_patterns()
    text = doc.norm.text
    found: list[Mention] = []

    def add(start: int, end: int, kind: str, rule: str, confidence: float = 1.0, place: str = "") -> None:
        if kind == "GovernmentBody":
            # 开发 | 区招商局: the tagger cut inside the zone's word; the body opens with the whole zone.
            start = next((z.start for z in zones if z.start < start < z.end), start)
        name_start, owner = _zone_end_inside(zones, start, end)
        if kind == "GovernmentBody" and owner is not None and text.endswith(ZONE_OBJECT_VERBS + ASSEMBLIES_BEFORE_ZONE, 0, owner.start):
            return  # 市推动德州运河经济开发区改革创新领导小组, 人大常委会经开区工委: another organ's unit for the zone
        if kind == "GovernmentBody" and owner is not None and text.endswith(BUREAU_BEFORE_ZONE, 0, owner.start):
            # 税务局高新区分局: the bureau's branch for the zone, named from the bureau, not the zone's body.
            name_start, owner = index.name_start(owner.start, floor=max(0, owner.start - MAX_NAME)), None
            start = name_start
        if kind == "GovernmentBody" and owner is None:
            owner = _zone_by_stem(text[start:end], zones, lexicon)
        if kind == "Company" and owner is None:
            # 广州开发区 + 工业发展集团有限公司 tagged apart: the zone still opens the company's name.
            owner = next((z for z in zones if z.end == start and not z.anaphoric), None)
        # 我 | 区恒泰电子有限公司: the tagger cut inside 我区; the name starts after it, written after the zone.
        straddled = next((z for z in zones if z.anaphoric and z.start < start < z.end), None) if kind == "Company" else None
        name_start = straddled.end if straddled is not None else name_start
        noise = patterns["noise"].match(text, name_start) or (owner is not None and patterns["described_noise"].match(text, name_start))
        if noise and kind == "Company":
            name_start = noise.end()
        # A company whose name opens with its zone keeps the zone in its name (written_from) when the rest
        # names no company of its own (高新区投资发展集团有限公司); one written after "zone + 企业", or with a
        # name of its own after the zone (高新区华兴科技有限公司), is only placed there (prefixed).
        named_after = owner is not None and not (noise and kind == "Company") and not (
            kind == "Company" and not _generic_company(text[name_start:end], patterns, after_zone=False)
            and not any(word in text[name_start:end] for word in _entity_rules()["company"]["zone_company_words"]))
        if text[name_start:end].count("）") > text[name_start:end].count("（") and text[name_start - 1 : name_start] == "（":
            # 英东（唐山）科技集团有限公司 when the tagger cut at the bracket: the name opens before it.
            opening = index.name_start(name_start - 1, floor=max(0, name_start - 1 - MAX_NAME))
            if opening == name_start - 1:
                return
            name_start = opening
        # 海州工业园合诚复合材料有限公司: a park read into the company's name opens it; the name starts after it.
        park_opening = next((p for p in found if kind == "Company" and p.type == "Park" and p.start == name_start
                             and p.end <= end - 2 and not _generic_company(text[p.end : end], patterns, after_zone=False)
                             and not text.startswith(tuple(_entity_rules()["park"]["developer_words"]), p.end)), None)
        if park_opening is not None:
            name_start = park_opening.end
            # 龙净智慧环保产业园和福龙马集团 read as one word: the park and the company are listed.
            name_start += len(next((c for c in PARK_NAME_CONJUNCTIONS if text.startswith(c, name_start)), ""))
        if kind == "Company" and (first := index.token_at(name_start)) is not None and first[1].start == name_start and (
                first[1].text in _entity_rules()["company_words"]["leading_prepositions"] and first[1].end <= end - 2):
            name_start = first[1].end  # 是继|山能集团…: the preposition read as a word of its own opens no name
        # 对万里化工园区内远安美佳美…公司: 内 right after a park or zone says the company is inside it.
        if kind == "Company" and text.startswith(INSIDE_WORD, name_start) and any(
                p.end == name_start for p in [*zones, *found] if p.type in ("Park", "Zone")):
            name_start += len(INSIDE_WORD)
        if kind == "Company":
            # 区管委会祝淮建集团 read as one word: a committee inside is no part of a company's name; it begins after it.
            name_start = max([name_start] + [i + len(c) for c in _entity_rules()["zone"]["bare_committees"]
                                             if (i := text.rfind(c, name_start, end)) >= 0])
            # 园区运营公司智创菁汇孵化器管理有限公司: a kind of company written before the name is its apposition.
            inner = text.find("公司", name_start, end - 2)
            if (inner >= 0 and end - inner - 2 >= 4 and _generic_company(text[name_start : inner + 2], patterns, after_zone=False)
                    and not _generic_company(text[inner + 2 : end], patterns, after_zone=False)):
                name_start = inner + 2
            # 全球最大笔电枢轴生产企业新日兴公司: words of what kind of company it is are no part of its name.
            name_start = max(name_start, _after_kind_words(text, name_start, end)[0])
        name = text[name_start:end]
        if any(mark in text[max(0, name_start - 2) : end] for mark in PLACEHOLDER_MARKS):
            return  # XX板式家具产业园区: a name the report left out
        latin_park = kind == "Park" and (name[0].isascii() and name[0].isalpha() or name[0] == "“")  # VC·产业园, “长三角”…产业园
        # 已有CATL、小鹏汽车等企业落户: an item of a list of companies may be a Latin-letter brand.
        latin_company = kind == "Company" and rule in LISTED_COMPANY_RULES and len(name) >= 3 and name.isascii() and name.isalpha()
        if len(name) < 2 or not (CJK.match(name[0]) or latin_park or latin_company) or (kind == "GovernmentBody" and re.search(r"\d", name)):
            return
        if kind == "Company" and (_generic_company(name, patterns, after_zone=owner is not None)
                                  or name.endswith(tuple(_entity_rules()["company"]["team_endings"]))
                                  or text.startswith(patterns["byline_words"], end)
                                  or patterns["ranking_after"].match(text, end) or patterns["system_after"].match(text, end)
                                  or text[:name_start].endswith(patterns["anonymous"])):
            return
        if kind != "Company" and _outside_place_in(name, lexicon, anywhere=kind == "GovernmentBody"):
            return  # 清远市人社局, 广东省政务服务数据管理局: the city's or province's, not the zone's
        if kind == "GovernmentBody" and patterns["company"].search(name):
            # 南沙保税区公司招商服务中心, 中化泉州石化有限公司办公室: a department of a company, not a body
            return
        found.append(
            Mention(
                start=name_start, end=end, text=name, type=kind, rule=rule, confidence=confidence,
                prefixed=owner is not None or straddled is not None or (
                    text[name_start : name_start + 1] == DISTRICT_WORD and not _in_district_sentence(text, name_start))
                or (kind == "GovernmentBody" and any(joint_unit_after(text, z.end) == (name_start, end) for z in zones)),
                written_from=(_party_opening(text, owner.start) if kind == "GovernmentBody" else owner.start) if named_after
                else name_start - len(place) if place else -1, place=place,
            )
        )

    company_words = _verbs_naming_companies(text, index, patterns)
    for match in patterns["park"].finditer(text):
        if any((z.end == match.end() or z.start <= match.start() and match.end() < z.end) and not z.anaphoric for z in zones):
            continue  # 德阳高新技术产业园, 台州湾…集聚区（高新技术产业园区…）: the zone's own name or aside, not a park
        if (inside_book_title(text, match.start(), match.end()) or _inside_an_honour(text, match.start(), match.end())
                or _inside_a_quoted_list(text, match.start(), match.end())):
            continue  # 《…建设未来科技城…行动计划》, 被认定为“…示范产业集聚区”, “…、生态产业园”: part of a title, honour or slogan
        if ((last := index.token_at(match.end() - 1)) is not None and last[1].end == match.end() + 1
                and len(last[1].text) <= 3):
            continue  # 现代新兴产业城市: the park word's last character opens a short word (城市)
        # 340亩智谷科技产业园: a measure of its size is not part of a park's name.
        start = index.name_start(match.start(), floor=max(0, match.start() - MAX_NAME), stop_tags={"m"},
                                 stop=PARK_NAME_STOP_VERBS, through=PARK_NAME_VERBS | company_words)
        if match.start() - start == 1 and start > 0 and text[start - 1] in NAME_OPENING_CONJUNCTIONS:
            start -= 1  # 宁县|和/c|盛/a|工业集中区: one character is no name; the conjunction before it opens the name
        start = _across_number_in_name(text, start, index)
        whole = index.token_at(match.start())
        if (start == match.start() and whole is not None and whole[1].end == match.end() and match.start() - whole[1].start >= 2
                and (before := index.token_at(whole[1].start - 1)) is not None and before[1].tag == "LOC"
                and (before[1].text.endswith(TOWN_WORDS) or lexicon.place(before[1].text) is not None)):
            start = whole[1].start  # 汤塘镇|聚宝工业园/v: after its town, the park's whole name read as one word, whatever its tag
        start = _across_name_dot(text, _across_bracketed_region(text, start, index, lexicon), index)
        start = _after_a_park_and_conjunction(text, _across_conjunction_in_a_park_list(text, start, index, found, zones), match.start())
        start = _across_place_dashes(text, start, index, lexicon)
        start = _across_literary_of(text, start, index)
        start = _across_quoted_prefix(text, start, match.start())
        name_start, _ = _zone_end_inside(zones, start, match.end())
        if (former_end := _after_former_marker(text, name_start, match.start(), lexicon)) > name_start:
            start = name_start = former_end
        place = ""
        if _outside_place_in(text[name_start : match.end()], lexicon):
            # 上海市金山区枫泾工业园区: the address is not part of the name, and the park is the city's.
            # (韶关产业转移工业园: with nothing but the place before the kind, the place is the name; 开封市台湾工业园:
            # with places only, the last names it and those before are its address.)
            places_end = _leading_places(text[name_start : match.start()], lexicon)
            if places_end == match.start() - name_start:
                places_end = _last_place_start(text[name_start : match.start()], lexicon)
            place = text[name_start : name_start + places_end]
            start = name_start = name_start + len(place)
        owner_end = _owner_company_end(text[name_start : match.start()], lexicon, patterns)
        if owner_end:
            start = name_start = name_start + owner_end
        opener = next((w for w in patterns["park_not_openers"] if text.startswith(w, name_start)), "") or _local_division_opener(
            text, name_start, lexicon)
        inner = len(opener) or _inner_park_start(text[name_start : match.start()], patterns["park_min"])
        if inner:
            start = name_start = name_start + inner
        descriptor = text[name_start : match.start()]
        quoted = _quoted_park_settled_in(text, match.start(), match.end())
        if quoted is not None:
            add(quoted, match.end(), "Park", "park-quoted")
            continue
        # 韶关产业转移工业园: a kind of park each place has one of is named by the place alone.
        place_named = match.group() in patterns["park_place_named"] and lexicon.place(descriptor) is not None
        # 长沙经开区张家界工业园: right after a zone, a place names one of the zone's parks.
        after_zone = any(z.end == name_start for z in zones)
        if not descriptor and match.group() in patterns["park_place_named"] and (
                owner := next((z for z in zones if z.end == match.start() and not z.anaphoric), None)) is not None:
            # 河源江东新区产业转移工业园: a kind each place has one of, right after a zone, is named by the zone.
            opening = owner.written_from if owner.written_from >= 0 else owner.start
            found.append(Mention(start=opening, end=match.end(), text=text[opening : match.end()], type="Park", rule="park-suffix"))
            continue
        if len(descriptor) < patterns["park_min"] or (_generic_park_descriptor(descriptor, lexicon, after_zone) and not place_named):
            continue
        if COUNT_BEFORE_PARK.search(text, max(0, name_start - 6), name_start):
            continue  # 河南省18家大数据产业园区之一: parks of a kind counted, not one by name
        if text.endswith(tuple(_entity_rules()["park"]["size_classes"]), 0, name_start):
            continue  # 百亿级电子信息产业园: a park of a size class, not one by name
        if text.startswith(tuple(_entity_rules()["park"]["class_list_words"]), match.end()):
            continue  # 公布2019年度江苏省大数据产业园名单: the list of a class of parks, not one by name
        if any(text.endswith(word, max(0, name_start - 8), name_start - k) for word in _entity_rules()["zone"]["honour_words"]
               for k in range(0, 5)):
            continue  # 智慧物流产业园入选市十佳电商产业园: a title the park is given, not a park
        described = text[clause_start(text, name_start, CLAUSE_BREAK) : name_start]
        if described.endswith("的") and (any(w in described for w in _entity_rules()["park"]["described_park_openers"]) or (
                any(w in described for w in _entity_rules()["park"]["goal_verbs"]) and _only_trades(descriptor))):
            continue  # 成为…首个投产的山海协作产业飞地, 打造长三角地区重要的新材料产业基地: what the park is or is to be
        local = next((w for w in _entity_rules()["zone"]["local_place_words"] if described.endswith(w)), "")
        if _only_trades(descriptor) and described.removesuffix(local).endswith(tuple(_entity_rules()["park"]["goal_verbs"])):
            continue  # 聚力打造我市航空装备制造产业基地: a park of trades alone right after a verb of building is a goal
        if match.group() in patterns["park_place_opened"] and not after_zone and not _leading_places(descriptor, lexicon):
            continue  # 海关业务及监管功能区: a part of a plan, not a named park
        if _quoted_title(text, start, match.end()) or _titled_in_clause(text, start, match.group()):
            continue
        add(start, match.end(), "Park", "park-suffix", place=place)

    for start, end in _subparks(text, zones, index, lexicon) + _governed_parks(text, zones, index, lexicon) + _parks_of_a_counted_layout(
            text, index, lexicon):
        add(start, end, "Park", "park-of-zone")

    for token in index.tokens:
        if token.tag != "ORG":
            continue
        if _after_a_partner_organ(token.text, 0, len(token.text)) == len(token.text):
            continue  # 六安市政府与: an organ and the conjunction opening its partner, no organisation's name
        if _foreign_project_owner(text, index, token.start) is not None:
            continue  # 德国艾博歌汽车零部件…项目: the maker's name alone is taken below
        if patterns["company_end"].search(token.text):
            # 富贵家电器项目投资商宁波华彩电器有限公司 read as one word: the name follows the company's role.
            role_end = max((at + len(w) for w in rules("relations")["role_kind_words"]
                            if (at := token.text.rfind(w)) >= 0 and len(token.text) - at - len(w) >= 4), default=0)
            add(token.start + role_end if role_end else _through_leading_place(index, token.start, lexicon), token.end,
                "Company", "org-company-suffix")
        elif (token.text.endswith(patterns["industry"]) and not _only_place_and_trade(token.text, lexicon, patterns)
              and not text.endswith(tuple(_entity_rules()["company_words"]["topic_verbs"]), 0, token.start)
              and not _field_list().match(text, token.end)):
            add(_through_leading_place(index, token.start, lexicon), _through_trade_words(text, index, token.end, patterns["industry"]),
                "Company", "org-industry-word", 0.8)
        elif ((extended := _through_trade_words(text, index, token.end, patterns["industry"])) > token.end
              and not _only_place_and_trade(text[token.start : extended], lexicon, patterns)):
            # 长天|新能源、金博碳素: an organisation the tagger ends before its trade word, at a list's mark.
            add(_through_leading_place(index, token.start, lexicon), extended, "Company", "org-industry-word", 0.8)
        elif _named_as_company_elsewhere(text, token.text, patterns):
            # 斗山科 after 韩国斗山科公司: a name written elsewhere with a company suffix is the company's short name.
            add(token.start, token.end, "Company", "org-company-elsewhere", 0.8)
        elif ENGINEERING_BUREAU.fullmatch(token.text):
            add(token.start, token.end, "Company", "org-engineering-bureau", 0.8)  # 中建二局: a state builder's bureau is a company
        elif (body_end := patterns["body_end"].search(token.text)) and body_end.start() >= 2 and not _enterprise_named(text, token.end):
            # An office's name has two characters before its suffix (万科 is a company, not 万's section 科).
            # 市人社局 is the city's; 市高新区投资促进局 opens with the zone (市高新区), so it is the zone's.
            opening = next((z.end for z in zones if z.start == token.start and z.end < token.end), token.start)
            if (not token.text.startswith(patterns["outside"]) or opening > token.start) and (
                    not _building_and_object(text[opening : token.end], token.start + body_end.start() - opening)):
                # (施金国代表管委会: what a person acts for is the body, not the person.)
                acting = max((token.text.find(v) + len(v) for v in _entity_rules()["person"]["acting_verbs"] if v in token.text), default=0)
                add(token.start + acting, token.start + _before_inner_post(token.text, patterns, lexicon), "GovernmentBody", "org-body-suffix")
        elif token.text.endswith(ORG_WORDS_BEFORE_ZONE):
            continue  # 市政协开展“推进园区…”专题调研: a party or state organ, whatever verb follows, is no company
        elif (patterns["settles"].match(text, token.end) or patterns["settles"].search(text, token.end, token.end + 6)
              or patterns["project_settles"].match(text, token.end)) and not _only_place_and_trade(token.text, lexicon, patterns):
            # 伊顿新项目签约入驻: an organisation whose project settles is a company.
            add(token.start, _through_lone_character_before_project(text, index, token.end), "Company", "org-settles", 0.7)
        elif _names_a_project(text, index, token.end) and not _only_place_and_trade(token.text, lexicon, patterns):
            # 智泰|新能源|20GWh储能电池项目: the trade word the tagger left out is the name's; 威达重工数控铣|镗床…基地:
            # the product the tagger read into the name is not.
            end = token.start + _trade_word_inside(token.text, patterns["industry"])
            traded = _trade_words_end(index, token.end, patterns["industry"]) if end == token.end else end
            add(token.start, traded if traded == end or _names_a_project(text, index, traded) else token.end, "Company", "org-project", 0.7)

    for match in patterns["company"].finditer(text):
        anchor = _before_bracketed_region(text, match.start(), lexicon)
        # 带队来济高控股集团: a verb of going the tagger reads as a name of its own opens no company's name.
        start = index.name_start(anchor, floor=max(0, anchor - MAX_NAME), stop_tags={"m"}, stop=GOING_VERBS)

        start = _after_leading_person(text, _across_bracketed_region(text, start, index, lexicon), index, lexicon)
        start = _after_kind_word(text, index, _after_a_partner_organ(text, start, anchor), anchor)
        if start >= anchor:
            start = _before_region_inside_name(text, anchor, index, lexicon)
        if start < anchor:
            add(start, match.end(), "Company", "company-suffix", 0.9)

    for start, end in _listed_companies(text, lexicon, index):
        add(start, end, "Company", "company-list", 0.8)

    for start, end in _counted_lists(text, lexicon, index):
        add(start, end, "Company", "company-list", 0.8)

    for start, end in _introduced_lists(text, lexicon, index):
        add(start, end, "Company", "company-list", 0.8)

    for start, end in _settling_lists(text, lexicon, index, zones + [m for m in found if m.type == "Park"]):
        add(start, end, "Company", "company-settling-list", 0.8)

    for start, end in _described_companies(text, index):
        add(start, end, "Company", "company-described", 0.8)

    for start, end in _workshop_owners(text, index):
        add(start, end, "Company", "company-workshop", 0.7)

    for start, end in _zone_company_before_list_head(text, zones, index):
        add(start, end, "Company", "company-of-zone-listed", 0.8)

    for start, end in _leading_companies(text, lexicon):
        add(start, end, "Company", "company-leader", 0.8)

    for start, end in _foreign_project_owners(text, index):
        add(start, end, "Company", "company-foreign-project", 0.8)

    for start, end in _listed_project_makers(text, index, lexicon):
        add(start, end, "Company", "company-listed-project", 0.7)

    for start, end in _output_owners(text, lexicon, index):
        add(start, end, "Company", "company-output-owner", 0.8)

    for start, end in _companies_listed_with_a_company(text, lexicon, index, found, zones):
        add(start, end, "Company", "company-list-sibling", 0.7)

    for start, end in _counted_internal_units(text, zones, index, patterns):
        add(start, end, "GovernmentBody", "body-internal-unit", 0.8)

    for match in patterns["body_untagged"].finditer(text):
        start = _after_appointment(text, index.name_start(match.start(), floor=max(0, match.start() - 12)), match.start())
        if start < match.start() and not text[start:].startswith(patterns["outside"]):
            add(start, start + _before_inner_post(text[start : match.end()], patterns, lexicon), "GovernmentBody", "body-suffix", 0.8)

    for start, end in _source_bodies(text, lexicon, patterns):
        add(start, end, "GovernmentBody", "body-source", 0.8)

    for zone in zones:
        end = _zone_body_end(text, zone, index, patterns)
        if end is not None and not text.endswith(BUREAU_BEFORE_ZONE, 0, zone.start):  # (税务局高新区分局: see add)
            add(zone.start, end, "GovernmentBody", "zone-body", 0.9)

    for start, end in _listed_bodies(text, [m for m in found if m.type == "GovernmentBody"], index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in _bodies_set_up_inside(text, zones, index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in _bodies_whose_staff_attend(text, index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in _committees_listed(text, [m for m in found if m.type == "GovernmentBody"]):
        add(start, end, "GovernmentBody", "body-committee-listed", 0.9)

    for start, end in _bodies_before_posts(text, lexicon, index, patterns):
        add(start, end, "GovernmentBody", "body-before-post", 0.8)

    for start, end in _short_parks_with_committees(text, found, zones, lexicon):
        add(start, end, "Park", "park-suffix")

    for start, end in _parks_listed_with_a_park(text, [m for m in found if m.type == "Park"], index, lexicon):
        add(start, end, "Park", "park-listed")

    institutions = tuple(_entity_rules()["company"]["institution_endings"])
    found = [m for m in found if not (m.type == "Company" and m.text.endswith(institutions))]
    return _parks_before_committees(_longest_first(found), found, text)


def _local_division_opener(text: str, start: int, lexicon: Lexicon) -> str:
    """县 in 县水晶文化创意产业园: a division word alone (no place opens there) says whose the park is."""
    word = next((w for w in _entity_rules()["park"]["local_division_openers"] if text.startswith(w, start)), "")
    opens_place = any(begin == 0 for begin, _, _ in lexicon.place_trie.tokenize(text[start : start + MAX_NAME]))
    return "" if opens_place else word


def joint_unit_after(text: str, zone_end: int) -> tuple[int, int] | None:
    """The span of a street or town written in brackets right after a zone (开发区（钟埭街道）), which the
    zone runs as one, or of a note that it is being set up (（筹）); None when there is none."""
    return (match := _joint_unit_pattern().match(text, zone_end)) and match.span(1)


@cache
def _joint_unit_pattern() -> re.Pattern:
    body = _entity_rules()["body"]
    return re.compile(rf"（([\u4e00-\u9fff]{{1,8}}(?:{alternation(body['joint_units'])})|{alternation(body['preparing_notes'])})）")


def _in_district_sentence(text: str, position: int) -> bool:
    """区财政局 in 区长…、区财政局局长…: the sentence speaks of a district's own posts, so 区 is the district."""
    start, end = clause_start(text, position, SENTENCE_END), clause_end(text, position, SENTENCE_END)
    return any(marker in text[start:end] for marker in _entity_rules()["body"]["district_markers"])


def _inner_park_start(descriptor: str, least: int) -> int:
    """隆昌园区中铁重工集团西南产业园: a park written inside another park's name begins after the
    container's park word; 0 when the descriptor holds no named park."""
    words = _park_suffixes() + tuple(_entity_rules()["park"]["committee_park_words"])
    ends = [i + len(w) for w in words if (i := descriptor.rfind(w)) >= least]
    return max((e for e in ends if len(descriptor) - e >= least), default=0)


# Tags of the words for what an organisation makes, between its name and 项目 (电池, 商业综合体).
PRODUCT_TAGS = {"n", "nz", "ORG", "vn"}
# … and the output it is planned for (智泰新能源20GWh储能电池项目).
QUANTITY_TAG = "m"


def _names_a_project(text: str, index: TokenIndex, end: int) -> bool:
    """优巨新材项目, 红星美凯龙商业综合体项目, 德赛海洋工程研发生产基地: an organisation followed only by
    what it makes and a project word owns the project."""
    cfg = _entity_rules()["company"]
    heads = tuple(cfg["project_heads"])
    cursor, quantities = end, 0
    while cursor - end - quantities <= cfg["project_list_window"] and (found := index.token_at(cursor)) is not None and found[1].start == cursor:
        if text.startswith(heads, cursor):
            return True
        quantity = found[1].tag == QUANTITY_TAG
        if found[1].tag not in PRODUCT_TAGS and found[1].text not in cfg["project_making_words"] and not quantity:
            return False
        quantities += len(found[1].text) if quantity else 0
        cursor = found[1].end
    return False


def _through_lone_character_before_project(text: str, index: TokenIndex, end: int) -> int:
    """恒一锂 + 能 + 项目: a lone "verb" between an organisation and 项目 ends its name (锂能, 储能) — a verb
    takes no noun after it there; an adjective does (伊顿新项目)."""
    following = index.token_at(end)
    if (following is not None and following[1].start == end and len(following[1].text) == 1 and following[1].tag == "v"
            and text.startswith(tuple(_entity_rules()["company"]["project_list_heads"]), end + 1)):
        return end + 1
    return end


def _verbs_naming_companies(text: str, index: TokenIndex, patterns: dict) -> set[str]:
    """远征创业园 beside 远征公司: a word the tagger reads as a verb that the article also writes right
    before a company's legal form is a name, so it may open a park's name as well."""
    return {t.text for t in index.tokens if t.tag == "v" and len(t.text) >= 2
            and any(patterns["company"].match(text, m.end()) for m in re.finditer(re.escape(t.text), text))}


def _generic_park_descriptor(descriptor: str, lexicon: Lexicon, after_zone: bool = False) -> bool:
    """What stands before a park word says which kind of park (工业, 老牌, 综合性, 国家级), a place's parks
    in general (清远市产业园区), or a count or company (日中天科技企业孵化器有限公司2家孵化器): no name.
    Right after a zone a place names one of its parks (龙文蓝田经济开发区朝阳园区)."""
    patterns = _org_patterns()
    return (descriptor in patterns["park_generic"]
            or (not after_zone and lexicon.place(descriptor) is not None and _names_a_place_here(descriptor, 0, descriptor, lexicon))
            or descriptor.startswith(patterns["park_generic_leading"]) or descriptor.endswith(patterns["park_generic_endings"])
            or _quality_alone(descriptor, patterns)
            or any(w in descriptor for w in patterns["park_class_words"])
            or bool(PARK_COUNT.search(descriptor) or patterns["company_end"].search(descriptor)))


def _quality_alone(descriptor: str, patterns: dict) -> bool:
    """绿色园区, 绿色工业园区: a quality with nothing but a generic word after it names no park."""
    quality = next((q for q in patterns["park_quality_leading"] if descriptor.startswith(q)), None)
    return quality is not None and descriptor[len(quality):] in patterns["park_generic"] | {""}


def _subparks(text: str, zones: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of parks written right after their zone with a short name and 园/园区 (三明高新区金沙园)."""
    patterns = _org_patterns()
    spans = []
    for zone in zones:
        match = patterns["subpark"].match(text, zone.end)
        if match is None or match.group().endswith(patterns["subpark_stop_words"]):
            continue
        if _generic_park_descriptor(match.group().removesuffix("园区").removesuffix("园"), lexicon, after_zone=True):
            continue  # 中北高新区老牌工业园区
        tokens = [index.token_at(i) for i in range(zone.end, match.end())]
        # 兰州新区秦川园区党委委员: the tagger may read the committee of a park with a name of its own into the
        # park's word (高新区科技园管理委员会 is named by its trade alone: a committee's name).
        ends_word = tokens[-1] is not None and (tokens[-1][1].end == match.end() or text.startswith(ZONE_COMMITTEES, match.end())
                                                and not _only_trades(match.group().removesuffix("园区").removesuffix("园")))
        if (all(t is not None and t[1].tag not in NOT_NAME_TAGS for t in tokens) and ends_word
                and match.end() - zone.end - 1 >= 2):
            spans.append((zone.start, match.end()))
    return spans


def _governed_parks(text: str, zones: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """吉安高新区…下辖敦厚园区和凤凰园区, …由马场坪园区、双龙园区、罗尾塘园区三个区域构成, 由南园和西园两部分组成: short names and 园/园区
    listed after a verb of governing, or as what the zone is made of, in a clause that opens with a zone, are its parks."""
    cfg = _entity_rules()["park"]
    patterns = _org_patterns()
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


def _parks_of_a_counted_layout(text: str, index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """“一区四园”（中心园区规划面积10.9平方公里；平桥园区…）: the parks a zone's counted layout lists in brackets
    right after it, each opening a part of the bracket."""
    cfg = _entity_rules()["park"]
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
    return (not text[start:end].endswith(_org_patterns()["subpark_stop_words"])
            and not _generic_park_descriptor(descriptor, lexicon, after_zone)
            and all(t is not None and t[1].tag not in NOT_NAME_TAGS for t in tokens))


def _parks_listed_with_a_park(text: str, parks: list[Mention], index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """商贸物流园区、旅游会展园区、文化科教园区: names ending in 园区 or 园, listed with 、 right after a park, are
    parks too (a list holds things of one kind), when a short descriptor of name words stands before the word."""
    cfg = _entity_rules()["park"]
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


def _short_parks_with_committees(text: str, found: list[Mention], zones: list[Mention], lexicon: Lexicon) -> list[tuple[int, int]]:
    """高创园党工委书记: a body read as a short name, 园 and the committee is the committee of a park of that name."""
    patterns = _org_patterns()
    committees = tuple(_entity_rules()["park"]["short_park_committees"])
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
                or _generic_park_descriptor(match.group().removesuffix("园"), lexicon, after_zone=False)
                or any(m.type == "Park" and m.end == name_end for m in found)):
            continue
        spans.append((body.start, name_end))
    return spans


def _parks_before_committees(kept: list[Mention], found: list[Mention], text: str) -> list[Mention]:
    """天津宝坻石桥工业园区管理委员会: the park's own committee, so the park is what is named (a post
    in it leads the park, as a zone committee's post leads the zone)."""
    committees = tuple(_entity_rules()["body"]["zone_committees"])
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
    return text.endswith(tuple(_entity_rules()["zone"]["bordering_verbs"]), 0, position)


def parks_run_as_zones(text: str, zones: list[Mention], organisations: list[Mention], index: TokenIndex) -> list[Mention]:
    """精河工业园区 … 园区党工委副书记: in an article that names no zone, the one park whose party or
    management committee it writes by the park's kind alone (园区党工委, 集中区管委会), as a zone's are
    written (高新区党工委), is run as a zone. Returns zone mentions for the park and for those short
    forms; with no such park, the park word alone before a committee (产业园区管委会) as an unnamed zone;
    or nothing. A park named in full before its committee (石桥工业园区管委会主任) is run as a zone only in an
    article about it (named in two sentences or more): run so in a sentence alone, the public sentences' held
    split lost a leads triple and gained two wrong ones."""
    committees = alternation(_entity_rules()["body"]["zone_committees"])
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
        # … and so is the park under its other names (定海工业园区, 浙江定海工业园 for 浙江定海工业园区).
        names = {m.text: kind for m, kind in declared}
        zones_found = []
        for m in parks:
            full = m.text if m.text in names else next((name for name in names if _another_name_of(m.text, name)), "")
            if full:
                stem = full[: -len(next(s for s in _park_suffixes() if full.endswith(s)))]
                zones_found.append(_zone(text, m.start, m.end, names[full], stem, "zone-park-declared"))
        return zones_found
    any_park = tuple(_entity_rules()["park"]["committee_any_park_forms"])
    parks = [m for m in organisations if m.type == "Park" and m.rule == "park-suffix"]
    run: set[str] = set()
    short_spans = []
    bureau = _entity_rules()["park"]["park_bureau"]
    for match in re.finditer(f"({alternation(_entity_rules()['park']['committee_short_forms'])})(?:{committees}|{bureau})", text):
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
        park_word = _entity_rules()["park"]["committee_any_park_forms"][0]
        short_spans += [match.span() for match in re.finditer(park_word, text)
                        if not any(m.start <= match.start() < m.end for m in organisations)
                        and (token := index.token_at(match.start())) is not None and token[1].start == match.start()
                        and match.span() not in short_spans]
    run |= declared_parks
    # 临沧工业园区创新创业园: a park of a kind each place has, written right before another park's name, holds it.
    place_named = tuple(_entity_rules()["park"]["place_named_suffixes"])
    run |= {m.text for m in parks if m.text.endswith(place_named) and any(o.start == m.end for o in parks)}
    if not run:
        return _bare_parks_with_committees(text, index, committees)
    named = []
    longest_first_run = sorted(run, key=lambda n: (-len(n), n))  # sorted: the same zone names every run
    for name in longest_first_run:
        # 高创园: a short park named only by 园 before its committee keeps that word as its kind.
        suffix = next(s for s in _park_suffixes() + tuple(_entity_rules()["park"]["subpark_suffixes"]) if name.endswith(s))
        fullest = next((full for full in longest_first_run if name in without_division_word(full) or full.endswith(name) and full != name), name)
        # 十二师兵团乌鲁木齐工业园区: the park run as a zone, written after whose it is, is that zone too.
        named += [_zone(text, m.start, m.end, suffix, fullest[: -len(suffix)], "zone-park-committee") for m in parks
                  if m.text == name or m.text.endswith(name) and not any(m.text.endswith(other) for other in longest_first_run if len(other) > len(name))]
        # … and so is the park's name opening one of its bodies (苏州工业园区|行政审批局).
        named += [_zone(text, b.start, b.start + len(name), suffix, fullest[: -len(suffix)], "zone-park-committee")
                  for b in organisations if b.type == "GovernmentBody" and b.text.startswith(name)
                  and re.fullmatch(own_body, b.text[len(name):])]
    return named + [_zone(text, start, end, "", "", "zone-anaphor", anaphoric=True) for start, end in short_spans]


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
    word = _entity_rules()["park"]["committee_any_park_forms"][0]
    if len({z.text for z in zones if not z.anaphoric and z.kind.endswith(word)}) != 1:
        return []
    committees = alternation(_entity_rules()["body"]["zone_committees"])
    return [_zone(text, m.start(), m.start() + len(word), "", "", "zone-anaphor", anaphoric=True)
            for m in re.finditer(f"{word}(?={committees})", text)
            if not any(z.start <= m.start() < z.end for z in zones)]


def bare_kinds_as_parks(zones: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """泰州港经济开发区 … 主要位于高新园区和临港园区: in an article naming a zone of another kind, a park-like kind
    written bare (高新园区) is one of its parks. Returns the zones left and those parks."""
    named_kinds = {z.kind for z in zones if not z.anaphoric}
    park_like = set(_entity_rules()["zone"]["park_like_bare_kinds"])
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
    word = _entity_rules()["park"]["committee_any_park_forms"][0]
    return [_zone(text, match.start(), match.end(), "", "", "zone-anaphor", anaphoric=True) for match in re.finditer(word, text)
            if (token := index.token_at(match.start())) is not None and token[1].start == match.start()
            and not any(m.start <= match.start() < m.end for m in taken)
            and not COUNTED_KIND_BEFORE.search(text, max(0, match.start() - 8), match.start())]


def _another_name_of(short: str, name: str) -> bool:
    """定海工业园区 and 浙江定海工业园 are 浙江定海工业园区 written without its province or the last 区."""
    return short != name and len(short) >= 4 and (name.endswith(short) or name == short + "区")


def _declared_kind(text: str, position: int) -> str:
    """The canonical zone kind a park is declared right after its name (作为全国开发区, 是国家级经济技术开发区), or ""."""
    match = _declaration_pattern().match(text, position)
    return _zone_patterns()[0][match.group(1)] if match else ""


@cache
def _declaration_pattern() -> re.Pattern:
    """作为, 是 or 为 (perhaps in the passive, 被省政府认定为), perhaps a quote, a scope (全国), when it was made one
    (…核准的第五批) and a level (省级), then a zone kind (group 1)."""
    park = _entity_rules()["park"]
    levels = alternation(_entity_rules()["zone"]["level_words"])
    return re.compile(f"(?:{park['zone_declaring_agent']})?(?:{alternation(park['zone_declaring_words'])})“?"
                      f"(?:{alternation(park['zone_declaring_scopes'])})?"
                      f"(?:{park['zone_declaring_detail']})?(?:{levels})?(?:{park['zone_declaring_rank']})?({_zone_patterns()[1].pattern})")


def _parks_renamed_as_zones(text: str, parks: list[Mention], zones: list[Mention]) -> list[Mention]:
    """广西北流日用陶瓷工业园区设立为自治区级经济技术开发区，定名为“广西北流经济技术开发区”: a park declared a
    zone of the kind of a zone the article names after the same place, or renamed as a zone, is that zone under
    its former name."""
    renamed = {}
    renaming = longest_first(_entity_rules()["park"]["renaming_words"])
    renaming_adverbs = longest_first(_entity_rules()["park"]["renaming_adverbs"])
    for park in parks:
        kind = _declared_kind(text, park.end)
        zone = next((z for z in zones if not z.anaphoric and kind and z.kind == kind and len(z.place) >= 2 and z.place in park.text), None)
        # 苏滁现代产业园更名为中新苏滁高新技术产业开发区: a park renamed as a zone is that zone.
        # (天津新技术产业园区正式更名为“天津滨海高新技术产业开发区”: perhaps an adverb before, a quote after.)
        renamed_as = re.match(f"(?:{alternation(renaming_adverbs)})?(?:{alternation(renaming)})[“\"]?", text[park.end :])
        zone = zone or next((z for z in zones if renamed_as and not z.anaphoric and z.start == park.end + renamed_as.end() and z.place), None)
        if zone is not None:
            renamed[park.text] = (zone.kind, zone.place)
    return [_zone(text, p.start, p.end, *renamed[p.text], "zone-park-declared") for p in parks if p.text in renamed]


def _bare_parks_with_committees(text: str, index: TokenIndex, committees: str) -> list[Mention]:
    """产业园区管委会主任田宏斌, 区党工委书记王广部 in an article that names no zone and no park: the park
    word, or 区, alone with its own committee is the article's unnamed zone."""
    zone = _entity_rules()["zone"]
    words = alternation(list(_park_suffixes()) + _entity_rules()["park"]["committee_short_forms"])
    bare = f"({words})(?:{committees})|({alternation(zone['bare_committee_words'])})(?:{alternation(zone['bare_committees'])})"
    found = [(m.start(m.lastindex), m.end(m.lastindex)) for m in re.finditer(bare, text)]
    bares = [_zone(text, start, end, text[start:end], "", "zone-bare", anaphoric=True)
             for start, end in found if index.name_start(start, floor=0) == start]
    # 园区党工委委员… 园区招商局、数字经贸局等相关人员陪同: the same word before one of the zone's bureaus is the zone too.
    bureaus = alternation(zone["bare_word_bureaus"])
    for word in {z.text for z in bares}:
        bares += [_zone(text, m.start(), m.start() + len(word), word, "", "zone-bare", anaphoric=True)
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
    least = _entity_rules()["park"]["min_descriptor"]
    named = []  # (start, end, word): the word read into the name (苏锡通园区) or as a token of its own (宁杭 园区)
    # (建设国家级经济技术开发区的新区: a name opening like a class of zones names none.)
    for token in (t for t in index.tokens if t.tag in PROPER_NAME_TAGS and not t.text.startswith(GENERIC_ZONE_PREFIXES)):
        for word in words:
            # (…、江铜（上饶）|工业园区/LOC … 区党工委: a park's kind read as a word of its own names no zone.)
            if token.text.endswith(word) and len(token.text) - len(word) >= least and token.text not in _park_suffixes():
                named.append((token.start, token.end, word))
            elif len(token.text) >= least and (after := index.token_at(token.end)) is not None and after[1].text == word:
                named.append((token.start, after[1].end, word))
    if len({text[start:end] for start, end, _ in named}) != 1:
        return []
    return [_zone(text, start, end, word, text[start : end - len(word)], "zone-park-committee") for start, end, word in named]


def _zone_body_end(text: str, zone: Mention, index: TokenIndex, patterns: dict) -> int | None:
    """高新区科技创新局, 该区科技创新局: name words right after a zone and a body suffix make the zone's body.

    The suffix must close a word of its own (创新局, 局), not end a common word (布局, 大局).
    """
    for match in patterns["body"].finditer(text, zone.end, zone.end + MAX_BODY_AFTER_ZONE):
        if match.start() == zone.end and match.group() in _entity_rules()["body"]["zone_committees"]:
            return match.end()  # 经开区（高新区）党工委: the committee alone, cut from the zone by its second plate
        if not _closes_a_word(index, match.start(), match.end()) or text.endswith(tuple(_entity_rules()["body"]["people_endings"]), 0, match.end()):
            continue
        if _enterprise_named(text, match.end()):
            return None
        # 开发区招商一局 (招商 a verb to the tagger): a department's function right after the zone opens the body's name.
        department = text.startswith(department_words(), zone.end) and re.fullmatch(r"[\u4e00-\u9fff]+", text[zone.end : match.end()])
        if department and match.start() > zone.end:
            return match.end()
        if _building_and_object(text[zone.end : match.end()], match.start() - zone.end):
            return None  # 在高新区建设研发中心: a verb of building and its object (not 高新区建设局)
        # (高新区人事劳动局 read as one word by the tagger: the name still starts where the zone ends)
        if match.start() > zone.end and max(index.name_start(match.start(), floor=zone.end), zone.end) == zone.end:
            first = index.token_at(zone.end)
            if first is not None and first[1].tag in ("v", "vn") and not text.startswith(department_words(), zone.end):
                return None  # 清远高新区联合…局: a verb after the zone starts a clause, not a name
            return match.end()
    return None


def _before_inner_post(name: str, patterns: dict, lexicon: Lexicon) -> int:
    """党工委书记管委会, 管委会联合县应急管理局 read as one word: the body ends where a post, or a verb joining it
    with another body, begins right after a body's suffix (the post and the next body belong to the post chain)."""
    joining = alternation(_entity_rules()["body"]["joining_verbs"])
    for match in chain(_post_pattern(lexicon.posts).finditer(name), re.finditer(joining, name)):
        if match.end() < len(name) and patterns["body_end"].search(name, 0, match.start()):
            return match.start()
    return len(name)


def _building_and_object(name: str, suffix_start: int) -> bool:
    """建设研发中心: a verb of building, then two characters or more before the suffix, is the verb and
    its object, not an office's name (建设局, 规划建设局 are offices)."""
    verb = next((v for v in PARK_NAME_STOP_VERBS if name.startswith(v)), "")
    return bool(verb) and suffix_start - len(verb) >= 2


def _enterprise_named(text: str, end: int) -> bool:
    """经开区海林中科等企业: what ends like a body (科) right before 等企业 is an enterprise's short name."""
    return text.startswith(tuple(_entity_rules()["body"]["not_before"]), end)


@cache
def department_words() -> tuple[str, ...]:
    """Functions that open a department's name (投资促进, 综合执法), longest first."""
    return tuple(longest_first(lexicon_lines("departments.txt")))


def _closes_a_word(index: TokenIndex, suffix_start: int, suffix_end: int) -> bool:
    """A body suffix closes a word of its own (创新局, 局, 管理局), not a common word (布局, 部署)."""
    found = index.token_at(suffix_end - 1)
    if found is None or found[1].end != suffix_end:
        return False
    token = found[1]
    if token.tag == "u":
        return False  # 开发区软硬环境所做的: the particle 所, not an institute
    before_suffix = token.text[: len(token.text) - (suffix_end - suffix_start)]
    # 招商一局, 执法二大队: an ordinal before the suffix numbers one of several bodies of a kind.
    return (token.start >= suffix_start or len(before_suffix) >= 2
            or (bool(before_suffix) and all(ch in ORDINAL_NUMERALS for ch in before_suffix)))


def _listed_bodies(text: str, bodies: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """高新区投资促进局、环境保护和城市管理局、科技创新局等部门: items listed after a body that end
    like a body are bodies too, though the tagger marks no organisation there. The suffix must close
    a word of its own (管理局), not end a common word (决策部署)."""
    spans = []
    joining = tuple(_entity_rules()["zone"]["joining_words"])
    for body in bodies:
        # 区政务服务办会同规建局、城环局: the bodies a body works with are listed after the joining word.
        separator = next((w for w in joining if text.startswith(w, body.end)), "、")
        spans += _body_items(text, body.end, separator, index, patterns)
    return spans


def _bodies_set_up_inside(text: str, zones: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """临江新区内设办公室、党群工作部、招商局: the offices a zone is said to hold, listed right after it —
    perhaps after their count (下设2个事业单位和5个功能园区：社会事业局、招商局)."""
    spans = []
    for verb in re.finditer(alternation(_entity_rules()["body"]["set_up_inside"]), text):
        zone = max((z for z in zones if z.end <= verb.start()), key=lambda z: z.end, default=None)
        between = text[zone.end : verb.start()] if zone else "。"
        # 淮安高新区目前内设…，下设…: a word of time between, or a later clause of the zone's sentence.
        if any(mark in between for mark in "。；！？") or not (len(between) <= 2 or between.endswith("，")):
            continue
        counted = _counted_units_pattern().match(text, verb.end())
        spans += _body_items(text, counted.end() if counted else verb.end(), "", index, patterns)
    return spans


def _counted_internal_units(text: str, zones: list[Mention], index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """…精简为9个内设机构，为综合管理办公室、党群工作部、…: the zone's units listed after their count, in a
    sentence that names the zone before them."""
    body = _entity_rules()["body"]
    units = re.compile(rf"(?:[0-9]+|[一二两三四五六七八九十]+)个(?:{alternation(body['internal_units'])})[，,：:]?"
                       rf"(?:{alternation(longest_first(body['internal_unit_openers']))})?[：:]?")
    spans = []
    for match in units.finditer(text):
        opening = max(text.rfind(mark, 0, match.start()) for mark in "。；！？\n")
        if any(opening < z.start and z.end <= match.start() for z in zones):
            spans += _body_items(text, match.end(), "", index, patterns)
    return spans


@cache
def _counted_units_pattern() -> re.Pattern:
    """2个事业单位和5个功能园区：, 5个正科级行政机构： — counts of the kinds of unit a list then names."""
    unit = r"(?:[0-9]+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{1,8}?"
    return re.compile(rf"{unit}(?:[和、]{unit})*[：:]")


@cache
def _staff_attending_pattern() -> re.Pattern:
    """Staff words and a verb of taking part, perhaps after a list's closer (…建设局等相关部门负责人参会, …局等相关负责人参加)."""
    cfg = _entity_rules()["body"]
    closers = alternation(rules("relations")["department_list_closers"])
    return re.compile(f"(?:{closers}|等)?(?:{alternation(cfg['staff_words'])})(?:{alternation(cfg['staff_attending'])})")


def staff_attend(text: str, position: int) -> bool:
    """办公室、项目管理中心负责人参加活动: the staff of what ends at `position` take part."""
    return _staff_attending_pattern().match(text, position) is not None


def _bodies_whose_staff_attend(text: str, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """党政综合办公室、应急管理局、创业中心主要负责同志参加活动: a list opening a sentence or clause whose
    every item ends like a body, and whose staff take part, names bodies (创业|中心 split by the tagger);
    so does a list, or one short name, opening a clause with its report (；财经局、招商局分别汇报…, ；纪工委通报了…)."""
    report = re.compile(alternation(rules("relations")["report_verbs"]))
    praise = tuple(rules("relations")["report_not_before"])  # 受到市外办通报表扬: praise received, no report given
    listed = [(m, True) for m in _staff_attending_pattern().finditer(text)] + [
        (m, False) for m in report.finditer(text) if not text.startswith(praise, m.end())]
    spans = []
    for match, staff in listed:
        opening = clause_start(text, match.start())
        single = not staff and match.start() - opening <= _entity_rules()["body"]["reporting_name_max"]
        if ("、" not in text[opening : match.start()] and not single) or text.startswith(patterns["outside"], opening):
            continue
        # The list is read as if a comma closed it where the staff words begin.
        items = _body_items(text[: match.start()] + "，", opening, "", index, patterns)
        if items and items[-1][1] == match.start():
            spans += items
    return spans


def _body_items(text: str, cursor: int, separator: str, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """The items from `cursor` on, each after `separator` (then 、), that end like a body; the suffix must close
    a word of its own (管理局), not end a common word (决策部署)."""
    spans = []
    while text.startswith(separator, cursor):
        opening = cursor + len(separator)
        item = re.match(rf"[\u4e00-\u9fff]{{2,{MAX_BODY_AFTER_ZONE}}}?(?=[、等，。；])", text[opening:])
        # (王集乡政府全体机关干部: an item ending in a word for people, 干部, names people, no body)
        suffix = (patterns["body_end"].search(item.group()) if item and "的" not in item.group()
                  and not item.group().endswith(tuple(_entity_rules()["body"]["people_endings"])) else None)
        end = opening + item.end() if item else cursor
        # A whole item between the marks, two characters or more before its suffix, is a name (经|发局 split
        # by the tagger); a shorter one must close a word of its own (布局 is no body).
        if suffix is None or not (item.end() - len(suffix.group()) >= 2 or _closes_a_word(index, end - len(suffix.group()), end)):
            break
        if item.group().endswith(tuple(_entity_rules()["body"]["word_endings"])):
            break  # 工委、管委紧扣部署: a clause going on after the list, ending in a common word, no body's name
        spans.append((opening, end))
        cursor, separator = end, "、"
    return spans


def _committees_listed(text: str, bodies: list[Mention]) -> list[tuple[int, int]]:
    """高新区党工委、管委会仍作为…, 设立天府新区党工委和管委会: the zone's other committee written right after
    one of its committees (after 、 or a conjunction), whatever follows it."""
    committees = tuple(longest_first(_entity_rules()["body"]["zone_committees"]))
    joiners = ("、", *_entity_rules()["company"]["list_conjunctions"])
    spans = []
    for body in (b for b in bodies if b.text.endswith(committees)):
        joiner = next((j for j in joiners if text.startswith(j, body.end)), "")
        committee = next((c for c in committees if text.startswith(c, body.end + len(joiner))), "")
        if joiner and committee:
            spans.append((body.end + len(joiner), body.end + len(joiner) + len(committee)))
    return spans


def _bodies_before_posts(text: str, lexicon: Lexicon, index: TokenIndex, patterns: dict) -> list[tuple[int, int]]:
    """管委会副主任、建设房产局局长吕跃跃; ，纪检监察工委书记于爱平: between a post chain's mark and a
    post held by a named person, words closed by a body suffix are the whole body's name, though the
    tagger cut it (建设 as a verb) or marked no organisation at all."""
    cfg = _entity_rules()["body"]
    committees = tuple(cfg["zone_committees"])
    posts = _post_pattern(lexicon.posts)
    towns = tuple(rules("relations")["town_suffixes"])
    spans = []
    # 缪爱国 经济发展局局长: in a roster the name stands before the body and its post.
    roster_openings = {m.end("posts"): m.start("posts") - 1 for m in ROSTER_LINE.finditer(text)}
    for post in posts.finditer(text):
        named_after = _name_after_posts(text, post.end(), posts, index)
        if not (named_after or post.end() in roster_openings) or post.group() in lexicon.company_posts:
            continue  # 销售部经理: a company's department, not a public body
        opening = max(text.rfind(mark, max(0, post.start() - MAX_BODY_AFTER_ZONE - 1), post.start()) for mark in "、，,：。")
        opening = max(opening, roster_openings.get(post.end(), -1))
        name = text[opening + 1 : post.start()]
        suffix = patterns["body_end"].search(name)
        if (opening < 0 or len(name) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or "的" in name or suffix is None
                or name.startswith(patterns["outside"]) or _zone_committee(name, committees)
                or posts.search(name, 0, suffix.start()) or not _closes_a_word(index, post.start() - len(suffix.group()), post.start())):
            continue
        if name.endswith(towns) or _chain_opens_outside(text, opening, lexicon, patterns):
            continue  # 张八岭镇副书记: a town's; 渭南市发改委党组成员、项目办主任: the city's office
        previous = text[max(text.rfind(mark, 0, opening) for mark in "、，,：。") + 1 : opening]
        if (text[opening] in "、，," and previous.startswith(patterns["outside"])
                and (person := index.token_at(opening - 1)) is not None and person[1].tag == "PER"):
            continue  # 市农业局副局长张显明，商务局副局长张雨: listed after the city's officials, the city's bureau
        spans.append((opening + 1, post.start()))
    return spans


def _name_after_posts(text: str, position: int, posts: re.Pattern, index: TokenIndex) -> bool:
    """A tagged name right after the post, or after further posts or ranks joined by 、 (招商局副局长、
    四级调研员周北辰)."""
    ranks = _rank_pattern()
    while True:
        after = index.token_at(position)
        if after is not None and after[1].tag == "PER" and after[1].start == position:
            return True
        window = (position + 1, position + 1 + MAX_POST_QUALIFIER + MAX_POST)
        further = (posts.search(text, *window) or ranks.search(text, *window)) if text.startswith("、", position) else None
        if further is None or not re.fullmatch(rf"[\u4e00-\u9fff]{{0,{MAX_POST_QUALIFIER}}}", text[position + 1 : further.start()]):
            return False
        position = further.end()


@cache
def _rank_pattern() -> re.Pattern:
    return re.compile(alternation(rules("relations")["descriptor_endings"]))


def _chain_opens_outside(text: str, opening: int, lexicon: Lexicon, patterns: dict) -> bool:
    """A post chain whose first organisation is a city's or province's keeps its later offices there."""
    if text[opening] != "、":
        return False
    clause = text[clause_start(text, opening, "，,。；：") : opening]
    return clause.startswith(patterns["outside"]) or _outside_place_in(clause, lexicon)


def _zone_committee(name: str, committees: tuple[str, ...]) -> bool:
    """区党工委, 经开区管委会: a zone's own committee (its posts lead the zone), not another body."""
    committee = next((c for c in committees if name.endswith(c)), None)
    return committee is not None and (name == committee or name[: -len(committee)].endswith("区"))


def _through_leading_place(index: TokenIndex, start: int, lexicon: Lexicon) -> int:
    """江苏宏昌天马物流装备, when the tagger reads the province or city apart: a province or city written
    right before an organisation's name, with nothing but a mark or a non-name word before it, opens it."""
    found = index.token_at(start - 1)
    if found is None or found[1].end != start:
        return start
    place = lexicon.place(found[1].text)
    if place is None or place.level not in ("province", "city"):
        return start
    before = index.token_at(found[1].start - 1)
    return found[1].start if before is None or before[1].tag in NOT_NAME_TAGS else start


@cache
def _partner_organ_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_entity_rules()['company']['partner_organs'])})(?:{alternation(rules('relations')['partner_openers'])})")


def _after_a_partner_organ(text: str, start: int, end: int) -> int:
    """六安市政府与绿地控股集团 read as one word: a government or committee and a conjunction before a company's name
    are the company's partner in what follows, not part of its name."""
    return max((m.end() for m in _partner_organ_re().finditer(text, start, end)), default=start)


def _after_leading_person(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
    """童亚辉浙江省能源集团有限公司董事长: a person's name before a company that begins with a place is
    a caption, not part of the company's name."""
    found = index.token_at(start)
    if found is None or found[1].tag != "PER":
        return start
    after = found[1].end
    if any(begin == 0 for begin, _, _ in lexicon.place_trie.tokenize(text[after : after + 8])):
        return after
    return start


def end_of_kind_word(text: str, start: int, end: int, projects: bool = False) -> int:
    """Where the last word saying what kind of company it is (企业, 子公司; with `projects`, 项目 too) between
    start and end ends, or -1."""
    cfg = rules("relations")
    kinds = cfg["company_kind_words"] + cfg["role_kind_words"] + (cfg["project_kind_words"] if projects else [])
    found = [at + len(kind) for kind in kinds if (at := text.rfind(kind, start, end)) >= 0]
    return max(found, default=-1)


def _after_kind_word(text: str, index: TokenIndex, start: int, end: int) -> int:
    """世界500强企业艾默生…有限公司, 全资子公司成都登特…有限公司, 新投产项目恒泰…有限公司: words ending in 企业,
    子公司 or 项目 right before a name the tagger reads as one describe the company; the name follows them
    (not 企业管理有限公司, where a kind of business follows)."""
    after = end_of_kind_word(text, start, end, projects=True)
    following = index.token_at(after) if after >= 0 else None
    if following is None:
        return start
    # 项目华达工艺礼品有限公司: the tagger may read 项目 and the name as one word (企业管理有限公司 is a business).
    # (项目投资商宁波华彩电器有限公司: nor a project's investor, however the tagger reads it)
    merged = following[1].start < after and (text[following[1].start : after] in rules("relations")["project_kind_words"]
                                             or text.endswith(tuple(rules("relations")["role_kind_words"]), 0, after))
    if not merged and (following[1].start != after or following[1].tag not in PROPER_NAME_TAGS):
        return start
    return after


def _bracketed_region_before(text: str, position: int, lexicon: Lexicon) -> re.Match | None:
    """The bracketed country or place that ends right at `position` (the （湖州） of 融速科技（湖州）)."""
    region = BRACKETED_REGION.search(text, max(0, position - 8), position)
    if region and (region.group(1) in _entity_rules()["company"]["bracketed_regions"] or lexicon.division(region.group(1))
                   or _place_ending_at(text, region.start(), lexicon)):
        return region  # (长沙（金霞）消费电子产业园: an area of the place written right before it)
    return None


def _place_ending_at(text: str, position: int, lexicon: Lexicon) -> bool:
    """Whether a known place ends right at `position`."""
    return any(lexicon.division(text[position - size : position]) for size in range(2, 5) if position >= size)


def _before_bracketed_region(text: str, suffix_start: int, lexicon: Lexicon) -> int:
    """伊顿电气（中国）有限公司: the name ends before a bracketed country or place, not at the suffix."""
    region = _bracketed_region_before(text, suffix_start, lexicon)
    return region.start() if region else suffix_start


def _across_bracketed_region(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
    """力合（江苏）智能制造产业园, 中节能（湖州）科技城投资建设发展有限公司: a place in brackets inside a
    name is part of it, so a name that begins right after one begins before it."""
    region = _bracketed_region_before(text, start, lexicon)
    if region is None:
        return start
    before = index.name_start(region.start(), floor=max(0, region.start() - MAX_NAME), stop_tags={"m"})
    if before == region.start() and (apposed := APPOSED_NAME.search(text, 0, region.start())) is not None:
        before = apposed.start(1)  # 首个美资投产企业——派罗特克（滁州）…: a name set off by a dash, whatever its tags
    if region.start() - before == 1 and (brand := SHORT_BRAND.search(text, 0, region.start())) is not None:
        before = brand.start(1)  # …项目的东|久（廊坊）高端制造产业园: a brand the tagger read as a direction and a word
    return before if before < region.start() else start


# A short run of characters after a dash or colon, right before a bracketed place inside a name.
APPOSED_NAME = re.compile(r"(?:——|：)([\u4e00-\u9fff]{2,6})$")
# A short run of characters after 的 or a mark, right before a bracketed place inside a name.
SHORT_BRAND = re.compile(r"(?:^|[的，。、；：“”\s])([\u4e00-\u9fff]{2,4})$")


def _before_region_inside_name(text: str, suffix_start: int, index: TokenIndex, lexicon: Lexicon) -> int:
    """新石器慧通（北京）科技有限公司, when the tagger reads （北京）科技有限公司 as one token of marks: the name
    opens before a bracketed place followed by a few name characters and the suffix."""
    words = re.search(r"[\u4e00-\u9fff]{1,4}$", text[max(0, suffix_start - 4) : suffix_start])
    if words is None:
        return suffix_start
    region = _bracketed_region_before(text, suffix_start - len(words.group()), lexicon)
    if region is None:
        return suffix_start
    before = index.name_start(region.start(), floor=max(0, region.start() - MAX_NAME), stop_tags={"m"})
    return before if before < region.start() else suffix_start


def _across_conjunction_in_a_park_list(text: str, start: int, index: TokenIndex, found: list[Mention], zones: list[Mention]) -> int:
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
    return opening if listed and len(field) >= 2 and not any(word in field for word in _park_suffixes()) else start


@cache
def _park_and_conjunction_re() -> re.Pattern:
    return re.compile(f"(?:{alternation(_entity_rules()['park']['subpark_suffixes'])})[{NAME_OPENING_CONJUNCTIONS}及]")


def _after_a_park_and_conjunction(text: str, start: int, suffix_start: int) -> int:
    """中兴商贸园和文化产业园: a park's name ends at its own park word; a conjunction after it opens the next park's."""
    after = max((m.end() for m in _park_and_conjunction_re().finditer(text, start, suffix_start)), default=start)
    return after if suffix_start - after >= 2 else start


def _across_name_dot(text: str, start: int, index: TokenIndex) -> int:
    """苏科高新·绵阳智能制造产业园, 宜秀.白泽湖产业升级示范园: two names joined by a dot are one name;
    so are a Latin name and a kind (VC·产业园)."""
    if start < 2 or text[start - 1] not in NAME_DOTS:
        return start
    before_dot = text[start - 2]
    if not (CJK.match(before_dot) or before_dot.isascii() and before_dot.isalnum()):
        return start
    before = index.name_start(start - 1, floor=max(0, start - 1 - MAX_NAME), stop_tags={"m"})
    return before if before < start - 1 else start


@cache
def _list_pattern():
    cfg = _entity_rules()["company"]
    item = _listed_name()
    heads = alternation(cfg["list_heads"] + cfg["project_list_heads"] + cfg["visited_list_heads"])
    closers = alternation(["等", *cfg["list_kind_closers"]])
    # 等一批为风电整机配套的国内外著名企业: a count of the kind right after 等 lets a longer description follow.
    # (关联度大、带动性强的行业龙头企业: the description may itself list qualities.)
    gap = f"(?:{alternation(cfg['list_counts'])})[\u4e00-\u9fff0-9、]{{0,{cfg['counted_list_gap']}}}?|[\u4e00-\u9fff0-9]{{0,{cfg['list_gap']}}}?"
    pattern = re.compile(f"((?:{item}、)+{item})(?:{closers})({gap})({heads})")
    return pattern, tuple(cfg["list_item_stopwords"]), tuple(cfg["list_gap_stopwords"]), set(cfg["list_item_stop_tags"])


def park_suffixes() -> tuple[str, ...]:
    """The words that end a park's name (产业园, 工业园区, 孵化器 …)."""
    return _park_suffixes()


@cache
def _park_suffixes() -> tuple[str, ...]:
    return tuple(_entity_rules()["park"]["suffixes"])


@cache
def _list_opening_verbs() -> re.Pattern:
    cfg = _entity_rules()["company"]
    return re.compile(alternation(rules("relations")["introduce_verbs"] + cfg["project_visit_verbs"] + cfg["list_founding_verbs"]
                                  + cfg["list_backing_verbs"]))


def _visited(text: str, list_start: int, first_end: int) -> bool:
    """A visiting verb (来到, 前往, 走访 …) stands a few characters before the list's first name, or in it."""
    window = _entity_rules()["company"]["project_list_window"]
    return bool(_visit_verbs().search(text, max(0, list_start - window), first_end))


@cache
def _visit_verbs() -> re.Pattern:
    return re.compile(alternation(_entity_rules()["company"]["project_visit_verbs"]))


def _framed_as_kinds(text: str, match: re.Match) -> bool:
    """Whether a list sits in a 以…为主 frame (以A、B等项目为主), which names the kinds of a place's settlers."""
    cfg = _entity_rules()["company"]
    opening = clause_start(text, match.start())
    return (match.group(3) in cfg["project_list_heads"] and cfg["kinds_frame_opener"] in text[opening : text.index("、", match.start())]
            and text.startswith(tuple(cfg["kinds_frame_closers"]), match.end()))


def _projects_of_companies(text: str, match: re.Match, first_end: int) -> bool:
    """芯视元、聚芯珠海等11个重点项目签约入驻; 新引进迈为股份、联东U谷等一批项目; 来到瑞狮科技、泽丰科技等
    14个在建项目: a list of projects that settle, start being built, are brought in or are visited names the
    companies behind them."""
    window = _entity_rules()["company"]["project_list_window"]
    after = text[match.end() : match.end() + window]
    # (中恒、神冠等一批重大医药项目的引进: the noun of bringing in after the list says so too.)
    verbs = rules("relations")["settle_verbs"] + _entity_rules()["company"]["project_building_verbs"] + rules("relations")["introduce_verbs"]
    # 进驻开发区的有A、B等众多项目: a verb of settling may open the list as well.
    before = text[max(0, match.start() - window) : first_end]
    return any(v in after for v in verbs) or any(v in before for v in rules("relations")["settle_verbs"]) or bool(
        _list_opening_verbs().search(text, max(0, match.start() - window), first_end)
    )


@cache
def _described_pattern() -> re.Pattern:
    cfg = _entity_rules()["company"]
    gap = f"[^，。；：！？“”\n]{{0,{cfg['described_gap']}}}?"
    return re.compile(f"(?:{alternation(cfg['described_introducers'])}){gap}一家{gap}(?:{alternation(cfg['described_heads'])})(?=[，。；])")


def _described_companies(text: str, index: TokenIndex) -> list[tuple[int, int]]:
    """中科同帜是泰兴高新区一家…提供商: the name right before the introducer is an enterprise's."""
    spans = []
    for match in _described_pattern().finditer(text):
        introducer = index.token_at(match.start())
        if introducer is None or introducer[1].start != match.start():
            continue  # 是 inside a word (但是, 于是) introduces nothing
        start = index.name_start(match.start(), floor=max(0, match.start() - MAX_NAME))
        if match.start() - start >= 2:
            spans.append((start, match.start()))
    return spans


@cache
def _workshop_pattern() -> re.Pattern:
    cfg = _entity_rules()["company"]
    return re.compile(f"(?:{alternation(cfg['workshop_visit_verbs'])})([\u4e00-\u9fff]{{2,8}}?)"
                      f"(?:{alternation(cfg['workshop_words'])})")


def _workshop_owners(text: str, index: TokenIndex) -> list[tuple[int, int]]:
    """走进玉京网布生产车间: the name-like words between a verb of visiting and a workshop word (a whole
    token run, no 的, no generic word such as 企业) name the enterprise the workshop belongs to."""
    cfg = _entity_rules()["company"]
    generic = tuple(cfg["list_heads"] + cfg["project_list_heads"])
    spans = []
    for match in _workshop_pattern().finditer(text):
        start, end = match.span(1)
        tokens = [index.token_at(i) for i in (start, end - 1)]
        if ("的" in match.group(1) or match.group(1).endswith(generic) or any(t is None for t in tokens)
                or tokens[0][1].start != start or tokens[1][1].end != end
                or any(index.tokens[i].tag in NOT_NAME_TAGS for i in range(tokens[0][0], tokens[1][0] + 1))):
            continue
        spans.append((start, end))
    return spans


def _zone_company_before_list_head(text: str, zones: list[Mention], index: TokenIndex) -> list[tuple[int, int]]:
    """考察了经开区海林中科等企业: one name between a zone and 等企业 is one of the zone's enterprises."""
    cfg = _entity_rules()["company"]
    head = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{2,{LIST_ITEM_MAX}}}?(?=等(?:{alternation(cfg['list_heads'])}))")
    spans = []
    for zone in zones:
        match = head.match(text, zone.end)
        if match is None or any(w in match.group() for w in cfg["list_item_stopwords"]) or match.group() in cfg["generic_descriptors"]:
            continue
        tokens = [index.token_at(i) for i in range(match.start(), match.end())]
        # The name opens a word of its own, or the tagger wrote zone and name as one (临沂经开区鑫源精工).
        if all(t is not None and t[1].tag not in NOT_NAME_TAGS for t in tokens) and tokens[0][1].start in (match.start(), zone.start):
            spans.append(match.span())
    return spans


def _listed_companies(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """广丰、顶通、永存、原赫、九通等专线物流公司: the items of a list closed by 等…公司/企业."""
    pattern, _, gap_stopwords, _ = _list_pattern()
    spans = []
    for match in pattern.finditer(text):
        if _framed_as_kinds(text, match):
            continue  # 入园企业以轻工机械、环保设备等高科技含量项目为主: kinds the park takes, not names
        counted = match.group(2).startswith(COUNTS_OF_A_KIND)
        if any(word in match.group(2) for word in gap_stopwords) and not counted:
            continue
        if counted and len(match.group(2)) > _entity_rules()["company"]["list_gap"] and match.group(3) not in _entity_rules()["company"]["list_heads"]:
            continue  # 等一批优势特色产业及生活配套项目: a long description of projects, which may be anything
        first_end = text.index("、", match.start())
        if match.group(3) in _entity_rules()["company"]["project_list_heads"] and not _projects_of_companies(text, match, first_end):
            continue
        if match.group(3) in _entity_rules()["company"]["visited_list_heads"] and not _visited(text, match.start(), first_end):
            continue
        # The pattern may have taken words before the first name (引进了广丰、…); the tagger's tokens
        # say where that name begins — unless a mark opens a list whose first item is name-sized.
        # 最终促成中通、京东等: a verb inside that first item (not opening it: 聚石科技) still ends the
        # words before the name.
        opened = ((match.start() == 0 or not CJK.match(text[match.start() - 1])) and first_end - match.start() <= LIST_NAME_MAX
                  and not any(index.tokens[index.at[p]].tag in VERB_TAGS and index.tokens[index.at[p]].start > match.start()
                              for p in range(match.start(), first_end) if p in index.at))
        cursor = match.start() if opened else index.name_start(first_end, floor=match.start())
        cursor = _first_item_start(text, match.start(), first_end, cursor, index)
        # 包括全球食品领军企业台湾统一食品、…: a word of what kind of company it is opens the first name, whatever the tags.
        # (not 银行机构|分别与英诺包装: an adverb, a preposition or a verb after the word opens no name there)
        kind_cut = _after_kind_words(text, match.start(), first_end)[0]
        opening = index.token_at(kind_cut)
        if kind_cut > match.start() and (opening is None or opening[1].tag not in FUNCTION_TAGS):
            cursor = kind_cut
        # 杨良锋、杭莺一行来到中健医疗、晶洋实业…等企业: the list begins after a verb of arriving inside it.
        arrived = [m.end() for m in _arrival_re().finditer(text, cursor, match.end(1))]
        items = _company_items(text, max([cursor] + arrived), match.end(1), lexicon, index)
        if match.group(3) in _entity_rules()["company"]["project_list_heads"]:
            items = [_maker_of_project(a, b, index) for a, b in items]
        spans.extend(items)
    # 帮助龙头企业东材科技、虹科创新等向产业高端发展: the word for enterprises of a kind before the list, then 等.
    # (The word before says they are companies, so items the tagger reads as verbs still are: 虹科创新.)
    for match in _kind_led_list_pattern().finditer(text):
        spans.extend(_company_items(text, match.start(1), match.end(1), lexicon, index, counted=True))
    return spans


def _maker_of_project(start: int, end: int, index: TokenIndex) -> tuple[int, int]:
    """英特安禧|物联网智能终端、安益生物|1万吨肌醇等项目: a listed project opening with an organisation's name
    is that organisation's: up to a quantity, or the organisation's word when three words of product follow it
    (not 富士|电梯, 德润|动力设备, names the tagger ends early)."""
    token = index.token_at(start)
    if token is None or token[1].start != start or token[1].tag != "ORG" or len(token[1].text) < 2 or token[1].end >= end:
        return start, end
    rest = [index.tokens[index.at[p]] for p in range(token[1].end, end) if p in index.at and index.tokens[index.at[p]].start == p]
    quantity = next((t for t in rest if t.tag == "m" and t.text[:1].isdigit()), None)
    if quantity is not None:
        return start, quantity.start  # 福瑞|生物|1万吨肌醇: the name runs up to the quantity
    return (start, token[1].end) if len(rest) >= 3 else (start, end)


@cache
def _kind_led_list_pattern() -> re.Pattern:
    item = _listed_name()
    return re.compile(f"(?:{alternation(_entity_rules()['company']['leading_kind_words'])})((?:{item}、)+{item})等")


def _listed_name() -> str:
    """A listed company's name: it may hold a bracketed region (中科安（山西）研究院) and be a full legal name; it never
    holds 等, which closes a list (山东二叶、赛托生物等企业代表和顺丰、中通等快递公司 is two lists); a middle dot joins a
    name of two parts (丰业·百会)."""
    return _list_item(_entity_rules()["company"]["list_item_max"], marks="（）·")


@cache
def _arrival_re() -> re.Pattern:
    return re.compile(alternation(longest_first(v for v in rules("relations")["arrival_verbs"] if len(v) > 1)))


def _through_trade_words(text: str, index: TokenIndex, end: int, trades: tuple[str, ...]) -> int:
    """雨帆生物|能源等项目: trade words right after a short company name the tagger ended early belong to
    it when the name ends there (at 、, 等 or a break; not 迈拓科技|智能超声波…项目, where they describe a product)."""
    extended = _trade_words_end(index, end, trades)
    return extended if text[extended : extended + 1] in ("、", "等", *CLAUSE_BREAK) else end


def _trade_word_inside(name: str, trades: tuple[str, ...]) -> int:
    """Where a name read with its product ends: after the first trade word that leaves two characters of name
    before it and product words after it (威达重工|数控铣, 中塑光伏|太阳能); the whole name when there is none."""
    ends = [at + len(w) for w in trades if (at := name.find(w)) >= 2 and at + len(w) <= len(name) - 2]
    return min(ends, default=len(name))


def _trade_words_end(index: TokenIndex, end: int, trades: tuple[str, ...]) -> int:
    """Where the trade words (新能源, 生物) right after a name end."""
    while (found := index.token_at(end)) is not None and found[1].tag in ("n", "vn") and found[1].text in trades:
        end = found[1].end
    return end


def _companies_listed_with_a_company(text: str, lexicon: Lexicon, index: TokenIndex, found: list[Mention],
                                     zones: list[Mention]) -> list[tuple[int, int]]:
    """到华翔翔能、华慧新能源、艾华集团调研: names listed with 、 beside a name already known as a company
    are companies too (a list holds things of one kind). An item that is part of a longer name found
    otherwise is left to that name; one holding a post is a person's. A list that also holds a zone or
    a body (喀什经济开发区、兵团分区、深圳港集团五方) is of parties of many kinds, not of companies."""
    organs = [(m.start, m.end) for m in [*zones, *found] if m.type in ("Zone", "GovernmentBody")]
    # Makers of projects listed one after another (A年产…、B年产…) leave the words before each 、 to their products.
    companies = {(m.start, m.end) for m in found if m.type == "Company" and m.rule != "company-output-owner"}
    posts = _post_pattern(lexicon.posts)  # 董事长王强、党委书记李明: people with their posts
    spans = []
    previous_end = -1
    for match in re.finditer(rf"(?:{_name_item(LIST_ITEM_MAX)}、)+{_name_item(LIST_ITEM_MAX)}", text):
        first_end = text.index("、", match.start())
        cursor = _first_item_start(text, match.start(), first_end, index.name_start(first_end, floor=match.start()), index)
        if match.start() == previous_end:
            cursor = first_end + 1  # …项目现场、高层次人才…项目现场、: the tail of an item too long to be a name
        previous_end = match.end()
        last_start = text.rindex("、", match.start(), match.end()) + 1
        items = _company_items(text, cursor, _last_item_end(text, index, last_start, match.end()), lexicon, index)
        if text[match.end() : match.end() + 1] in ("（", "("):
            items = items[:-1]  # 冠群驰骋投资管理（北京）有限公司: the last name runs on past the list
        closing = next((i for i, (a, b) in enumerate(items) if "等" in text[a:b]), None)
        if closing is not None:
            items = items[:closing]  # A、B等公司负责人、党员代表: 等 closes the list of names
        # 杨良锋、杭莺一行来到中健医疗、…: what is listed before a verb of arriving is the party that arrives; the
        # item holding the verb names what follows it.
        arrived = max([m.end() for m in _arrival_re().finditer(text, match.start(), match.end())], default=-1)
        items = [(max(a, arrived) if a < arrived < b else a, b) for a, b in items]
        if not any(item in companies for item in items) or any(a <= i and j <= b for i, j in items for a, b in organs):
            continue
        # (日本最大|的干细胞…机构青禾公司: words before 的 describe the next name, they are none)
        spans.extend(item for item in items if item not in companies and not posts.search(text, *item)
                     and not any(m.start < item[1] and item[0] < m.end for m in found) and item[0] >= arrived
                     and text[item[1] : item[1] + 1] != "的")
    return spans


def _last_item_end(text: str, index: TokenIndex, start: int, end: int) -> int:
    """安健药业项目现场, 艾华集团调研, 远东电机和…: the last listed name is its run of name words, up to
    项目 or 等."""
    closers = (*_entity_rules()["company"]["project_list_heads"], *_entity_rules()["company"]["visited_site_words"], "等")
    cursor = start
    while cursor < end and (found := index.token_at(cursor)) is not None:
        token = found[1]
        if token.tag in NOT_NAME_TAGS or token.text in closers or token.end > end:
            break
        cursor = token.end
    return cursor


def _last_opening_verb_end(text: str, start: int, end: int) -> int | None:
    """Where the names begin after the last verb that opens a list between start and end (深入|园区|英马…), past an aspect
    mark and a bare word for the zone or park; None without such a verb."""
    verbs = [m for m in _list_opening_verbs().finditer(text, start, end)]
    if not verbs:
        return None
    cursor = verbs[-1].end() + (text[verbs[-1].end() : verbs[-1].end() + 1] in "了着到")
    return _past_bare_zone_word(text, cursor, end)


def _past_bare_zone_word(text: str, cursor: int, end: int) -> int:
    """深入园区|英马电动车: past the zone's own bare word at `cursor`, when a name of two characters or more is left before `end`."""
    bare = next((w for w in longest_first(rules("relations")["bare_zone_words"]) if text.startswith(w, cursor) and end - cursor - len(w) >= 2), "")
    return cursor + len(bare)


def _first_item_start(text: str, floor: int, first_end: int, cursor: int, index: TokenIndex) -> int:
    """Where a list's first name begins: after the verb that opens the list, after a preposition the
    tagger reads at its head (在五得利面粉、…等企业现场), and after a word that opens it (包括和尘光电、…)."""
    cursor = _after_opening_verb(text, floor, first_end, cursor, index)
    if (found := index.token_at(cursor)) is not None and found[1].tag == "p" and first_end - found[1].end >= 2:
        cursor = found[1].end
    opener = next((w for w in _entity_rules()["company"]["list_openers"] if text.startswith(w, cursor)), "")
    return cursor + len(opener) if first_end - cursor - len(opener) >= 2 else cursor


def _after_opening_verb(text: str, floor: int, first_end: int, cursor: int, index: TokenIndex) -> int:
    """先后来到聚石科技、…, 重点走访了太平洋精锻、…: the first name begins right after the verb nearest
    it that opens the list (when at least two characters are left for the name) — a verb that ends a
    word of its own, not one inside a noun (调研组到华瑞大厦)."""
    verbs = [m for m in _list_opening_verbs().finditer(text, floor, first_end)
             if (token := index.token_at(m.end() - 1)) is None or token[1].end == m.end()]
    opening = max(verbs, key=lambda m: m.start(), default=None)
    if opening:
        # 吸引到西门子、…, 培育出了中通客车、…: a verb's complement (or 的) closes it
        complements = longest_first(_entity_rules()["company"]["verb_complements"])
        after_verb = opening.end() + len(next((c for c in complements if text.startswith(c, opening.end())), ""))
        after_verb = _past_bare_zone_word(text, after_verb, first_end)  # 深入园区英马电动车、…: the zone's word opens no name
        if first_end - after_verb >= 2:
            return after_verb
    return cursor


@cache
def _phase_pattern() -> re.Pattern:
    return re.compile(_entity_rules()["company"]["phase_marker"])


def _company_items(text: str, start: int, end: int, lexicon: Lexicon, index: TokenIndex, counted: bool = False) -> list[tuple[int, int]]:
    """The 、-separated items of text[start:end] that may name companies; none if any item is a place,
    a field or an activity (not asked of a list `counted` as companies: 依工净化、依工聚合…3家公司, which the
    tagger may read as verbs)."""
    _, stopwords, _, stop_tags = _list_pattern()
    items, cursor = [], start
    for part in text[start:end].split("、"):
        items.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    items[-1:] = _split_at_conjunction(items[-1], index, _entity_rules()["company"]["list_conjunctions"], text, lexicon)
    items = [_after_kind_words(text, a, b) for a, b in items]
    # 深入西安软件园、创业园发展中心以及炬光科技、华晶电子等企业: a conjunction in an earlier item opens the
    # list of companies; what stands before it was a list of other things.
    openers = _entity_rules()["company"]["list_opening_conjunctions"]
    items[:-1] = [_split_at_conjunction(item, index, openers)[-1] for item in items[:-1]]
    items = [(a, b - len(m.group())) if (m := _phase_pattern().search(text, a, b)) else (a, b) for a, b in items]
    # 中材航特、凯纳新材料这2家落地项目企业: a demonstrative and a count end the last name.
    items = [(a, m.start()) if (m := DEMONSTRATIVE_COUNT.search(text[: b + 4], a)) and m.start() < b else (a, b) for a, b in items]
    items = [(a, b) for a, b in items if b > a]  # 一期 alone: the phase of a name cut off before it
    items = [_without_branch_note(text, a, b, lexicon) for a, b in items]
    # 华兰生物、正大航空、氢能产业园等重点企业及项目: parks in the list are found as parks.
    items = [(a, b) for a, b in items if not text[a:b].endswith(_park_suffixes())]
    if any(text[a:b].endswith(ZONE_KIND_WORDS) for a, b in items):
        return []  # 来到川渝高竹新区、C、D, 喀什经济开发区、兵团分区等五方: a list holding a zone is of places or units
    # 珠啤南路、畲江大桥等已开工项目: roads and bridges being built are projects of no company.
    items = [(a, b) for a, b in items if not text[a:b].endswith(tuple(_entity_rules()["company"]["list_item_works"]))]
    names = [text[a:b] for a, b in items]
    # 市高投公司、下涯镇、洋溪街道、市规划资源局等单位: a list holding towns or offices is of units, not companies.
    bodies = tuple(_entity_rules()["company"]["list_item_bodies"])
    fields = tuple(_entity_rules()["company"]["list_item_field_openers"])
    # 县委常委、办公室主任李晓平等一行: a list holding posts is of people.
    countries = set(_entity_rules()["company"]["country_prefixes"])
    # (40多个国家和地区的620家…企业: an item ending in 的 describes the companies counted, it names none)
    if any(len(n) < 2 or lexicon.place(n) is not None or n in countries or any(w in n for w in stopwords) or n.endswith(bodies)
           or n.startswith(fields) or n.endswith("的")
           or any(post in n for post in lexicon.posts) for n in names):
        return []
    # 商事登记、税务办理等: activities — when half the items or more hold a verbal noun (one name such as
    # 虹科创新 may hold one too).
    # (an item written right after what kind of company it is, 龙头企业远川实验器材, is a name however tagged)
    kinds = tuple(_entity_rules()["company"]["list_item_kind_words"])
    verbal = [(a, b) for a, b in items if not text.endswith(kinds, 0, a)
              and {index.tokens[index.at[p]].tag for p in range(a, b) if p in index.at} & stop_tags]
    return [] if 2 * len(verbal) >= len(items) and not counted else items


def _after_kind_words(text: str, start: int, end: int) -> tuple[int, int]:
    """全球食品领军企业台湾统一食品: a listed item opens its name after the last word of what kind of company it
    is, when a name of two characters or more follows (not 远川企业管理有限公司, whose rest is generic)."""
    kinds = _entity_rules()["company"]["list_item_kind_words"]
    cut = max((i + len(k) for k in kinds if (i := text.rfind(k, start, end)) >= 0), default=-1)
    if cut == end:
        return end, end  # 全球知名键盘鼠标生产商|精元电脑 cut by the tagger: a description alone names nothing
    if cut < 0 or end - cut < 2 or _generic_company(text[cut:end], _org_patterns(), after_zone=False):
        return start, end  # (南宁统一企业|有限公司: the rest is a legal form alone, so 企业 is part of the name)
    cut += len(next((w for w in _entity_rules()["company"]["having_words"] if text.startswith(w, cut)), ""))  # 企业有 X
    return (start, end) if end - cut < 2 else (cut, end)


def _without_branch_note(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """美团（西藏运营中心）: a note in brackets closing a list item names the company's branch there, not the
    company; a region in brackets (伊顿电气（中国）) stays part of the name."""
    note = BRANCH_NOTE.search(text, start, end)
    if note is None or note.start() - start < 2:
        return start, end
    region = lexicon.leading_place(note.group(1)) == len(note.group(1)) or note.group(1) in _entity_rules()["company"]["bracketed_regions"]
    return (start, end) if region else (start, note.start())


def _split_at_conjunction(item: tuple[int, int], index: TokenIndex, conjunctions: list[str], text: str = "",
                          lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """华锐重机以及中联重科分公司: the last item of a list may join two names by a conjunction the
    tagger reads as one (not the 和 inside a name such as 中和科技, nor 济宁众和高分子材料, where a place
    and one character stand before it)."""
    start, end = item
    for position in range(start, end):
        found = index.token_at(position)
        if found is not None and found[1].start == position and found[1].tag == "c" and found[1].text in conjunctions:
            opening = lexicon.leading_place(text[start:position]) if lexicon is not None else 0
            if position - start - opening >= 2 and end - found[1].end >= 2:
                return [(start, position), (found[1].end, end)]
    return [item]


def _name_item(longest: int) -> str:
    """A pattern for one listed name: two to `longest` Chinese characters, letters or digits."""
    return r"[\u4e00-\u9fffA-Za-z0-9]{2,%d}" % longest


def _list_item(longest: int, marks: str = "") -> str:
    """A pattern for one name of a list closed by 等, which it never holds."""
    return r"(?:(?!等)[\u4e00-\u9fffA-Za-z0-9%s]){2,%d}" % (marks, longest)


@cache
def _counted_list_pattern() -> re.Pattern:
    cfg = _entity_rules()["company"]
    # 上海三一重机以及中联重科奉贤分公司等8家企业: the longest conjunction first; 等 before the count closes the last name.
    item = _list_item(cfg["list_item_max"])
    # 走访恒天重工、广安生物两家企业: with 、 alone before the last name as well.
    return re.compile(f"((?:{item}、)*{item}?)(?:{alternation(longest_first(cfg['list_conjunctions']))}|、)({item}?)等?(?:[0-9]+|[两三四五六七八九十百]+)[余多]?家"
                      f"[\u4e00-\u9fff]{{0,{cfg['list_gap']}}}?(?:{alternation(cfg['list_heads'])})")


def _counted_lists(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """走访了太平洋精锻、振华泵业和海龙电器3家代表性企业: names listed before a count of enterprises."""
    spans = []
    for match in _counted_list_pattern().finditer(text):
        comma = text.find("、", match.start(1), match.end(1))
        first_end = comma if comma >= 0 else match.end(1)
        start = _first_item_start(text, match.start(1), first_end, index.name_start(first_end, floor=match.start(1)), index)
        items = _company_items(text, start, match.end(1), lexicon, index, counted=True)
        if not items and (opening := _last_opening_verb_end(text, match.start(1), match.end(1))) is not None:
            # 市委常委、县委书记宋开慧深入园区英马电动车、瑞赛科尔…等5家企业: posts listed before the verb of visiting
            # opened no list; the list begins after the verb (and after the zone's word for itself).
            items = _company_items(text, opening, match.end(1), lexicon, index, counted=True)
        if not items:
            # 副主任姚五洲走访恒天重工、广安生物两家企业: a 、 among the posts before opened no list; the name
            # right before the last one's mark still does.
            piece = text.rfind("、", match.start(1), match.end(1)) + 1 or match.start(1)
            items = _company_items(text, index.name_start(match.end(1), floor=piece), match.end(1), lexicon, index, counted=True)
        last = _company_items(text, match.start(2), match.end(2), lexicon, index, counted=True)
        if items and last:
            spans.extend(items + last)
    return spans


@cache
def _introduced_list_pattern() -> re.Pattern:
    cfg = _entity_rules()["company"]
    item = _list_item(cfg["list_item_max"])
    return re.compile(f"(?:{alternation(cfg['list_introducers'])})((?:{item}、)+{item})等(?=[，。；])")


def _introduced_lists(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """走访了园内投产企业安徽霍尔斯、康贝洁洗涤、安徽日月神盾等，: names listed right after 企业 and closed by
    等 and a break are the enterprises it speaks of."""
    cfg = _entity_rules()["company"]
    spans = []
    for match in _introduced_list_pattern().finditer(text):
        start = match.start(1)
        if text.endswith(tuple(cfg["having_heads"]), 0, start):
            start += len(next((w for w in cfg["having_words"] if text.startswith(w, start)), ""))  # 代表企业有 X、Y 等
        spans.extend(_company_items(text, start, match.end(1), lexicon, index))
    return spans


@cache
def _settling_list_pattern() -> re.Pattern:
    item = _list_item(_entity_rules()["company"]["list_item_max"])
    # 青禾集团、远川国际等一批知名企业入驻…: 等 and the kind of the list close its last name.
    return re.compile(f"((?:{item}、)+{item})(?:等[\u4e00-\u9fff]{{0,8}}?)?(?:{alternation(rules('relations')['settle_verbs'])})“?")


def _settling_lists(text: str, lexicon: Lexicon, index: TokenIndex, places: list[Mention]) -> list[tuple[int, int]]:
    """好福泰、皓翔塑钢、汉科印务入驻“现代物流园”: names listed right before a settling verb and the park
    or zone they settle in are companies."""
    starts = {m.start for m in places if not m.anaphoric}
    spans = []
    for match in _settling_list_pattern().finditer(text):
        if match.end() not in starts:
            continue
        first_end = text.index("、", match.start())
        spans.extend(_company_items(text, index.name_start(first_end, floor=match.start()), match.end(1), lexicon, index))
    return spans


@cache
def leader_pattern() -> re.Pattern:
    cfg = _entity_rules()["company"]
    item = _name_item(cfg["leader_item_max"])
    return re.compile(f"以((?:{item}、)*{item})为(?:{alternation(cfg['leader_roles'])})")


def _leading_companies(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """以世纪阳光为龙头的…产业集群, 以嘉冠集团、新希望六和为龙头: what leads a cluster is an enterprise —
    unless an item is a field, a kind or a place (以汽车产业为龙头)."""
    stopwords = tuple(_entity_rules()["company"]["list_item_stopwords"] + _entity_rules()["company"]["leader_item_stopwords"])
    spans = []
    for match in leader_pattern().finditer(text):
        cursor, items = match.start(1), []
        for part in match.group(1).split("、"):
            items.append((cursor, cursor + len(part)))
            cursor += len(part) + 1
        if any(lexicon.leading_place(text[a:b]) == b - a or any(w in text[a:b] for w in stopwords) for a, b in items):
            continue
        spans.extend(items)
    return spans


@cache
def _output_pattern() -> re.Pattern:
    return re.compile(f"(?:{alternation(_entity_rules()['company']['output_verbs'])})(?=[0-9０-９一二两三四五六七八九十百千万亿])")


def _output_owners(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """精锐恒丰年产300万只汽车传动皮带轮: a project is named after its maker, so the name right
    before an output verb and its quantity is a company's — unless it is a field, a kind or a place."""
    cfg = _entity_rules()["company"]
    stopwords = tuple(cfg["list_item_stopwords"] + cfg["leader_item_stopwords"])
    spans = []
    for match in _output_pattern().finditer(text):
        start = index.name_start(match.start(), floor=max(0, match.start() - cfg["output_owner_max"]), stop_tags={"m", "vn"})
        name = text[start : match.start()]
        tagged = any(t.tag == "ORG" for t in index.tokens[index.at[start] : index.at[match.start()]]) if name else False
        if (len(name) < 2 or any(w in name for w in stopwords) or lexicon.leading_place(name) == len(name)
                or (len(name) < cfg["output_owner_untagged"] and not tagged)):
            continue
        spans.append((start, match.start()))
    return spans


def _foreign_project_owner(text: str, index: TokenIndex, start: int) -> tuple[int, int] | None:
    """The span of the maker's name when a country opens a foreign project at `start` (新加坡益海嘉里油品
    系列生产项目…落户, 德国艾博歌汽车零部件研发总部项目): the word after the country, or the rest of a word
    the tagger read with the country in it, short of an industry word it ends with."""
    cfg = _entity_rules()["company"]
    country = next((c for c in cfg["country_prefixes"] if text.startswith(c, start)), "")
    found = index.token_at(start + len(country)) if country else None
    # 与福斯集团在德国签署二期项目…: a country after 在 is where something is done, not a maker's nationality.
    if found is None or text[start - 1 : start] in cfg["foreign_place_prepositions"]:
        return None
    token = found[1]
    if token.start == start + len(country):
        end = token.end
    elif token.start == start and token.tag in ("ORG", "PER", "LOC", "nz"):
        end = token.end  # 德国艾博歌汽车, 美国艾利: one word with the country
    else:
        return None
    name_start = start + len(country)
    ending = next((w for w in _entity_rules()["company_words"]["industry_endings"] if text.endswith(w, name_start, end)), "")
    if end - len(ending) - name_start >= 2:
        end -= len(ending)
    elif ending:
        return None  # 德国新材料车体项目: a trade, not a maker's name
    if text[end : end + 1] in cfg["foreign_place_prepositions"]:
        return None  # 德国累计在青投资项目: words followed by where something is done name no maker
    name = text[name_start:end]
    if not 2 <= len(name) <= cfg["foreign_name_max"] or not all(CJK.match(ch) for ch in name):
        return None
    window = text[end : end + cfg["foreign_project_window"] + 4]
    window = window[: min([i for i, ch in enumerate(window) if ch in CLAUSE_BREAK + "、"] + [len(window)])]
    sentence_end = clause_end(text, end, "。；！？\n")
    verbs = rules("relations")["settle_verbs"] + rules("relations")["build_verbs"]
    if any(head in window for head in cfg["foreign_project_heads"]) and any(v in text[end:sentence_end] for v in verbs):
        return name_start, end
    return None


@cache
def _project_list_opening() -> re.Pattern:
    cfg = _entity_rules()["company"]
    return re.compile(f"(?:{alternation(cfg['project_list_heads'])})(?:{alternation(cfg['project_list_openers'])})")


def _listed_project_makers(text: str, index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
    """项目分别为中节能石墨烯应用…、启奥科技智慧血站…、迈巴克卫生材料项目: the name each listed project opens with
    (the items perhaps described and set apart by ；: 分别是中科恒道…项目，总投资18亿元；河北创恒…项目，…)."""
    spans = []
    for match in _project_list_opening().finditer(text):
        listed = text[match.end() : clause_end(text, match.end(), "。\n")]
        items = listed.split("；" if "；" in listed else "、")  # (…呼吸机、麻醉机管路生产项目；…: 、 inside an item)
        if len(items) < 2:
            continue
        cursor = match.end()
        for item in items:
            token = index.token_at(cursor)
            if (token is not None and token[1].start == cursor and token[1].tag in ("ORG", "nz") and len(token[1].text) >= 2
                    and len(item) > len(token[1].text) and lexicon.place(token[1].text) is None):
                spans.append((cursor, token[1].end))
            elif (brand := _place_and_brand(text, cursor, cursor + len(item), index, lexicon)) is not None:
                spans.append((cursor, brand))
            cursor += len(item) + 1
    return spans


def _place_and_brand(text: str, start: int, end: int, index: TokenIndex, lexicon: Lexicon) -> int | None:
    """河北|创恒|隧道智能装备项目, 衡水|长城|绿色物理制氧项目: a listed project opening with a province or city and a word
    of two characters that is no trade names its maker by that place and word; where the maker's name ends, or None."""
    place = index.token_at(start)
    if place is None or place[1].start != start or lexicon.place(place[1].text) is None:
        return None
    brand = index.token_at(place[1].end)
    if (brand is None or brand[1].start != place[1].end or len(brand[1].text) != 2 or brand[1].end >= end
            or brand[1].tag in NOT_NAME_TAGS - {"v"} or brand[1].text in trade_words() or not CJK.match(brand[1].text)):
        return None
    trade = index.token_at(brand[1].end)  # 池州|小布|新材料|锂电池…: a trade word right after the brand is its name's
    if trade is not None and trade[1].start == brand[1].end and trade[1].text in _org_patterns()["industry"] and trade[1].end < end:
        return trade[1].end
    return brand[1].end


def _after_appointment(text: str, start: int, end: int) -> int:
    """缪征阁同志任区党工委, read by the tagger as one word: a body's name begins after the appointment."""
    cfg = rules("relations")
    honorific = text.rfind(cfg["appointment_honorific"], start, end)
    if honorific < 0:
        return start
    after = honorific + len(cfg["appointment_honorific"])
    verb = next((v for v in longest_first(cfg["appointment_verbs"]) if text.startswith(v, after)), "")
    return after + len(verb)


def _source_bodies(text: str, lexicon: Lexicon, patterns: dict) -> list[tuple[int, int]]:
    """来源：开发区经发部: the body a source line names, when it is a body's name and no place opens it."""
    cfg = _entity_rules()["body"]
    spans = []
    for marker in re.finditer(f"(?:{alternation(cfg['source_markers'])})[ \u3000]*", text):
        name = re.match(r"[\u4e00-\u9fff]+", text[marker.end() : marker.end() + cfg["source_max"] + 1])
        if (name is not None and len(name.group()) <= cfg["source_max"] and patterns["body_end"].search(name.group())
                and not name.group().startswith(patterns["outside"]) and not lexicon.leading_place(name.group())
                and not name.group().endswith(tuple(cfg["source_not_bodies"]))):
            spans.append((marker.end(), marker.end() + len(name.group())))
    return spans


def _foreign_project_owners(text: str, index: TokenIndex) -> list[tuple[int, int]]:
    countries = alternation(_entity_rules()["company"]["country_prefixes"])
    return [span for match in re.finditer(countries, text) if (span := _foreign_project_owner(text, index, match.start()))]


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping a longer (or earlier-found equal) mention."""
    kept: list[Mention] = []
    taken: set[int] = set()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        span = set(range(mention.start, mention.end))
        if span & taken:
            continue
        taken |= span
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


# ---------------------------------------------------------------- people


def people_opening_company_names(text: str, people: list[Mention], organisations: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """德国知名企业舒驰|容器与…签署 … 舒驰容器扬州公司: a name the tagger reads as a person's, written elsewhere
    as the opening of a company's name and here followed by more of that name, is the company's short name.
    Returns the people left and the short names found."""
    companies = [m.text for m in organisations if m.type == "Company"]
    kept, short_names = [], []
    for person in people:
        opening = max((len(os.path.commonprefix([name, text[person.start : person.start + len(name)]])) for name in companies
                       if name.startswith(person.text)), default=0)
        # (at least two characters more, and not the whole company name written here)
        if opening - len(person.text) >= 2 and not any(text.startswith(name, person.start) for name in companies):
            short_names.append(Mention(start=person.start, end=person.start + opening, text=text[person.start : person.start + opening],
                                       type="Company", rule="company-opening-person", confidence=0.7))
        else:
            kept.append(person)
    return kept, short_names


def find_people(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    """People the tagger marks, and names it missed right after a post or at the head of a roster line."""
    tagged = _tagged_people(doc, index, lexicon)
    starts = {m.start for m in tagged}
    structural = _names_after_posts(doc, index, lexicon) + _names_before_posts(doc, lexicon) + _dotted_names_after_posts(doc, lexicon)
    people = tagged + [m for m in structural if m.start not in starts and not _inside_any(m, tagged)]
    people += _names_again_after_posts(doc.norm.text, people, lexicon)
    people += _structural_names_again(index, people)
    return [m for m in people if not _form_of_address(m.text, lexicon)]


def _dotted_names_after_posts(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    """执行合伙人托马斯·皮尔磁说: a foreign name written in Chinese, its parts joined by a middle dot, right after a post."""
    text = doc.norm.text
    found = []
    for post in _post_pattern(lexicon.posts).finditer(text):
        name = _dotted_name().match(text, post.end())
        if name is not None:
            found.append(Mention(start=name.start(), end=name.end(), text=name.group(), type="Person", rule="name-dotted-after-post"))
    return found


@cache
def _dotted_name() -> re.Pattern:
    return re.compile(_entity_rules()["person"]["dotted_name"])


def _structural_names_again(index: TokenIndex, people: list[Mention]) -> list[Mention]:
    """主任党锋调研… then 党锋认真听取: a name read from its post is that person again wherever the tagger
    gives it a token of its own, though it did not know the token for a name."""
    names = {m.text for m in people if m.rule in ("name-after-post", "name-before-post")}
    taken = {m.start for m in people}
    return [Mention(start=t.start, end=t.end, text=t.text, type="Person", rule="name-again")
            for t in index.tokens if t.text in names and t.start not in taken]


def _names_again_after_posts(text: str, people: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """何尚汉书记到… then 管委会主任何尚汉一行: a name found once is that person again wherever a post is
    written right before it, though the tagger read post and name as one word there."""
    taken = [(m.start, m.end) for m in people]
    found = []
    for name in {m.text for m in people if len(m.text) >= 2}:
        for match in re.finditer(re.escape(name), text):
            if text.endswith(lexicon.posts, 0, match.start()) and not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(Mention(start=match.start(), end=match.end(), text=name, type="Person", rule="name-again-after-post"))
                taken.append(match.span())
    return found


def _form_of_address(name: str, lexicon: Lexicon) -> bool:
    """陆总, 王董, 张工: a surname and a word of address stand for someone unnamed."""
    return name[-1:] in _entity_rules()["person"]["forms_of_address"] and name[:-1] in lexicon.surnames


@cache
def _post_pattern(posts: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(posts))


def _names_after_posts(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    """董事长单森林出席: a surname right after a post, then name-like tokens up to a verb or a
    punctuation mark, two or three characters in all (four with a compound surname)."""
    cfg = _entity_rules()["person"]
    text = doc.norm.text
    name_tags, boundary_tags = set(cfg["missed_name_tags"]), set(cfg["after_name_tags"])
    found = []
    for match in _post_pattern(lexicon.posts).finditer(text):
        start = match.end()
        surname = next((s for s in lexicon.surnames if text.startswith(s, start)), "")
        first = index.token_at(start)
        # 区长|余文化 read as 区|长余|文化: the tagger glued the post's last character to the surname.
        glued = (first is not None and first[1].start == match.end() - 1 and len(first[1].text) - 1 <= len(surname) + 1
                 and first[1].tag not in ("PER",))
        if not surname or first is None or (first[1].start != start and not glued):
            continue
        if first[1].tag == "ORG" and (acting := _name_before_acting(first[1].text, surname, cfg)):
            # 管委会副主任施金国代表管委会作报告: the tagger read name, verb and body as one organisation.
            found.append(Mention(start=start, end=start + acting, text=text[start : start + acting], type="Person", rule="name-after-post"))
            continue
        position, end = first[0], start
        split = first[1].text == surname or glued
        if split:
            position, end = position + 1, first[1].end  # 副主任付|松柏: the surname the tagger read as a verb
        longest = len(surname) + 2
        if not split and first[1].text.startswith(surname) and len(first[1].text) == longest and first[1].tag in cfg["whole_name_tags"]:
            position, end = position + 1, first[1].end  # 副主任|任道波/v 介绍: a whole three-character name read as a verb
        # 主任童|有|柱多次召开: after a surname read alone, single characters of any part of speech may be the name.
        while position < len(index.tokens) and index.tokens[position].end - start <= longest and (
                index.tokens[position].tag in name_tags
                or split and len(index.tokens[position].text) == 1 and index.tokens[position].tag in cfg["split_name_tags"]):
            end = index.tokens[position].end
            position += 1
        following = index.tokens[position] if position < len(index.tokens) else None
        if end - start <= len(surname) or following is None or following.start != end or lexicon.place(text[start:end]) is not None:
            continue
        if text[start + len(surname) : end] in lexicon.posts:
            continue  # 党工委书记任组长: 任 (serves as) and a post, no name
        if (following.tag in boundary_tags or split and following.tag in cfg["split_name_after_tags"]
                or text.startswith(tuple(cfg["after_name_words"] + cfg["honorifics"]), end)):
            found.append(Mention(start=start, end=end, text=text[start:end], type="Person", rule="name-after-post"))
    return found


def _name_before_acting(word: str, surname: str, cfg: dict) -> int:
    """The length of the name opening `word` when a verb of acting for a body follows it (施金国|代表管委会), else 0."""
    return next((at for verb in cfg["acting_verbs"] if word.startswith(surname)
                 and len(surname) < (at := word.find(verb)) <= len(surname) + 2), 0)


# 缪爱国 经济发展局局长, 组长：祝正庆（管委会副主任）: in a roster a name opens the line (or follows its
# label's colon) and its organisation and post follow after a space or in brackets. A two-character
# name may be padded to the width of three (吕 威).
ROSTER_LINE = re.compile(
    r"(?m)(?:^|(?<=[：:]))[ \u3000]*(?P<name>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}))"
    r"(?P<gap>[ \u3000]+|[（(])(?P<posts>[^\s（）()，,。；;：:]{2,40})(?P<close>[）)]|(?=[ \u3000]*$)|(?=[，,；;。]))")


def _names_before_posts(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    found = []
    for match in ROSTER_LINE.finditer(doc.norm.text):
        name = "".join(match["name"].split())
        surname = next((s for s in lexicon.surnames if name.startswith(s)), "")
        bracketed = match["gap"] in "（("
        if (not surname or not 1 <= len(name) - len(surname) <= 2 or bracketed != bool(match["close"])
                or lexicon.place(name) is not None or not match["posts"].endswith(lexicon.posts)):
            continue
        found.append(Mention(start=match.start("name"), end=match.end("name"), text=match["name"], type="Person", rule="name-before-post"))
    return found


def _inside_any(mention: Mention, others: list[Mention]) -> bool:
    return any(o.start <= mention.start and mention.end <= o.end for o in others)


def _tagged_people(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    cfg = _entity_rules()["person"]
    text = doc.norm.text
    people = []
    for token in index.tokens:
        # 高雨先生, 何维及(各部门): an honorific or a conjunction the tagger took into the name.
        dropped = next((h for h in cfg["honorifics"] if token.text.endswith(h)), "")
        if not dropped and len(token.text) == 3 and token.text[-1] in cfg["name_trailing_conjunctions"]:
            dropped = token.text[-1]
        if not dropped and token.tag == "PER" and _took_a_words_first_character(token, index, lexicon):
            dropped = token.text[-1]
        if not dropped and token.tag == "PER":
            # 董良如是说 read as one name: a verb of speaking the tagger took in ends it.
            dropped = next((v for v in cfg["speech_verbs"] if token.text.endswith(v) and len(token.text) - len(v) >= cfg["min_length"]), "")
        acting = _name_before_acting(token.text, token.text[:1], cfg) if token.tag == "PER" and not dropped else 0
        if acting:
            dropped = token.text[acting:]  # 祁金国代表管委会 read as one name: the name ends before the verb
        name = token.text[: len(token.text) - len(dropped)]
        if token.tag == "PER" and cfg["min_length"] <= len(name) <= cfg["max_length"] and all(CJK.match(ch) for ch in name):
            if _opens_a_post_chain(text, token.end, index, lexicon):
                continue  # 王玉祥、埃贝赫排气技术亚洲区总监李永新: a foreign company's name read as a person
            end = token.start + len(name)
            if len(token.text) == 2 and _cut_before_last_character(text, token, index, lexicon):
                end += 1
            start = token.start
            # 管委会主任仝|清雷: after a post, a rare surname the tagger left out opens the name.
            if (len(name) == 2 and start > 0 and text[start - 1] in lexicon.surnames and text[start - 1] not in name
                    and text.endswith(lexicon.posts, 0, start - 1)):
                start -= 1
            people.append(Mention(start=start, end=end, text=text[start:end], type="Person", rule="tagger-PER"))
    return people


@cache
def _words_to_a_post(posts: tuple[str, ...]) -> re.Pattern:
    return re.compile(f"[^、，。；：\\s]{{2,24}}?(?:{alternation(posts)})")


def _opens_a_post_chain(text: str, end: int, index: TokenIndex, lexicon: Lexicon) -> bool:
    """Whether what follows a name runs, without a break, through more words to a post and a person's name
    (…排气技术亚洲区销售兼项目管理总监李永新): then the "name" opens that organisation."""
    match = _words_to_a_post(lexicon.posts).match(text[: clause_end(text, end, "、，。；：\n")], end)
    following = index.token_at(match.end()) if match else None
    return following is not None and following[1].tag == "PER" and following[1].start == match.end()


def _cut_before_last_character(text: str, token: Token, index: TokenIndex, lexicon: Lexicon) -> bool:
    """主任谢文为介绍说, 副主任王京才带领, 副主任孙西让出席: after a post the tagger may cut a
    three-character name before its last character, read as a one-character preposition, adverb or
    verb. Such a word standing between a name and a verb (or 在, 也 …) is the name's end unless it is one that
    often stands there (在, 也, 还, 向 …); a preposition before a verb of speaking is the name's end even
    without the post, a verb (李明造说) only after one."""
    cfg = _entity_rules()["person"]
    following = index.token_at(token.end)
    if following is None or following[1].start != token.end or len(following[1].text) != 1:
        return False
    word, position = following[1], following[0] + 1
    if (text.startswith(lexicon.posts, word.end) and word.tag not in ("c", "p", "u", "w")
            and word.text not in cfg["words_after_names"]):
        return True  # 管理委员会刘伟|新|副主任介绍: one character between a name and a post ends the name
    if word.tag not in cfg["name_end_tags"] or word.text in cfg["words_after_names"]:
        return False
    after_post = text.endswith(lexicon.posts, 0, token.start)
    if text.startswith(tuple(cfg["speech_verbs"]), word.end):
        return word.tag == "p" or (word.tag == "v" and after_post)  # 管委会主任李明造说
    verb_next = position < len(index.tokens) and index.tokens[position].start == word.end and (
        index.tokens[position].tag == "v" or index.tokens[position].text in cfg["words_after_names"])
    return verb_next and after_post


def _took_a_words_first_character(token: Token, index: TokenIndex, lexicon: Lexicon) -> bool:
    """田文平实 + 地调研: four characters with a one-character surname, then a lone particle, means the
    tagger took the first character of the next word (实地) into a three-character name."""
    surname = next((s for s in lexicon.surnames if token.text.startswith(s)), "")
    following = index.token_at(token.end)
    return (len(token.text) == 4 and len(surname) == 1 and following is not None and following[1].start == token.end
            and following[1].tag == "u" and len(following[1].text) == 1)


def find_user_names(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    """Names from the user's --lexicon file, matched longest first."""
    if lexicon.user_trie is None:
        return []
    text = doc.norm.text
    return [
        Mention(start=b, end=e, text=text[b:e], type=kind, rule="user-lexicon", label=lexicon.user_names[text[b:e]][1],
                place=lexicon.place(text[b:e]).name if kind == "Place" else "")
        for b, e, kind in lexicon.user_trie.tokenize(text)
    ]
