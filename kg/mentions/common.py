"""What every finder of mentions shares: the tagger's tag classes, the token index, the entity rules and
the compiled organisation and post patterns.
"""

from __future__ import annotations

import re
from functools import cache

from kg.models import AnalysedDocument, Token
from kg.resources import alternation, longest_first, rules


# Tags of tokens that can be part of a name written before a park, company or body suffix.
# Verbs, adverbs and prepositions: never part of a name (最终促成中通 is 中通).
VERB_TAGS = {"v", "vd", "ad", "d", "p"}
NAME_TAGS = {"n", "nz", "nw", "ORG", "LOC", "j", "vn", "an", "s", "nr", "ns", "nt", "PER", "m", "a"}
CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_NAME = 24


@cache
def entity_rules() -> dict:
    return rules("entities")


LEGAL_FORMS = tuple(entity_rules()["company"]["legal_forms"])


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


@cache
def organisation_patterns():
    cfg = entity_rules()
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


@cache
def post_pattern(posts: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(posts))
