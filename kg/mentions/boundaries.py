"""Where an organisation's name begins and ends: the words, places, brackets, dots and conjunctions a
name reads across or stops at, shared by the park, company and body finders.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import PREFECTURE_SUFFIX, Lexicon, Place
from kg.models import Mention
from kg.normalise import clause_start
from kg.resources import alternation, longest_first, rules
from kg.mentions.common import CJK, MAX_NAME, TokenIndex, entity_rules
from kg.mentions.places import names_a_place_here
from kg.mentions.zones import HONOUR_QUOTE_MAX, NAME_DASHES, PARK_NAME_STOP_VERBS, trade_words


PROPER_NAME_TAGS = {"ORG", "nz", "nt", "nr", "ns", "PER", "LOC"}


# Tags of words that never make part of a name (投入建成园区 is an act, not a park).
NOT_NAME_TAGS = {"v", "vd", "p", "u", "c", "d", "r", "m", "q", "w", "TIME"}
BRACKETED_REGION = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]$")
ASSEMBLIES_BEFORE_ZONE = tuple(entity_rules()["zone"]["assemblies_before"])
NAME_DOTS = "·.．•"
PARK_NAME_CONJUNCTIONS = tuple(entity_rules()["park"]["name_conjunctions"])
LITERARY_OF = "之"
BRAND_TAGS = {"ORG", "nz", "j", "nr", "nrt"}
SENTENCE_END = "。！？\n"  # marks that end a sentence in normalised text
NAME_OPENING_CONJUNCTIONS = "和与同"
ENGINEERING_BUREAU = re.compile(entity_rules()["company"]["engineering_bureau"])


def _enclosing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The opening and closing marks of the quote text[start:end] stands in, if any (a short way before it)."""
    opening = text.rfind("“", max(0, start - HONOUR_QUOTE_MAX), start + 1)
    closing = text.find("”", end - 1)
    return (opening, closing) if opening >= 0 and closing >= 0 and "”" not in text[opening:start] else None


def inside_a_quoted_list(text: str, start: int, end: int) -> bool:
    """建设“百亿企业群、千亿产业带、生态产业园”: a park word inside a quoted slogan of several items names no park."""
    quote = _enclosing_quote(text, start, end)
    return quote is not None and quote[1] - quote[0] <= HONOUR_QUOTE_MAX and "、" in text[quote[0] : quote[1]]


@cache
def _counted_units_quote() -> re.Pattern:
    return re.compile(entity_rules()["company"]["counted_units_quote"])


def inside_counted_units(text: str, start: int, end: int) -> bool:
    """“五中心一公司”: a name inside a quote that counts out units (a zone's structure) is none."""
    quote = _enclosing_quote(text, start, end)
    return quote is not None and _counted_units_quote().fullmatch(text, quote[0] + 1, quote[1]) is not None


def only_trades(descriptor: str) -> bool:
    """新材料, 新能源汽车: nothing but words of trades (no name of its own)."""
    while descriptor:
        word = next((w for w in trade_words() if descriptor.startswith(w)), None)
        if word is None:
            return False
        descriptor = descriptor[len(word) :]
    return True


def across_number_in_name(text: str, start: int, index: TokenIndex) -> int:
    """楚天181文化创意产业园: a number written between a name's words, with no unit after it, is part of the name
    (not 340亩智谷科技产业园, where the unit ends a measure); the name opens with the words before it."""
    number = re.search(r"[0-9]{1,4}$", text[max(0, start - 4) : start])
    if number is None:
        return start
    digits_start = start - len(number.group())
    opening = index.name_start(digits_start, floor=max(0, digits_start - MAX_NAME), stop_tags={"m"}, stop=PARK_NAME_STOP_VERBS)
    return opening if opening < digits_start and CJK.match(text[digits_start - 1]) else start


