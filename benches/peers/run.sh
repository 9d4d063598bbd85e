#!/usr/bin/env bash
# Times this crate, chrono-node and dateparser on the same texts, each in its own process.
# Usage: bash benches/peers/run.sh CORPUS.jsonl
set -euo pipefail
corpus=$(realpath "${1:?usage: run.sh CORPUS.jsonl}")
here=$(cd "$(dirname "$0")" && pwd)
work=${PEERS_DIR:-$(mktemp -d)}
mkdir -p "$work"

echo "== installing peers into $work" >&2
if [ ! -d "$work/node/node_modules/chrono-node" ]; then
  npm install --silent --prefix "$work/node" chrono-node@2 >&2
fi
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet dateparser >&2
fi
cp "$here/chrono_peer.mjs" "$work/node/"

cd "$here/../.."
cargo build --release --quiet --example throughput
# Wall time of a whole process, start-up and loading included, as a user running it sees it.
wall() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()))' "$corpus")

ours=$(target/release/examples/throughput "$corpus")
chrono=$(node "$work/node/chrono_peer.mjs" "$corpus")
dateparser=$("$work/venv/bin/python" "$here/dateparser_peer.py" "$corpus")
printf '%s\n%s\n%s\n' "$ours" "$chrono" "$dateparser"

echo "-- whole processes (start-up and loading included), $bytes bytes:"
s_ours=$(wall target/release/examples/throughput "$corpus" --once)
s_chrono=$(wall node "$work/node/chrono_peer.mjs" "$corpus")
s_dp=$(wall "$work/venv/bin/python" "$here/dateparser_peer.py" "$corpus")
for pair in "conflict-events:$s_ours" "chrono-node:$s_chrono" "dateparser:$s_dp"; do
  awk -v n="${pair%%:*}" -v s="${pair##*:}" -v b="$bytes" \
    'BEGIN { printf "process %s seconds=%.3f mb_per_s=%.3f\n", n, s, b / s / 1e6 }'
done

rate() { echo "$1" | grep "^$2 " | sed -E 's/.*mb_per_s=([0-9.]+).*/\1/'; }
times=$(rate "$ours" "conflict-events-times")
full=$(rate "$ours" "conflict-events-pipeline")
echo "-- ratios, parsing time only:"
for peer in chrono-node dateparser; do
  r=$(rate "$chrono
$dateparser" "$peer")
  awk -v t="$times" -v f="$full" -v r="$r" -v p="$peer" \
    'BEGIN { printf "ratio %s: time tagging %.1fx, whole pipeline %.1fx\n", p, t / r, f / r }'
done
