"""Parks, companies and government bodies found by their suffixes in one pass, so that the longest
name wins where they overlap; the list and structure finders of each kind add what suffixes miss.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon
from kg.models import AnalysedDocument, Mention
from kg.normalise import CLAUSE_BREAK, clause_start, inside_book_title
from kg.resources import rules
from kg.mentions.common import CJK, MAX_NAME, TokenIndex, entity_rules, organisation_patterns
from kg.mentions.places import DISTRICT_WORD
from kg.mentions.zones import (
    BUREAU_BEFORE_ZONE, ORG_WORDS_BEFORE_ZONE, PARK_NAME_STOP_VERBS, ZONE_OBJECT_VERBS, after_former_marker,
    inside_an_honour,
)
from kg.mentions.boundaries import (
    ASSEMBLIES_BEFORE_ZONE, ENGINEERING_BUREAU, NAME_OPENING_CONJUNCTIONS, PARK_NAME_CONJUNCTIONS,
    across_bracketed_region, across_literary_of, across_name_dot, across_number_in_name, across_place_dashes,
    across_quoted_prefix, after_a_partner_organ, after_kind_word, after_leading_person, before_bracketed_region,
    before_region_inside_name, inside_a_quoted_list, inside_counted_units, last_place_start, leading_places, only_trades, outside_place_in,
    quoted_title, through_leading_place, titled_in_clause, without_overlaps, zone_by_stem, zone_end_inside,
)
from kg.mentions.parks import (
    across_conjunction_in_a_park_list, after_a_park_and_conjunction, generic_park_descriptor, governed_parks,
    inner_park_start, parks_before_committees, parks_listed_with_a_park, parks_of_a_counted_layout,
    quoted_park_settled_in, short_parks_with_committees, subparks,
)
from kg.mentions.companies import (
    after_kind_words, companies_listed_with_a_company, counted_lists, described_companies, enterprise_named, factory_name,
    field_list, foreign_project_owner, foreign_project_owners, generic_company, introduced_lists, leading_companies,
    listed_companies, listed_project_makers, named_as_company_elsewhere, names_a_project, only_place_and_trade,
    output_owners, owner_company_end, settling_lists, through_lone_character_before_project, through_trade_words,
    trade_word_inside, trade_words_end, verbs_naming_companies, workshop_owners, zone_company_before_list_head,
)
from kg.mentions.bodies import (
    after_appointment, before_inner_post, bodies_before_posts, bodies_set_up_inside, bodies_whose_staff_attend,
    building_and_object, committees_listed, counted_internal_units, in_district_sentence, joint_unit_after,
    listed_bodies, local_division_opener, party_opening, source_bodies, zone_body_end,
)


PARK_NAME_VERBS = set(entity_rules()["park"]["name_verbs"])
GOING_VERBS = {v for v in rules("relations")["arrival_verbs"] + rules("relations")["travel_verbs"] if len(v) == 1}
COUNT_BEFORE_PARK = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[家个座所]$")
PLACEHOLDER_MARKS = tuple(entity_rules()["placeholder_marks"])
INSIDE_WORD = "内"


# Words ending the name of a town or street, which a park may be written after (汤塘镇聚宝工业园).
TOWN_WORDS = tuple(rules("relations")["town_suffixes"])


# Rules that find companies as items of a list (which may then be Latin-letter brands).
LISTED_COMPANY_RULES = ("company-list", "company-settling-list")


def find_organisations(doc: AnalysedDocument, lexicon: Lexicon, zones: list[Mention], index: TokenIndex) -> list[Mention]:
    """Parks, companies and government bodies, by suffix with the name's left edge from the tagger."""
    patterns = organisation_patterns()
    text = doc.norm.text
    found: list[Mention] = []

    def add(start: int, end: int, kind: str, rule: str, confidence: float = 1.0, place: str = "") -> None:
        if kind == "GovernmentBody":
            # 开发 | 区招商局: the tagger cut inside the zone's word; the body opens with the whole zone.
            start = next((z.start for z in zones if z.start < start < z.end), start)
        name_start, owner = zone_end_inside(zones, start, end)
        if kind == "GovernmentBody" and owner is not None and text.endswith(ZONE_OBJECT_VERBS + ASSEMBLIES_BEFORE_ZONE, 0, owner.start):
            return  # 市推动德州运河经济开发区改革创新领导小组, 人大常委会经开区工委: another organ's unit for the zone
        if kind == "GovernmentBody" and owner is not None and text.endswith(BUREAU_BEFORE_ZONE, 0, owner.start):
            # 税务局高新区分局: the bureau's branch for the zone, named from the bureau, not the zone's body.
            name_start, owner = index.name_start(owner.start, floor=max(0, owner.start - MAX_NAME)), None
            start = name_start
        if kind == "GovernmentBody" and owner is None:
            owner = zone_by_stem(text[start:end], zones, lexicon)
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
            kind == "Company" and not generic_company(text[name_start:end], patterns, after_zone=False)
            and not any(word in text[name_start:end] for word in entity_rules()["company"]["zone_company_words"]))
        if text[name_start:end].count("）") > text[name_start:end].count("（") and text[name_start - 1 : name_start] == "（":
            # 英东（唐山）科技集团有限公司 when the tagger cut at the bracket: the name opens before it.
            opening = index.name_start(name_start - 1, floor=max(0, name_start - 1 - MAX_NAME))
            if opening == name_start - 1:
                return
            name_start = opening
        # 海州工业园合诚复合材料有限公司: a park read into the company's name opens it; the name starts after it.
        park_opening = next((p for p in found if kind == "Company" and p.type == "Park" and p.start == name_start
                             and p.end <= end - 2 and not generic_company(text[p.end : end], patterns, after_zone=False)
                             and not text.startswith(tuple(entity_rules()["park"]["developer_words"]), p.end)), None)
        if park_opening is not None:
            name_start = park_opening.end
            # 龙净智慧环保产业园和福龙马集团 read as one word: the park and the company are listed.
            name_start += len(next((c for c in PARK_NAME_CONJUNCTIONS if text.startswith(c, name_start)), ""))
        if kind == "Company" and (first := index.token_at(name_start)) is not None and first[1].start == name_start and (
                first[1].text in entity_rules()["company_words"]["leading_prepositions"] and first[1].end <= end - 2):
            name_start = first[1].end  # 是继|山能集团…: the preposition read as a word of its own opens no name
        # 对万里化工园区内远安美佳美…公司: 内 right after a park or zone says the company is inside it.
        if kind == "Company" and text.startswith(INSIDE_WORD, name_start) and any(
                p.end == name_start for p in [*zones, *found] if p.type in ("Park", "Zone")):
            name_start += len(INSIDE_WORD)
        if kind == "Company":
            # 区管委会祝淮建集团 read as one word: a committee inside is no part of a company's name; it begins after it.
            name_start = max([name_start] + [i + len(c) for c in entity_rules()["zone"]["bare_committees"]
                                             if (i := text.rfind(c, name_start, end)) >= 0])
            # 园区运营公司智创菁汇孵化器管理有限公司: a kind of company written before the name is its apposition.
            inner = text.find("公司", name_start, end - 2)
            if (inner >= 0 and end - inner - 2 >= 4 and generic_company(text[name_start : inner + 2], patterns, after_zone=False)
                    and not generic_company(text[inner + 2 : end], patterns, after_zone=False)):
                name_start = inner + 2
            # 全球最大笔电枢轴生产企业新日兴公司: words of what kind of company it is are no part of its name.
            name_start = max(name_start, after_kind_words(text, name_start, end)[0])
        name = text[name_start:end]
        if any(mark in text[max(0, name_start - 2) : end] for mark in PLACEHOLDER_MARKS):
            return  # XX板式家具产业园区: a name the report left out
        latin_park = kind == "Park" and (name[0].isascii() and name[0].isalpha() or name[0] == "“")  # VC·产业园, “长三角”…产业园
        # 已有CATL、小鹏汽车等企业落户: an item of a list of companies may be a Latin-letter brand.
        latin_company = kind == "Company" and rule in LISTED_COMPANY_RULES and len(name) >= 3 and name.isascii() and name.isalpha()
        if len(name) < 2 or not (CJK.match(name[0]) or latin_park or latin_company) or (kind == "GovernmentBody" and re.search(r"\d", name)):
            return
        if kind == "Company" and (generic_company(name, patterns, after_zone=owner is not None)
                                  or name.endswith(tuple(entity_rules()["company"]["team_endings"]))
                                  or text.startswith(patterns["byline_words"], end)
                                  or patterns["ranking_after"].match(text, end) or patterns["system_after"].match(text, end)
                                  or text[:name_start].endswith(patterns["anonymous"])
                                  or inside_counted_units(text, name_start, end)):
            return
        if kind != "Company" and outside_place_in(name, lexicon, anywhere=kind == "GovernmentBody"):
            return  # 清远市人社局, 广东省政务服务数据管理局: the city's or province's, not the zone's
        if kind == "GovernmentBody" and patterns["company"].search(name):
            # 南沙保税区公司招商服务中心, 中化泉州石化有限公司办公室: a department of a company, not a body
            return
        found.append(
            Mention(
                start=name_start, end=end, text=name, type=kind, rule=rule, confidence=confidence,
                prefixed=owner is not None or straddled is not None or (
                    text[name_start : name_start + 1] == DISTRICT_WORD and not in_district_sentence(text, name_start))
                or (kind == "GovernmentBody" and any(joint_unit_after(text, z.end) == (name_start, end) for z in zones)),
                written_from=(party_opening(text, owner.start) if kind == "GovernmentBody" else owner.start) if named_after
                else name_start - len(place) if place else -1, place=place,
            )
        )

    company_words = verbs_naming_companies(text, index, patterns)
    for match in patterns["park"].finditer(text):
        if any((z.end == match.end() or z.start <= match.start() and match.end() < z.end) and not z.anaphoric for z in zones):
            continue  # 德阳高新技术产业园, 台州湾…集聚区（高新技术产业园区…）: the zone's own name or aside, not a park
        if (inside_book_title(text, match.start(), match.end()) or inside_an_honour(text, match.start(), match.end())
                or inside_a_quoted_list(text, match.start(), match.end())):
            continue  # 《…建设未来科技城…行动计划》, 被认定为“…示范产业集聚区”, “…、生态产业园”: part of a title, honour or slogan
        if ((last := index.token_at(match.end() - 1)) is not None and last[1].end == match.end() + 1
                and len(last[1].text) <= 3):
            continue  # 现代新兴产业城市: the park word's last character opens a short word (城市)
        # 340亩智谷科技产业园: a measure of its size is not part of a park's name.
        start = index.name_start(match.start(), floor=max(0, match.start() - MAX_NAME), stop_tags={"m"},
                                 stop=PARK_NAME_STOP_VERBS, through=PARK_NAME_VERBS | company_words)
        if match.start() - start == 1 and start > 0 and text[start - 1] in NAME_OPENING_CONJUNCTIONS:
            start -= 1  # 宁县|和/c|盛/a|工业集中区: one character is no name; the conjunction before it opens the name
        start = across_number_in_name(text, start, index)
        whole = index.token_at(match.start())
        if (start == match.start() and whole is not None and whole[1].end == match.end() and match.start() - whole[1].start >= 2
                and (before := index.token_at(whole[1].start - 1)) is not None and before[1].tag == "LOC"
                and (before[1].text.endswith(TOWN_WORDS) or lexicon.place(before[1].text) is not None)):
            start = whole[1].start  # 汤塘镇|聚宝工业园/v: after its town, the park's whole name read as one word, whatever its tag
        start = across_name_dot(text, across_bracketed_region(text, start, index, lexicon), index)
        start = after_a_park_and_conjunction(text, across_conjunction_in_a_park_list(text, start, index, found, zones), match.start())
        start = across_place_dashes(text, start, index, lexicon)
        start = across_literary_of(text, start, index)
        start = across_quoted_prefix(text, start, match.start())
        name_start, _ = zone_end_inside(zones, start, match.end())
        if (former_end := after_former_marker(text, name_start, match.start(), lexicon)) > name_start:
            start = name_start = former_end
        place = ""
        if outside_place_in(text[name_start : match.end()], lexicon):
            # 上海市金山区枫泾工业园区: the address is not part of the name, and the park is the city's.
            # (韶关产业转移工业园: with nothing but the place before the kind, the place is the name; 开封市台湾工业园:
            # with places only, the last names it and those before are its address.)
            places_end = leading_places(text[name_start : match.start()], lexicon)
            if places_end == match.start() - name_start:
                places_end = last_place_start(text[name_start : match.start()], lexicon)
            place = text[name_start : name_start + places_end]
            start = name_start = name_start + len(place)
        owner_end = owner_company_end(text[name_start : match.start()], lexicon, patterns)
        if owner_end:
            start = name_start = name_start + owner_end
        opener = next((w for w in patterns["park_not_openers"] if text.startswith(w, name_start)), "") or local_division_opener(
            text, name_start, lexicon)
        inner = len(opener) or inner_park_start(text[name_start : match.start()], patterns["park_min"])
        if inner:
            start = name_start = name_start + inner
        descriptor = text[name_start : match.start()]
        quoted = quoted_park_settled_in(text, match.start(), match.end())
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
        if len(descriptor) < patterns["park_min"] or (generic_park_descriptor(descriptor, lexicon, after_zone) and not place_named):
            continue
        if COUNT_BEFORE_PARK.search(text, max(0, name_start - 6), name_start):
            continue  # 河南省18家大数据产业园区之一: parks of a kind counted, not one by name
        if text.endswith(tuple(entity_rules()["park"]["size_classes"]), 0, name_start):
            continue  # 百亿级电子信息产业园: a park of a size class, not one by name
        if text.startswith(tuple(entity_rules()["park"]["class_list_words"]), match.end()):
            continue  # 公布2019年度江苏省大数据产业园名单: the list of a class of parks, not one by name
        if any(text.endswith(word, max(0, name_start - 8), name_start - k) for word in entity_rules()["zone"]["honour_words"]
               for k in range(0, 5)):
            continue  # 智慧物流产业园入选市十佳电商产业园: a title the park is given, not a park
        described = text[clause_start(text, name_start, CLAUSE_BREAK) : name_start]
        if described.endswith("的") and (any(w in described for w in entity_rules()["park"]["described_park_openers"]) or (
                any(w in described for w in entity_rules()["park"]["goal_verbs"]) and only_trades(descriptor))):
            continue  # 成为…首个投产的山海协作产业飞地, 打造长三角地区重要的新材料产业基地: what the park is or is to be
        local = next((w for w in entity_rules()["zone"]["local_place_words"] if described.endswith(w)), "")
        if only_trades(descriptor) and described.removesuffix(local).endswith(tuple(entity_rules()["park"]["goal_verbs"])):
            continue  # 聚力打造我市航空装备制造产业基地: a park of trades alone right after a verb of building is a goal
        if match.group() in patterns["park_place_opened"] and not after_zone and not leading_places(descriptor, lexicon):
            continue  # 海关业务及监管功能区: a part of a plan, not a named park
        if quoted_title(text, start, match.end()) or titled_in_clause(text, start, match.group()):
            continue
        add(start, match.end(), "Park", "park-suffix", place=place)

    for start, end in subparks(text, zones, index, lexicon) + governed_parks(text, zones, index, lexicon) + parks_of_a_counted_layout(
            text, index, lexicon):
        add(start, end, "Park", "park-of-zone")

    for token in index.tokens:
        if token.tag != "ORG":
            continue
        if after_a_partner_organ(token.text, 0, len(token.text)) == len(token.text):
            continue  # 六安市政府与: an organ and the conjunction opening its partner, no organisation's name
        if foreign_project_owner(text, index, token.start) is not None:
            continue  # 德国艾博歌汽车零部件…项目: the maker's name alone is taken below
        if patterns["company_end"].search(token.text) or factory_name(token.text, patterns):
            # 富贵家电器项目投资商宁波华彩电器有限公司 read as one word: the name follows the company's role.
            role_end = max((at + len(w) for w in rules("relations")["role_kind_words"]
                            if (at := token.text.rfind(w)) >= 0 and len(token.text) - at - len(w) >= 4), default=0)
            add(token.start + role_end if role_end else through_leading_place(index, token.start, lexicon), token.end,
                "Company", "org-company-suffix")
        elif (token.text.endswith(patterns["industry"]) and not only_place_and_trade(token.text, lexicon, patterns)
              and not text.endswith(tuple(entity_rules()["company_words"]["topic_verbs"]), 0, token.start)
              and not field_list().match(text, token.end)):
            add(through_leading_place(index, token.start, lexicon), through_trade_words(text, index, token.end, patterns["industry"]),
                "Company", "org-industry-word", 0.8)
        elif ((extended := through_trade_words(text, index, token.end, patterns["industry"])) > token.end
              and not only_place_and_trade(text[token.start : extended], lexicon, patterns)):
            # 长天|新能源、金博碳素: an organisation the tagger ends before its trade word, at a list's mark.
            add(through_leading_place(index, token.start, lexicon), extended, "Company", "org-industry-word", 0.8)
        elif named_as_company_elsewhere(text, token.text, patterns):
            # 斗山科 after 韩国斗山科公司: a name written elsewhere with a company suffix is the company's short name.
            add(token.start, token.end, "Company", "org-company-elsewhere", 0.8)
        elif ENGINEERING_BUREAU.fullmatch(token.text):
            add(token.start, token.end, "Company", "org-engineering-bureau", 0.8)  # 中建二局: a state builder's bureau is a company
        elif (body_end := patterns["body_end"].search(token.text)) and body_end.start() >= 2 and not enterprise_named(text, token.end):
            # An office's name has two characters before its suffix (万科 is a company, not 万's section 科).
            # 市人社局 is the city's; 市高新区投资促进局 opens with the zone (市高新区), so it is the zone's.
            opening = next((z.end for z in zones if z.start == token.start and z.end < token.end), token.start)
            if (not token.text.startswith(patterns["outside"]) or opening > token.start) and (
                    not building_and_object(text[opening : token.end], token.start + body_end.start() - opening)):
                # (施金国代表管委会: what a person acts for is the body, not the person.)
                acting = max((token.text.find(v) + len(v) for v in entity_rules()["person"]["acting_verbs"] if v in token.text), default=0)
                add(token.start + acting, token.start + before_inner_post(token.text, patterns, lexicon), "GovernmentBody", "org-body-suffix")
        elif token.text.endswith(ORG_WORDS_BEFORE_ZONE):
            continue  # 市政协开展“推进园区…”专题调研: a party or state organ, whatever verb follows, is no company
        elif (patterns["settles"].match(text, token.end) or patterns["settles"].search(text, token.end, token.end + 6)
              or patterns["project_settles"].match(text, token.end)) and not only_place_and_trade(token.text, lexicon, patterns):
            # 伊顿新项目签约入驻: an organisation whose project settles is a company.
            add(token.start, through_lone_character_before_project(text, index, token.end), "Company", "org-settles", 0.7)
        elif names_a_project(text, index, token.end) and not only_place_and_trade(token.text, lexicon, patterns):
            # 智泰|新能源|20GWh储能电池项目: the trade word the tagger left out is the name's; 威达重工数控铣|镗床…基地:
            # the product the tagger read into the name is not.
            end = token.start + trade_word_inside(token.text, patterns["industry"])
            traded = trade_words_end(index, token.end, patterns["industry"]) if end == token.end else end
            add(token.start, traded if traded == end or names_a_project(text, index, traded) else token.end, "Company", "org-project", 0.7)

    for match in patterns["company"].finditer(text):
        anchor = before_bracketed_region(text, match.start(), lexicon)
        # 带队来济高控股集团: a verb of going the tagger reads as a name of its own opens no company's name.
        start = index.name_start(anchor, floor=max(0, anchor - MAX_NAME), stop_tags={"m"}, stop=GOING_VERBS)

        start = after_leading_person(text, across_bracketed_region(text, start, index, lexicon), index, lexicon)
        start = after_kind_word(text, index, after_a_partner_organ(text, start, anchor), anchor)
        if start >= anchor:
            start = before_region_inside_name(text, anchor, index, lexicon)
        if start < anchor:
            add(start, match.end(), "Company", "company-suffix", 0.9)

    # The structure finders of companies, in order: a later one may read what the earlier ones found (settling
    # lists the parks found so far, siblings the companies).
    company_finders = (
        (lambda: listed_companies(text, lexicon, index), "company-list", 0.8),
        (lambda: counted_lists(text, lexicon, index), "company-list", 0.8),
        (lambda: introduced_lists(text, lexicon, index), "company-list", 0.8),
        (lambda: settling_lists(text, lexicon, index, zones + [m for m in found if m.type == "Park"]), "company-settling-list", 0.8),
        (lambda: described_companies(text, index), "company-described", 0.8),
        (lambda: workshop_owners(text, index), "company-workshop", 0.7),
        (lambda: zone_company_before_list_head(text, zones, index), "company-of-zone-listed", 0.8),
        (lambda: leading_companies(text, lexicon, index), "company-leader", 0.8),
        (lambda: foreign_project_owners(text, index), "company-foreign-project", 0.8),
        (lambda: listed_project_makers(text, index, lexicon), "company-listed-project", 0.7),
        (lambda: output_owners(text, lexicon, index), "company-output-owner", 0.8),
        (lambda: companies_listed_with_a_company(text, lexicon, index, found, zones), "company-list-sibling", 0.7),
    )
    for finder, rule, confidence in company_finders:
        for start, end in finder():
            add(start, end, "Company", rule, confidence)

    for start, end in counted_internal_units(text, zones, index, patterns):
        add(start, end, "GovernmentBody", "body-internal-unit", 0.8)

    for match in patterns["body_untagged"].finditer(text):
        start = after_appointment(text, index.name_start(match.start(), floor=max(0, match.start() - 12)), match.start())
        if start < match.start() and not text[start:].startswith(patterns["outside"]):
            add(start, start + before_inner_post(text[start : match.end()], patterns, lexicon), "GovernmentBody", "body-suffix", 0.8)

    for start, end in source_bodies(text, lexicon, patterns):
        add(start, end, "GovernmentBody", "body-source", 0.8)

    for zone in zones:
        end = zone_body_end(text, zone, index, patterns)
        if end is not None and not text.endswith(BUREAU_BEFORE_ZONE, 0, zone.start):  # (税务局高新区分局: see add)
            add(zone.start, end, "GovernmentBody", "zone-body", 0.9)

    for start, end in listed_bodies(text, [m for m in found if m.type == "GovernmentBody"], index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in bodies_set_up_inside(text, zones, index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in bodies_whose_staff_attend(text, index, patterns):
        add(start, end, "GovernmentBody", "body-listed", 0.8)

    for start, end in committees_listed(text, [m for m in found if m.type == "GovernmentBody"]):
        add(start, end, "GovernmentBody", "body-committee-listed", 0.9)

    for start, end in bodies_before_posts(text, lexicon, index, patterns):
        add(start, end, "GovernmentBody", "body-before-post", 0.8)

    for start, end in short_parks_with_committees(text, found, zones, lexicon):
        add(start, end, "Park", "park-suffix")

    for start, end in parks_listed_with_a_park(text, [m for m in found if m.type == "Park"], index, lexicon):
        add(start, end, "Park", "park-listed")

    institutions = tuple(entity_rules()["company"]["institution_endings"])
    found = [m for m in found if not (m.type == "Company" and m.text.endswith(institutions))]
    return parks_before_committees(without_overlaps(found), found, text)
