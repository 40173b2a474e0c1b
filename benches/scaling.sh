#!/usr/bin/env bash
# MB/s and peak memory of the extract binary at 10, 100 and 200 MB of corpus,
# on 1 and 2 threads.
#
# Usage: benches/scaling.sh [SIZES_MB...]      (default: 10 100 200)
#
# The corpus is the UN General Debate speeches of ../shared/data/corpus
# (1990-2024, then 1946-1989), or the gzip JSON Lines files in NEWSIE_CORPUS
# (space-separated), cut to whole documents at each size. Peak memory is the
# maximum resident set size that GNU time reports for the whole process.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/../shared/data/corpus"
CORPORA="${NEWSIE_CORPUS:-$DATA/ungdc_1990_2024.jsonl.gz $DATA/ungdc_1946_1989.jsonl.gz}"
SIZES="${*:-10 100 200}"
for c in $CORPORA; do
    [ -f "$c" ] || { echo "SKIPPED: corpus $c not found"; exit 0; }
done
command -v /usr/bin/time >/dev/null || { echo "SKIPPED: needs GNU time (/usr/bin/time)"; exit 0; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && cargo build --release --quiet --example extract)
BIN="$ROOT/target/release/examples/extract"

echo "| corpus MB | documents | threads | MB/s | peak RSS MB | relations |"
echo "|---:|---:|---:|---:|---:|---:|"
for mb in $SIZES; do
    # Whole documents until the text reaches the size; every field is kept.
    python3 - "$mb" $CORPORA > "$WORK/corpus.jsonl" <<'PY'
import gzip, json, sys
limit, total = float(sys.argv[1]) * 1e6, 0
for path in sys.argv[2:]:
    for line in gzip.open(path, "rt", encoding="utf-8"):
        if total >= limit:
            sys.exit(0)
        text = json.loads(line).get("text") or ""
        if text:
            total += len(text.encode())
            sys.stdout.write(line)
if total < limit:
    print(f"only {total / 1e6:.0f} MB of corpus", file=sys.stderr)
PY
    docs=$(wc -l < "$WORK/corpus.jsonl")
    for threads in 1 2; do
        /usr/bin/time -f "%M" -o "$WORK/rss" "$BIN" --threads "$threads" "$WORK/corpus.jsonl" \
            > /dev/null 2> "$WORK/summary"
        # The binary's summary: "... N relations, ... in S s (X MB/s)".
        summary="$(tail -n 1 "$WORK/summary")"
        mbs="$(sed -n 's/.*(\([0-9.]*\) MB\/s).*/\1/p' <<< "$summary")"
        rel="$(sed -n 's/.* \([0-9]*\) relations.*/\1/p' <<< "$summary")"
        rss="$(awk '{printf "%.0f", $1 / 1024}' "$WORK/rss")"
        echo "| $mb | $docs | $threads | $mbs | $rss | $rel |"
    done
done
