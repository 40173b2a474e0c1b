#!/usr/bin/env bash
# newsie beside the rule-based peers, in one run, on the same text.
#
# Usage: benches/peers.sh [MAX_MB]     (default 20; NEWSIE_CORPUS picks the corpus)
#
# Runs the peer harness of ../shared/peers (spaCy EntityRuler, EntityRuler +
# Matcher, FlashText, a bare aho-corasick scan) with newsie's own default
# gazetteer exported as the harness's TSV, then examples/stage_speed over the
# same first MAX_MB of the same corpus, and prints the ratios. The harness
# writes a venv and results next to itself, so it runs on a copy.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEERS_SRC="${PEERS_DIR:-$ROOT/../shared/peers}"
CORPUS="${NEWSIE_CORPUS:-$ROOT/../shared/data/corpus/ungdc_1990_2024.jsonl.gz}"
MB="${1:-20}"
if [ ! -d "$PEERS_SRC" ] || [ ! -f "$CORPUS" ]; then
    echo "SKIPPED: needs the peer harness ($PEERS_SRC) and a corpus ($CORPUS)"
    exit 0
fi
WORK="${PEERS_WORK:-$(mktemp -d)}"
mkdir -p "$WORK"
[ -d "$WORK/peers" ] || cp -r "$PEERS_SRC" "$WORK/peers"

# newsie's default gazetteer as (surface, type, id) rows: every name and alias.
python3 - "$ROOT/gazetteers" > "$WORK/newsie-gazetteer.tsv" <<'PY'
import pathlib, sys
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.tsv")):
    for line in f.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        aliases = [cols[2]] + [a.split(":", 1)[-1] for a in cols[3].split("|") if a.strip()]
        for a in aliases:
            print(f"{a.lstrip('=~').strip()}\t{cols[1]}\t{cols[0]}")
PY

(cd "$ROOT" && cargo build --release --quiet --example stage_speed)
PEERS="${PEERS:-rust-baseline spacy-entityruler spacy-matcher-supply spacy-spanruler-supply flashtext}"
(cd "$WORK/peers" && PEERS="$PEERS" RESULTS_NAME=newsie ./run.sh "$CORPUS" "$WORK/newsie-gazetteer.tsv" "$MB")
"$ROOT/target/release/examples/stage_speed" "$CORPUS" --max-mb "$MB" --repeat 5 > "$WORK/newsie.jsonl"

python3 - "$WORK/peers/results-newsie.json" "$WORK/newsie.jsonl" <<'PY'
import json, sys
peers = json.load(open(sys.argv[1]))
rows = peers["peers"]
ours = [json.loads(l) for l in open(sys.argv[2])]
speed = {r.get("peer"): r.get("mbps") for r in rows if r.get("mbps")}
print(f"\nsame text: {ours[0]['mb']:.1f} MB, {ours[0]['docs']} documents; newsie best of {ours[0]['runs']}")
print("| newsie stage | MB/s | counts |")
print("|---|---:|---|")
for o in ours:
    print(f"| {o['stage']} | {o['mb_s']:.1f} | {o['count']:,} {o['counts']} |")
print("\n| peer | MB/s | newsie entities / peer | newsie extract / peer |")
print("|---|---:|---:|---:|")
ent = next(o for o in ours if o["stage"] == "entities")["mb_s"]
ext = next(o for o in ours if o["stage"] == "extract")["mb_s"]
for peer, s in sorted(speed.items(), key=lambda kv: kv[1]):
    print(f"| {peer} | {s:.2f} | {ent / s:.2f}x | {ext / s:.2f}x |")
PY
