"""Load the rule files (kg/rules/*.toml) and lexicons (kg/lexicons/*) shipped with the package."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def rules(name: str) -> dict[str, Any]:
    """The parsed contents of kg/rules/<name>.toml."""
    return tomllib.loads(resources.files("kg.rules").joinpath(f"{name}.toml").read_text("utf-8"))


def longest_first(words) -> list[str]:
    """Distinct words, longest first, so a longer form is tried before its prefix (副书记 before 书记)."""
    return sorted(set(words), key=len, reverse=True)


def alternation(words) -> str:
    """A regex alternative of the words, longest first."""
    return "|".join(re.escape(w) for w in longest_first(words))


@cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of kg/lexicons/<name>."""
    text = resources.files("kg.lexicons").joinpath(name).read_text("utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def ontology_file(name: str) -> Path:
    """A file of the ontology folder: installed as kg.ontology_data, or ontology/ beside kg/ in a checkout."""
    try:
        return Path(str(resources.files("kg.ontology_data").joinpath(name)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology" / name