def across_place_dashes(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
    """鄞州—衢江产业飞地: places joined by dashes, the partners building a park together, open its name."""
    while start > 1 and text[start - 1] in NAME_DASHES:
        before = index.token_at(start - 2)
        if before is None or before[1].end != start - 1 or (before[1].tag != "LOC" and lexicon.place(before[1].text) is None):
            break
        start = before[1].start
    return start


QUOTED_PREFIX = re.compile(r"“[\u4e00-\u9fff]{2,6}”$")


def across_quoted_prefix(text: str, start: int, kind_start: int) -> int:
    """“长三角”精细化工科技产业园: a short quoted name right before a park's descriptor (words of its own, not
    the kind alone: 南湖“双创”产业园 is named by its place) opens the park's name."""
    quoted = QUOTED_PREFIX.search(text, max(0, start - 8), start)
    return quoted.start() if quoted and kind_start - start >= 2 else start


def across_literary_of(text: str, start: int, index: TokenIndex) -> int:
    """浙大|之|光平湖数字经济产业园: a brand written with the literary 之 (浙大之光) opens the name of the park
    named after it; the tagger reads 之 as a particle of its own."""
    if text[start - 1 : start] != LITERARY_OF or (before := index.token_at(start - 2)) is None:
        return start
    token = before[1]
    return token.start if token.end == start - 1 and token.tag in BRAND_TAGS and len(token.text) >= 2 else start


def quoted_title(text: str, start: int, end: int) -> bool:
    """是全省“科学发展园区”、“高端装备制造产业园区”: a name filling a quote that follows a word of
    title or striving, directly or down a list of such quotes."""
    if text[start - 1 : start] != "“" or text[end : end + 1] != "”":
        return False
    opening = start - 1
    while text[opening - 2 : opening] == "”、" and (previous := text.rfind("“", 0, opening - 2)) >= 0:
        opening = previous
    return text[max(0, opening - 4) : opening].endswith(tuple(entity_rules()["park"]["title_before"]))


def titled_in_clause(text: str, start: int, suffix: str) -> bool:
    """获评省级现代服务业集聚示范园区: a title-like park name after a word of title in its clause."""
    park = entity_rules()["park"]
    if suffix not in park["title_like_suffixes"]:
        return False
    return any(word in text[clause_start(text, start) : start] for word in park["title_before"])


def zone_end_inside(zones: list[Mention], start: int, end: int) -> tuple[int, Mention | None]:
    """If a zone mention sits at the front of [start, end), or the span opens inside one (开发|区南华城…产业园: the
    tagger read the kind's last character into the park's name), the name proper starts after it."""
    best, owner = start, None
    for zone in zones:
        if (start <= zone.start < end or zone.start < start < zone.end) and zone.end < end and zone.end > best:
            best, owner = zone.end, zone
    return best, owner


def outside_place_in(name: str, lexicon: Lexicon, anywhere: bool = False) -> bool:
    """A body or park whose name begins with a province or city (written with 省/市) belongs there;
    for a body, such a place anywhere in the name (联合清远市人社局), or a county written in full at its
    start (莒县商务局), makes it that place's."""
    for begin, end, _ in lexicon.place_trie.tokenize(name if anywhere else name[:6]):
        place = lexicon.place(name[begin:end])
        outside = place is not None and _written_in_full(name[begin:end], place) and (place.level != "county" or anywhere and begin == 0)
        if not anywhere:
            return begin == 0 and outside  # only the first place found counts
        if outside:
            return True
    return False


def _written_in_full(form: str, place: Place) -> bool:
    """清远市, 广东省, and 黔东南州: an autonomous prefecture written with its word, as news writes it."""
    return form == place.name or place.name.endswith(PREFECTURE_SUFFIX) and form == place.short + PREFECTURE_SUFFIX[-1]


def zone_by_stem(body: str, zones: list[Mention], lexicon: Lexicon) -> Mention | None:
    """梅州东升园区管委会 for 东升工业园区: a committee named by a zone's name without its kind (and
    perhaps its city before, a short park or zone word after) is that zone's."""
    committees = tuple(longest_first(entity_rules()["body"]["zone_committees"]))
    committee = next((c for c in committees if body.endswith(c)), "")
    if not committee:
        return None
    rest = body[: -len(committee)]
    rest = rest[leading_places(rest, lexicon) :]
    short_words = ("", *entity_rules()["park"]["committee_short_forms"], *(written for written, _ in entity_rules()["zone"]["kinds"]))
    return next((z for z in zones if not z.anaphoric and len(z.place) >= 2 and rest.startswith(z.place)
                 and rest[len(z.place) :] in short_words), None)


def leading_places(name: str, lexicon: Lexicon) -> int:
    """How many characters of places a name begins with (湖南省安化县 in 湖南省安化县冷市镇华莱黑茶产业园)."""
    end = 0
    while True:
        step = lexicon.leading_place(name[end:])
        if not step or not names_a_place_here(name, end, name[end : end + step], lexicon):
            return end
        end += step


def last_place_start(name: str, lexicon: Lexicon) -> int:
    """Where the last of the places a name is made of begins (台湾 in 开封市台湾); 0 for one place."""
    start = 0
    while (step := lexicon.leading_place(name[start:])) and start + step < len(name):
        start += step
    return start


def through_leading_place(index: TokenIndex, start: int, lexicon: Lexicon) -> int:
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
    return re.compile(f"(?:{alternation(entity_rules()['company']['partner_organs'])})(?:{alternation(rules('relations')['partner_openers'])})")


def after_a_partner_organ(text: str, start: int, end: int) -> int:
    """六安市政府与绿地控股集团 read as one word: a government or committee and a conjunction before a company's name
    are the company's partner in what follows, not part of its name."""
    return max((m.end() for m in _partner_organ_re().finditer(text, start, end)), default=start)


def after_leading_person(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
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


def after_kind_word(text: str, index: TokenIndex, start: int, end: int) -> int:
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
    if region and (region.group(1) in entity_rules()["company"]["bracketed_regions"] or lexicon.division(region.group(1))
                   or _place_ending_at(text, region.start(), lexicon)):
        return region  # (长沙（金霞）消费电子产业园: an area of the place written right before it)
    return None


def _place_ending_at(text: str, position: int, lexicon: Lexicon) -> bool:
    """Whether a known place ends right at `position`."""
    return any(lexicon.division(text[position - size : position]) for size in range(2, 5) if position >= size)


def before_bracketed_region(text: str, suffix_start: int, lexicon: Lexicon) -> int:
    """伊顿电气（中国）有限公司: the name ends before a bracketed country or place, not at the suffix."""
    region = _bracketed_region_before(text, suffix_start, lexicon)
    return region.start() if region else suffix_start


def across_bracketed_region(text: str, start: int, index: TokenIndex, lexicon: Lexicon) -> int:
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


def before_region_inside_name(text: str, suffix_start: int, index: TokenIndex, lexicon: Lexicon) -> int:
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


def across_name_dot(text: str, start: int, index: TokenIndex) -> int:
    """苏科高新·绵阳智能制造产业园, 宜秀.白泽湖产业升级示范园: two names joined by a dot are one name;
    so are a Latin name and a kind (VC·产业园)."""
    if start < 2 or text[start - 1] not in NAME_DOTS:
        return start
    before_dot = text[start - 2]
    if not (CJK.match(before_dot) or before_dot.isascii() and before_dot.isalnum()):
        return start
    before = index.name_start(start - 1, floor=max(0, start - 1 - MAX_NAME), stop_tags={"m"})
    return before if before < start - 1 else start


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
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
