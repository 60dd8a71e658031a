"""`kg push`: upload a build to a remote store over the SPARQL 1.1 Graph Store HTTP Protocol.

Works with any store that speaks it (Fuseki's /data, GraphDB's rdf-graphs/service, Oxigraph's
/store). By default every named graph of the build goes to the graph of the same name, so the
remote keeps one graph per document; with a graph IRI the extracted graph goes there as one.
Graphs are replaced (PUT) unless appending (POST) is asked for.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.exports.serialise import flatten
from kg.exports.store import build_base_iri, open_store

# Seconds to wait for the remote store to answer one upload.
TIMEOUT = 60


class PushError(RuntimeError):
    pass


@dataclass
class Upload:
    graph: str
    triples: int


def push(out: Path, endpoint: str, *, graph: str | None = None, user: str | None = None, password: str | None = None,
         append: bool = False, inferred: bool = False) -> list[Upload]:
    store = open_store(out)
    if graph is None:
        uploads = [(name.value, _triples(store, name)) for name in store.named_graphs()]
    else:
        flat = flatten(store, build_base_iri(out), inferred=inferred, ontology=False)
        uploads = [(graph, flat.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))]
    done = []
    for name, body in sorted(uploads):
        _send(endpoint, name, body, user=user, password=password, method="POST" if append else "PUT")
        done.append(Upload(graph=name, triples=body.count(b"\n")))
    return done


def _triples(store: ox.Store, graph: ox.NamedNode) -> bytes:
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)


def _send(endpoint: str, graph: str, body: bytes, *, user: str | None, password: str | None, method: str) -> None:
    separator = "&" if urllib.parse.urlparse(endpoint).query else "?"
    url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "application/n-triples"})
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:300]
        hint = " (check --user/--password)" if error.code in (401, 403) else ""
        raise PushError(f"{endpoint} refused graph <{graph}>: HTTP {error.code} {error.reason}{hint}"
                        + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {endpoint}: {reason}") from None
