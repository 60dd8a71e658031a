"""The `kg` command line."""

from __future__ import annotations

import json
import re
import signal
import sys
from pathlib import Path

import click

from kg.explore import Build, BuildNotFoundError, read_jsonl
from kg.models import ENTITY_TYPES
from kg.settings import DEFAULT_BASE_IRI, DEFAULT_INPUT, DEFAULT_OUT, HOST, RDF_FORMATS, RESULT_FORMATS

# Commands import the heavy parts (tagger, rdflib, pyoxigraph, pySHACL) when they run, so the
# quick read-only commands (who, path, stats, list) start in a fraction of a second.
# Builds of more documents than this show a progress bar.
PROGRESS_THRESHOLD = 3
# Violations of one kind listed before "… and N more".
VALIDATION_EXAMPLES = 10

out_option = click.option(
    "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True,
    help="Folder of the build to write or read.",
)


@click.group()
@click.version_option(package_name="zone-kg")
def main() -> None:
    """zone-kg: a knowledge graph of Chinese high-tech and development zones.

    Build it from articles with `kg build`; ask it with `kg who`, `kg path`, `kg stats`,
    `kg list` and `kg query` (SPARQL); check
    it with `kg validate`; share it with `kg export`, `kg serve` and `kg push`.
    """


@main.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@out_option
@click.option("--lexicon", "lexicon_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Known names: one 'name<TAB>type[<TAB>alias,alias]' per line.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out triples less likely than this to be right.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base IRI of entity IRIs in the RDF outputs.")
def build_command(inputs: tuple[Path, ...], out: Path, lexicon_file: Path | None, min_confidence: float, base_iri: str) -> None:
    """Extract entities and triples from articles and write every export.

    INPUTS are files (.txt, .md, .html, .jsonl) and folders; without any, the bundled seeds/
    articles are read. Writes triples.jsonl, triples.csv, entities.jsonl, graph.ttl,
    graph.graphml, graph.gexf, build-report.json and a SPARQL store (store/) into --out. Triples the
    ontology's domain and range forbid are left out and listed in build-report.json; OWL RL
    inferences go to their own named graph and to triples.jsonl rows marked inferred. Unreadable inputs are reported and
    skipped; the exit status is then 1.

    Example: kg build articles/ more.jsonl --out exports/ --lexicon names.tsv
    """
    paths = list(inputs) or [DEFAULT_INPUT]
    from kg.build import BuildError, build
    from kg.lexicon import LexiconError


    def progress(documents):
        if len(documents) <= PROGRESS_THRESHOLD:
            return documents
        return click.progressbar(documents, label="Extracting", file=sys.stderr, show_pos=True)

    def with_bar(documents):
        bar = progress(documents)
        if bar is documents:
            yield from documents
            return
        with bar as items:
            yield from items

    try:
        result = build(paths, out, lexicon_file=lexicon_file, min_confidence=min_confidence,
                       base_iri=base_iri, progress=with_bar)
    except (BuildError, LexiconError) as error:
        raise click.ClickException(str(error)) from None
    for problem in result.problems:
        click.echo(f"skipped {problem}", err=True)
    graph = result.graph
    click.echo(f"{len(graph.documents)} documents → {len(graph.entities)} entities, {len(graph.triples)} triples in {out}/")
    if result.problems:
        sys.exit(1)


@main.command("who")
@click.argument("name")
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def who_command(name: str, out: Path, as_json: bool) -> None:
    """Show everything NAME is connected to, grouped by relation.

    NAME may be an entity's label or any alias. Each connection shows the post (for leads and
    worksFor), one evidence sentence and its document.

    Example: kg who 周岐贤
    """
    graph = _load(out)
    matches = _find(graph, name)
    answers = [{"entity": entity, "connections": graph.connections(entity)} for entity in matches]
    if as_json:
        click.echo(json.dumps(answers, ensure_ascii=False, indent=2))
        return
    for answer in answers:
        entity = answer["entity"]
        aliases = f"  (also: {', '.join(entity['aliases'])})" if entity["aliases"] else ""
        click.secho(f"{entity['label']} [{entity['type']}]{aliases}", bold=True)
        for group, edges in sorted(answer["connections"].items()):
            click.echo(f"  {group}")
            for edge in edges:
                title = f" — {edge['title']}" if edge["title"] else ""
                click.echo(f"    {edge['name']} [{edge['type']}]{title}  ({edge['confidence']:.2f})")
                click.echo(f"      “{_shorten(edge['evidence'])}” [{edge['doc']}]")


