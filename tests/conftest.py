"""Shared fixtures: the lexicon, a one-call extractor for small texts, one build of seeds/, and a
real Oxigraph server on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from kg.build import build
from kg.lexicon import load_lexicon
from kg.models import RawDocument
from kg.pipeline import extract_document
from kg.serve import oxigraph_binary

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen) -> None:
    """Wait until the SPARQL server at `url` answers (failing if its process dies first)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            return
        except OSError:
            assert process.poll() is None, "the server stopped before answering"
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real, empty, writable Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    wait_for(url, process)
    yield url
    process.terminate()
    process.wait(timeout=10)
