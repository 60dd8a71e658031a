"""The persistent SPARQL store: an Oxigraph (RocksDB) database under the output folder."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Dataset


def write_store(dataset: Dataset, folder: Path) -> None:
    """Create a new store at `folder` (which must not exist yet) holding every quad of `dataset`."""
    nquads = dataset.serialize(format="nquads").encode("utf-8")
    store = pyoxigraph.Store(str(folder))
    store.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store

