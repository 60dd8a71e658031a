"""locatedIn Company→Park|Zone: 位于 P 的 C, C 落户/入驻 P, P 引进 C, lists a place gathers; otherwise the
zone or park of the article, unless the company is visited, courted, based elsewhere or only a partner.
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import Lexicon, Place
from kg.mentions import ENGINEERING_BUREAU, leader_pattern, park_suffixes
from kg.models import AnalysedDocument, Mention, Sentence
from kg.normalise import clause_end, clause_start
from kg.resolution import ZoneResolver
from kg.resources import alternation, longest_first, rules
from kg.relations.common import (
    CLAUSE_BREAK, SUBJECT_FOLLOWERS, TripleCollector, article_park, only_a_conjunction, previous_mention,
    relation_rules,
)


# A short name in brackets after an organisation (（浙能集团）): words only, no marks.
LOCATIVE = "在"
TOPIC_OPENING_MAX = 3  # 其中，P…: at most this many characters before a place that opens its clause as its subject
MAX_VERB_TO_PLACE = 3
CJK_RUN = re.compile(r"[\u4e00-\u9fff]*")
LISTED_NAME_MAX = 12  # longest name between two 、 of one list


# Marks that end the clause a settling verb governs (half-width forms too: articles mix them).
PLACE_CLAUSE_BREAKS = CLAUSE_BREAK + ",;"


# An address clause may hold quotes in its description (座落于著名的“火腿之乡”——P).
ADDRESS_CLAUSE_BREAKS = PLACE_CLAUSE_BREAKS.replace("“", "").replace("”", "")
DATE = re.compile(r"\d+年(?:\d+月)?(?:\d+日)?|\d+月(?:\d+日)?|\d+")
ASIDE = re.compile(r"[（(][^（）()]*[）)]")


@cache
def _introducing_clause() -> re.Pattern:
    return re.compile(f"[{re.escape(PLACE_CLAUSE_BREAKS)}](?=[^{re.escape(PLACE_CLAUSE_BREAKS)}]{{0,4}}(?:{alternation(relation_rules()['introduce_verbs'])}))")


def company_locations(doc: AnalysedDocument, zones: ZoneResolver, collector: TripleCollector) -> None:
    cfg = relation_rules()
    confidence = cfg["confidence"]
    places = [m for m in doc.mentions if m.type in ("Park", "Zone")]
    # The park the article is about, when it names no zone or names its park more often than its zone
    # (长春玉米工业园区 in 长春经济技术开发区): companies with no place of their own are that park's.
    park_home = article_park(doc, zones.sentences_about(zones.main_key) if zones.main_key else 0)
    explicit: set[str] = set()
    text = doc.norm.text
    several_visited = _zone_one_of_several_visited(doc, places)
    # (远川科技公司斥资打造的华岭产业园（一期）项目在南岭经开区投产: a park that is the company's project is where it settles.)
    suffixes = re.compile(alternation(park_suffixes()))
    placed_by_name_only = {m.key for m in doc.mentions if m.type == "Company" and _develops_the_park(text, m, cfg)
                  and any(not any(w in text[park.end() : park.end() + 6] for w in cfg["project_words"])
                          for park in suffixes.finditer(text, doc.sentence_at(m.start).start, doc.sentence_at(m.start).end))}
    # 卡弗瑞特集团在中国投资的…公司, 维特根集团是一家总部设在德国的跨国公司: a parent written as abroad is placed by nothing.
    placed_by_name_only |= {m.key for m in doc.mentions if m.type == "Company" and _based_abroad(text, m, clause_end(text, m.end, "。；"), cfg)}
    # 由湖北日报传媒集团倾力打造的园区: the park's developer is placed by nothing the sentences say of it (only by its name).
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in placed_by_name_only]:
        sentence = doc.sentence_at(company.start)
        in_sentence = [p for p in places if sentence.start <= p.start and p.end <= sentence.end]
        target = (_place_of(doc, company, sentence, in_sentence, cfg) or _park_referred_to(doc, company, sentence, cfg)
                  or _cluster_home(doc, company, sentence, places))
        if target is None and not _hosts_a_signing(doc, company, cfg):
            sentence_part_end = clause_end(text, company.end, "。；", sentence.end)
            after = text[company.end : sentence_part_end]
            before = text[sentence.start : company.start]
            # C 落户…; P 引进/集聚了 C; P 已入驻 C、D 等企业
            cuts = [after.find(word) for word in cfg["partner_words"] + cfg["aspiration_words"] if word in after]
            # 与C配合，吸引大项目落户开发区: a later clause that introduces settlers of its own settles those, not C.
            cuts += [m.start() for m in _introducing_clause().finditer(after)]
            after = after[: min(cuts)] if cuts else after
            # 该区日前签约两个招商项目：C…项目、D…项目: the projects the zone signs, listed after a colon, settle their makers.
            signed = re.search(f"(?:{alternation(cfg['signing_verbs'])})[^，。；]*?项目：", before) is not None
            settles = (any(verb in after for verb in cfg["settle_verbs"]) or any(v in before for v in cfg["introduce_verbs"])
                       or signed or _settled_into_before(text, company, in_sentence, cfg["settle_verbs"]))
            if settles and (_project_placed_elsewhere(doc, zones, company) or _settles_in_a_city(doc, company, zones.lexicon, cfg) or several_visited
                            or _signed_with_several_governments(text, company, cfg) or _moving_elsewhere(doc, company, sentence, cfg)
                            or _gathered_by_a_place(doc, company, cfg)):
                explicit.add(company.key)  # 苏科高新临沂项目落地: its project settles in another city
                continue
            if settles and not _courted(doc, company, sentence, cfg):
                # 已有P创业园、C大酒店等项目落地: a park listed beside the company is its peer, not its place.
                list_start = _list_start(doc, company)
                # (临沂苏科健康城产业园 … 苏科高新临沂项目落地: a park named after the company is one it runs)
                earlier = [p for p in in_sentence if p.end <= company.start and not only_a_conjunction(text, p.end, list_start)
                           and company.text not in text[max(0, p.start - len(company.text) - 2) : p.end]]
                # C签约，项目拟入驻P: the place its project settles in, later in the same clause group.
                later = [p for p in in_sentence if company.end <= p.start and p.end <= sentence_part_end
                         and (_settled_into(text[company.end : p.start].removesuffix("“"), cfg["settle_verbs"])
                              or text[company.end : p.start] in cfg["about_words"]
                              or _settles_at(text, company.end, p, cfg["settle_verbs"]))]
                # 科创园、芯中城、浩宁智造园已投入使用，C、D等企业已入驻: of several parks listed, none is the one.
                listed = bool(earlier) and text[earlier[-1].start - 1 : earlier[-1].start] == "、"
                if later:
                    target = later[0]
                elif earlier:
                    target = None if listed else earlier[-1]
                else:
                    target = _park_named_back(doc, company, sentence, cfg) or _park_by_its_kind(doc, company, sentence, cfg)
                # 皖垦茶业集团十字工业园: a company the park is named after runs it rather than settles in it.
                home = park_home.key if park_home and not _park_named_after(park_home, company) else ""
                if target is None:
                    collector.add(company, "locatedIn", _default_home(doc, zones, company, sentence, home),
                                  (company.start, company.end), confidence["located_in_settles_zone"], "company-settles-zone")
                    explicit.add(company.key)
                    continue
        if target is not None and target.type == "Park" and _park_named_after(target, company):
            continue  # 浙大网新·徽州智能制造科创产业园 … 浙大网新集团: the company the park is named after runs it
        if target is not None:
            target = _park_written_after(target, places)
            span = (min(target.start, company.start), max(target.end, company.end))
            collector.add(company, "locatedIn", target, span, confidence["located_in_explicit"], "company-located")
            explicit.add(company.key)
    for company, place, span in _addresses(doc, cfg) + _referred_back_settlers(doc, cfg):
        if company.key not in explicit:
            collector.add(company, "locatedIn", place, span, confidence["located_in_address"], "company-address")
            explicit.add(company.key)
    for company in doc.mentions:
        # 西宁经济技术开发区发展集团公司, 高新区企业聚石化学: a company named or written after its zone is that zone's.
        if company.type == "Company" and company.prefixed and company.key not in explicit:
            zone = zones.zone_at(company.start, doc.sentence_at(company.start).start)
            if zone is not None:
                collector.add(company, "locatedIn", zone, (zone.start, company.end),
                              confidence["located_in_named_after_zone"], "company-named-after-zone")
                explicit.add(company.key)
    # 深入园区英马电动车、瑞赛科尔等5家企业进行调研: companies listed right after a visit into the zone's own bare word are in it.
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in explicit | placed_by_name_only]:
        zone_key = zones.zone_key_at(company.start, doc.sentence_at(company.start).start) or zones.main_key
        if zone_key and _listed_after_a_visit_into_the_zone(text, company, cfg):
            collector.add(company, "locatedIn", zone_key, (company.start, company.end), confidence["located_in_default"],
                          "company-in-article-zone")
            explicit.add(company.key)
    if not zones.holds_by_context(zones.main_key) and park_home is None:
        # 高新区管委会主任X赴Y公司开展调研: in a short article, the company its own leader studies is the zone's.
        for company, zone_key, span in _studied_by_zone_leader(doc, collector, cfg):
            if company.key not in explicit:
                collector.add(company, "locatedIn", zone_key, span, confidence["located_in_default"], "company-in-article-zone")
        return
    if several_visited:
        return  # 到经开区、源潭及梅城工业园区走访调研…企业: which of the places each company is in, the article does not say
    other_homes = _other_homes(doc, zones, places)
    away = _away_from_zone(doc, zones, cfg)
    destinations = _travel_destinations(doc, zones)
    staffed = {key[2] for key in collector.triples if key[1] == "worksFor"}
    visitors = _visitors(doc, staffed, cfg)
    # 威海产投集团 … 市产投集团: a company written anywhere as the city's platform is the city's.
    city_owned_keys = {m.key for m in doc.mentions if m.type == "Company" and m.text.startswith(tuple(cfg["city_owned_openers"]))}
    # 与中车集团合作建设的P … 在中车集团具有知名度: a company written anywhere as the zone's partner is no settler.
    # (雨润集团与艾科农业合作建设…: two companies building together both settle.)
    # (与比亚迪、理想、蔚来等企业达成合作: every company of the list that opens after 与.)
    partner_keys = {m.key for m in doc.mentions if m.type == "Company"
                    and text.endswith(tuple(cfg["partner_openers"]), 0, (first := _list_start(doc, m)))
                    and (text.startswith(tuple(cfg["partnership_words"]), m.end)
                         or any(a in text[m.end : clause_end(text, m.end, CLAUSE_BREAK)]
                                for a in cfg["partnership_agreements"] + cfg["partnership_ties"]))
                    and not any(c.type == "Company" and c.end == first - 1 for c in doc.mentions)}
    for company in [m for m in doc.mentions if m.type == "Company" and m.key not in explicit | placed_by_name_only]:
        sentence = doc.sentence_at(company.start)
        # In an article about a park that names no zone (普定工业园区内各企业…), the park holds those named after it.
        zone_key = _default_home(doc, zones, company, sentence, park_home.key if park_home and park_home.end <= company.start
                                 and not _park_named_after(park_home, company) else "")
        if not zone_key:
            continue
        if any(p.type == "Park" and _park_named_after_its_core(p, company) for p in doc.mentions):
            continue  # 晋晟鼎业智能制造产业园 … 晋晟鼎业集团公司: the company a park is named after runs it
        # 与上海吉泰电阻器公司总经理于阳等座谈: a far city's company whose officer the zone's team meets
        # is a visitor, unless the sentence speaks of a signing.
        far = zones.elsewhere(company.text, zone_key)
        visiting = company.key in staffed and not any(verb in sentence.text for verb in cfg["signing_verbs"])
        city_owned = company.key in city_owned_keys  # 市高投公司: the city's platform
        # 学习新加坡裕廊集团经验: a company named with a foreign country is the zone's only when it settles there.
        foreign = company.text.startswith(tuple(rules("entities")["company"]["country_prefixes"]))
        platform = any(word in company.text or word in company.label for word in cfg["platform_words"]) or (
            park_home is not None and _develops_park_named_in_it(company, park_home, cfg))
        builder = ENGINEERING_BUREAU.fullmatch(company.text) is not None  # 中建七局…改造项目施工现场: it builds, it does not settle
        builder = builder or _builds_with_others(text, company, cfg)  # …联合A、B及C共同投资建设的产业平台: its developers
        visited = any(place in company.text for place in destinations)  # 前往辽阳、杭州等地 … 辽阳石化公司
        courted = _courted(doc, company, sentence, cfg)  # 走访…，进行叩门招商: a prospect
        clause = text[clause_start(text, company.start, CLAUSE_BREAK) : clause_end(text, company.end, CLAUSE_BREAK)]
        lesson = any(word in clause for word in cfg["lesson_words"])  # 吸取…事故教训: a company elsewhere
        # 为经开区聘请的C副总经理X…等三位招商大使颁发聘书: the companies of the zone's envoys are where they serve it from.
        envoy = any(word in sentence.text for word in cfg["envoy_words"])
        partner = company.key in partner_keys
        customer = text.endswith(tuple(cfg["destination_verbs"]), 0, company.start)
        organiser = text.startswith(tuple(cfg["organiser_roles"]), company.end)
        parent = text.endswith(tuple(cfg["parent_openers"]), 0, company.start) or _owner_described(text, company, cfg)
        sent = _sent_by_zone(doc, company, sentence, cfg)
        if (city_owned or foreign or platform or builder or visited or courted or lesson or envoy or partner or customer or parent or organiser
                or company.key in visitors or _settles_in_a_city(doc, company, zones.lexicon, cfg)
                or any(a <= company.start < b for a, b in away) and not sent or _listed_with_organs(doc, company)
                or (far and (_region(zones.lead_place(company.text)) in other_homes or visiting))):
            # 厦门银祥集团 where a zone of 聊城 meets 厦门同安区工业园区, 北京…公司 at a fair held in 北京: the
            # company of a city the article goes to is that city's. (Named after a far city alone, it is
            # often the investor that settles in the zone.)
            continue
        rule = "company-in-article-park" if zone_key.startswith("Park:") else "company-in-article-zone"
        collector.add(company, "locatedIn", zone_key, (company.start, company.end), confidence["located_in_default"], rule)
        explicit.add(company.key)


def _moving_elsewhere(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """有35户企业启动向远郊县区搬迁，其中，长征机械、…已竣工投产: companies of a sentence that moves firms to a
    destination other than a zone or park settle there."""
    moves = re.compile(f"向([\u4e00-\u9fff]{{2,8}}?)(?:{alternation(cfg['moving_verbs'])})")
    organisations = [(m.start, m.end) for m in doc.mentions if m.type in ("Zone", "Park")]
    for move in moves.finditer(doc.norm.text, sentence.start, company.start):
        if not any(a < move.end(1) and move.start(1) < b for a, b in organisations):
            return True
    return False


def _signed_with_several_governments(text: str, company: Mention, cfg: dict) -> bool:
    """市政府、兰州新区及皋兰县政府分别与佛慈制药、…签订了…协议: a company that a list of parties holding another
    government signs with, each on its own, may settle with any of them; the zone's is not said."""
    opening = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    at = opening.find(cfg["each_with"])
    parties = opening[:at] if at >= 0 else ""
    return any(j in parties for j in cfg["zone_joiners"]) and any(word in parties for word in cfg["government_words"])


