"""Throughput of ``Extractor.extract_batch`` against the ``extract`` binary
on the same JSON Lines corpus with the same thread count.

    python bindings/python/benches/throughput.py CORPUS.jsonl [--threads 2] [--runs 3]
        [--extract target/release/examples/extract]

Runs alternate (binary, then Python) so that both see the same machine
load; each side reports the median of its runs. Neither counts building
the extractor. The binary's time is its own summary line's (reading and
parsing the JSON Lines, extracting, writing records to /dev/null); the
Python time is the ``extract_batch`` call on texts already in a list (and,
separately, with ``json.loads`` of the corpus first). MB are UTF-8 MB of
document text, as the binary counts them.
"""

import argparse
import json
import pathlib
import re
import statistics
import subprocess
import time

import newsie

ROOT = pathlib.Path(__file__).resolve().parents[3]


def binary_seconds(extract, corpus, threads):
    done = subprocess.run(
        [extract, "--threads", str(threads), str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=True,
    )
    summary = done.stderr.decode().strip().splitlines()[-1]
    return float(re.search(r" in ([0-9.]+) s ", summary).group(1))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--extract", default=str(ROOT / "target/release/examples/extract"))
    a = p.parse_args()
    lines = pathlib.Path(a.corpus).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    texts, ids = [d["text"] for d in docs], [d.get("id") for d in docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    ex = newsie.Extractor()
    ex.extract("warm up")
    rows = {"binary": [], "extract_batch": [], "json.loads + extract_batch": []}
    for _ in range(a.runs):
        rows["binary"].append(binary_seconds(a.extract, a.corpus, a.threads))
        t = time.perf_counter()
        ex.extract_batch(texts, ids=ids, threads=a.threads)
        rows["extract_batch"].append(time.perf_counter() - t)
        t = time.perf_counter()
        d = [json.loads(line) for line in lines if line.strip()]
        ex.extract_batch([x["text"] for x in d], ids=[x.get("id") for x in d], threads=a.threads)
        rows["json.loads + extract_batch"].append(time.perf_counter() - t)
    base = statistics.median(rows["binary"])
    print(f"{a.corpus}: {len(texts)} documents, {mb:.1f} MB, {a.threads} threads, medians of {a.runs}")
    for name, secs in rows.items():
        m = statistics.median(secs)
        runs = " ".join(f"{s:.3f}" for s in secs)
        print(f"  {name:28} {m:.3f} s  {mb / m:6.1f} MB/s  {base / m:4.2f}x the binary  (runs: {runs})")


if __name__ == "__main__":
    main()
