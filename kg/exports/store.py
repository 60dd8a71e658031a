"""The persistent SPARQL store: an Oxigraph (RocksDB) database under the output folder."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Dataset


class StoreBusyError(RuntimeError):
    """Another process (kg serve, another build) holds the store open."""


def write_store(dataset: Dataset, folder: Path) -> None:
    """Create a new store at `folder` (which must not exist yet) holding every quad of `dataset`."""
    nquads = dataset.serialize(format="nquads").encode("utf-8")
    store = pyoxigraph.Store(str(folder))
    store.bulk_load(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store


def open_store(folder: Path, read_only: bool = True) -> pyoxigraph.Store:
    if not folder.exists():
        raise FileNotFoundError(f"no store at {folder}: run 'kg build' first")
    try:
        return pyoxigraph.Store.read_only(str(folder)) if read_only else pyoxigraph.Store(str(folder))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreBusyError(f"the store at {folder} is in use by another process (is 'kg serve' running?)") from None
        raise
