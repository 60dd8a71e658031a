"""Shared fixtures: the lexicon, a one-call extractor for small texts, and one build of seeds/."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.lexicon import load_lexicon
from kg.models import RawDocument
from kg.pipeline import extract_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="session")
def extract(lexicon):
    """Extract a small article and return its triples as (subject, predicate, object, title) labels."""

    def run(text: str, doc_id: str = "t.txt") -> set[tuple[str, str, str, str]]:
        graph = extract_document(RawDocument(id=doc_id, text=text, source=doc_id), lexicon)
        labels = {e.key: e.label for e in graph.entities}
        return {(labels[t.subject], t.predicate, labels[t.object], t.title) for t in graph.triples}

    return run


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-build")
    result = build([SEEDS], out)
    return out, result
