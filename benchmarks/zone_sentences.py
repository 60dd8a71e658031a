"""Zone, park and post triples measured on public sentences nobody wrote the rules for.

Every sentence of the public NER/RE data sets in ../shared/data (CLUENER2020, DuIE 2.0, FinRE,
MSRA, People's Daily) that names a zone, park or management committee was annotated to
GUIDELINE.md in `benchmarks/gold/zone_sentences.jsonl` (names and triples only, located by file
and line, with a hash of the text so a changed file is noticed; the text stays in ../shared).
Sentences whose reading is unclear are kept with a `skip` reason and not scored; sentences with
no triple are scored, so every triple found in them is a false positive.

The sentences are company profiles, finance news and old People's Daily text — not zone
articles — so they test whether the rules carry beyond the seeds. Each is one document with no
article around it; Zone→Place is not scored (the guideline reads it from the whole article).

Two splits, fixed before any rule was changed: `tune` (the data sets' train files; rules may be
improved against them, `--show` prints their errors) and `held` (dev and test files; only the
table is printed, never the errors).

    python benchmarks/zone_sentences.py                 # both tables
    python benchmarks/zone_sentences.py --show          # + every error of the tune split
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import Item, Report, evaluate, name_forms, predicted_items  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.models import RawDocument  # noqa: E402
from kg.pipeline import extract_document  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
GOLD = ROOT / "benchmarks" / "gold" / "zone_sentences.jsonl"
SPLITS = ("tune", "held")
HIGH_CONFIDENCE = 0.8


def _json_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        yield json.loads(line)["text"]


def _finre_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        yield fields[3] if len(fields) >= 4 else ""


def _bio_sentences(path: Path) -> Iterator[str]:
    """Character-per-line files: a blank line ends a sentence."""
    chars: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            chars.append(line.split()[0])
        elif chars:
            yield "".join(chars)
            chars = []
    if chars:
        yield "".join(chars)


def read_sentence(file: str, line: int, cache: dict[str, list[str]]) -> str:
    if file not in cache:
        path = DATA / file
        reader = _json_lines if path.suffix == ".json" else _finre_lines if file.startswith("finre/") else _bio_sentences
        cache[file] = list(reader(path))
    return cache[file][line]


def gold_items(record: dict) -> list[Item]:
    items = []
    for t in record["triples"]:
        subject, obj = t["s"].split("|"), t["o"].split("|")
        items.append(Item(
            subject=name_forms(t["s_type"], subject), predicate=t["p"], object=name_forms(t["o_type"], obj),
            subject_type=t["s_type"], object_type=t["o_type"],
            shown=f"{subject[0]} -{t['p']}-> {obj[0]}" + (f" [{t['title']}]" if t.get("title") else ""), evidence="",
        ))
    return items


def scored(items: list[Item]) -> list[Item]:
    """Zone→Place depends on the article around a sentence, which these sentences lack."""
    return [i for i in items if not (i.predicate == "locatedIn" and i.subject_type == "Zone")]


def run(split: str) -> tuple[Report, dict[str, str]]:
    lexicon = load_lexicon()
    cache: dict[str, list[str]] = {}
    gold, predicted, texts = {}, {}, {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] != split or "skip" in record:
            continue
        text = read_sentence(record["file"], record["line"], cache)
        if hashlib.sha1(text.encode()).hexdigest()[:12] != record["sha1"]:
            sys.exit(f"{record['file']} line {record['line']} is not the annotated sentence (the data changed)")
        doc = f"{record['file']}:{record['line']}"
        graph = extract_document(RawDocument(id=doc, text=text, source=doc), lexicon)
        gold[doc] = gold_items(record)
        predicted[doc] = scored(predicted_items([graph])[doc])
        texts[doc] = text
    return evaluate(gold, predicted), texts


def print_table(split: str, report: Report) -> None:
    print(f"{split}: {len(report.documents)} sentences")
    print(f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}")
    for name, c in report.table():
        if c.tp + c.fp + c.fn:
            print(f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    right = sum(r for low, _, r, _ in report.bands() if low >= HIGH_CONFIDENCE)
    total = sum(t for low, _, _, t in report.bands() if low >= HIGH_CONFIDENCE)
    if total:
        print(f"precision at confidence >= {HIGH_CONFIDENCE}: {right / total:.3f} ({right}/{total})")


def print_errors(report: Report, texts: dict[str, str]) -> None:
    for doc in report.documents:
        if doc.false_positives or doc.false_negatives:
            print(f"\n{doc.doc}  {texts[doc.doc][:160]}")
            for item in doc.false_positives:
                print(f"  FP {item.shown}  ({item.rule} {item.confidence})")
            for item in doc.false_negatives:
                print(f"  FN {item.shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every error of the tune split")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: this benchmark needs the shared data sets beside the repository")
    for split in SPLITS:
        report, texts = run(split)
        print_table(split, report)
        if args.show and split == "tune":
            print_errors(report, texts)
        print()


if __name__ == "__main__":
    main()
