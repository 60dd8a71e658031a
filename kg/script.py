"""Read articles written in traditional characters as simplified ones.

Lexicons, rules and the tagger are simplified, and one zone written 蘇州工業園區 on one page and
苏州工业园区 on another must be one node. OpenCC's tables come inside its wheel, so this runs offline.
The conversion keeps the text's length, so every offset still points into the file as read.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

from kg.resources import rules

_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _variants() -> dict[int, str]:
    return str.maketrans(rules("normalise")["variant_characters"])


def to_simplified(text: str) -> str:
    """`text` in simplified characters when it is written in traditional ones, else unchanged but for
    variant forms OpenCC keeps (陜西 is 陕西).

    A text counts as traditional when converting it changes a share of its Chinese characters
    above the rules' threshold; a simplified article quoting one traditional name stays as written.
    """
    text = text.translate(_variants())
    han = len(_HAN.findall(text))
    if not han:
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):  # OpenCC's t2s tables map one character to one; offsets come first
        return text
    changed = sum(a != b for a, b in zip(text, converted))
    return converted if changed / han >= rules("normalise")["traditional_share"] else text
