"""newsie over a JSON Lines corpus on Spark or Dask, two ways each.

- **wheel**: each partition's documents go through ``Extractor.extract_batch``
  in the worker's Python process (the extractor is pickled with the task and
  rebuilt once per worker process);
- **binary**: each partition's lines are piped through the ``extract``
  binary (``RDD.pipe`` on Spark, a subprocess per partition on Dask).

Both write the ``extract`` binary's records with ``--offsets chars``: one
JSON object per document, in corpus order, with the document's other
fields under ``meta`` (sorted by key). Documents need an ``id`` and a
``text`` field.

Run locally (Spark needs Java 17 and ``pip install pyspark``, Dask
``pip install 'dask[bag]'``)::

    python examples/corpus_jobs.py spark wheel news.jsonl -o out.jsonl
    python examples/corpus_jobs.py spark binary news.jsonl --extract target/release/examples/extract
    python examples/corpus_jobs.py dask wheel news.jsonl

On a cluster, see the repository README ("Python" section): the wheel is
installed in the executors' Python (or shipped as a packed virtual
environment, with PYSPARK_PYTHON pointing into it), the binary shipped with
``--files``.
"""

import argparse
import itertools
import json
import os
import shlex
import subprocess
import sys
from typing import Any, Dict, Iterable, Iterator, List, Optional

import newsie

#: Documents per ``extract_batch`` call: bounds a worker's memory whatever
#: the partition size.
BATCH = 512


def extract_command(extract: str) -> List[str]:
    """The ``extract`` command line that reads JSON Lines on standard input
    (an empty partition gives no record) and writes what the wheel way does."""
    return [extract, "--quiet", "--input", "jsonl", "--offsets", "chars", "-"]


def _id(doc: Dict[str, Any]) -> Any:
    # As the binary: a string id as it is, another value as compact JSON.
    value = doc.get("id")
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def wheel_partition(
    lines: Iterable[str], extractor: newsie.Extractor, threads: int = 1
) -> Iterator[str]:
    """The output lines of the JSON Lines documents in `lines`, in order."""
    docs = (json.loads(line) for line in lines if line.strip())
    while True:
        batch = list(itertools.islice(docs, BATCH))
        if not batch:
            return
        records = extractor.extract_batch(
            [d["text"] for d in batch], ids=[_id(d) for d in batch], threads=threads
        )
        for doc, record in zip(batch, records):
            meta = {k: doc[k] for k in sorted(doc) if k not in ("id", "text")}
            if meta:
                record["meta"] = meta
            yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def binary_partition(lines: Iterable[str], command: List[str]) -> List[str]:
    """The output lines of `lines` piped through the ``extract`` command."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(command, input=data.encode("utf-8"), stdout=subprocess.PIPE)
    # 1 means a document failed and still has its record; 2 is a usage error.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} exited with {done.returncode}")
    return done.stdout.decode("utf-8").splitlines()


def spark_session(cores: int = 2):
    """A local-mode Spark session whose workers run this Python."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("newsie")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_job(
    spark,
    corpus: str,
    way: str,
    extract: Optional[str] = None,
    extractor: Optional[newsie.Extractor] = None,
    partitions: int = 4,
    threads: int = 1,
) -> List[str]:
    """Runs the corpus through newsie on Spark; returns the output lines in
    corpus order."""
    sc = spark.sparkContext
    # The workers import this file for wheel_partition.
    sc.addPyFile(os.path.abspath(__file__))
    lines = sc.textFile(corpus, minPartitions=partitions)
    if way == "wheel":
        ex = extractor if extractor is not None else newsie.Extractor()
        out = lines.mapPartitions(lambda part: wheel_partition(part, ex, threads))
    elif way == "binary":
        if extract is None:
            raise ValueError("the binary way needs the extract binary's path")
        out = lines.pipe(shlex.join(extract_command(extract)), checkCode=True)
    else:
        raise ValueError(f"way: expected wheel or binary, got {way!r}")
    return out.collect()


def dask_job(
    corpus: str,
    way: str,
    extract: Optional[str] = None,
    extractor: Optional[newsie.Extractor] = None,
    blocksize: str = "1MiB",
    scheduler: str = "processes",
    threads: int = 1,
) -> List[str]:
    """The same on Dask (a bag of lines, one task per block of the file),
    with worker processes by default."""
    import dask.bag as db

    lines = db.read_text(corpus, blocksize=blocksize, encoding="utf-8")
    if way == "wheel":
        ex = extractor if extractor is not None else newsie.Extractor()
        out = lines.map_partitions(lambda part: list(wheel_partition(part, ex, threads)))
    elif way == "binary":
        if extract is None:
            raise ValueError("the binary way needs the extract binary's path")
        out = lines.map_partitions(binary_partition, extract_command(extract))
    else:
        raise ValueError(f"way: expected wheel or binary, got {way!r}")
    return out.compute(scheduler=scheduler)


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("engine", choices=["spark", "dask"])
    p.add_argument("way", choices=["wheel", "binary"])
    p.add_argument("corpus", help="a JSON Lines file with id and text fields")
    p.add_argument("--extract", help="the extract binary (for the binary way)")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("-o", "--output", help="output file [default: standard output]")
    a = p.parse_args(argv)
    if a.engine == "spark":
        spark = spark_session()
        try:
            lines = spark_job(spark, a.corpus, a.way, a.extract, partitions=a.partitions)
        finally:
            spark.stop()
    else:
        lines = dask_job(a.corpus, a.way, a.extract)
    text = "".join(line + "\n" for line in lines)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as out:
            out.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
