"""Companies: names the article lists, describes or credits with projects and outputs, and the
descriptors (kinds of company, trades, places) that name none.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import Lexicon
from kg.models import Mention
from kg.normalise import CLAUSE_BREAK, clause_end, clause_start
from kg.resources import alternation, longest_first, rules
from kg.mentions.common import CJK, MAX_NAME, TokenIndex, VERB_TAGS, entity_rules, organisation_patterns, post_pattern
from kg.mentions.places import DIVISION_WORDS
from kg.mentions.zones import ZONE_KIND_WORDS, trade_words
from kg.mentions.boundaries import NOT_NAME_TAGS, PROPER_NAME_TAGS
from kg.mentions.parks import park_suffixes


LIST_NAME_MAX = 6
LIST_ITEM_MAX = 12
DEMONSTRATIVE_COUNT = re.compile(r"[这那](?:[0-9]+|[一二两三四五六七八九十百]+)[家个]")
BRANCH_NOTE = re.compile(r"（([^（）]{2,10})）$")
COUNTS_OF_A_KIND = tuple(entity_rules()["company"]["list_counts"])


# Tags of words that open no name: adverbs, prepositions, verbs, conjunctions, particles.
FUNCTION_TAGS = {"d", "p", "v", "vd", "c", "u"}


def generic_company_name(name: str) -> bool:
    """园区管理公司: a company word with nothing but kinds of place and work before it names no company."""
    return generic_company(name, organisation_patterns(), after_zone=False)


def generic_company(name: str, patterns, after_zone: bool) -> bool:
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


def owner_company_end(descriptor: str, lexicon: Lexicon, patterns: dict) -> int:
    """新华集团故城化工园区: a company written before a place that opens the park's name owns the park
    and is not part of its name; returns where the park's own name begins (0 when no owner)."""
    for suffix in patterns["company"].finditer(descriptor):
        rest = descriptor[suffix.end() :]
        if any(lexicon.division(rest[:size]) is not None for size in (2, 3)) or lexicon.leading_place(rest):
            return suffix.end()
    return 0


def named_as_company_elsewhere(text: str, name: str, patterns: dict) -> bool:
    return any(patterns["company"].match(text, found.end()) for found in re.finditer(re.escape(name), text))


@cache
def field_list() -> re.Pattern:
    """、边贸物流等特色领域: the rest of a list closed by 等 and a word for fields, whose items are fields."""
    heads = alternation(entity_rules()["company_words"]["field_list_heads"])
    return re.compile(f"(?:、[^、，。；等]{{1,10}})*等[\u4e00-\u9fff]{{0,4}}?(?:{heads})")


def only_place_and_trade(name: str, lexicon: Lexicon, patterns: dict) -> bool:
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


# Tags of the words for what an organisation makes, between its name and 项目 (电池, 商业综合体).
PRODUCT_TAGS = {"n", "nz", "ORG", "vn"}


# … and the output it is planned for (智泰新能源20GWh储能电池项目).
QUANTITY_TAG = "m"


def factory_name(word: str, patterns: dict) -> bool:
    """富菱达电梯厂: an organisation's word ending in a factory word names a company (not 食品新厂, 投资办厂, …公司厂)."""
    cfg = entity_rules()["company"]
    return (len(word) >= 4 and word.endswith(tuple(cfg["factory_endings"])) and not word.endswith(tuple(cfg["factory_not_names"]))
            and patterns["company"].search(word) is None)


def names_a_project(text: str, index: TokenIndex, end: int) -> bool:
    """优巨新材项目, 红星美凯龙商业综合体项目, 德赛海洋工程研发生产基地: an organisation followed only by
    what it makes and a project word owns the project."""
    cfg = entity_rules()["company"]
    heads = tuple(cfg["project_heads"])
    cursor, quantities = end, 0
    while cursor - end - quantities <= cfg["project_list_window"] and (found := index.token_at(cursor)) is not None and found[1].start == cursor:
        if text.startswith(heads, cursor):
            return True
        quantity = found[1].tag == QUANTITY_TAG
        # 中广核200万千瓦光热|储/v|一体化项目: one character between words of product is one of their compound.
        following = index.token_at(found[1].end)
        inner = (len(found[1].text) == 1 and found[1].tag == "v" and cursor > end and index.token_at(cursor - 1)[1].tag in PRODUCT_TAGS
                 and following is not None and following[1].tag in PRODUCT_TAGS)
        if found[1].tag not in PRODUCT_TAGS and found[1].text not in cfg["project_making_words"] and not quantity and not inner:
            return False
        quantities += len(found[1].text) if quantity else 0
        cursor = found[1].end
    return False


