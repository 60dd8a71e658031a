"""Places: administrative divisions from the lexicon, and the counties a zone's name opens with.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon
from kg.models import AnalysedDocument, Mention
from kg.mentions.common import entity_rules


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
        if text[end - 1 : end + 1] in entity_rules()["place"]["scope_words"]:
            continue  # 探索县域: the division suffix opens a word (县域), the place is none (索县)
        if form != place.short and text.startswith(tuple(entity_rules()["place"]["division_led_words"]), end - 1):
            # 绵阳市场信息网: the division suffix opens a word (市场); the place is written short (绵阳)
            if lexicon.place(form[:-1]) is not place:
                continue
            form, end = form[:-1], end - 1
        if (len(form) == 2 and form.endswith(tuple(entity_rules()["place"]["head_post_divisions"]))
                and text.startswith(entity_rules()["place"]["head_post_after_division"], end)):
            continue  # 代县长: an acting county head, not 代县
        if not names_a_place_here(text, begin, form, lexicon):
            continue
        if any(w in text[max(0, begin - len(w)) : end + len(w)] for w in entity_rules()["place"]["words_holding_places"]):
            continue  # 出海口: a word that holds the name
        mentions.append(Mention(start=begin, end=end, text=form, type="Place", rule="admin-lexicon", place=place.name))
    return mentions


DIVISION_WORDS = entity_rules()["place"]["division_words"]
DISTRICT_WORD = "区"  # 区财政局: written alone before a body, the district's or, outside a district's sentence, the zone's
BELOW_PROVINCE_WORDS = DIVISION_WORDS.replace("省", "")  # a province's 省 never stands inside a park's name


def _glued_to_division(text: str, end: int) -> bool:
    """泰兴市, 金华区: a division suffix right after a short form (not opening a word such as 区域)."""
    return text[end : end + 1] in tuple(DIVISION_WORDS) and not text.startswith(
        tuple(entity_rules()["place"]["division_led_words"]), end)


def without_division_word(name: str) -> list[str]:
    """剑河县工业园区 → 剑河工业园区: a name that opens with a place written with its division word
    (县, 市, 区), written without it."""
    return [name[:at] + name[at + 1 :] for at in range(2, 5) if name[at : at + 1] in BELOW_PROVINCE_WORDS]


def names_a_place_here(text: str, position: int, form: str, lexicon: Lexicon) -> bool:
    """A district whose name is a common word (主城区, 东区) names it only right after its city."""
    if form not in entity_rules()["place"]["common_word_names"]:
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
