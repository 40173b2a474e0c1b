"""Corpus jobs on Spark (local mode) and Dask, each two ways (the wheel in
the workers, the ``extract`` binary piped), against a plain ``extract`` run.

Records are compared as parsed JSON: the binary writes ``meta`` fields back
byte for byte as the input had them, the wheel way writes them as Python's
``json`` does (escapes, spacing), so only the values can be equal. Set
NEWSIE_ENGINE_CORPORA to more JSON Lines files (separated by ``os.pathsep``)
to compare on them too.
"""

import json
import os
import pathlib
import shutil
import sys

import pytest

from conftest import EXAMPLES, binary_records

sys.path.insert(0, str(EXAMPLES))
import corpus_jobs  # noqa: E402


def corpora(corpus):
    extra = os.environ.get("NEWSIE_ENGINE_CORPORA", "")
    return [corpus] + [pathlib.Path(p) for p in extra.split(os.pathsep) if p]


def assert_same(got_lines, want, what):
    got = [json.loads(line) for line in got_lines]
    assert len(got) == len(want), f"{what}: {len(got)} records, extract wrote {len(want)}"
    for i, (g, w) in enumerate(zip(got, want)):
        assert g == w, f"{what}: record {i} ({w.get('id')}) differs"


@pytest.fixture(scope="module")
def spark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.skip("SKIPPED: PySpark is not installed (pip install pyspark): the Spark jobs did not run")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        pytest.skip("SKIPPED: no Java on PATH or JAVA_HOME (Spark needs Java 17): the Spark jobs did not run")
    session = corpus_jobs.spark_session(cores=2)
    yield session
    session.stop()


@pytest.mark.parametrize("way", ["wheel", "binary"])
def test_spark_job_matches_extract(spark, corpus, extract_bin, way):
    for path in corpora(corpus):
        want = binary_records(extract_bin, path)
        lines = corpus_jobs.spark_job(spark, str(path), way, extract=extract_bin, partitions=4)
        assert_same(lines, want, f"spark {way} on {path.name}")


def test_spark_ships_a_custom_extractor(spark, corpus, tmp_path, extract_bin):
    # The extractor goes to the workers pickled, with its gazetteer's text:
    # the file is gone before the job runs.
    g = tmp_path / "mine.tsv"
    g.write_text("wire\tORGANIZATION\tWire\tWire\t\n", encoding="utf-8")
    import newsie

    ex = newsie.Extractor(gazetteers=[g])
    g.unlink()
    lines = corpus_jobs.spark_job(spark, str(corpus), "wheel", extractor=ex, partitions=3)
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    records = [json.loads(line) for line in lines]
    assert [r["entities"] for r in records] == [ex.extract(t)["entities"] for t in texts]


@pytest.fixture(scope="module")
def dask_bag():
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        pytest.skip("SKIPPED: Dask is not installed (pip install 'dask[bag]'): the Dask jobs did not run")


@pytest.mark.parametrize("way", ["wheel", "binary"])
def test_dask_job_matches_extract(dask_bag, corpus, extract_bin, way):
    for path in corpora(corpus):
        want = binary_records(extract_bin, path)
        # Blocks small enough for several tasks on the test corpus.
        blocksize = max(4096, path.stat().st_size // 4)
        lines = corpus_jobs.dask_job(str(path), way, extract=extract_bin, blocksize=blocksize)
        assert_same(lines, want, f"dask {way} on {path.name}")
