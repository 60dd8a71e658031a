"""Person–company posts (worksFor) measured on public data the rules were never written against.

DuIE 2.0 (../shared/data/duie2_subset, encyclopedic and web sentences) labels 董事长 (chairman)
pairs: company → person. Each sentence that holds one goes through the product's whole
`extract_document` and its worksFor triples are compared with the pairs: a pair is found when
the person's name is the triple's subject and the company's name is the object's name or one
of its aliases, or one contains the other (温氏股份 / 广东温氏食品集团股份有限公司 are both
written in DuIE), after folding full- and half-width forms. Only 董事长 is labelled, so precision counts only the triples whose title
names 董事长; the figures are a yardstick of how the post-chain rules generalise beyond zone
articles, not targets for them.

    python benchmarks/worksfor_duie.py                  # the dev file (2,000 sentences)
    python benchmarks/worksfor_duie.py --split train --show
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import Counts  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.models import RawDocument  # noqa: E402
from kg.normalise import strip_marks  # noqa: E402
from kg.pipeline import extract_document  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "duie2_subset"
FILES = {"dev": "duie_dev.json", "train": "duie_train.json"}
POST = "董事长"


def gold_pairs(record: dict) -> set[tuple[str, str]]:
    return {(spo["object"]["@value"], spo["subject"]) for spo in record["spo_list"] if spo["predicate"] == POST}


def predicted_pairs(text: str, sentence_id: str, lexicon) -> list[tuple[str, set[str], str]]:
    """(person, every name of the company, title) for each worksFor triple of the sentence."""
    graph = extract_document(RawDocument(id=sentence_id, text=text, source="duie"), lexicon)
    entities = {e.key: e for e in graph.entities}
    pairs = []
    for triple in graph.triples:
        if triple.predicate == "worksFor":
            person, company = entities[triple.subject], entities[triple.object]
            names = {strip_marks(name) for name in [company.label, *company.aliases, *company.short_forms]}
            pairs.append((person.label, names, triple.title))
    return pairs


def same_company(gold: str, names: set[str]) -> bool:
    gold = strip_marks(gold)
    return any(gold == name or (len(name) >= 2 and (gold in name or name in gold)) for name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(FILES), default="dev")
    parser.add_argument("--show", action="store_true", help="print every miss and every wrong chairman")
    args = parser.parse_args()
    path = DATA / FILES[args.split]
    if not path.exists():
        sys.exit(f"{path} not found: this benchmark needs the shared DuIE data beside the repository")
    lexicon = load_lexicon()
    counts = Counts()
    sentences = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        gold = gold_pairs(record)
        if not gold:
            continue
        sentences += 1
        predicted = predicted_pairs(record["text"], f"s{number}", lexicon)
        found = {(person, company) for person, company in gold
                 if any(p == person and same_company(company, names) for p, names, _ in predicted)}
        counts.tp += len(found)
        counts.fn += len(gold) - len(found)
        for person, names, title in predicted:
            if POST in title and not any(p == person and same_company(c, names) for p, c in gold):
                counts.fp += 1
                if args.show:
                    print(f"wrong {person} → {sorted(names)[0]} [{title}]  {record['text'][:150]}")
        if args.show:
            for person, company in sorted(gold - found):
                print(f"miss  {person} → {company}  {record['text'][:150]}")
    print(f"DuIE 2.0 subset {args.split}: {sentences} sentences with a {POST} pair")
    print(f"{'':<10}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    print(f"{'worksFor':<10}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
          f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")


if __name__ == "__main__":
    main()