def through_lone_character_before_project(text: str, index: TokenIndex, end: int) -> int:
    """恒一锂 + 能 + 项目: a lone "verb" between an organisation and 项目 ends its name (锂能, 储能) — a verb
    takes no noun after it there; an adjective does (伊顿新项目)."""
    following = index.token_at(end)
    if (following is not None and following[1].start == end and len(following[1].text) == 1 and following[1].tag == "v"
            and text.startswith(tuple(entity_rules()["company"]["project_list_heads"]), end + 1)):
        return end + 1
    return end


def verbs_naming_companies(text: str, index: TokenIndex, patterns: dict) -> set[str]:
    """远征创业园 beside 远征公司: a word the tagger reads as a verb that the article also writes right
    before a company's legal form is a name, so it may open a park's name as well."""
    return {t.text for t in index.tokens if t.tag == "v" and len(t.text) >= 2
            and any(patterns["company"].match(text, m.end()) for m in re.finditer(re.escape(t.text), text))}


def enterprise_named(text: str, end: int) -> bool:
    """经开区海林中科等企业: what ends like a body (科) right before 等企业 is an enterprise's short name."""
    return text.startswith(tuple(entity_rules()["body"]["not_before"]), end)


@cache
def _list_pattern():
    cfg = entity_rules()["company"]
    item = _listed_name()
    heads = alternation(cfg["list_heads"] + cfg["project_list_heads"] + cfg["visited_list_heads"])
    closers = alternation(["等", *cfg["list_kind_closers"]])
    # 等一批为风电整机配套的国内外著名企业: a count of the kind right after 等 lets a longer description follow.
    # (关联度大、带动性强的行业龙头企业: the description may itself list qualities.)
    gap = f"(?:{alternation(cfg['list_counts'])})[\u4e00-\u9fff0-9、]{{0,{cfg['counted_list_gap']}}}?|[\u4e00-\u9fff0-9]{{0,{cfg['list_gap']}}}?"
    pattern = re.compile(f"((?:{item}、)+{item})(?:{closers})({gap})({heads})")
    return pattern, tuple(cfg["list_item_stopwords"]), tuple(cfg["list_gap_stopwords"]), set(cfg["list_item_stop_tags"])


@cache
def _list_opening_verbs() -> re.Pattern:
    cfg = entity_rules()["company"]
    return re.compile(alternation(rules("relations")["introduce_verbs"] + cfg["project_visit_verbs"] + cfg["list_founding_verbs"]
                                  + cfg["list_backing_verbs"]))


def _visited(text: str, list_start: int, first_end: int) -> bool:
    """A visiting verb (来到, 前往, 走访 …) stands a few characters before the list's first name, or in it."""
    window = entity_rules()["company"]["project_list_window"]
    return bool(_visit_verbs().search(text, max(0, list_start - window), first_end))


@cache
def _visit_verbs() -> re.Pattern:
    return re.compile(alternation(entity_rules()["company"]["project_visit_verbs"]))


def _framed_as_kinds(text: str, match: re.Match) -> bool:
    """Whether a list sits in a 以…为主 frame (以A、B等项目为主), which names the kinds of a place's settlers."""
    cfg = entity_rules()["company"]
    opening = clause_start(text, match.start())
    return (match.group(3) in cfg["project_list_heads"] and cfg["kinds_frame_opener"] in text[opening : text.index("、", match.start())]
            and text.startswith(tuple(cfg["kinds_frame_closers"]), match.end()))


def _projects_of_companies(text: str, match: re.Match, first_end: int) -> bool:
    """芯视元、聚芯珠海等11个重点项目签约入驻; 新引进迈为股份、联东U谷等一批项目; 来到瑞狮科技、泽丰科技等
    14个在建项目: a list of projects that settle, start being built, are brought in or are visited names the
    companies behind them."""
    window = entity_rules()["company"]["project_list_window"]
    after = text[match.end() : match.end() + window]
    # (中恒、神冠等一批重大医药项目的引进: the noun of bringing in after the list says so too.)
    verbs = rules("relations")["settle_verbs"] + entity_rules()["company"]["project_building_verbs"] + rules("relations")["introduce_verbs"]
    # 进驻开发区的有A、B等众多项目: a verb of settling may open the list as well.
    before = text[max(0, match.start() - window) : first_end]
    return any(v in after for v in verbs) or any(v in before for v in rules("relations")["settle_verbs"]) or bool(
        _list_opening_verbs().search(text, max(0, match.start() - window), first_end)
    )