@main.command("path")
@click.argument("start")
@click.argument("end")
@out_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def path_command(start: str, end: str, out: Path, as_json: bool) -> None:
    """Show the shortest connection between two entities, hop by hop.

    Each hop shows the relation and its direction, the post if any, and one evidence sentence
    with its document. Names may be labels or aliases.

    Example: kg path 吴秀云 平顶山高新区
    """
    graph = _load(out)
    source, target = _find(graph, start)[0], _find(graph, end)[0]
    hops = graph.path(source, target)
    if hops is None:
        raise click.ClickException(f"'{source['label']}' and '{target['label']}' are not connected")
    if as_json:
        click.echo(json.dumps([hop.__dict__ for hop in hops], ensure_ascii=False, indent=2))
        return
    click.secho(f"{source['label']} → {target['label']}: {len(hops)} hop{'s' if len(hops) != 1 else ''}", bold=True)
    for hop in hops:
        arrow = f"—{hop.relation}→" if hop.forward else f"←{hop.relation}—"
        title = f" ({hop.title})" if hop.title else ""
        click.echo(f"  {hop.source} {arrow} {hop.target}{title}")
        click.echo(f"      “{_shorten(hop.evidence)}” [{hop.doc}]")


@main.command("stats")
@out_option
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="How many most-connected entities.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def stats_command(out: Path, top: int, as_json: bool) -> None:
    """Counts by entity type and relation, the most connected entities, and the documents.

    Example: kg stats --top 5
    """
    numbers = _load(out).stats(top)
    if as_json:
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
        return
    click.secho(f"{numbers['documents']['count']} documents", bold=True)
    for heading, counts in (("entities", numbers["entities"]), ("relations", numbers["relations"]),
                            ("inferred relations", numbers["inferred"])):
        click.secho(f"{heading}: {sum(counts.values())}", bold=True)
        for name, count in counts.items():
            click.echo(f"  {name:<16}{count:>6}")
    click.secho("most connected", bold=True)
    for entry in numbers["most_connected"]:
        click.echo(f"  {entry['degree']:>4}  {entry['label']} [{entry['type']}]")
    click.secho("triples per document", bold=True)
    for doc, count in numbers["documents"]["triples_per_document"].items():
        click.echo(f"  {count:>4}  {doc}")


