"""The Python API: records, offsets, batches, errors, pickling, forking."""

import copy
import doctest
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading

import pytest

import newsie
from conftest import SENTENCES, TEXTS


@pytest.fixture(scope="module")
def ex():
    return newsie.Extractor()


def spans_of(record):
    """Every (offsets, text) pair a record has: entities, arguments,
    sources, and sentences with their evidence."""
    for e in record["entities"]:
        yield e, e["text"]
    for r in record["relations"]:
        for arg in r["args"].values():
            yield arg, arg["text"]
        if "source" in r:
            yield r["source"], r["source"]["text"]
        if "evidence" in r:
            yield r["sentence"], r["evidence"]


# (text, expected (type, id, text) of the entities)
ENTITY_CASES = [
    ("Peru sold drones to Chile.", [("COUNTRY", "PER", "Peru"), ("WEAPON", "drone", "drones"), ("COUNTRY", "CHL", "Chile")]),
    ("Perú vendió drones a Chile.", [("COUNTRY", "PER", "Perú"), ("WEAPON", "drone", "drones"), ("COUNTRY", "CHL", "Chile")]),
    ("🚀🚀 Russia attacked Ukraine.", [("COUNTRY", "RUS", "Russia"), ("COUNTRY", "UKR", "Ukraine")]),
    ("中国 said China sold drones to Pakistan.", [("COUNTRY", "CHN", "China"), ("WEAPON", "drone", "drones"), ("COUNTRY", "PAK", "Pakistan")]),
    ("Markets were calm.", []),
    ("", []),
]


@pytest.mark.parametrize("text,want", ENTITY_CASES)
def test_entities(ex, text, want):
    rec = ex.extract(text)
    assert [(e["type"], e["id"], e["text"]) for e in rec["entities"]] == want
    assert rec["error"] is None and rec["id"] is None


def test_record_has_the_wire_schema(ex):
    rec = ex.extract("Peru sold Peruvian-made drones to Chile.", id="d-1")
    assert list(rec) == ["id", "entities", "relations", "error"]
    assert rec["id"] == "d-1"
    drone = rec["entities"][2]
    assert (drone["id"], drone["class"], drone["origin"], drone["kind"]) == ("drone", "drone", "PER", "name")
    (r,) = rec["relations"]
    assert (r["type"], r["factuality"]) == ("supply", "asserted")
    assert r["rule"] in newsie.Extractor().rule_ids()
    assert set(r["args"]) == {"supplier", "recipient", "item"}
    assert "evidence" not in r


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_are_characters_and_bytes_kept(ex, text):
    rec = ex.extract(text, evidence=True)
    raw = text.encode("utf-8")
    for span, shown in spans_of(rec):
        assert text[span["start"] : span["end"]] == shown
        assert raw[span["byte_start"] : span["byte_end"]].decode("utf-8") == shown


def test_non_ascii_offsets_differ_from_bytes(ex):
    text = "Señora Núñez said Perú sold drones to Chile."
    chile = ex.extract(text)["entities"][-1]
    assert (chile["text"], chile["start"], chile["byte_start"]) == ("Chile", 38, 42)


def test_lone_surrogates_keep_offsets(ex):
    # Not UTF-8: each surrogate counts as one character, as Python counts.
    text = "\ud800 Peru sold drones to \udfff Chile."
    rec = ex.extract(text)
    assert [text[e["start"] : e["end"]] for e in rec["entities"]] == ["Peru", "drones", "Chile"]


def test_evidence_is_the_sentence(ex):
    text = "Markets were calm. Señora Núñez said Perú sold drones to Chile."
    (r,) = ex.extract(text, evidence=True)["relations"]
    assert r["evidence"] == "Señora Núñez said Perú sold drones to Chile."
    assert text[r["sentence"]["start"] : r["sentence"]["end"]] == r["evidence"]


@pytest.mark.parametrize("threads", [1, 2, 3, 8, None])
def test_batch_equals_single_in_input_order(ex, threads):
    texts = TEXTS * 3
    ids = [f"t{i}" for i in range(len(texts))]
    batch = ex.extract_batch(texts, ids=ids, threads=threads, evidence=True)
    assert batch == [ex.extract(t, id=i, evidence=True) for t, i in zip(texts, ids)]


