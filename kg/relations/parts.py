"""partOf Park|GovernmentBody→Zone: the zone written before it, or the zone of its context; bodies of other
governments and the news desk are nobody's part.
"""

from __future__ import annotations

import re

from kg.mentions import BRACKET_CLOSE, BRACKET_OPEN, DISTRICT_WORD, staff_attend
from kg.models import AnalysedDocument, Mention
from kg.normalise import clause_end, clause_start
from kg.resources import rules
from kg.relations.common import CLAUSE_BREAK, TripleCollector, national, only_a_conjunction, relation_rules


def _listed_beside_a_zone(doc: AnalysedDocument, mention: Mention) -> bool:
    """Whether the clause lists the mention with 、 beside a zone written whole as one of its items."""
    text = doc.norm.text
    start, end = clause_start(text, mention.start, CLAUSE_BREAK), clause_end(text, mention.end, CLAUSE_BREAK)
    listed = [m for m in doc.mentions if m.type == "Zone" and not m.anaphoric and start <= m.start and m.end <= end
              and (text[m.end : m.end + 1] == "、" or text[m.start - 1 : m.start] == "、")]
    return bool(listed) and (text[mention.end : mention.end + 1] in "、等" or text[mention.start - 1 : mention.start] == "、")


def _of_a_place(doc: AnalysedDocument, mention: Mention) -> bool:
    """Whether a place and 的 are written right before the mention (青羊区的少城视井文创产业园)."""
    return doc.norm.text[mention.start - 1 : mention.start] == "的" and any(
        m.type == "Place" and m.end == mention.start - 1 for m in doc.mentions)


def parts_of_zones(doc: AnalysedDocument, collector: TripleCollector) -> None:
    """Parks and bodies belong to the zone written before them or in effect around them. A body
    only in context (税务局, 街道办事处) counts when someone leads it: most such bodies are the
    city's or a partner's, and the guideline annotates bodies that take part in another triple."""
    cfg = relation_rules()
    confidence = cfg["confidence"]
    led = {t.object for t in collector.triples.values() if t.predicate == "leads"}
    previous_body: Mention | None = None
    previous_owned = False  # whether the body before was found the zone's: a list of departments goes on from it
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        if mention.type not in ("Park", "GovernmentBody") or not mention.key or (
                mention.type == "GovernmentBody" and national(mention.text)):
            continue
        zone_key, prefixed = mention.owner, mention.prefixed
        if mention.type == "GovernmentBody" and (not prefixed or mention.text.startswith(DISTRICT_WORD)) and _listed_beside_a_zone(doc, mention):
            continue  # 区政府办、发改委、淞江产业集聚区、淞江街道等单位 (区财政局、…): the zone's peers in a district's list
        if mention.type == "Park" and not prefixed and _in_link_list(doc.norm.text, mention.start):
            continue  # a page's list of related links (山东青岛高新区 / 京津冀环保物流园 / …): nothing says where it is
        if mention.type == "Park" and not prefixed and any(m.type == "Park" and m.end == mention.start for m in doc.mentions):
            continue  # 南海子工业园区硅光伏产业基地: a base written right after its park lies in that park
        if mention.type == "Park" and not prefixed and doc.norm.text.startswith(tuple(cfg["own_committees"]), mention.end):
            continue  # 三合循环经济产业园区党工委书记: a park with a party or management committee of its own is run apart
        if mention.type == "Park" and not prefixed and _of_a_place(doc, mention):
            continue  # 蒲江县的明月村文创产业园区: the park is the place's, written as such, not the article zone's
        if mention.type == "Park" and doc.norm.text.endswith(tuple(rules("entities")["park"]["former_name_words"]), 0, mention.start):
            continue  # 前身为营口中小企业创业园区: the zone's former name, no part of it
        bracketed = _bracketed_after(doc, mention) if mention.type == "Park" else None
        if bracketed is not None and bracketed.type != "Zone":
            continue  # 聚方众创空间（金水区）: the park is where its bracket says, not in the article's zone
        if bracketed is not None:
            # 第四象限众创空间（经开区）: a zone in brackets right after a park is the zone it lies in.
            zone_key, value, rule = bracketed.key, confidence["part_of_bracketed"], "park-bracketed"
        elif mention.type == "Park":
            value = confidence["part_of_prefixed" if prefixed else "part_of_context"]
            rule = f"park-{'prefixed' if prefixed else 'context'}"
        elif prefixed or mention.rule == "body-committee-listed":
            value, rule = confidence["body_part_of_prefixed"], "governmentbody-prefixed"
        elif _writes_the_news(doc.norm.text, mention):
            value, rule = confidence["body_part_of_source"], "governmentbody-source"
        elif (previous_body is not None and _coordinated(doc.norm.text, previous_body, mention)
              and not mention.text.startswith(cfg["outside"]) and not _named_after_a_place(doc, mention) and (  # (…管委会联合县应急管理局: the county's)
              previous_body.prefixed or previous_owned and (mention.rule == "body-listed" or _closes_department_list(doc, mention, cfg)))):
            # 区纪工委、监察工作办公室: a body listed right after one of the zone's own is the zone's too, and
            # so is a list of departments going on from it (投资促进局、…管理局、科技创新局等部门).
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-coordinated"
        elif mention.rule == "body-internal-unit":
            # 精简为9个内设机构，为综合管理办公室、…: the zone's units listed after their count.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-coordinated"
        elif mention.type == "GovernmentBody" and _staff_take_part(doc, mention) and not mention.text.startswith(cfg["outside"]):
            # 党政综合办公室、科技局主要负责同志参加活动: offices whose staff take part in the zone's event.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-staff"
        elif mention.type == "GovernmentBody" and _reports_to_the_meeting(doc, mention, cfg):
            # 会上，财经局、招商局分别汇报…, 听取了经合局…的汇报: offices reporting at the zone's meeting.
            value, rule = confidence["body_part_of_coordinated"], "governmentbody-reports"
        elif _founded_by_zone(doc, mention, cfg["found_verbs"]):
            value, rule = confidence["body_part_of_founded"], "governmentbody-founded"
        elif mention.key in led:
            value, rule = confidence["body_part_of_context"], "governmentbody-context"
        else:
            previous_body, previous_owned = mention, False
            continue
        if mention.type == "GovernmentBody":
            previous_body, previous_owned = mention, True
        collector.add(mention, "partOf", zone_key, (mention.start, mention.end), value, rule)


