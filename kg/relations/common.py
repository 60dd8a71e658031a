"""What every relation finder shares: the relation rules compiled once, the collector that keeps one
triple per (subject, predicate, object) with its evidence, and lookups of the mentions around a position.
"""

from __future__ import annotations

import re
from functools import cache

from kg.mentions import CJK
from kg.models import AnalysedDocument, Evidence, Mention, Triple
from kg.normalise import original_span
from kg.resources import alternation, longest_first, rules


ORGANISATION_TYPES = ("Company", "Zone", "Park", "GovernmentBody")
CLAUSE_BREAK = "，。；：！？“”\n"


# Tags of the word after a clause's subject: a verb, an adverb or a preposition (白泽湖乡将…).
SUBJECT_FOLLOWERS = {"v", "d", "ad", "p"}
SKIP_LEADING_TAGS = {"p", "v", "d", "c", "u", "r", "w", "TIME", "m", "q", "f", "ad", "vd", "xc"}


@cache
def relation_rules() -> dict:
    cfg = dict(rules("relations"))
    entities = rules("entities")
    cfg["committees"] = tuple(longest_first(entities["body"]["zone_committees"]))
    cfg["touring_party_re"] = re.compile(f"(?:{alternation(cfg['touring_parties'])})(?:先后|依次|分别)?(?:{alternation(cfg['touring_verbs'])})了?[^。；]*$")
    cfg["tour_list_re"] = re.compile(f"等[^，。；]{{0,12}}?(?:{alternation(cfg['tour_list_heads'])})[^，。；]{{0,12}}?(?:{alternation(cfg['tour_list_verbs'])})")
    cfg["committee_party_groups"] = tuple(entities["body"]["committee_party_groups"])
    cfg["national"] = tuple(entities["body"]["national_prefixes"] + entities["body"]["national_organs"])
    cfg["outside"] = tuple(entities["body"]["outside_prefixes"]) + cfg["national"]
    cfg["foreign_organs"] = cfg["foreign_organs"] + entities["body"]["national_organs"]
    cfg["city_body_re"] = re.compile(f"(?:{alternation(cfg['city_owned_openers'])})[\u4e00-\u9fff]{{1,{cfg['city_body_max']}}}?"
                                     f"(?:{alternation(longest_first(entities['body']['suffixes']))})")
    cfg["national_agencies"] = tuple(entities["body"]["national_agencies"])
    cfg["body_suffixes"] = tuple(entities["body"]["suffixes"])
    cfg["company_suffixes"] = tuple(entities["company"]["suffixes"])
    cfg["park_words"] = tuple(entities["park"]["suffixes"] + entities["park"]["committee_park_words"])
    cfg["town_suffixes"] = tuple(cfg["town_suffixes"])
    cfg["alias_note_openers"] = tuple(cfg["alias_note_openers"])
    cfg["clause_locate_re"] = re.compile(alternation(cfg["clause_locate_verbs"]))
    cfg["guests_attend_re"] = re.compile(f"(?:{alternation(cfg['guest_words'])})[^，。；]{{0,4}}?(?:{alternation(cfg['attending_verbs'])})")
    # 安徽大梁机械有限公司，由…投资: a sentence opening with a company's full name and a comma.
    cfg["company_opening_re"] = re.compile(f"[^，。；,]{{2,30}}?(?:{alternation(entities['company']['suffixes'])})[，,]")
    cfg["approving_government_re"] = re.compile(cfg["approving_government"])
    cfg["directive_re"] = re.compile(f"(?:{alternation(cfg['directive_openers'])})[^，。；]*?(?:{alternation(cfg['directive_closers'])})")
    cfg["members_lead_re"] = re.compile(
        f"(?:内|里|中)?的?[\u4e00-\u9fff]{{0,{cfg['members_max_descriptor']}}}?(?:{alternation(cfg['members_heads'])})"
        f"(?:{alternation(cfg['members_openers'])})?"
    )
    cfg["members_list_opener_re"] = re.compile(
        f"(?:{alternation(cfg['members_heads'])})"
        f"(?:{alternation([o for o in cfg['members_openers'] if not CJK.search(o)])}"
        f"|[\u4e00-\u9fff]{{0,{cfg['members_bracket_gap']}}}{cfg['members_list_bracket']})$"
    )
    # 该园区已集聚包括 C、D 等企业: the place's own verb of gathering companies, then the list.
    cfg["collects_lead_re"] = re.compile(
        f"[\u4e00-\u9fff]{{0,{cfg['members_max_descriptor']}}}?(?:{alternation(cfg['introduce_verbs'])})[了着]?"
        f"(?:{alternation(entities['company']['list_openers'])})?"
    )
    cfg["tour_re"] = re.compile(f"(?:{alternation(cfg['tour_verbs'])})(?:{alternation(cfg['tour_adverbs'])})?$")
    cfg["bare_park_words"] = tuple(entities["park"]["committee_any_park_forms"])
    # Words that, after a city, open a zone's or park's short name (苏州|园区招商局), not a city's body.
    cfg["zone_words_after_city"] = tuple(kind for kind, _ in entities["zone"]["kinds"]) + cfg["bare_park_words"]
    cfg["anaphors"] = {
        "Company": tuple(entities["company"]["anaphors"]),
        "Park": tuple(entities["park"]["anaphors"]),
        "GovernmentBody": tuple(entities["body"]["anaphors"]),
    }
    return cfg


