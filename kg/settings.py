"""Defaults the command line shows in its options, kept free of heavy imports (rdflib,
pyoxigraph, the tagger) so that quick commands such as `kg who` start fast."""

from pathlib import Path

DEFAULT_OUT = Path("exports")
DEFAULT_INPUT = Path("seeds")
DEFAULT_BASE_IRI = "https://zone-kg.github.io/id/"
# `kg export` formats: name → keeps named graphs.
RDF_FORMATS = {"ttl": False, "nt": False, "jsonld": False, "trig": True, "nq": True}
RESULT_FORMATS = ("table", "csv", "tsv", "json")
# `kg serve` listens on loopback only.
HOST = "127.0.0.1"
