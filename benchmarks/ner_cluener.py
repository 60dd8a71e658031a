"""Mention recognition measured on public data the rules were never written against.

CLUENER2020 (news sentences, ../shared/data/cluener2020) labels companies, people and government
bodies. Each sentence goes through the product's own `analyse` stage and its Company, Person and
GovernmentBody mentions are compared with the labels by exact character span. The figures say
how well the name finders generalise beyond zone articles; they are not targets for the rules.

    python benchmarks/ner_cluener.py                     # the dev split (1,343 sentences)
    python benchmarks/ner_cluener.py --split train --limit 3000 --show company
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import Counts  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.models import RawDocument  # noqa: E402
from kg.normalise import original_span  # noqa: E402
from kg.pipeline import analyse  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "cluener2020"
# CLUENER label → the product's mention type.
LABELS = {"company": "Company", "name": "Person", "government": "GovernmentBody"}


def gold_spans(record: dict) -> set[tuple[str, int, int]]:
    spans = set()
    for label, mentions in record.get("label", {}).items():
        if label in LABELS:
            for positions in mentions.values():
                spans.update((LABELS[label], start, end + 1) for start, end in positions)
    return spans


def predicted_spans(text: str, sentence_id: str, lexicon) -> set[tuple[str, int, int]]:
    doc, _ = analyse(RawDocument(id=sentence_id, text=text, source="cluener"), lexicon)
    spans = set()
    for mention in doc.mentions:
        if mention.type in LABELS.values():
            # Mentions are found in the normalised text; map back to the sentence as written.
            spans.add((mention.type, *original_span(doc.norm, mention.start, mention.end)))
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--show", choices=sorted(LABELS), help="print this type's misses and false finds")
    args = parser.parse_args()
    path = DATA / f"{args.split}.json"
    if not path.exists():
        sys.exit(f"{path} not found: this benchmark needs the shared CLUENER2020 data beside the repository")
    lexicon = load_lexicon()
    right, found, wanted = Counter(), Counter(), Counter()
    shown = LABELS.get(args.show)
    lines = path.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[: args.limit]
    for number, line in enumerate(lines):
        record = json.loads(line)
        text = record["text"]
        gold = gold_spans(record)
        predicted = predicted_spans(text, f"s{number}", lexicon)
        for kind, start, end in predicted:
            found[kind] += 1
            right[kind] += (kind, start, end) in gold
        for kind, start, end in gold:
            wanted[kind] += 1
        if shown:
            for kind, start, end in sorted(gold - predicted):
                if kind == shown:
                    print(f"miss  {text[start:end]:<16} {text}")
            for kind, start, end in sorted(predicted - gold):
                if kind == shown:
                    print(f"false {text[start:end]:<16} {text}")
    print(f"CLUENER2020 {args.split}: {len(lines)} sentences, exact-span match")
    print(f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'found':>7}{'gold':>7}")
    for kind in LABELS.values():
        counts = Counts(tp=right[kind], fp=found[kind] - right[kind], fn=wanted[kind] - right[kind])
        print(f"{kind:<16}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}{found[kind]:>7}{wanted[kind]:>7}")


if __name__ == "__main__":
    main()