def test_batch_takes_any_iterable(ex):
    got = ex.extract_batch(t for t in SENTENCES[:3])
    assert got == [ex.extract(t) for t in SENTENCES[:3]]
    assert ex.extract_batch([]) == []
    assert ex.extract_batch(["Peru sold drones to Chile."], ids=[7])[0]["id"] == 7


@pytest.mark.parametrize(
    "call,error,message",
    [
        (lambda ex: ex.extract(5), TypeError, "str"),
        (lambda ex: ex.extract_batch(["ok", b"bytes"]), TypeError, "texts[1] is bytes, not str"),
        (lambda ex: ex.extract_batch("abc", threads=0), ValueError, "threads must be at least 1"),
        (lambda ex: ex.extract_batch(["a", "b"], ids=["x"]), ValueError, "1 ids for 2 texts"),
        (lambda ex: ex.extract_batch(5), TypeError, "not iterable"),
    ],
)
def test_argument_errors(ex, call, error, message):
    with pytest.raises(error, match=message.replace("[", r"\[").replace("]", r"\]")):
        call(ex)


def test_relation_schema_matches_rule_ids(ex):
    schema = ex.relation_schema()
    names = [r["name"] for r in schema]
    assert names[:8] == ["supply", "use", "attack", "sanction", "train", "support", "accuse", "role"]
    families = {rule.split("/")[0] for rule in ex.rule_ids()}
    assert families <= set(names)
    role = next(r for r in schema if r["name"] == "role")
    by_name = {x["name"]: x for x in role["roles"]}
    assert by_name["title"] == {"name": "title", "required": False, "types": ["TEXT"]}
    assert by_name["organization"]["types"] == ["COUNTRY", "ORGANIZATION"]


ACME = "acme\tORGANIZATION\tAcme Arms\tAcme\t\n"


def test_own_gazetteer_and_disable(tmp_path):
    g = tmp_path / "mine.tsv"
    g.write_text(ACME, encoding="utf-8")
    ex = newsie.Extractor(gazetteers=[g], disable=["supply"])
    rec = ex.extract("Acme Arms sold rifles to Peru.")
    assert rec["entities"][0]["id"] == "acme"
    assert rec["relations"] == []
    assert not any(r.startswith("supply/") for r in ex.rule_ids())
    assert repr(ex) == f"newsie.Extractor(gazetteers=[{str(g)!r}], disable=['supply'])"


def test_without_defaults(tmp_path):
    g = tmp_path / "only.tsv"
    g.write_text(ACME, encoding="utf-8")
    ex = newsie.Extractor(gazetteers=[str(g)], default_gazetteers=False, default_rules=False)
    rec = ex.extract("Acme Arms sold drones to Peru.")
    assert [e["id"] for e in rec["entities"]] == ["acme"]
    assert ex.relation_schema() == [] and ex.rule_ids() == []


# (file name, content, kind, line, column, start of the message)
BUILD_ERRORS = [
    ("bad.tsv", b"acme\tORGANISATION\tAcme Arms\tAcme\t\n", "gazetteer", 1, 6, "unknown entity type 'ORGANISATION'"),
    (
        "bad.rules",
        b"relation deal  seller:ACTOR!  buyer:ACTOR!\nrule deal/x\n  pattern: <sellr> ..4 sold ..4 to <buyer>\n",
        "rule",
        3,
        13,
        "unknown role 'sellr'",
    ),
    ("latin1.tsv", b"# caf\xe9\n", "io", 1, 6, "invalid UTF-8"),
]


@pytest.mark.parametrize("name,content,kind,line,column,message", BUILD_ERRORS)
def test_build_errors_are_located(tmp_path, name, content, kind, line, column, message):
    path = tmp_path / name
    path.write_bytes(content)
    arg = {"rules": [path]} if name.endswith(".rules") else {"gazetteers": [path]}
    with pytest.raises(newsie.Error) as info:
        newsie.Extractor(**arg)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.kind, err.file, err.line, err.column) == (kind, str(path), line, column)
    first, quoted, caret = str(err).split("\n")
    assert first.startswith(f"{path}:{line}:{column}: {message}")
    assert quoted.startswith("  | ")
    assert caret == "  | " + " " * (column - 1) + "^"


