"""Clean article text for matching while keeping a map back to the original characters.

Joins lines hard-wrapped mid-sentence, drops markdown marks, bullets and photo credits,
cuts pinyin printed as reading aids, folds full-/half-width punctuation to one form, drops
verbatim repeated paragraphs and reads traditional characters as simplified.
Every kept character remembers its original offset, so evidence points into the file as read.
"""

from __future__ import annotations

import re
from functools import cache

from kg.models import NormalisedText
from kg.resources import rules
from kg.script import to_simplified

# ASCII punctuation is folded to the full-width form Chinese text uses, and the corner quotes of Hong
# Kong and Taiwan text (「放管服」集成改革) to the curly quotes of the mainland, so rules match either.
_PUNCTUATION_FOLD = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
                                   "「": "“", "」": "”", "『": "‘", "』": "’"})
# Full-width letters and digits are folded to ASCII, the ideographic space to a space.
_WIDTH_FOLD = str.maketrans(
    {chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF5B) if chr(code - 0xFEE0).isalnum()}
    | {"\u3000": " "}
)


def fold_width(text: str) -> str:
    """Fold one string the way `normalise` folds document text (same length)."""
    return text.translate(_WIDTH_FOLD).translate(_PUNCTUATION_FOLD)


_MARKS = re.compile(r"[“”\"'‘’《》「」\s]")


def strip_marks(name: str) -> str:
    """A name as compared: widths folded, quotes, book-title marks and spaces removed."""
    return _MARKS.sub("", fold_width(name))


CLAUSE_BREAK = "，。；：！？\n"  # marks that end a clause in normalised text


def clause_start(text: str, position: int, breaks: str = CLAUSE_BREAK, floor: int = 0) -> int:
    """Where the clause holding `position` begins: right after the last break before it (not before `floor`)."""
    return max([floor] + [text.rfind(mark, floor, position) + 1 for mark in breaks])


def clause_end(text: str, position: int, breaks: str = CLAUSE_BREAK, end: int | None = None) -> int:
    """Where the clause holding `position` ends: at the first break from it on (before `end`), or at `end`
    (the text's end by default)."""
    end = len(text) if end is None else end
    return min([i for i in (text.find(mark, position, end) for mark in breaks) if i >= 0] + [end])


