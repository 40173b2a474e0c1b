"""Shared fixtures: invented news texts, a JSON Lines corpus made of them,
and the ``extract`` binary the engine tests compare against."""

import json
import os
import pathlib
import random
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "bindings" / "python" / "examples"

# Invented sentences: relations, non-ASCII text, emoji, nothing at all.
SENTENCES = [
    "Peru sold drones to Chile, officials said.",
    "Chile denied buying missiles from Peru.",
    "The United States imposed sanctions on Iran over its missile program.",
    "Iranian-made drones were launched by Russia against Ukraine.",
    "Bolivia accused Paraguay of shelling villages near the border.",
    "Canada will train Ukrainian soldiers next spring, the minister said.",
    "São Tomé and Príncipe signed a fishing accord with Portugal.",
    "Señora Núñez said Perú sold drones to Chile in março.",
    "Türkiye delivered Bayraktar TB2 drones to Ukraine.",
    "Officials in Tehran said Iran had not supplied weapons to Russia.",
    "🚀 Rockets hit Kyiv overnight 🚀; Russia attacked Ukraine again.",
    "Markets were calm on Tuesday.",
    "NATO backs Finland, a spokesman said.",
    "Japan may supply air defense systems to the Philippines.",
    "Η Ελλάδα: Greece sent tanks to Cyprus, the ministry said.",
    "中国 China and Pakistan held joint drills near the coast.",
    "Iran's sale of drones to Russia drew criticism from France and Germany.",
    "The European Union sanctioned Belarus after the vote.",
    "Venezuela received fighter jets from Russia, according to the report.",
    "Cuba blamed the US for the blackout.",
]

TEXTS = SENTENCES + [
    "",
    "   \n\n  ",
    " ".join(SENTENCES),
    "\n\n".join(SENTENCES[::-1]),
    " ".join(SENTENCES[:4]) * 40,
]


def make_corpus(path: pathlib.Path, n: int = 160, seed: int = 7) -> pathlib.Path:
    """Writes `n` JSON Lines documents of invented sentences, with meta
    fields of every JSON kind, and returns the path."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(0, 5)))
            doc = {"id": f"doc-{i}", "title": f"Story {i} — día {i % 7}", "text": text}
            if i % 3 == 0:
                doc["tags"] = ["world", "é", i]
            if i % 5 == 0:
                doc["source"] = {"name": "Wire", "rank": i, "ok": True, "none": None}
            if i == 11:
                doc["id"] = 11  # the binary writes a number as "11"
            # Every document has its line: ensure_ascii varies the escapes.
            f.write(json.dumps(doc, ensure_ascii=bool(i % 2)) + "\n")
    return path


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> pathlib.Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl")


@pytest.fixture(scope="session")
def extract_bin() -> str:
    """The ``extract`` binary: $NEWSIE_EXTRACT, or the workspace's release
    build (``cargo test --release`` makes it; built here if missing)."""
    given = os.environ.get("NEWSIE_EXTRACT")
    if given:
        return given
    path = ROOT / "target" / "release" / "examples" / "extract"
    if not path.exists():
        if not shutil.which("cargo") or not (ROOT / "Cargo.toml").exists():
            pytest.skip(
                "SKIPPED: no extract binary (set NEWSIE_EXTRACT, or run from the "
                "repository with cargo installed)"
            )
        subprocess.run(
            ["cargo", "build", "--release", "--example", "extract"], cwd=ROOT, check=True
        )
    return str(path)


def binary_records(extract: str, corpus: pathlib.Path) -> list:
    """A plain ``extract`` run over the corpus, as the engine jobs run it."""
    out = subprocess.run(
        [extract, "--quiet", "--offsets", "chars", str(corpus)],
        stdout=subprocess.PIPE,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
