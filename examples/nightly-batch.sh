#!/usr/bin/env bash
# Nightly batch over a large enterprise file: validate, score in shards (one per machine or process),
# merge, and report. Usage: examples/nightly-batch.sh items.jsonl enterprises.jsonl out/ [shards=2]
set -euo pipefail
items=$1; enterprises=$2; out=$3; shards=${4:-2}
cli="node $(dirname "$0")/../dist/cli.js"
mkdir -p "$out"
$cli validate "$enterprises" --kind enterprise --rejected "$out/rejected.jsonl" --quiet || [ $? -eq 3 ]
for i in $(seq 1 "$shards"); do
  $cli match --items "$items" --enterprises "$enterprises" --top 50 --shard "$i/$shards" --quiet --out "$out/shard-$i.jsonl" || [ $? -eq 3 ] &
done
wait
$cli merge "$out"/shard-*.jsonl --top 50 --out "$out/top50.jsonl"
$cli report --matches "$out/top50.jsonl" --items "$items" --enterprises "$enterprises" --top 10 --out "$out/report.html" || [ $? -eq 3 ]
echo "nightly: $(wc -l < "$out/top50.jsonl") matches → $out/top50.jsonl, $out/report.html"