def _owner_described(text: str, company: Mention, cfg: dict) -> bool:
    """…公司是佛瑞亚集团在全球的战略工厂之一: the company a clause of being (是) names as the owner of a plant or
    subsidiary (的…工厂, 的全资子公司) is not where that plant is; 安徽大梁机械有限公司，(是一家台资企业，)由东莞市展旺机械
    有限公司投资2.3亿元建设: nor is the one a clause names as the investor in the company its sentence opens with."""
    opening = clause_start(text, company.start, CLAUSE_BREAK)
    sentence_start = clause_start(text, company.start, "。；！？\n")
    if text[opening : company.start] == cfg["investor_opener"] and text.startswith(tuple(cfg["invest_verbs"]), company.end) and (
            cfg["company_opening_re"].match(text, sentence_start, opening)):
        return True
    if "是" not in text[opening : company.start]:
        return False
    words = alternation(cfg["parent_of_words"])
    return re.match(f"[^，。；,]{{0,{cfg['parent_of_gap']}}}?的[\u4e00-\u9fff]{{0,4}}?(?:{words})", text[company.end :]) is not None


def _develops_park_named_in_it(company: Mention, park: Mention, cfg: dict) -> bool:
    """上海宝地长江口创智产城发展有限公司 for 长江口创智产业园: the company's name holds the park's own words (its name
    short of its kind) and a word of developing."""
    stem = park.text[: -len(next((s for s in longest_first(park_suffixes()) if park.text.endswith(s)), ""))]
    return len(stem) >= 3 and stem in company.text and any(word in company.text for word in cfg["park_developer_words"])


