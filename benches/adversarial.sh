#!/usr/bin/env bash
# Per-byte cost and peak memory of the extract binary on adversarial single
# documents, against UN speeches and news headlines in the same run.
#
# Usage: benches/adversarial.sh [--mb 8] [--runs 3] [--only NAME,...] [BINARY...]
#        (default binary: target/release/examples/extract, built here)
#
# The inputs are made at run time (nothing is committed) by
# examples/adversarial_corpus.rs, from the definitions in
# tests/adversarial/inputs.rs, each one JSON Lines document of MB
# megabytes (10^6 bytes of text):
#
#   coordinated_lists  "Iran, Russia, China, Syria and Belarus supplied drones,
#                      missiles, tanks and rifles to Ukraine, ..." repeated
#   capitals_supply    every sentence a supply relation, in capitals
#   mixed_scripts      Arabic, Chinese, emoji and NUL bytes among English
#   trigger_sentence   one sentence of over a million tokens of trigger words,
#                      a country before every weapon, no sentence end
#   curly_quotes       curly quotes, dashes and ellipses around the words
#   names_list         lists of 50,000 person names, one list a sentence
#   title_case_sentence one title-case headline without end, a weapon's
#                      name after a verb of firing in every six words
#
# The references: un_speeches, the first MB of UN General Debate speeches
# (whole documents; NEWSIE_UN, default ../shared/data/corpus/ungdc_1990_2024),
# and headlines, news headlines in turn up to 10 MB, one short document a
# line (NEWSIE_HEADLINES, default ../shared/data/corpus/fwd_headlines_2021_2022).
# Each binary runs each input RUNS times with --threads 1, the binaries in
# turn on each input so that they share the machine's load; the table gives
# medians of the cost per MB, and that cost over the UN speeches' of the same
# binary: in CPU seconds (user + sys from GNU time, less a run on an empty
# document, which is building the extractor), the steadier measure on a
# shared machine, and in the binary's own wall-clock seconds (reading,
# extracting and writing JSON); then peak RSS from GNU time.
# ADVERSARIAL_WORK keeps the inputs in a directory of your choice (and
# reuses them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MB=8
RUNS=3
ONLY=""
BINS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) MB="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --only) ONLY="$2"; shift 2 ;;
        *) BINS+=("$1"); shift ;;
    esac
done
DATA="$ROOT/../shared/data/corpus"
UN="${NEWSIE_UN:-$DATA/ungdc_1990_2024.jsonl.gz}"
HEADLINES="${NEWSIE_HEADLINES:-$DATA/fwd_headlines_2021_2022.jsonl.gz}"
for f in "$UN" "$HEADLINES"; do
    [ -f "$f" ] || { echo "SKIPPED: reference corpus $f not found"; exit 0; }
done
command -v /usr/bin/time >/dev/null || { echo "SKIPPED: needs GNU time (/usr/bin/time)"; exit 0; }
if [ ${#BINS[@]} -eq 0 ]; then
    (cd "$ROOT" && cargo build --release --quiet --example extract)
    BINS=("$ROOT/target/release/examples/extract")
fi
WORK="${ADVERSARIAL_WORK:-$(mktemp -d)}"
mkdir -p "$WORK"

(cd "$ROOT" && cargo run --release --quiet --example adversarial_corpus -- "$WORK" --mb "$MB")
# The references: whole documents of UN speeches up to MB, and headlines
# (short documents) in turn up to 10 MB.
python3 - "$WORK" "$MB" "$UN" "$HEADLINES" <<'PY'
import gzip, itertools, json, pathlib, sys
work, mb, un, headlines = sys.argv[1:5]

def documents(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text:
                yield text

for name, docs, limit in [("un_speeches", documents(un), float(mb) * 1e6),
                          ("headlines", itertools.cycle(list(documents(headlines))), 10e6)]:
    path = pathlib.Path(work) / f"{name}.jsonl"
    if path.exists():
        continue
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        for i, text in enumerate(docs):
            if n >= limit:
                break
            f.write(json.dumps({"id": f"{name}-{i}", "text": text}, ensure_ascii=False) + "\n")
            n += len(text.encode())
PY

INPUTS="un_speeches headlines coordinated_lists capitals_supply mixed_scripts trigger_sentence curly_quotes names_list title_case_sentence"
if [ -n "$ONLY" ]; then INPUTS="un_speeches ${ONLY//,/ }"; fi
# An empty document: what a run costs before the first byte (building the
# extractor), taken off each run's CPU time.
echo '{"id":"empty","text":""}' > "$WORK/empty.jsonl"
# Runs interleaved (each binary on one input, then the next input), so that
# the binaries compared see the same load on a shared machine.
for run in $(seq "$RUNS"); do
    for input in empty $INPUTS; do
        for bin in "${BINS[@]}"; do
            /usr/bin/time -f "%M %U %S" -o "$WORK/time" "$bin" -j 1 -o /dev/null "$WORK/$input.jsonl" \
                2> "$WORK/summary" || true
            summary="$(grep ' MB/s' "$WORK/summary" | tail -n 1)"
            secs="$(sed -n 's/.* in \([0-9.]*\) s .*/\1/p' <<< "$summary")"
            rel="$(sed -n 's/.* \([0-9]*\) relations.*/\1/p' <<< "$summary")"
            read -r rss user sys < <(tail -n 1 "$WORK/time")
            echo -e "$bin\t$input\t$run\t$secs\t$rss\t$user\t$sys\t$rel"
        done
    done
done > "$WORK/runs.tsv"

python3 - "$WORK" "$WORK/runs.tsv" <<'PY'
import collections, json, pathlib, statistics, sys
work = pathlib.Path(sys.argv[1])
size = {}
for p in work.glob("*.jsonl"):
    size[p.stem] = sum(len(json.loads(l)["text"].encode()) for l in open(p, encoding="utf-8"))
runs = collections.defaultdict(list)
for line in open(sys.argv[2]):
    b, i, _, wall, rss, user, sys_, rel = line.rstrip("\n").split("\t")
    runs[b, i].append((float(user) + float(sys_), float(wall or "nan"), int(rss) / 1024, int(rel or 0)))
med = {k: [statistics.median(r[j] for r in rs) for j in range(3)] + [rs[0][3]] for k, rs in runs.items()}
bins = list(dict.fromkeys(b for b, _ in runs))
print("CPU: user + sys of the process less that of an empty document (building the")
print("extractor); wall: the binary's own timing. Medians of the runs; × UN is per byte.\n")
print("| input | MB | binary | CPU s/MB | × UN speeches | wall s/MB | × UN speeches | peak RSS MB | relations |")
print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
inputs = list(dict.fromkeys(i for _, i in runs if i != "empty"))
for i in inputs:
    mb = size[i] / 1e6
    for b in bins:
        cpu, wall, rss, rel = med[b, i]
        fixed = med[b, "empty"][0]
        un_cpu = (med[b, "un_speeches"][0] - fixed) / (size["un_speeches"] / 1e6)
        un_wall = med[b, "un_speeches"][1] / (size["un_speeches"] / 1e6)
        c = (cpu - fixed) / mb
        ratio = lambda x, un: f"{x / un:.1f}" if un > 0 else "-"
        print(f"| {i} | {mb:.1f} | {pathlib.Path(b).name} | {c:.3f} | {ratio(c, un_cpu)} | "
              f"{wall / mb:.3f} | {ratio(wall / mb, un_wall)} | {rss:.0f} | {rel:,} |")
PY
echo "inputs and raw runs: $WORK"