def national(body: str) -> bool:
    """A ministry's or the state's agency's body (农业部科技发展中心, 北京海关企业管理处): nothing of the zone's."""
    cfg = relation_rules()
    return body.startswith(cfg["national"]) or any(agency in body for agency in cfg["national_agencies"])


class TripleCollector:
    """Builds triples with evidence; keeps one row per (subject, predicate, object) per document."""

    def __init__(self, doc: AnalysedDocument):
        self.doc = doc
        self.triples: dict[tuple[str, str, str], Triple] = {}

    def add(self, subject: Mention | str, predicate: str, obj: Mention | str, span: tuple[int, int],
            confidence: float, rule: str, title: str = "") -> None:
        subject_key = self._key(subject)
        object_key = self._key(obj)
        if not subject_key or not object_key or subject_key == object_key:
            return
        sentence = self.doc.sentence_at(span[0])
        start, end = original_span(self.doc.norm, span[0], span[1])
        evidence = Evidence(doc=self.doc.raw.id, sentence=self.surface(sentence.start, sentence.end), start=start, end=end)
        triple = Triple(subject=subject_key, predicate=predicate, object=object_key, title=title,
                        evidence=evidence, confidence=round(confidence, 3), rule=rule)
        current = self.triples.get((subject_key, predicate, object_key))
        if current is None or triple.confidence > current.confidence:
            self.triples[(subject_key, predicate, object_key)] = triple

    @staticmethod
    def _key(item: Mention | str) -> str:
        return item.key if isinstance(item, Mention) else item

    def surface(self, start: int, end: int) -> str:
        """The original characters behind a normalised span (dropped line breaks stay dropped)."""
        original = self.doc.raw.text
        return "".join(original[i] for i in self.doc.norm.offsets[start:end])


def mention_in(doc: AnalysedDocument, kind: str, start: int, end: int) -> Mention | None:
    best = None
    for mention in doc.mentions:
        if mention.type == kind and mention.start >= start and mention.end <= end:
            if best is None or mention.end - mention.start > best.end - best.start:
                best = mention
    return best


def previous_mention(doc: AnalysedDocument, kind: str, position: int, anaphor: str = "") -> Mention | None:
    """The organisation an anaphor refers back to: the nearest one before it (not a customer goods are sent
    to: 发往吉利汽车), and for 该公司 or 该集团 the nearest whose name ends so (A公司和B研究总院入驻…该公司总裁 is A's)."""
    destinations = tuple(relation_rules()["destination_verbs"])
    earlier = [m for m in doc.mentions if m.type == kind and m.end <= position and not m.anaphoric
               and not doc.norm.text.endswith(destinations, 0, m.start)]
    ending = anaphor.removeprefix("该") if anaphor.startswith("该") else ""
    alike = [m for m in earlier if ending and m.text.endswith(ending)]
    return (alike or earlier or [None])[-1]


def article_park(doc: AnalysedDocument, zone_sentences: int) -> Mention | None:
    """The park an article is about: the one named in the most sentences, when that is at least as
    often as the article-zone default asks of a zone and more often than the article names its zone."""
    sentences: dict[str, set[int]] = {}
    first: dict[str, Mention] = {}
    for mention in doc.mentions:
        if mention.type == "Park" and mention.key:
            sentences.setdefault(mention.key, set()).add(doc.sentence_at(mention.start).index)
            first.setdefault(mention.key, mention)
    ranked = sorted(sentences, key=lambda key: -len(sentences[key]))
    if ranked and len(sentences[ranked[0]]) <= zone_sentences:
        return None
    if len(ranked) == 1 and min(sentences[ranked[0]]) < rules("relations")["lead_sentences"]:
        return first[ranked[0]]  # 普定工业园区内各企业已陆续开工: the one park the lead names is the article's
    if not ranked or len(sentences[ranked[0]]) < rules("relations")["default_zone_min_sentences"]:
        return None
    if len(ranked) > 1 and len(sentences[ranked[1]]) == len(sentences[ranked[0]]):
        return None
    return first[ranked[0]]


def only_a_conjunction(text: str, start: int, end: int) -> bool:
    return text[start:end] in rules("measures")["coordinators"]
