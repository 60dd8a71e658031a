"""Find typed mentions: Place, Zone, Park, Company, GovernmentBody, Person and Measure.

Each finder reads the normalised text and the tagger's tokens and returns spans; names are
recognised by patterns over suffixes, posts and structure kept in kg/rules and kg/lexicons,
never by lists of particular names. Identities are assigned later, by resolution.

One module per kind of mention (places, zones, parks, companies, bodies, people), over the shared
token index in `common` and the name boundaries in `boundaries`; `organisations` finds parks, companies and bodies
in one pass so the longest name wins.
"""

from kg.mentions.common import CJK, NAME_TAGS, TokenIndex
from kg.mentions.places import (
    DISTRICT_WORD, DIVISION_WORDS, find_places, find_zone_counties, without_division_word,
)
from kg.mentions.zones import (
    BRACKET_CLOSE, BRACKET_OPEN, BUREAU_BEFORE_ZONE, NAME_DASHES, ZONE_AREA_KINDS, ZONE_ASIDE, ZONE_KIND_WORDS,
    ZONE_OBJECT_VERBS, declared_short_name, declared_short_zones, find_zones, is_province, trade_words,
)
from kg.mentions.boundaries import ASSEMBLIES_BEFORE_ZONE, ENGINEERING_BUREAU, end_of_kind_word
from kg.mentions.people import find_people, find_user_names, people_opening_company_names
from kg.mentions.parks import (
    bare_kinds_as_parks, borders, park_suffixes, park_word_before_committees, park_word_for_the_zone,
    parks_run_as_zones,
)
from kg.mentions.companies import generic_company_name, leader_pattern
from kg.mentions.bodies import joint_unit_after, staff_attend
from kg.mentions.organisations import find_organisations

__all__ = [
    "ASSEMBLIES_BEFORE_ZONE", "BRACKET_CLOSE", "BRACKET_OPEN", "BUREAU_BEFORE_ZONE", "CJK", "DISTRICT_WORD",
    "DIVISION_WORDS", "ENGINEERING_BUREAU", "NAME_DASHES", "NAME_TAGS", "TokenIndex", "ZONE_AREA_KINDS",
    "ZONE_ASIDE", "ZONE_KIND_WORDS", "ZONE_OBJECT_VERBS", "bare_kinds_as_parks", "borders",
    "declared_short_name", "declared_short_zones", "end_of_kind_word", "find_organisations", "find_people",
    "find_places", "find_user_names", "find_zone_counties", "find_zones", "generic_company_name", "is_province",
    "joint_unit_after", "leader_pattern", "park_suffixes", "park_word_before_committees",
    "park_word_for_the_zone", "parks_run_as_zones", "people_opening_company_names", "staff_attend",
    "trade_words", "without_division_word",
]