@cache
def _described_pattern() -> re.Pattern:
    cfg = entity_rules()["company"]
    gap = f"[^，。；：！？“”\n]{{0,{cfg['described_gap']}}}?"
    return re.compile(f"(?:{alternation(cfg['described_introducers'])}){gap}一家{gap}(?:{alternation(cfg['described_heads'])})(?=[，。；])")


def described_companies(text: str, index: TokenIndex) -> list[tuple[int, int]]:
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
    cfg = entity_rules()["company"]
    return re.compile(f"(?:{alternation(cfg['workshop_visit_verbs'])})([\u4e00-\u9fff]{{2,8}}?)"
                      f"(?:{alternation(cfg['workshop_words'])})")


def workshop_owners(text: str, index: TokenIndex) -> list[tuple[int, int]]:
    """走进玉京网布生产车间: the name-like words between a verb of visiting and a workshop word (a whole
    token run, no 的, no generic word such as 企业) name the enterprise the workshop belongs to."""
    cfg = entity_rules()["company"]
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


def zone_company_before_list_head(text: str, zones: list[Mention], index: TokenIndex) -> list[tuple[int, int]]:
    """考察了经开区海林中科等企业: one name between a zone and 等企业 is one of the zone's enterprises."""
    cfg = entity_rules()["company"]
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


