"""What the newsie component adds to ``spacy.blank("en")``'s own time.

    python bindings/python/benches/spacy_overhead.py CORPUS.jsonl [--runs 3] [--threads N]

``nlp.pipe`` over the corpus's texts with the blank pipeline and with
``add_pipe("newsie")``, runs alternating, medians reported. The component's
time includes rebuilding each ``Doc``'s text (spaCy keeps no copy),
extraction, and setting ``doc.spans``, ``doc.ents`` and the record.
"""

import argparse
import json
import statistics
import time

import spacy


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", type=int, default=None)
    a = p.parse_args()
    with open(a.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    blank = spacy.blank("en")
    full = spacy.blank("en")
    full.add_pipe("newsie", config={"threads": a.threads})
    list(full.pipe(texts[:20]))  # builds the extractor
    tb, tf = [], []
    for _ in range(a.runs):
        t = time.perf_counter()
        for _doc in blank.pipe(texts):
            pass
        tb.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _doc in full.pipe(texts):
            pass
        tf.append(time.perf_counter() - t)
    b, f = statistics.median(tb), statistics.median(tf)
    print(f"{a.corpus}: {len(texts)} texts, medians of {a.runs}")
    print(f"  spacy.blank('en')           {b:.2f} s  (runs: {' '.join(f'{x:.2f}' for x in tb)})")
    print(f"  spacy.blank('en') + newsie  {f:.2f} s  (runs: {' '.join(f'{x:.2f}' for x in tf)})")
    print(f"  newsie adds {100 * (f - b) / b:.0f}% to the blank pipeline's time")


if __name__ == "__main__":
    main()