def _listed_after_a_visit_into_the_zone(text: str, company: Mention, cfg: dict) -> bool:
    """深入园区英马电动车、瑞赛科尔…: the company is an item of a list opened by a verb of visiting and the zone's bare word."""
    before = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    opened = re.search(f"(?:{alternation(cfg['visit_into_verbs'])})(?:{alternation(longest_first(cfg['bare_zone_words']))})"
                       f"((?:[\u4e00-\u9fffA-Za-z0-9（）]+、)*)$", before)
    # (来到高新区城管基地、…生物医药基地等重点在建项目: a list closed by projects is of sites, not companies)
    closing = re.match(f"[^，。；]*?等[^，。；]{{0,8}}?(?:{alternation(rules('entities')['company']['list_heads'])})", text[company.end :])
    return opened is not None and closing is not None


def _based_abroad(text: str, company: Mention, end: int, cfg: dict) -> bool:
    """卡弗瑞特集团在中国投资的…公司, 维特根集团是一家总部设在德国的跨国公司: the group is written as investing
    across the country or as headquartered in a foreign country."""
    countries = alternation(rules("entities")["company"]["country_prefixes"])
    headquarters = re.compile(f"(?:{alternation(cfg['headquarters_words'])})(?:{countries})")
    return text.startswith(tuple(cfg["country_scope_words"]), company.end) or headquarters.search(text, company.end, end) is not None


