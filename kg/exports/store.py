"""The persistent SPARQL store: an Oxigraph (RocksDB) database under the output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
from rdflib import Dataset

STORE_DIR = "store"
REPORT_FILE = "build-report.json"


class StoreError(RuntimeError):
    pass


def write_store(dataset: Dataset, folder: Path) -> None:
    """Create a new store at `folder` (which must not exist yet) holding every quad of `dataset`."""
    nquads = dataset.serialize(format="nquads").encode("utf-8")
    store = pyoxigraph.Store(str(folder))
    store.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store


def open_store(out: Path) -> pyoxigraph.Store:
    """The build's store, opened read-only (which works even while `kg serve` holds it)."""
    folder = out / STORE_DIR
    if not folder.is_dir():
        raise StoreError(f"no SPARQL store in {out}: run 'kg build --out {out}' first")
    try:
        return pyoxigraph.Store.read_only(str(folder))
    except OSError as error:
        raise StoreError(f"cannot open the store in {folder}: {error}") from None


def build_base_iri(out: Path) -> str:
    """The base IRI the build in `out` minted its IRIs (and named graphs) under."""
    try:
        return json.loads((out / REPORT_FILE).read_text(encoding="utf-8"))["base_iri"]
    except (OSError, ValueError, KeyError):
        raise StoreError(f"no complete build in {out}: run 'kg build --out {out}' first") from None
