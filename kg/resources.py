"""Load the rule files (kg/rules/*.toml) and lexicons (kg/lexicons/*) shipped with the package."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def rules(name: str) -> dict[str, Any]:
    """The parsed contents of kg/rules/<name>.toml."""
    return tomllib.loads(resources.files("kg.rules").joinpath(f"{name}.toml").read_text("utf-8"))


@cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of kg/lexicons/<name>."""
    text = resources.files("kg.lexicons").joinpath(name).read_text("utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