def _park_by_its_kind(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """上海机器人产业园 … 顾村工业园区 … C、D 相继落户产业园: a settling verb followed by a park's kind alone puts the
    company in the park named with that kind (the last one named before)."""
    text = doc.norm.text
    verbs = alternation(cfg["settle_verbs"])
    kinds = alternation(longest_first(park_suffixes()))
    written = re.compile(f"(?:{verbs})({kinds})(?![\u4e00-\u9fff])").search(text, company.end, clause_end(text, company.end, "。；", sentence.end))
    if written is None or any(m.start <= written.start(1) < m.end for m in doc.mentions if m.type in ("Park", "Zone")):
        return None
    parks = [m for m in doc.mentions if m.type == "Park" and m.key and m.end <= company.start and m.text.endswith(written.group(1))]
    return parks[-1] if parks else None


def _park_named_after(park: Mention, company: Mention) -> bool:
    """皖垦茶业集团十字工业园, 浙大网新·徽州…产业园 (for 浙大网新集团), 晋晟鼎业智能制造产业园 (for 晋晟鼎业集团公司):
    whether the park's name opens with the company's, or with its name short of its legal form (four characters or more)."""
    brand = park.text.split("·")[0] if "·" in park.text else ""
    return (park.text.startswith(company.text) or len(brand) >= 2 and company.text.startswith(brand)
            or _park_named_after_its_core(park, company))


def _park_named_after_its_core(park: Mention, company: Mention) -> bool:
    """晋晟鼎业智能制造产业园 for 晋晟鼎业集团公司: the park's name opens with the company's name short of its legal form
    (four characters or more, so a short brand alone, 淮建集团开发区工业园, does not count)."""
    legal_form = next((f for f in longest_first(rules("entities")["company"]["suffixes"]) if company.text.endswith(f)), "")
    core = company.text[: len(company.text) - len(legal_form)] if legal_form else ""
    return len(core) >= 4 and park.text.startswith(core)


def _develops_the_park(text: str, company: Mention, cfg: dict) -> bool:
    """由 C 倾力打造, 由 C 联手 D 共同打造, C 和 D 强强联合，打造的…, 与 C 携手打造: the company is written as one of
    those building what the sentence names (a park, when one is named there; 由 C 投资建设 of a project is its
    settling)."""
    verbs = alternation(cfg["developing_verbs"])
    after = text[company.end : company.end + cfg["developing_reach"]]
    clause_opening = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    # 临港集团与日本瑞穗银行达成合作共建意向: a company agreeing with another to build together is a builder.
    # (苏州绿叶集团与张江高科技园区合作共建的博士后工作站: a facility built together is no park)
    clause = text[company.end : clause_end(text, company.end, CLAUSE_BREAK)]
    co_built = [clause[i + len(w) :].lstrip("的") for w in cfg["co_building_words"] if (i := clause.find(w)) >= 0]
    co_building = text.startswith(tuple(cfg["partner_openers"]), company.end) and any(
        not rest.startswith(tuple(cfg["co_built_facilities"])) for rest in co_built)
    # 裕廊集团以参与苏州工业园区建设为荣, 鸿运国际集团…是苏州工业园区开发的主体: one taking part in building it, or its developer.
    clause_after = text[company.end : clause_end(text, company.end, "。；")]
    taking_part = re.search(f"(?:{alternation(cfg['taking_part_words'])})[^，。；]{{0,12}}?(?:{verbs})", clause_after) is not None
    developer = any(word in clause_after for word in cfg["developer_role_words"])
    return co_building or taking_part or developer or _builds_with_others(text, company, cfg) or bool(re.match(f"[^。；]*?(?:{verbs})的", after)
                or "由" in clause_opening and re.search(verbs, text[company.end : clause_end(text, company.end, CLAUSE_BREAK)])
                or text.endswith(tuple(cfg["partner_openers"]), 0, company.start)
                and re.match(f"(?:{alternation(cfg['joint_words'])})?(?:{verbs})", after))


def _builds_with_others(text: str, company: Mention, cfg: dict) -> bool:
    """…联合中信正业控股集团有限公司、中石化新星…公司及中国虹桥…公司共同投资建设的平台: every company of a list closed by
    a word of doing together and a verb of building, then 的, builds what follows."""
    verbs = alternation(cfg["developing_verbs"])
    return re.match(f"(?:[、及][^，。；、及和与]{{2,30}}?)+(?:{alternation(cfg['joint_words'])})(?:{verbs})的", text[company.end :]) is not None


def _studied_by_zone_leader(doc: AnalysedDocument, collector: TripleCollector, cfg: dict) -> list[tuple[Mention, str, tuple[int, int]]]:
    """Companies a zone's own leader goes to study (赴/到 C 开展调研, 首先来到 C，深入…车间; 来到 C，X 认真听取), in a
    sentence naming the leader and with no place between: the zone's own enterprises."""
    text = doc.norm.text
    leaders = {t.subject: t.object for t in collector.triples.values() if t.predicate == "leads" and t.object.startswith("Zone:")}
    found = []
    for person in (m for m in doc.mentions if m.type == "Person" and m.key in leaders):
        sentence = doc.sentence_at(person.start)
        for company in (m for m in doc.mentions if m.type == "Company" and person.end <= m.start < sentence.end):
            after = text[company.end : company.end + 1 + max(map(len, cfg["study_words"]))].lstrip("，,")
            if (text[person.end : company.start].endswith(tuple(cfg["study_visit_verbs"]))
                    and after.startswith(tuple(cfg["study_words"]))
                    and not any(m.type == "Place" and person.end <= m.start < company.start for m in doc.mentions)):
                found.append((company, leaders[person.key], (person.start, company.end)))
        # 来到C，党锋认真听取…; 在C项目施工现场，党锋详细询问: the visit opens the sentence, the leader follows.
        for company in (m for m in doc.mentions if m.type == "Company" and sentence.start <= m.start and m.end < person.start):
            opening, between = text[sentence.start : company.start], text[company.end : person.start]
            if (len(opening) <= cfg["visit_opening_max"] and opening.endswith(tuple(cfg["study_visit_verbs"] + cfg["visit_place_words"]))
                    and between.count("，") + between.count(",") == 1 and len(between) <= cfg["visit_opening_max"] * 4
                    and between.rstrip().endswith(("，", ","))):
                found.append((company, leaders[person.key], (company.start, person.end)))
    # 检查组先后检查了C、D等单位: the party the zone's one leader takes round goes through the zone's enterprises.
    zones_led = set(leaders.values())
    if len(zones_led) == 1:
        for company in (m for m in doc.mentions if m.type == "Company"):
            sentence = doc.sentence_at(company.start)
            if cfg["touring_party_re"].match(text, sentence.start, company.start) and not any(
                    m.type == "Place" and sentence.start <= m.start < company.start for m in doc.mentions):
                found.append((company, next(iter(zones_led)), (sentence.start, company.end)))
    return found


def _settles_in_a_city(doc: AnalysedDocument, company: Mention, lexicon: Lexicon, cfg: dict) -> bool:
    """抓住台积电落户南京机遇: a company that settles in a place named right after the verb (or said to lie in one,
    位于昆山的C) settles in that city, not in a park of the article."""
    text = doc.norm.text
    # (…长春化工等五家台湾著名财团和上市公司已相继落户龙海市: the verb may close a list the company is in)
    verbs = re.compile(alternation(longest_first(cfg["settle_verbs"])))
    verb = verbs.search(text, company.end, clause_end(text, company.end, "，。；"))
    organisations = [m for m in doc.mentions if m.type in ("Zone", "Park")]
    city = next((m for m in doc.mentions if verb and m.type == "Place" and m.start == verb.end()), None)
    # 位于昆山的淳华科技: a company said to lie in a city (a place the lexicon knows, however the article tags it) lies there.
    lying = re.search(f"(?:{alternation(cfg['lying_verbs'])})([\u4e00-\u9fff]{{2,6}})的$", text[max(0, company.start - 12) : company.start])
    if lying is not None and lexicon.division(lying.group(1)) is not None:
        return True
    # 韩国现代汽车在盐城设立了配套工厂: one setting up in a city named after 在 is there.
    setting = re.match(f"在([\u4e00-\u9fff]{{2,4}}?)(?:{alternation(cfg['setting_up_verbs'])})", text[company.end : company.end + 12])
    if setting is not None and lexicon.division(setting.group(1)) is not None:
        return True
    return city is not None and not any(o.start <= city.start < o.end for o in organisations)


def _project_placed_elsewhere(doc: AnalysedDocument, zones: ZoneResolver, company: Mention) -> bool:
    """苏科高新临沂项目: a place a few name characters after the company's name, before 项目, outside the zone's city."""
    text = doc.norm.text
    place = next((m for m in doc.mentions if m.type == "Place" and company.end <= m.start <= company.end + 4
                  and CJK_RUN.fullmatch(text, company.end, m.start)), None)
    return (place is not None and text.startswith(tuple(relation_rules()["project_words"]), place.end)
            and zones.elsewhere(place.text, zones.main_key))


def _default_home(doc: AnalysedDocument, zones: ZoneResolver, company: Mention, sentence: Sentence, park_home: str) -> str:
    """Where a company with no place of its own is: a zone its sentence names, else the park its sentence opens with
    (…健康食品产业园总规划面积3平方公里，…代表企业有A、B等), else the article's park, else the article's zone."""
    zone_key = zones.zone_key_at(company.start, sentence.start)
    if zone_key in ("", zones.main_key) and (topic := _park_opening(doc, sentence, company)) is not None:
        return topic.key
    return park_home if park_home and zone_key in ("", zones.main_key) else zone_key


def _park_opening(doc: AnalysedDocument, sentence: Sentence, company: Mention, until: int | None = None) -> Mention | None:
    """The park the company's sentence (or its part after ；) opens with, perhaps after its zone's name, as its
    subject — not one named after the company, nor one the sentence defines (P是C和D强强联合打造的…). A sentence
    opening with 其中 goes on with the one before (南川工业园区新增4项新开工项目…。其中，C…项目)."""
    text = doc.norm.text
    until = company.start if until is None else until
    opening = clause_start(text, until, "；", floor=sentence.start)
    opening += len(text[opening:until]) - len(text[opening:until].lstrip())
    opening = next((z.end for z in doc.mentions if z.type == "Zone" and z.start == opening), opening)
    if opening == sentence.start and sentence.index > 0 and text.startswith(tuple(relation_rules()["continuing_openers"]), opening):
        before = doc.sentences[sentence.index - 1]
        return _park_opening(doc, before, company, until=before.end)
    return next((p for p in doc.mentions if p.type == "Park" and p.key and p.start == opening and p.end <= until
                 and not text.startswith(tuple(relation_rules()["defining_words"]), p.end)
                 and not _park_named_after(p, company)), None)


def _away_from_zone(doc: AnalysedDocument, zones: ZoneResolver, cfg: dict) -> list[tuple[int, int]]:
    """Spans from where the zone's team travels to a far city (奔赴深圳, 在深圳期间) to the paragraph's end."""
    text = doc.norm.text
    spans = []
    for place in (m for m in doc.mentions if m.type == "Place"):
        travels = zones.travelled_to(place.start) or (
            text[: place.start].endswith(cfg["stay_opening"]) and text.startswith(cfg["stay_closing"], place.end))
        if travels and zones.elsewhere(place.text, zones.zone_key_at(place.start, doc.sentence_at(place.start).start), travelled=True):
            spans.append(_trip_span(doc, place.start, place.end))
    # 赴珠三角开展经贸合作交流活动: a trip to a wide region (no place of the lexicon) is away from the zone too,
    # and so is one to another zone (赴中国(上海)自由贸易试验区临港新片区调研).
    regions = re.compile(f"(?:{alternation(cfg['travel_verbs'])})(?:{alternation(cfg['travel_regions'])})")
    spans += [_trip_span(doc, match.start(), match.end()) for match in regions.finditer(text)]
    trip_to = re.compile(f"(?:{alternation(cfg['travel_verbs'])})[^{CLAUSE_BREAK}]{{0,{cfg['trip_to_zone_gap']}}}$")
    spans += [_trip_span(doc, zone.start, zone.end) for zone in doc.mentions
              if zone.type == "Zone" and not zone.anaphoric and zone.key != zones.main_key
              and trip_to.search(text, max(0, zone.start - cfg["trip_to_zone_gap"] - 2), zone.start)]
    return spans


def _trip_span(doc: AnalysedDocument, start: int, end: int) -> tuple[int, int]:
    """From a trip's destination to its paragraph's end — to the text's end when the lead sentences announce
    it (带队赴上海开展招商拜访活动。\n刘思江一行先后拜访…: the trip is what the article reports)."""
    text = doc.norm.text
    lead = doc.sentence_at(start).index < rules("relations")["lead_sentences"]
    paragraph_end = -1 if lead else text.find("\n", end)
    return start, paragraph_end if paragraph_end >= 0 else len(text)


def _zone_one_of_several_visited(doc: AnalysedDocument, places: list[Mention]) -> bool:
    """Whether the article's visit goes to a zone listed with other places, parks or towns after a verb of going
    (到经开区、源潭及梅城工业园区开展走访调研)."""
    text = doc.norm.text
    going = tuple(relation_rules()["study_visit_verbs"])
    joints = tuple(rules("measures")["coordinators"])
    for zone in (p for p in places if p.type == "Zone"):
        if not text.endswith(going, 0, zone.start):
            continue
        after = text[zone.end : zone.end + 1 + max(map(len, joints))]
        # (走进北京经开区与内蒙古两地协作…企业: the two places named together for what they share, not a list of visits.)
        if after.startswith(joints) and any(p is not zone and zone.end < p.start <= zone.end + relation_rules()["visit_list_window"]
                                            and not text.startswith(tuple(relation_rules()["paired_place_counts"]), p.end)
                                            for p in doc.mentions if p.type in ("Zone", "Park", "Place")):
            return True
    return False


def _travel_destinations(doc: AnalysedDocument, zones: ZoneResolver) -> set[str]:
    """The places the zone's team travels to (前往辽阳、杭州等地考察), each as written and in short form."""
    destinations: set[str] = set()
    for place in zones.trip_places():
        known = zones.lexicon.place(place.place)
        destinations |= {place.text} | ({known.short} if known is not None and len(known.short) >= 2 else set())
    return destinations


@cache
def _arrival_pattern() -> re.Pattern:
    """An officer's name and post, then a party word and a verb of arrival (or a verb of arrival, where, and a
    word of looking around), in one clause."""
    cfg = relation_rules()
    arrival = alternation(cfg["arrival_verbs"])
    escort = f"(?:[，,]?{cfg['escort_opener']}[^。；]{{1,{cfg['escort_max']}}}?(?:{alternation(cfg['escort_words'])}))?"
    visit = alternation(cfg["visit_words"])
    hosts = "".join(f"(?<!{word})" for word in cfg["host_words"])
    gap = cfg["delegation_max_gap"]
    return re.compile(f"[^，。；]{{0,{gap}}}(?:(?:{alternation(cfg['delegation_words'])}){escort}(?:{arrival})"
                      f"|(?:{arrival})[^，。；]{{1,{cfg['visit_place_max']}}}?(?:{visit}))"
                      f"|[^，。；]{{2,{gap}}}?{hosts}(?:{visit})")


def _visitors(doc: AnalysedDocument, staffed: set[str], cfg: dict) -> set[str]:
    """Companies whose officer heads a party that comes to the zone (…董事长侯志勇一行来高新区), in a
    sentence that speaks of no signing."""
    visitors = set()
    for company in (m for m in doc.mentions if m.type == "Company" and m.key in staffed):
        sentence = doc.sentence_at(company.start)
        if (_arrival_pattern().match(doc.norm.text, company.end, sentence.end)
                and not any(v in sentence.text for v in cfg["signing_verbs"])):
            visitors.add(company.key)
    return visitors


def _sent_by_zone(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """天津滨海高新区…组织了力神电池股份有限公司、…5家企业参展: a company in a list the zone, named earlier in the
    sentence, organises (to go to a fair far away) is the zone's own."""
    text = doc.norm.text
    verb = max((text.rfind(v, sentence.start, company.start) for v in cfg["organising_verbs"]), default=-1)
    return verb >= 0 and any(m.type == "Zone" and sentence.start <= m.start < verb for m in doc.mentions) and (
        not re.search(f"[{CLAUSE_BREAK}]", text[verb : company.start]))


def _guests_attend(after: str, cfg: dict) -> bool:
    """C、D等27家企业40余位客商参加: the companies' merchants or guests attend, before the clause ends."""
    return cfg["guests_attend_re"].search(after, 0, clause_end(after, 0, "，。；")) is not None


def _gathered_by_a_place(doc: AnalysedDocument, company: Mention, cfg: dict) -> bool:
    """…开发区位于柳南区，而柳南区聚集了C、D三大主机厂: a clause whose subject is a district or city, no park or zone,
    gathers companies into that place."""
    text = doc.norm.text
    opening = clause_start(text, _list_start(doc, company), CLAUSE_BREAK)
    verb = max((at for v in cfg["introduce_verbs"] if (at := text.rfind(v, opening, company.start)) >= 0), default=-1)
    inside = [m for m in doc.mentions if opening <= m.start and m.end <= verb]
    # (西安经开先后引进西门子: a place opening a zone's short name is that zone, not the subject)
    subject = [m for m in inside if m.type == "Place" and verb - m.end <= cfg["place_subject_gap"]
               and not text.startswith(tuple(cfg["place_name_continuations"]), m.end)]
    return verb >= 0 and bool(subject) and not any(m.type in ("Park", "Zone") for m in inside)


def _courted(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> bool:
    """走访了凯能集团、海正化工等企业，进行叩门招商: a company visited before a word of investment promotion;
    对天府新区…进行了推介，吸引到西门子、腾讯等111家企业参加: one drawn to attend the zone's promotion; 与 C …进行洽谈:
    one negotiated with; 积极对接 C, C 等在谈项目: one pursued or still under negotiation."""
    text = doc.norm.text
    before, after = text[sentence.start : company.start], text[company.end : sentence.end]
    clause_before = text[clause_start(text, company.start, CLAUSE_BREAK) : company.start]
    # (…集团…赴经济技术开发区管委会洽谈…合作事宜: one that travels there to negotiate, too)
    travels_to_negotiate = re.search(f"(?:{alternation(cfg['travel_verbs'])})[^，。；]{{0,20}}?(?:{alternation(cfg['negotiating_verbs'])})", after)
    negotiated = (("与" in clause_before and any(verb in after for verb in cfg["negotiating_verbs"]) or travels_to_negotiate)
                  and not any(verb in sentence.text for verb in cfg["signing_verbs"]))
    clause_after = text[company.end : clause_end(text, company.end, CLAUSE_BREAK)]
    pursued = any(word in clause_before or word in clause_after for word in cfg["pursuing_words"])
    return ((any(verb in before for verb in cfg["prospect_visit_verbs"]) and any(word in after for word in cfg["prospect_words"]))
            or (any(word in before for word in cfg["promotion_words"]) and any(verb in after for verb in cfg["attending_verbs"]))
            or _guests_attend(after, cfg)
            or negotiated or pursued)


def _region(place: Place | None) -> str:
    """The city a place is in (or the place itself, for a city or province)."""
    return (place.city or place.name) if place is not None else ""


def _other_homes(doc: AnalysedDocument, zones: ZoneResolver, places: list[Mention]) -> set[str]:
    """Cities the article speaks of besides its zone's: those of other zones and parks, and places
    it names outside company names (a fair held in 北京丰台区)."""
    companies = [(m.start, m.end) for m in doc.mentions if m.type == "Company"]
    named = [zones.lexicon.place(m.place) for m in doc.mentions
             if m.type == "Place" and not any(a <= m.start and m.end <= b for a, b in companies)]
    others = [zones.lead_place(m.text) for m in places if m.key != zones.main_key and m.owner != zones.main_key]
    return {_region(place) for place in named + others} - {""}


def _without_origin(between: str) -> str:
    """的台企 → 的: a word of where a company comes from, written before its name, is not between it and its place."""
    origins = rules("entities")["company_words"]["leading_noise"]
    return next((between[: -len(w)] for w in origins if between.endswith(w) and len(between) > len(w)), between)


def _place_of(doc: AnalysedDocument, company: Mention, sentence: Sentence, in_sentence: list[Mention], cfg: dict) -> Mention | None:
    """The park or zone the sentence's wording puts the company in, if any (first pattern that says so
    about a place before the company wins; otherwise the first place after it)."""
    text = doc.norm.text
    target = None
    list_start = _list_start(doc, company)
    for place in in_sentence:
        between = text[place.end : company.start]
        before = text[sentence.start : place.start]
        # 位于 P 的 C / P 内的 C, and every company of a list written there (P 内的 C、D 等企业); 位于 P 的台企 C;
        # 海州工业园合诚复合材料有限公司, read as one word.
        if place.end <= company.start and _without_origin(text[place.end : list_start]) in ("的", "内的", "里的", "内", "") and (
            text[place.end : list_start] or before.endswith(tuple(cfg["locate_verbs"])) or (place.type == "Park" and place.end == company.start)
        ):
            target = place
        # 在 P 设立 C
        elif place.end <= company.start and text[: _address_start(doc, place)].endswith("在") and (
            between.startswith(tuple(cfg["establish_verbs"])) and len(between) <= cfg["invest_max_gap"]
        ):
            target = place
        # 在 P，C…: a place the sentence opens with is where its company is.
        elif place.end <= company.start and text[sentence.start : _address_start(doc, place)] == "在" and (
            text[place.end : place.end + 2].lstrip("内里中")[:1] in ("，", ",")
        ):
            target = target or place
        # P 内优秀企业代表——C、D; P 的重点企业有 C
        elif place.end <= company.start and _members_listed_after(doc, place.end, company, cfg):
            target = target or place
        # P 此次集中开工的企业其中3家是电子信息类企业（C、D）: the park the clause opens with, then its companies.
        elif place.end <= company.start and _opens_clause(text, place, sentence) and _listed_as_companies(doc, place, company, in_sentence, cfg):
            target = target or place
        # 作为 P 的首批入驻企业之一，C; 作为从东莞招商引资落户 P 的企业，C
        elif place.end <= company.start and text[clause_start(text, _address_start(doc, place), CLAUSE_BREAK) : _address_start(doc, place)].startswith(
                tuple(cfg["membership_introducers"])) and (
            re.fullmatch(f"的[^，。；,;]*(?:{alternation(cfg['membership_heads'])})(?:{cfg['membership_one_of']})?[，,]", text[place.end : list_start])
        ):
            target = target or place
        # 到城南工业园星球厂房检查C、D等企业: the companies a visit to a park inspects are that park's.
        elif place.end <= company.start and before.endswith(tuple(cfg["study_visit_verbs"])) and _inspected_after(
                text[place.end : list_start], cfg):
            target = target or place
        # C 是 P 的重点企业
        elif place.start > company.end and text[company.end : place.start] in cfg["membership_verbs"] and (
            _one_of_its_own(text, place.end, cfg)
        ):
            target = target or place
        # C 拟在 P 投资建设…, C…项目在 P 开工 (not 支持 C 在 P 投资发展, a wish)
        elif place.start > company.end and _builds_in(text, company, _address_start(doc, place), place.end, cfg) and (
                not text.endswith(tuple(cfg["wishing_verbs"]), 0, company.start)):
            target = target or place
        # C 投资的 P 项目
        elif place.start > company.end and text.startswith(tuple(cfg["invest_verbs"]), company.end) and (
            place.start - company.end <= cfg["invest_max_gap"]
        ) and not (place.type == "Park" and text.endswith("的", 0, place.start) and not any(w in text[place.end : place.end + 4] for w in cfg["project_words"])):
            target = target or place
        # C … 落户/入驻 P   or   落户 P … C
        elif place.start > company.end and _verb_leads_to(text[company.end : place.start], cfg["settle_verbs"] + cfg["locate_verbs"]):
            target = target or place
    return target


def _inspected_after(between: str, cfg: dict) -> bool:
    """星球厂房检查, 江北片区检查: a few words naming a spot of the park, then a verb of inspecting or visiting."""
    word = next((w for w in cfg["study_words"] if between.endswith(w)), "")
    return bool(word) and re.fullmatch(f"[\u4e00-\u9fff]{{0,{cfg['visit_spot_max']}}}", between[: -len(word)]) is not None


def _referred_back_settlers(doc: AnalysedDocument, cfg: dict) -> list[tuple[Mention, Mention, tuple[int, int]]]:
    """(company, park or zone, span) for "该企业在 P 投资办厂": the company the anaphor refers back to is in P."""
    text = doc.norm.text
    verbs = tuple(cfg["settle_verbs"] + cfg["invest_verbs"] + cfg["establish_verbs"])
    found = []
    for place in (m for m in doc.mentions if m.type in ("Zone", "Park") and not m.anaphoric):
        opening = text[: _address_start(doc, place)]
        anaphor = next((a for a in cfg["anaphors"]["Company"] if a.startswith("该") and opening.endswith(a + "在")), "")
        start = len(opening) - len(anaphor) - 1
        if anaphor and text.startswith(verbs, place.end) and (company := previous_mention(doc, "Company", start, anaphor)) is not None:
            found.append((company, place, (start, place.end)))
    return found


def _addresses(doc: AnalysedDocument, cfg: dict) -> list[tuple[Mention, Mention, tuple[int, int]]]:
    """(company, park or zone, span) for each address clause: "C，成立于…，公司位于 P", and for each
    registration with a body of the place: "C 于…在 P 市场监督管理局登记成立"."""
    text = doc.norm.text
    found = []
    for verb in cfg["clause_locate_re"].finditer(text):
        sentence = doc.sentence_at(verb.start())
        place = _addressed_place(doc, verb.end(), sentence, cfg)
        company = _clause_company(doc, verb.start(), sentence, cfg) if place is not None else None
        if company is not None:
            found.append((company, place, (min(company.start, verb.start()), place.end)))
    for body in (m for m in doc.mentions if m.type == "GovernmentBody" and text.startswith(tuple(cfg["registration_verbs"]), m.end)):
        sentence = doc.sentence_at(body.start)
        place = next((m for m in doc.mentions if m.type in ("Zone", "Park") and not m.anaphoric and m.start < body.start
                      and _only_fillers(text[m.end : body.start], []) and text[: _address_start(doc, m)].endswith("在")), None)
        company = _clause_company(doc, place.start - 1, sentence, cfg) if place is not None else None
        if company is not None:
            found.append((company, place, (min(company.start, place.start), body.end)))
    return found


def _clause_company(doc: AnalysedDocument, position: int, sentence: Sentence, cfg: dict) -> Mention | None:
    """The company a clause ending at `position` is about: one written in the clause before nothing but
    subject words (C 于2012年成立于, C1位于), or, when the clause has no subject of its own (，位于;
    ，公司坐落在), the company the sentence is about — the first one, in its first clause."""
    text = doc.norm.text
    breaks = ADDRESS_CLAUSE_BREAKS + " "
    opening = clause_start(text, position, breaks, floor=sentence.start)
    companies = [m for m in doc.mentions if m.type == "Company" and sentence.start <= m.start and m.end <= position]
    in_clause = [m for m in companies if m.start >= opening]
    if in_clause:
        company, lead = in_clause[-1], text[in_clause[-1].end : position]
    else:
        first_clause_end = clause_end(text, sentence.start, breaks, sentence.end)
        company = companies[0] if companies and companies[0].end <= first_clause_end else None
        lead = text[opening:position]
    return company if company is not None and _only_fillers(lead, cfg["clause_subjects"]) else None


def _only_fillers(lead: str, fillers: list[str]) -> bool:
    """Nothing but dates, asides in brackets and subject words (公司, 总部与主要工厂) before the verb."""
    rest = DATE.sub("", ASIDE.sub("", lead)).strip()
    words = longest_first(fillers)
    while rest:
        word = next((w for w in words if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def _addressed_place(doc: AnalysedDocument, after: int, sentence: Sentence, cfg: dict) -> Mention | None:
    """The park or zone an address verb leads to in its clause; a park written right after its zone
    (郑州经济技术开发区国际物流园区) is the more specific place."""
    text = doc.norm.text
    places = sorted((m for m in doc.mentions if m.type in ("Park", "Zone") and after <= m.start < sentence.end
                     and not m.anaphoric), key=lambda m: m.start)
    if not places:
        return None
    place = places[0]
    tail = text[after : place.start]
    if any(ch in tail for ch in ADDRESS_CLAUSE_BREAKS):
        return None
    # Places of the address before the name (湖南省安化县, 风景秀丽的青岛) are not part of the gap.
    cut = place.start
    while cut > after and any(m.type == "Place" and m.start < cut <= m.end for m in doc.mentions):
        cut = next(m.start for m in doc.mentions if m.type == "Place" and m.start < cut <= m.end)
    gap = text[after:cut]
    described = gap.endswith(tuple(cfg["place_description_endings"])) and len(gap) <= cfg["place_description_max"]
    if not (len(gap) <= MAX_VERB_TO_PLACE or described):
        return None
    return _park_written_after(place, places)


def _park_written_after(place: Mention, places: list[Mention]) -> Mention:
    """郑州经济技术开发区国际物流园区: a park written right after its zone is the more specific place."""
    if place.type != "Zone":
        return place
    return next((m for m in places if m.type == "Park" and m.start == place.end), place)


def _settled_into_before(text: str, company: Mention, places: list[Mention], verbs: list[str]) -> bool:
    """P 已入驻 C、D 等企业: a settling verb after a place and before the company, in one clause."""
    earlier = [p for p in places if p.end <= company.start]
    if not earlier:
        return False
    between = text[earlier[-1].end : company.start]
    if not any(ch in between for ch in PLACE_CLAUSE_BREAKS):
        return any(verb in between for verb in verbs)
    # 其中，P面积约580亩，目前已入驻C、D等企业: the place opening the sentence is the subject of its later clause too.
    opening = clause_start(text, earlier[-1].start, PLACE_CLAUSE_BREAKS)
    own_clause = text[clause_start(text, company.start, PLACE_CLAUSE_BREAKS) : company.start]
    return (len(earlier) == 1 and earlier[-1].start - opening <= TOPIC_OPENING_MAX and sum(between.count(ch) for ch in "，,") <= 1
            and any(re.search(f"{re.escape(verb)}(?:[^、，。；]{{1,{LISTED_NAME_MAX}}}、)*$", own_clause) for verb in verbs))


def _settles_at(text: str, company_end: int, place: Mention, verbs: list[str]) -> bool:
    """C…打造的P项目在Z宣布正式投产: the company's project, in one clause, settles (or starts) at the place after 在."""
    between = text[company_end : place.start]
    clause_after = text[place.end : clause_end(text, place.end, PLACE_CLAUSE_BREAKS)]
    return (between.endswith(LOCATIVE) and not any(ch in between for ch in PLACE_CLAUSE_BREAKS)
            and any(verb in clause_after for verb in verbs))


def _settled_into(between: str, verbs: list[str]) -> bool:
    """A settling verb a few characters before the place, with no clause break between (项目拟入驻P;
    not 伊顿新项目签约入驻，巨高电气产业园)."""
    tails = (between[between.rfind(verb) + len(verb) :] for verb in verbs if verb in between)
    return any(len(tail) <= MAX_VERB_TO_PLACE and not any(ch in tail for ch in PLACE_CLAUSE_BREAKS) for tail in tails)


def _list_start(doc: AnalysedDocument, company: Mention) -> int:
    """Where the 、-joined list of companies that ends with this one begins."""
    text = doc.norm.text
    start = company.start
    while text[start - 1 : start] == "、":
        listed = next((m for m in doc.mentions if m.type == "Company" and m.end == start - 1), None)
        if listed is None:
            break
        start = listed.start
    return start


def _toured(text: str, start: int) -> bool:
    """先后来到经开区政务服务中心、…: a list that opens right after a verb of visiting is a tour."""
    cfg = relation_rules()
    return bool(cfg["tour_re"].search(text, max(0, start - 8), start))


def _listed_with_organs(doc: AnalysedDocument, company: Mention) -> bool:
    """喀什海关、喀什综保区管委会、深圳港集团等单位: a company listed with 、 beside a body or a zone is one
    of many parties (at a meeting, to an agreement), not a company the article places in its zone.
    The zone's own body is no such party: 来到经开区政务服务中心、C、D is a tour of the zone."""
    text = doc.norm.text
    if _inspected_list(doc, company):
        return False
    for organ in doc.mentions:
        if organ.type not in ("GovernmentBody", "Zone") or organ.start < company.end and company.start < organ.end:
            continue
        if organ.type == "GovernmentBody" and organ.prefixed:
            written = next((z.start for z in doc.mentions if z.type == "Zone" and z.end == organ.start), organ.start)
            if _toured(text, written):
                continue
        between = text[organ.end : company.start] if organ.end <= company.start else text[company.end : organ.start]
        items = between.split("、")
        if len(items) >= 2 and not items[0] and not items[-1] and all(
                len(item) <= LISTED_NAME_MAX and not any(ch in PLACE_CLAUSE_BREAKS for ch in item) for item in items):
            return True
    return False


def _inspected_list(doc: AnalysedDocument, company: Mention) -> bool:
    """先后对A、C、D等七家经营生产单位进行了现场检查: a list the zone's inspectors or visitors go through is a tour of
    its units, whatever bodies it holds."""
    text = doc.norm.text
    end = clause_end(text, company.end, "。；")
    return relation_rules()["tour_list_re"].search(text, company.end, end) is not None


def _members_listed_after(doc: AnalysedDocument, after: int, company: Mention, cfg: dict) -> bool:
    """P 内优秀企业代表——C、D; P 的重点企业有 C、D; P 已集聚包括 C、D: after the place, a few words
    ending in a company word or a verb of gathering, then the list the company is in."""
    text = doc.norm.text
    start = _list_start(doc, company)
    return bool(cfg["members_lead_re"].fullmatch(text, after, start) or cfg["collects_lead_re"].fullmatch(text, after, start))


def _opens_clause(text: str, place: Mention, sentence: Sentence) -> bool:
    return place.start == sentence.start or text[place.start - 1] in CLAUSE_BREAK


def _listed_as_companies(doc: AnalysedDocument, place: Mention, company: Mention, in_sentence: list[Mention], cfg: dict) -> bool:
    """After the place and no other, a company word and a bracket or colon open the list the company is in."""
    start = _list_start(doc, company)
    if any(place.end <= other.start and other.end <= start for other in in_sentence if other is not place):
        return False
    return bool(cfg["members_list_opener_re"].search(doc.norm.text, place.end, start))


def _park_referred_to(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """园区内优秀企业代表——C, 园内的 C、D: the park (or zone) a park anaphor of the sentence refers back
    to, when the company is listed as one of its members."""
    text = doc.norm.text
    for anaphor in cfg["anaphors"]["Park"]:
        at = text.rfind(anaphor, sentence.start, company.start)
        # 园内的 C、D 等企业: the anaphor and 的 right before the list say where its companies are.
        if at >= 0 and (_members_listed_after(doc, at + len(anaphor), company, cfg)
                        or text[at + len(anaphor) : _list_start(doc, company)] == "的" and anaphor.endswith("内")):
            # 该园区 refers back to the last park named; to a zone only when the article names no park.
            earlier = [m for m in doc.mentions if m.type in ("Park", "Zone") and m.end <= at and m.key]
            parks = [m for m in earlier if m.type == "Park"]
            return (parks or earlier or [None])[-1]
    return None


def _park_named_back(doc: AnalysedDocument, company: Mention, sentence: Sentence, cfg: dict) -> Mention | None:
    """该基地与C、D达成合作，举行进驻基地的签约仪式: a settling company's place is the park a 该-anaphor
    before it in the sentence refers back to (the last park named)."""
    text = doc.norm.text
    ats = [at for a in cfg["anaphors"]["Park"] if a.startswith("该") and (at := text.rfind(a, sentence.start, company.start)) >= 0]
    if not ats:
        return None
    parks = [m for m in doc.mentions if m.type == "Park" and m.key and m.end <= min(ats)]
    return max(parks, key=lambda m: m.end, default=None)


def _cluster_home(doc: AnalysedDocument, company: Mention, sentence: Sentence, places: list[Mention]) -> Mention | None:
    """临港产业园现有企业27家，以嘉冠集团为龙头的…产业集群已初具规模: a company leading a cluster is in the
    park or zone its sentence opens with (not in one merely named on the way)."""
    text = doc.norm.text
    for match in leader_pattern().finditer(text, sentence.start, sentence.end):
        if match.start(1) <= company.start and company.end <= match.end(1):
            subjects = [p for p in places if p.key and p.end <= match.start() and _opens_clause(text, p, sentence)
                        and sentence.start <= p.start]
            if not subjects and _continues_previous_subject(doc, sentence):
                # …嘉祥化工产业园累计完成投资80亿元。已初步形成了以世纪阳光为龙头的…: a sentence with no
                # subject of its own goes on about the place the sentence before opened a clause with.
                previous = doc.sentences[sentence.index - 1]
                subjects = [p for p in places if p.key and previous.start <= p.start and p.end <= previous.end
                            and _opens_clause(text, p, previous)]
            return subjects[0] if len(subjects) == 1 else None
    return None


def _continues_previous_subject(doc: AnalysedDocument, sentence: Sentence) -> bool:
    """The sentence opens with an adverb, verb or preposition (已初步形成…, 以…为龙头…) in the paragraph
    of the sentence before it."""
    tokens = doc.tokens[sentence.index]
    return (sentence.index > 0 and bool(tokens) and tokens[0].tag in SUBJECT_FOLLOWERS
            and "\n" not in doc.norm.text[doc.sentences[sentence.index - 1].end : sentence.start])


def _one_of_its_own(text: str, after: int, cfg: dict) -> bool:
    """…P 的重点企业, …P 去年引进的项目: after the place, a 的 and a company or project word in the clause."""
    tail = text[after : clause_end(text, after, PLACE_CLAUSE_BREAKS, after + cfg["membership_max_gap"])]
    return "的" in tail and any(head in tail[tail.find("的") :] for head in cfg["membership_heads"])


def _address_start(doc: AnalysedDocument, place: Mention) -> int:
    """Where a park or zone is written from, with the places of its address (在吉林省敦化经济开发区) and,
    for a park, the zone written right before it (在宽甸经济开发区城南高新技术产业园内)."""
    kinds = ("Place", "Zone") if place.type == "Park" else ("Place",)
    start = place.start
    while (address := next((m for m in doc.mentions if m.type in kinds and m.end == start and m.start < start), None)):
        start = address.start
    return start


def _builds_in(text: str, company: Mention, place_start: int, place_end: int, cfg: dict) -> bool:
    """C 拟在 P 投资建设…, C 年产10万吨…项目在 P 开工: 在 P and a verb of building, with nothing but
    adverbs or the company's project between the company and 在."""
    between = text[company.end : place_start]
    if not between.endswith("在") or len(between) > cfg["build_max_gap"] or any(ch in between for ch in PLACE_CLAUSE_BREAKS):
        return False
    lead = between[:-1]
    return text.startswith(tuple(cfg["build_verbs"]), place_end) and ("项目" in lead or _only_fillers(lead, cfg["build_fillers"]))


def _hosts_a_signing(doc: AnalysedDocument, company: Mention, cfg: dict) -> bool:
    """科工园公司与天津市全和诚科技有限责任公司签约: the first party hosts; the project settling is the partner's."""
    text = doc.norm.text
    conjunction = next((c for c in cfg["partner_conjunctions"] if text.startswith(c, company.end)), "")
    if not conjunction:
        return False
    partner = next((m for m in doc.mentions if m.type == "Company" and m.start == company.end + len(conjunction)), None)
    return partner is not None and text.startswith(tuple(cfg["signing_verbs"]), partner.end)


def _verb_leads_to(between: str, verbs: list[str]) -> bool:
    """C 落户(在) P, C 项目签约入驻(“)P: a settling verb a few characters before the place (perhaps quoted),
    in one clause (伊顿新项目签约入驻，巨高电气产业园建成投产 is two clauses)."""
    between = between.removesuffix("“")
    return not any(ch in between for ch in PLACE_CLAUSE_BREAKS) and _settled_into(between, verbs)
