#!/usr/bin/env bash
# Checks the HTML report of 10,000 headlines in headless Chromium: applies
# every filter, clicks the network and the timeline, pages through, and
# asserts what the page shows (tests/html_report.mjs). Skips loudly, and
# succeeds, when Chromium (Debian package `chromium`) or Node is missing.
#
#   bash tests/html_report.sh [--screenshot docs/report.png]
#
# The headlines: $NEWSIE_REPORT_CORPUS, else the reference corpus of
# forward-looking world-news headlines when this machine has it, else
# 10,000 invented ones.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
node=$(command -v node || true)
if [ -z "$chromium" ]; then
    echo "SKIPPED: html report check: chromium is not installed (apt-get install chromium)" >&2
    exit 0
fi
if [ -z "$node" ] || ! "$node" -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)'; then
    echo "SKIPPED: html report check: node 18 or newer is not installed" >&2
    exit 0
fi
corpus=${NEWSIE_REPORT_CORPUS:-/work/ref/fwd_headlines_2021_2022.jsonl}
cargo build -q --release --example extract
exec timeout 120 "$node" tests/html_report.mjs --bin target/release/examples/extract \
    --chromium "$chromium" --corpus "$corpus" "$@"
