"""Read articles from files and folders: .txt, .md, .html/.htm and .jsonl.

Bad inputs (binary, undecodable, empty, broken jsonl lines) become `IngestProblem`s that name
the file, so the caller can report them and go on with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from pydantic import BaseModel

from kg.models import RawDocument

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Below this share of CJK characters a GB18030 decoding is taken as a wrong guess.
MIN_CJK_SHARE_FOR_GB18030 = 0.2


class IngestProblem(BaseModel):
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def find_input_files(paths: Iterable[Path]) -> Iterator[Path | IngestProblem]:
    """Expand folders (recursively, sorted) into the supported files they hold."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield IngestProblem(
                    source=str(path),
                    message=f"unsupported file type '{path.suffix}' (use .txt, .md, .html or .jsonl)",
                )
        else:
            yield IngestProblem(source=str(path), message="no such file or folder")


def read_documents(paths: Iterable[Path]) -> Iterator[RawDocument | IngestProblem]:
    """Yield every article found under `paths`, or a problem for each input that cannot be read."""
    for item in find_input_files(paths):
        if isinstance(item, IngestProblem):
            yield item
            continue
        try:
            text = decode_bytes(item.read_bytes())
        except ValueError as error:
            yield IngestProblem(source=str(item), message=str(error))
            continue
        suffix = item.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(item, text)
            continue
        if suffix in HTML_SUFFIXES:
            text = html_visible_text(text)
        if not text.strip():
            yield IngestProblem(source=str(item), message="empty file: no text to read")
            continue
        yield RawDocument(id=item.name, text=text, source=str(item))


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or GB18030/GBK; refuse binary data."""
    if not data.strip():
        raise ValueError("empty file: no text to read")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValueError("cannot decode: neither UTF-8 nor GB18030/GBK") from None
    if _cjk_share(text) < MIN_CJK_SHARE_FOR_GB18030:
        raise ValueError("cannot decode: not UTF-8, and as GB18030 it is not Chinese text")
    return text


def _cjk_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    return sum("\u4e00" <= ch <= "\u9fff" for ch in visible) / len(visible)


def _read_jsonl(path: Path, text: str) -> Iterator[RawDocument | IngestProblem]:
    found_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestProblem(source=where, message=f"broken JSON line ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield IngestProblem(source=where, message="each line needs an object with a string 'text'")
            continue
        if not record["text"].strip():
            yield IngestProblem(source=where, message="empty 'text'")
            continue
        doc_id = str(record.get("id") or f"{path.name}:{number}")
        found_any = True
        yield RawDocument(
            id=doc_id,
            text=record["text"],
            source=where,
            title=record.get("title"),
            url=record.get("url"),
            date=record.get("date"),
        )
    if not found_any and not text.strip():
        yield IngestProblem(source=str(path), message="empty file: no articles")


class _VisibleText(HTMLParser):
    """Collect the text a browser would show: no scripts, styles or head metadata."""

    HIDDEN = {"script", "style", "head", "noscript", "template"}
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(data)


def html_visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