def listed_companies(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """广丰、顶通、永存、原赫、九通等专线物流公司: the items of a list closed by 等…公司/企业."""
    pattern, _, gap_stopwords, _ = _list_pattern()
    spans = []
    for match in pattern.finditer(text):
        if _framed_as_kinds(text, match):
            continue  # 入园企业以轻工机械、环保设备等高科技含量项目为主: kinds the park takes, not names
        counted = match.group(2).startswith(COUNTS_OF_A_KIND)
        if any(word in match.group(2) for word in gap_stopwords) and not counted:
            continue
        if counted and len(match.group(2)) > entity_rules()["company"]["list_gap"] and match.group(3) not in entity_rules()["company"]["list_heads"]:
            continue  # 等一批优势特色产业及生活配套项目: a long description of projects, which may be anything
        first_end = text.index("、", match.start())
        if match.group(3) in entity_rules()["company"]["project_list_heads"] and not _projects_of_companies(text, match, first_end):
            continue
        if match.group(3) in entity_rules()["company"]["visited_list_heads"] and not _visited(text, match.start(), first_end):
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
        kind_cut = after_kind_words(text, match.start(), first_end)[0]
        opening = index.token_at(kind_cut)
        if kind_cut > match.start() and (opening is None or opening[1].tag not in FUNCTION_TAGS):
            cursor = kind_cut
        # 杨良锋、杭莺一行来到中健医疗、晶洋实业…等企业: the list begins after a verb of arriving inside it.
        arrived = [m.end() for m in _arrival_re().finditer(text, cursor, match.end(1))]
        items = _company_items(text, max([cursor] + arrived), match.end(1), lexicon, index)
        if match.group(3) in entity_rules()["company"]["project_list_heads"]:
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
    return re.compile(f"(?:{alternation(entity_rules()['company']['leading_kind_words'])})((?:{item}、)+{item})等")


def _listed_name() -> str:
    """A listed company's name: it may hold a bracketed region (中科安（山西）研究院) and be a full legal name; it never
    holds 等, which closes a list (山东二叶、赛托生物等企业代表和顺丰、中通等快递公司 is two lists); a middle dot joins a
    name of two parts (丰业·百会)."""
    return _list_item(entity_rules()["company"]["list_item_max"], marks="（）·")


@cache
def _arrival_re() -> re.Pattern:
    return re.compile(alternation(longest_first(v for v in rules("relations")["arrival_verbs"] if len(v) > 1)))


def through_trade_words(text: str, index: TokenIndex, end: int, trades: tuple[str, ...]) -> int:
    """雨帆生物|能源等项目: trade words right after a short company name the tagger ended early belong to
    it when the name ends there (at 、, 等 or a break; not 迈拓科技|智能超声波…项目, where they describe a product)."""
    extended = trade_words_end(index, end, trades)
    return extended if text[extended : extended + 1] in ("、", "等", *CLAUSE_BREAK) else end


def trade_word_inside(name: str, trades: tuple[str, ...]) -> int:
    """Where a name read with its product ends: after the first trade word that leaves two characters of name
    before it and product words after it (威达重工|数控铣, 中塑光伏|太阳能); the whole name when there is none."""
    ends = [at + len(w) for w in trades if (at := name.find(w)) >= 2 and at + len(w) <= len(name) - 2]
    return min(ends, default=len(name))


def trade_words_end(index: TokenIndex, end: int, trades: tuple[str, ...]) -> int:
    """Where the trade words (新能源, 生物) right after a name end."""
    while (found := index.token_at(end)) is not None and found[1].tag in ("n", "vn") and found[1].text in trades:
        end = found[1].end
    return end


def companies_listed_with_a_company(text: str, lexicon: Lexicon, index: TokenIndex, found: list[Mention],
                                     zones: list[Mention]) -> list[tuple[int, int]]:
    """到华翔翔能、华慧新能源、艾华集团调研: names listed with 、 beside a name already known as a company
    are companies too (a list holds things of one kind). An item that is part of a longer name found
    otherwise is left to that name; one holding a post is a person's. A list that also holds a zone or
    a body (喀什经济开发区、兵团分区、深圳港集团五方) is of parties of many kinds, not of companies."""
    organs = [(m.start, m.end) for m in [*zones, *found] if m.type in ("Zone", "GovernmentBody")]
    # Makers of projects listed one after another (A年产…、B年产…) leave the words before each 、 to their products.
    companies = {(m.start, m.end) for m in found if m.type == "Company" and m.rule != "company-output-owner"}
    posts = post_pattern(lexicon.posts)  # 董事长王强、党委书记李明: people with their posts
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
    closers = (*entity_rules()["company"]["project_list_heads"], *entity_rules()["company"]["visited_site_words"], "等")
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
    opener = next((w for w in entity_rules()["company"]["list_openers"] if text.startswith(w, cursor)), "")
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
        complements = longest_first(entity_rules()["company"]["verb_complements"])
        after_verb = opening.end() + len(next((c for c in complements if text.startswith(c, opening.end())), ""))
        after_verb = _past_bare_zone_word(text, after_verb, first_end)  # 深入园区英马电动车、…: the zone's word opens no name
        if first_end - after_verb >= 2:
            return after_verb
    return cursor


@cache
def _phase_pattern() -> re.Pattern:
    return re.compile(entity_rules()["company"]["phase_marker"])


def _company_items(text: str, start: int, end: int, lexicon: Lexicon, index: TokenIndex, counted: bool = False) -> list[tuple[int, int]]:
    """The 、-separated items of text[start:end] that may name companies; none if any item is a place,
    a field or an activity (not asked of a list `counted` as companies: 依工净化、依工聚合…3家公司, which the
    tagger may read as verbs)."""
    _, stopwords, _, stop_tags = _list_pattern()
    items, cursor = [], start
    for part in text[start:end].split("、"):
        items.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    items[-1:] = _split_at_conjunction(items[-1], index, entity_rules()["company"]["list_conjunctions"], text, lexicon)
    items = [after_kind_words(text, a, b) for a, b in items]
    # 深入西安软件园、创业园发展中心以及炬光科技、华晶电子等企业: a conjunction in an earlier item opens the
    # list of companies; what stands before it was a list of other things.
    openers = entity_rules()["company"]["list_opening_conjunctions"]
    items[:-1] = [_split_at_conjunction(item, index, openers)[-1] for item in items[:-1]]
    items = [(a, b - len(m.group())) if (m := _phase_pattern().search(text, a, b)) else (a, b) for a, b in items]
    # 中材航特、凯纳新材料这2家落地项目企业: a demonstrative and a count end the last name.
    items = [(a, m.start()) if (m := DEMONSTRATIVE_COUNT.search(text[: b + 4], a)) and m.start() < b else (a, b) for a, b in items]
    items = [(a, b) for a, b in items if b > a]  # 一期 alone: the phase of a name cut off before it
    items = [_without_branch_note(text, a, b, lexicon) for a, b in items]
    # 华兰生物、正大航空、氢能产业园等重点企业及项目: parks in the list are found as parks.
    items = [(a, b) for a, b in items if not text[a:b].endswith(park_suffixes())]
    if any(text[a:b].endswith(ZONE_KIND_WORDS) for a, b in items):
        return []  # 来到川渝高竹新区、C、D, 喀什经济开发区、兵团分区等五方: a list holding a zone is of places or units
    # 珠啤南路、畲江大桥等已开工项目: roads and bridges being built are projects of no company.
    items = [(a, b) for a, b in items if not text[a:b].endswith(tuple(entity_rules()["company"]["list_item_works"]))]
    names = [text[a:b] for a, b in items]
    # 市高投公司、下涯镇、洋溪街道、市规划资源局等单位: a list holding towns or offices is of units, not companies.
    bodies = tuple(entity_rules()["company"]["list_item_bodies"])
    fields = tuple(entity_rules()["company"]["list_item_field_openers"])
    # 县委常委、办公室主任李晓平等一行: a list holding posts is of people.
    countries = set(entity_rules()["company"]["country_prefixes"])
    # (40多个国家和地区的620家…企业: an item ending in 的 describes the companies counted, it names none)
    if any(len(n) < 2 or lexicon.place(n) is not None or n in countries or any(w in n for w in stopwords) or n.endswith(bodies)
           or n.startswith(fields) or n.endswith("的")
           or any(post in n for post in lexicon.posts) for n in names):
        return []
    # 商事登记、税务办理等: activities — when half the items or more hold a verbal noun (one name such as
    # 虹科创新 may hold one too).
    # (an item written right after what kind of company it is, 龙头企业远川实验器材, is a name however tagged)
    kinds = tuple(entity_rules()["company"]["list_item_kind_words"])
    verbal = [(a, b) for a, b in items if not text.endswith(kinds, 0, a)
              and {index.tokens[index.at[p]].tag for p in range(a, b) if p in index.at} & stop_tags]
    return [] if 2 * len(verbal) >= len(items) and not counted else items


def after_kind_words(text: str, start: int, end: int) -> tuple[int, int]:
    """全球食品领军企业台湾统一食品: a listed item opens its name after the last word of what kind of company it
    is, when a name of two characters or more follows (not 远川企业管理有限公司, whose rest is generic)."""
    kinds = entity_rules()["company"]["list_item_kind_words"]
    cut = max((i + len(k) for k in kinds if (i := text.rfind(k, start, end)) >= 0), default=-1)
    if cut == end:
        return end, end  # 全球知名键盘鼠标生产商|精元电脑 cut by the tagger: a description alone names nothing
    if cut < 0 or end - cut < 2 or generic_company(text[cut:end], organisation_patterns(), after_zone=False):
        return start, end  # (南宁统一企业|有限公司: the rest is a legal form alone, so 企业 is part of the name)
    cut += len(next((w for w in entity_rules()["company"]["having_words"] if text.startswith(w, cut)), ""))  # 企业有 X
    return (start, end) if end - cut < 2 else (cut, end)


def _without_branch_note(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """美团（西藏运营中心）: a note in brackets closing a list item names the company's branch there, not the
    company; a region in brackets (伊顿电气（中国）) stays part of the name."""
    note = BRANCH_NOTE.search(text, start, end)
    if note is None or note.start() - start < 2:
        return start, end
    region = lexicon.leading_place(note.group(1)) == len(note.group(1)) or note.group(1) in entity_rules()["company"]["bracketed_regions"]
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
    cfg = entity_rules()["company"]
    # 上海三一重机以及中联重科奉贤分公司等8家企业: the longest conjunction first; 等 before the count closes the last name.
    item = _list_item(cfg["list_item_max"])
    # 走访恒天重工、广安生物两家企业: with 、 alone before the last name as well.
    return re.compile(f"((?:{item}、)*{item}?)(?:{alternation(longest_first(cfg['list_conjunctions']))}|、)({item}?)等?(?:[0-9]+|[两三四五六七八九十百]+)[余多]?家"
                      f"[\u4e00-\u9fff]{{0,{cfg['list_gap']}}}?(?:{alternation(cfg['list_heads'])})")


def counted_lists(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
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
    cfg = entity_rules()["company"]
    item = _list_item(cfg["list_item_max"])
    return re.compile(f"(?:{alternation(cfg['list_introducers'])})((?:{item}、)+{item})等(?=[，。；])")


def introduced_lists(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """走访了园内投产企业安徽霍尔斯、康贝洁洗涤、安徽日月神盾等，: names listed right after 企业 and closed by
    等 and a break are the enterprises it speaks of."""
    cfg = entity_rules()["company"]
    spans = []
    for match in _introduced_list_pattern().finditer(text):
        start = match.start(1)
        if text.endswith(tuple(cfg["having_heads"]), 0, start):
            start += len(next((w for w in cfg["having_words"] if text.startswith(w, start)), ""))  # 代表企业有 X、Y 等
        spans.extend(_company_items(text, start, match.end(1), lexicon, index))
    return spans


@cache
def _settling_list_pattern() -> re.Pattern:
    item = _list_item(entity_rules()["company"]["list_item_max"])
    # 青禾集团、远川国际等一批知名企业入驻…: 等 and the kind of the list close its last name.
    return re.compile(f"((?:{item}、)+{item})(?:等[\u4e00-\u9fff]{{0,8}}?)?(?:{alternation(rules('relations')['settle_verbs'])})“?")


def settling_lists(text: str, lexicon: Lexicon, index: TokenIndex, places: list[Mention]) -> list[tuple[int, int]]:
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
    cfg = entity_rules()["company"]
    item = _name_item(cfg["leader_item_max"])
    # (以胜华科技、智原科技等为代表: 等 closes the list, no part of its last name)
    return re.compile(f"以((?:{item}、)*{item}?)等?为(?:{alternation(cfg['leader_roles'])})")


def leading_companies(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """以世纪阳光为龙头的…产业集群, 以嘉冠集团、新希望六和为龙头: what leads a cluster is an enterprise —
    unless an item is a field, a kind or a place (以汽车产业为龙头). What represents one (以伊利乳业为代表的食品饮料
    产业) is an enterprise only when the tagger reads a name in it (not 以生物疫苗为代表)."""
    stopwords = tuple(entity_rules()["company"]["list_item_stopwords"] + entity_rules()["company"]["leader_item_stopwords"])
    spans = []
    for match in leader_pattern().finditer(text):
        cursor, items = match.start(1), []
        for part in match.group(1).split("、"):
            items.append((cursor, cursor + len(part)))
            cursor += len(part) + 1
        if any(lexicon.leading_place(text[a:b]) == b - a or any(w in text[a:b] for w in stopwords) for a, b in items):
            continue
        if any(w in text[a:b] for a, b in items for w in entity_rules()["company"]["kind_joiners"]):
            continue  # 以五金机电、汽车零配件、中药及中成药制造为代表: kinds of work joined inside an item, no names
        if match.group().endswith(tuple(entity_rules()["company"]["representing_roles"])) and not all(
                any(t.tag in PROPER_NAME_TAGS for t in index.tokens[index.at[a] : index.at[b - 1] + 1]) for a, b in items
                if a in index.at and b - 1 in index.at):
            continue
        spans.extend(items)
    return spans


@cache
def _output_pattern() -> re.Pattern:
    return re.compile(f"(?:{alternation(entity_rules()['company']['output_verbs'])})(?=[0-9０-９一二两三四五六七八九十百千万亿])")


def output_owners(text: str, lexicon: Lexicon, index: TokenIndex) -> list[tuple[int, int]]:
    """精锐恒丰年产300万只汽车传动皮带轮: a project is named after its maker, so the name right
    before an output verb and its quantity is a company's — unless it is a field, a kind or a place."""
    cfg = entity_rules()["company"]
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


def foreign_project_owner(text: str, index: TokenIndex, start: int) -> tuple[int, int] | None:
    """The span of the maker's name when a country opens a foreign project at `start` (新加坡益海嘉里油品
    系列生产项目…落户, 德国艾博歌汽车零部件研发总部项目): the word after the country, or the rest of a word
    the tagger read with the country in it, short of an industry word it ends with."""
    cfg = entity_rules()["company"]
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
    ending = next((w for w in entity_rules()["company_words"]["industry_endings"] if text.endswith(w, name_start, end)), "")
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
    cfg = entity_rules()["company"]
    return re.compile(f"(?:{alternation(cfg['project_list_heads'])})(?:{alternation(cfg['project_list_openers'])})")


def listed_project_makers(text: str, index: TokenIndex, lexicon: Lexicon) -> list[tuple[int, int]]:
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
    if trade is not None and trade[1].start == brand[1].end and trade[1].text in organisation_patterns()["industry"] and trade[1].end < end:
        return trade[1].end
    return brand[1].end


def foreign_project_owners(text: str, index: TokenIndex) -> list[tuple[int, int]]:
    countries = alternation(entity_rules()["company"]["country_prefixes"])
    return [span for match in re.finditer(countries, text) if (span := foreign_project_owner(text, index, match.start()))]