def test_missing_file_and_unknown_rule(tmp_path):
    with pytest.raises(newsie.Error, match="nowhere.tsv") as info:
        newsie.Extractor(gazetteers=[tmp_path / "nowhere.tsv"])
    assert (info.value.kind, info.value.line) == ("io", None)
    with pytest.raises(newsie.Error, match="no rule or family 'suply'") as info:
        newsie.Extractor(disable=["suply"])
    assert info.value.kind == "rule"


def test_pickle_carries_the_files(tmp_path):
    g = tmp_path / "mine.tsv"
    g.write_text(ACME, encoding="utf-8")
    ex = newsie.Extractor(gazetteers=[g], disable=["support"])
    data = pickle.dumps(ex)
    g.unlink()  # a worker elsewhere has no copy of the file
    back = pickle.loads(data)
    text = "Acme Arms sold rifles to Peru and supports Chile."
    assert back.extract(text) == ex.extract(text)
    assert back.rule_ids() == ex.rule_ids()
    assert repr(back) == repr(ex)
    assert pickle.loads(pickle.dumps(newsie.Extractor())).extract(text) == newsie.Extractor().extract(text)


def test_copies_share(ex):
    for c in (copy.copy(ex), copy.deepcopy(ex)):
        assert c.extract(SENTENCES[0]) == ex.extract(SENTENCES[0])


def _child_batch(texts):
    return _FORKED.extract_batch(texts, threads=2)


_FORKED = None


def test_fork_after_threaded_batches():
    global _FORKED
    _FORKED = newsie.Extractor()
    want = _FORKED.extract_batch(TEXTS, threads=4)  # threads existed before the fork
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(2) as pool:
        got = pool.map(_child_batch, [TEXTS] * 4)
    assert got == [want] * 4


def _spawned_batch(ex):
    return ex.extract_batch(TEXTS, threads=2)


def test_spawned_workers_rebuild_from_pickle(tmp_path):
    g = tmp_path / "mine.tsv"
    g.write_text(ACME, encoding="utf-8")
    ex = newsie.Extractor(gazetteers=[g])
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        assert pool.map(_spawned_batch, [ex]) == [ex.extract_batch(TEXTS)]


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_no_threads_outlive_a_batch():
    # In a fresh interpreter, where nothing else starts threads.
    code = (
        "import newsie\n"
        "def threads():\n"
        "    with open('/proc/self/status') as f:\n"
        "        return next(int(l.split()[1]) for l in f if l.startswith('Threads:'))\n"
        "ex = newsie.Extractor()\n"
        "before = threads()\n"
        "ex.extract_batch(['Peru sold drones to Chile.'] * 100, threads=4)\n"
        # A joined thread may take a moment to leave the kernel's count.
        "import time\n"
        "deadline = time.monotonic() + 5\n"
        "while threads() != before and time.monotonic() < deadline:\n"
        "    time.sleep(0.01)\n"
        "print(before, threads())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1"]


def test_gil_is_released_while_extracting(ex):
    text = " ".join(SENTENCES) * 3000  # a few MB: long enough to watch
    started, done = threading.Event(), threading.Event()

    def work():
        started.set()
        ex.extract(text)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    spins = 0
    while not done.is_set():
        spins += 1
    t.join()
    # With the GIL held, this thread would run only between the call's
    # end and `done.set()`.
    assert spins > 1000


def test_concurrent_calls_agree(ex):
    want = ex.extract_batch(TEXTS, threads=1)
    results = [None] * 4

    def work(i):
        results[i] = ex.extract_batch(TEXTS, threads=2)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [want] * 4


def test_docstring_examples():
    objects = [newsie, newsie.Extractor] + [
        getattr(newsie.Extractor, name)
        for name in ("extract", "extract_batch", "relation_schema")
    ]
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    parser = doctest.DocTestParser()
    examples = 0
    for obj in objects:
        test = parser.get_doctest(obj.__doc__, {"newsie": newsie}, getattr(obj, "__name__", "?"), None, 0)
        examples += len(test.examples)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
    assert examples >= 12