def _in_link_list(text: str, position: int) -> bool:
    """Whether `position` lies in a run of short lines that are bare names or headlines, no sentence among them,
    after the article's text (a page's list of related links)."""
    cfg = relation_rules()
    lines = [line.strip() for line in text.split("\n")]
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    row = next(i for i in range(len(lines)) if starts[i] <= position < starts[i + 1])
    bare = [bool(line) and len(line) <= cfg["link_line_max"] and not re.search(r"[，。；、！？,.;!?]", line) for line in lines]
    first, last = row, row
    while first > 0 and bare[first - 1]:
        first -= 1
    while last + 1 < len(lines) and bare[last + 1]:
        last += 1
    # (Caption lines opening an article, before any sentence, are its photos, not links.)
    return bare[row] and last - first + 1 >= cfg["link_list_min"] and any("。" in line for line in lines[:first])


def _bracketed_after(doc: AnalysedDocument, park: Mention) -> Mention | None:
    """The zone or place that alone fills a bracket right after a park's name (…众创空间（高新区）), if any."""
    text = doc.norm.text
    if not text.startswith(BRACKET_OPEN, park.end):
        return None
    close = next((i for i in range(park.end + 1, min(len(text), park.end + 12)) if text[i] in BRACKET_CLOSE), -1)
    if close < 0:
        return None
    inside = next((m for m in doc.mentions if m.type in ("Zone", "Place") and m.start == park.end + 1 and m.end == close), None)
    words = text[park.end + 1 : close]
    if inside is None and words.endswith(tuple(rules("entities")["place"]["division_words"])):
        # 爱创海汇众创空间（郑东新区）, …（荥阳）: an area the lexicon does not know as a zone or place is still elsewhere.
        inside = Mention(start=park.end + 1, end=close, text=words, type="Place", rule="bracketed")
    return inside


def _writes_the_news(text: str, body: Mention) -> bool:
    """来源：经发局: the body named in the article's source line writes the zone's news, so it is the zone's."""
    cfg = rules("entities")["body"]
    before = text[max(0, body.start - 12) : body.start].rstrip(" \u3000")  # 发布机构： 经济发展局
    return before.endswith(tuple(cfg["source_markers"])) and not body.text.endswith(tuple(cfg["source_not_bodies"]))