def inside_book_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a 《…》 title (a quote or a park named in a document's title)."""
    return any(m.start() < start and end < m.end() for m in re.finditer(r"《[^《》]*》", text))


@cache
def _compiled() -> dict:
    cfg = rules("normalise")
    return {
        "drop": [re.compile(p) for p in cfg["drop_line_patterns"]],
        "trailing": [re.compile(p) for p in cfg["trailing_patterns"]],
        "heading": re.compile(cfg["heading_pattern"]),
        "reading_aid": re.compile(cfg["reading_aid_pattern"]),
        "ticker": re.compile(cfg["ticker_pattern"]),
        "number_gap": re.compile(cfg["number_gap_pattern"]),
        "quote_gap": re.compile(cfg["quote_gap_pattern"]),
        "punctuation_gap": re.compile(cfg["punctuation_gap_pattern"]),
        "table_cell_end": re.compile(cfg["table_cell_end"]),
        "cell_gap": re.compile(cfg["cell_gap_pattern"]),
        "bullet": re.compile(cfg["bullet_pattern"]),
        "final": set(cfg["sentence_final"]),
        "end_inside": set(cfg["sentence_end_inside"]),
        "clause_marks": set(cfg["clause_marks"]),
        "min_wrapped": cfg["min_wrapped_line"],
        "opening": set(cfg["opening_marks"]),
        "closing": set(cfg["closing_marks"]),
        "continuation": set(cfg["continuation_marks"]),
        "headline_gap": re.compile(cfg["headline_gap"]),
        "min_repeat": cfg["min_repeat_paragraph"],
    }


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result, position = [], 0
    for line in text.splitlines(keepends=True):
        result.append((position, line.rstrip("\r\n")))
        position += len(line)
    return result


def _clean_line(start: int, line: str, cfg: dict) -> tuple[list[tuple[str, int]], bool] | None:
    """Return the line's kept characters with their original offsets, and whether it is a heading."""
    if not line.strip() or any(p.search(line) for p in cfg["drop"]):
        return None
    begin, end = 0, len(line)
    heading = cfg["heading"].match(line)
    if heading:
        begin = heading.end()
    else:
        bullet = cfg["bullet"].match(line)
        if bullet:
            begin = bullet.end()
    for pattern in cfg["trailing"]:
        trailing = pattern.search(line, begin)
        if trailing:
            end = min(end, trailing.start())
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    if begin >= end:
        return None
    gaps = (cfg["reading_aid"], cfg["ticker"], cfg["number_gap"], cfg["quote_gap"], cfg["punctuation_gap"]) + ((cfg["cell_gap"],) if cfg["table_cell_end"].search(line) else ())
    cut = {i for pattern in gaps for m in pattern.finditer(line, begin, end) for i in range(m.start(), m.end())}
    kept = fold_width(line[begin:end])
    return [(ch, start + begin + i) for i, ch in enumerate(kept) if begin + i not in cut], bool(heading)


def _pair_straight_quotes(paragraph: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Straight double quotes, when they pair up, become the curly quotes every rule reads."""
    marks = [i for i, (ch, _) in enumerate(paragraph) if ch == '"']
    if not marks or len(marks) % 2:
        return paragraph
    paired = list(paragraph)
    for n, i in enumerate(marks):
        paired[i] = ("“" if n % 2 == 0 else "”", paragraph[i][1])
    return paired


def _is_wrapped(paragraph: list[tuple[str, int]], line: list[tuple[str, int]], following: list[tuple[str, int]], cfg: dict) -> bool:
    """Whether the paragraph, whose last line is `line`, goes on in the next line, `following`. A long line
    with no mark at all in it, before a line with none either, is one of a block of captions, not wrapped text."""
    text = "".join(ch for ch, _ in line)
    if text[-1] in cfg["final"] or cfg["headline_gap"].search(text):
        return False
    opened = sum(ch in cfg["opening"] for ch, _ in paragraph) > sum(ch in cfg["closing"] for ch, _ in paragraph)
    unmarked = not any(ch in cfg["clause_marks"] for ch in text) and not any(ch in cfg["clause_marks"] for ch, _ in following)
    return opened or len(text) >= cfg["min_wrapped"] and not unmarked or any(ch in cfg["end_inside"] for ch in text)


def normalise(original: str) -> NormalisedText:
    cfg = _compiled()
    paragraphs: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] | None = None
    last_line: list[tuple[str, int]] = []
    current_is_heading = False
    for start, line in _lines_with_offsets(original):
        cleaned = _clean_line(start, line, cfg)
        if cleaned is None:
            continue
        chars, is_heading = cleaned
        if current and not current_is_heading and not is_heading and (
                chars[0][0] in cfg["continuation"] or _is_wrapped(current, last_line, chars, cfg)):
            current.extend(chars)
            last_line = chars
            continue
        if current:
            paragraphs.append(current)
        current, last_line, current_is_heading = chars, chars, is_heading
    if current:
        paragraphs.append(current)

    seen: set[str] = set()
    text_parts: list[str] = []
    offsets: list[int] = []
    for paragraph in map(_pair_straight_quotes, paragraphs):
        text = "".join(ch for ch, _ in paragraph)
        if len(text) >= cfg["min_repeat"]:
            if text in seen:
                continue
            seen.add(text)
        if text_parts:
            text_parts.append("\n")
            offsets.append(offsets[-1] + 1)
        text_parts.append(text)
        offsets.extend(index for _, index in paragraph)
    return NormalisedText(text=to_simplified("".join(text_parts)), offsets=offsets)


def original_span(norm: NormalisedText, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of normalised text to the original text."""
    if end <= start:
        return norm.offsets[start], norm.offsets[start]
    return norm.offsets[start], norm.offsets[end - 1] + 1
