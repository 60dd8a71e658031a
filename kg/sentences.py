"""Split normalised text into sentences at sentence-final punctuation and paragraph breaks."""

from __future__ import annotations

import re

from kg.models import NormalisedText, Sentence

# A sentence ends after 。！？… (with any closing quotes or brackets) or at a paragraph break.
_SENTENCE = re.compile(r"[^\n。！？…]*(?:[。！？…]+[”’）]*|\n|$)")


def split_sentences(norm: NormalisedText) -> list[Sentence]:
    sentences: list[Sentence] = []
    for match in _SENTENCE.finditer(norm.text):
        start, end = match.start(), match.end()
        while start < end and norm.text[start].isspace():
            start += 1
        while end > start and norm.text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(index=len(sentences), start=start, end=end, text=norm.text[start:end]))
    return sentences