def _staff_take_part(doc: AnalysedDocument, body: Mention) -> bool:
    """The body, or the list of bodies it opens or goes on (办公室、项目管理中心), is followed by its staff
    taking part (负责人参加活动); the zone's own companies may close the list (…创业中心、国控集团负责同志陪同)."""
    text = doc.norm.text
    cursor = _list_end(doc, body, ("GovernmentBody", "Company"))
    return cursor is not None and staff_attend(text, cursor) and "、" in text[clause_start(text, body.start, CLAUSE_BREAK) : cursor]


def _reports_to_the_meeting(doc: AnalysedDocument, body: Mention, cfg: dict) -> bool:
    """The body, or the list of bodies it opens, reports (财经局、招商局分别汇报了…), or its report is heard
    (听取了经合局…的汇报), in a clause of its own."""
    text = doc.norm.text
    cursor = _list_end(doc, body, ("GovernmentBody",))
    if cursor is None:
        return False
    opening = clause_start(text, body.start, CLAUSE_BREAK)
    clause = text[opening : clause_end(text, body.end, CLAUSE_BREAK)]
    heard = text[opening : body.start].endswith(tuple(cfg["report_hearing_verbs"])) and any(w in clause for w in cfg["report_words"])
    reports = next((v for v in cfg["report_verbs"] if text.startswith(v, cursor)), "")
    return heard or bool(reports) and opening == body.start and not text.startswith(tuple(cfg["report_not_before"]), cursor + len(reports))


def _list_end(doc: AnalysedDocument, first: Mention, types: tuple[str, ...]) -> int | None:
    """Where the 、-list that `first` opens or goes on ends, every item a mention of `types`; None if an item is not."""
    text = doc.norm.text
    cursor = first.end
    while text.startswith("、", cursor):
        listed = next((m for m in doc.mentions if m.type in types and m.start == cursor + 1), None)
        if listed is None:
            return None
        cursor = listed.end
    return cursor


def _closes_department_list(doc: AnalysedDocument, body: Mention, cfg: dict) -> bool:
    return doc.norm.text.startswith(tuple(cfg["department_list_closers"]), body.end)


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    """清远高新区、清城区: nothing but a conjunction between the two (or, for bodies, a word of working
    together: 区政务服务办会同规建局)."""
    between = text[first.end : second.start]
    return only_a_conjunction(text, first.end, second.start) or (
        second.type == "GovernmentBody" and between in rules("entities")["zone"]["joining_words"])


def _named_after_a_place(doc: AnalysedDocument, body: Mention) -> bool:
    """鄂尔多斯大路煤化工基地管理委员会: a body whose name opens with a named place is that place's, not the
    zone's body listed before it."""
    return any(m.type == "Place" and m.start == body.start and m.end < body.end for m in doc.mentions)


def _founded_by_zone(doc: AnalysedDocument, body: Mention, verbs: list[str]) -> bool:
    """河源国家高新区建设了…企业服务中心, 该区组建科技创新局: a body the zone sets up is its own."""
    sentence = doc.sentence_at(body.start)
    zone = max((m for m in doc.mentions if m.type == "Zone" and sentence.start <= m.start and m.end <= body.start),
               key=lambda m: m.start, default=None)
    if zone is None:
        return False
    text = doc.norm.text
    between = text[zone.end : body.start]
    if any(ch in between for ch in "。；"):
        return False
    # 成立大会: a founding written as the name of an event founds nothing here.
    events = tuple(relation_rules()["found_event_nouns"])
    verb_at = min((i for verb in verbs if (i := between.find(verb)) >= 0 and not between.startswith(events, i + len(verb))),
                  default=-1)
    if verb_at < 0:
        return False
    # 清远高新区联合清远市人社局设立…: another actor before the verb makes it a joint or someone else's act
    # (one coordinated with the zone, 清远高新区、清城区, does not); bodies listed after it are all set up.
    return not any(
        m.type in ("Place", "Company", "GovernmentBody") and zone.end <= m.start and m.end <= zone.end + verb_at
        and not _coordinated(text, zone, m)
        for m in doc.mentions
    )