@main.command("list")
@out_option
@click.option("--type", "entity_type", type=click.Choice(ENTITY_TYPES), help="Only entities of this type.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def list_command(out: Path, entity_type: str | None, as_json: bool) -> None:
    """List entities with their aliases (and how many documents mention them).

    Example: kg list --type Zone
    """
    entities = _load(out).listing(entity_type)
    if as_json:
        click.echo(json.dumps(entities, ensure_ascii=False, indent=2))
        return
    for entity in entities:
        aliases = f"  (also: {', '.join(entity['aliases'])})" if entity["aliases"] else ""
        click.echo(f"{entity['label']} [{entity['type']}] {len(entity['docs'])} doc{'s' if len(entity['docs']) != 1 else ''}{aliases}")


@main.command("validate")
@out_option
def validate_command(out: Path) -> None:
    """Check the build's graph against the SHACL shapes (ontology/shapes.ttl).

    Prints each kind of violation with the entities or assertions it concerns. Exit status 0
    when the graph conforms, 1 when it does not.

    Example: kg validate --out exports/
    """
    from kg.validate import validate_build

    try:
        report = validate_build(out)
    except FileNotFoundError as error:
        raise click.ClickException(str(error)) from None
    if report.conforms:
        click.echo(f"{out / 'graph.ttl'} conforms to ontology/shapes.ttl")
        return
    for finding in report.findings:
        click.secho(f"{finding.severity}: {finding.message} ({len(finding.focus)})", bold=True)
        for focus in finding.focus[:VALIDATION_EXAMPLES]:
            click.echo(f"  {focus}")
        if len(finding.focus) > VALIDATION_EXAMPLES:
            click.echo(f"  … and {len(finding.focus) - VALIDATION_EXAMPLES} more")
    sys.exit(1)


@main.command("export")
@out_option
@click.option("--format", "fmt", type=click.Choice(sorted(RDF_FORMATS)), required=True,
              help="ttl, nt, jsonld (one graph) or trig, nq (one named graph per document).")
@click.option("--to", "destination", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write. Default: graph.<format> in --out.")
@click.option("--inferred", is_flag=True, help="ttl/nt/jsonld: add the statements reasoning inferred.")
@click.option("--ontology", is_flag=True, help="ttl/nt/jsonld: add the ontology's axioms.")
def export_command(out: Path, fmt: str, destination: Path | None, inferred: bool, ontology: bool) -> None:
    """Write the build's graph as RDF in another serialisation.

    TriG and N-Quads keep every named graph: one per source document, the entities, the
    inferred statements and the ontology. Turtle, N-Triples and JSON-LD hold the extracted
    graph (entities, triples and their provenance); --inferred and --ontology add the rest.

    Example: kg export --format trig --to graph.trig
    """
    from kg.exports.serialise import export
    from kg.exports.store import StoreError

    destination = destination or out / f"graph.{fmt}"
    try:
        count = export(out, fmt, destination, inferred=inferred, ontology=ontology)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{count} {'quads' if RDF_FORMATS[fmt] else 'triples'} → {destination}")


@main.command("query")
@click.argument("query_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-e", "--expression", help="The SPARQL query itself, instead of a file.")
@out_option
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="An aligned table, or csv/tsv/json for other programs.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Value of a parameter the query declares ('# param NAME: default'). Repeatable.")
def query_command(query_file: Path | None, expression: str | None, out: Path, fmt: str, params: tuple[str, ...]) -> None:
    """Run a SPARQL query against the build's store.

    Prefixes zkg, rdf, rdfs, xsd, owl, prov, skos, org, schema and foaf are predeclared. The
    default graph is the union of every named graph (extracted, inferred, ontology). queries/
    holds a library of ready questions. A syntax error is shown with its position; the exit
    status is then 2.

    Example: kg query queries/officials-per-zone.rq --format csv

    Example: kg query -e 'SELECT ?zone WHERE { ?z a zkg:Zone ; rdfs:label ?zone }'
    """
    if (query_file is None) == (expression is None):
        raise click.UsageError("give either a query FILE or -e 'SPARQL', not both")
    from kg.exports.store import StoreError
    from kg.query import QuerySyntaxError, query_build, render

    text = expression if expression is not None else query_file.read_text(encoding="utf-8")
    bound = {}
    for item in params:
        name, equals, value = item.partition("=")
        if not equals:
            raise click.UsageError(f"--param expects NAME=VALUE, got '{item}'")
        bound[name.strip()] = value
    try:
        result = query_build(out, text, bound)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    except QuerySyntaxError as error:
        click.echo(f"Error: {_with_caret(text, str(error))}", err=True)
        sys.exit(2)
    click.echo(render(result, fmt))


@main.command("serve")
@out_option
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port on 127.0.0.1.")
@click.option("--writable", is_flag=True, help="Also accept SPARQL updates and Graph Store writes.")
def serve_command(out: Path, port: int, writable: bool) -> None:
    """Serve the build's store as a SPARQL 1.1 endpoint on 127.0.0.1 until Ctrl-C.

    Queries go to /query (GET ?query=… or POST application/sparql-query), the Graph Store
    Protocol to /store; updates to /update only with --writable. The default graph is the union
    of all named graphs, as in kg query.

    Example: kg serve --port 7878   then   curl 'http://127.0.0.1:7878/query?query=ASK{?s?p?o}'
    """
    from kg.serve import ServeError, start, stop

    try:
        process = start(out, port, writable)
    except ServeError as error:
        raise click.ClickException(str(error)) from None
    mode = "read-write" if writable else "read-only"
    click.echo(f"SPARQL endpoint ({mode}) on http://{HOST}:{port}/query — Ctrl-C to stop", err=True)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop(process)
    click.echo("stopped", err=True)


@main.command("push")
@out_option
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://host:3030/ds/data or http://host:7878/store.")
@click.option("--graph", help="Put the whole extracted graph into this one named graph (default: keep the build's named graphs).")
@click.option("--inferred", is_flag=True, help="With --graph: include the inferred statements.")
@click.option("--user", help="User name for HTTP basic authentication.")
@click.option("--password", help="Password for HTTP basic authentication.", prompt=False, hide_input=True)
@click.option("--append", is_flag=True, help="Add to the remote graphs (POST) instead of replacing them (PUT).")
def push_command(out: Path, endpoint: str, graph: str | None, inferred: bool, user: str | None, password: str | None,
                 append: bool) -> None:
    """Upload the build to a remote store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Without --graph, every named graph (one per document, the entities, the inferred statements,
    the ontology) replaces the remote graph of the same name.

    Example: kg push --endpoint http://127.0.0.1:3030/zones/data --user admin --password secret
    """
    from kg.exports.store import StoreError
    from kg.push import PushError, push

    try:
        uploads = push(out, endpoint, graph=graph, user=user, password=password, append=append, inferred=inferred)
    except (StoreError, PushError) as error:
        raise click.ClickException(str(error)) from None
    for upload in uploads:
        click.echo(f"{upload.triples:>8} triples → <{upload.graph}>")
    click.echo(f"pushed {sum(u.triples for u in uploads)} triples in {len(uploads)} graph(s) to {endpoint}")


@main.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold annotation files (*.json, see GUIDELINE).")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--triples", "triples_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score an existing triples.jsonl (aliases from entities.jsonl beside it) instead of extracting.")
@click.option("--lexicon", "lexicon_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Known names, as for kg build.")
@click.option("--errors/--no-errors", default=True, show_default=True, help="List every false positive and false negative.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write the scores as JSON.")
def eval_command(gold_dir: Path, inputs: tuple[Path, ...], triples_file: Path | None, lexicon_file: Path | None,
                 errors: bool, json_file: Path | None) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per predicate.

    Extracts from INPUTS (files or folders holding the gold's documents), or scores --triples.
    Counts are micro-averaged over documents; then every false positive and false negative is
    listed with its evidence.

    Example: kg eval --gold tests/gold/seeds seeds/
    """
    from kg.build import extract_all
    from kg.evaluate import evaluate, load_gold, predicted_items, predicted_items_from_table
    from kg.ingest import IngestProblem, read_documents

    gold = load_gold(gold_dir)
    if triples_file is not None:
        entities_file = triples_file.with_name("entities.jsonl")
        entities = read_jsonl(entities_file) if entities_file.exists() else []
        predicted = predicted_items_from_table(read_jsonl(triples_file), entities)
    else:
        if not inputs:
            raise click.UsageError("give the articles to extract from (INPUTS) or --triples FILE")
        documents = [d for d in read_documents(list(inputs)) if not isinstance(d, IngestProblem) and d.id in gold]
        predicted = predicted_items(extract_all(documents, lexicon_file))
    report = evaluate(gold, predicted)
    if errors:
        for doc in report.documents:
            for label, items in (("FP", doc.false_positives), ("FN", doc.false_negatives)):
                for item in items:
                    click.echo(f"{label} {doc.doc}  {item.shown}  ({item.confidence:.2f})\n     “{_shorten(item.evidence, 90)}”")
    for doc in report.missing:
        click.echo(f"warning: no predictions for gold document {doc}", err=True)
    click.echo(f"\n{'predicate':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for name, counts in report.table():
        click.echo(f"{name:<22}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")
    click.echo("\nprecision by confidence band")
    for low, high, right, total in report.bands():
        share = f"{right / total:.3f}" if total else "  -  "
        click.echo(f"  [{low:.1f}, {high:.1f})  {share}  ({right}/{total})")
    click.echo("\nprecision by rule (calibration: the confidence given should be close to the precision)")
    for rule, right, total, given in report.rules():
        click.echo(f"  {rule:<28}{right / total:>7.3f}  ({right}/{total})  given {given:.2f}")
    if json_file is not None:
        json_file.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")


def _load(out: Path) -> Build:
    try:
        return Build.load(out)
    except BuildNotFoundError as error:
        raise click.ClickException(str(error)) from None


def _find(graph: Build, name: str) -> list[dict]:
    """Entities called `name`; with none, an error that suggests the closest names."""
    matches = graph.find(name)
    if not matches:
        suggestions = graph.suggest(name)
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        raise click.ClickException(f"no entity named '{name}'.{hint}")
    return matches


def _interrupt(_signal, _frame) -> None:
    """SIGTERM stops `kg serve` as cleanly as Ctrl-C."""
    raise KeyboardInterrupt


def _with_caret(query: str, message: str) -> str:
    """The parser's message, plus the query line it points at ("error at LINE:COLUMN") and a caret."""
    from kg.exports.rdf import PREFIXES
    from kg.query import display_width

    found = re.match(r"error at (\d+):(\d+)", message)
    if not found:
        return message
    line, column = int(found.group(1)), int(found.group(2))
    lines = query.splitlines() or [""]
    if "Prefix not found" in message:
        message = f"{found.group(0)}: unknown prefix (predeclared: {', '.join(PREFIXES)})"
    else:
        message = message.split("\n")[0]
    text = lines[min(line, len(lines)) - 1]
    return f"{message}\n  {text}\n  {' ' * display_width(text[: column - 1])}^"


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


if __name__ == "__main__":
    main()
