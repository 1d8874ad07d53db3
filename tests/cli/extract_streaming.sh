#!/usr/bin/env bash
# `extract` streams with N threads: the output is the same bytes for every -j,
# a progress line appears only on a terminal, and --quiet silences it.
# usage: extract_streaming.sh KAMERREF SOURCE_DIR
set -euo pipefail
cli=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# a generated corpus in four formats, with motions and letters bound across documents
python3 "$src/scripts/gen-corpus" "$work/gen" --size-mb 2 --seed 7 >/dev/null
cp -r "$src/corpus/vao" "$work/gen/vao"

"$cli" extract --json -j 1 "$work/gen" >"$work/j1.jsonl" 2>"$work/j1.err"
for jobs in 2 3 8; do
  "$cli" extract --json -j "$jobs" "$work/gen" >"$work/jn.jsonl" 2>/dev/null
  if ! cmp -s "$work/j1.jsonl" "$work/jn.jsonl"; then
    echo "FAIL: -j $jobs output differs from -j 1"
    diff <(head -c 2000 "$work/j1.jsonl") <(head -c 2000 "$work/jn.jsonl") || true
    exit 1
  fi
done
lines=$(wc -l <"$work/j1.jsonl")
files=$(find "$work/gen" -type f | wc -l)
[[ $lines -eq $files ]] || { echo "FAIL: $lines lines for $files files"; exit 1; }
# the corpus-wide binding happened (a motion or letter bound by another document)
grep -q '"bound_by":"corpus"' "$work/j1.jsonl" || { echo "FAIL: nothing bound across documents"; exit 1; }

# stderr is a file here: no progress line
[[ ! -s "$work/j1.err" ]] || { echo "FAIL: stderr not empty in a pipe:"; cat "$work/j1.err"; exit 1; }

# on a terminal (script gives the command one): a progress line; none with --quiet
if command -v script >/dev/null; then
  script -qec "'$cli' extract --json -j 2 '$work/gen' >/dev/null" "$work/tty.log" >/dev/null
  grep -q 'files .* MB/s' "$work/tty.log" || { echo "FAIL: no progress line on a terminal"; cat -v "$work/tty.log"; exit 1; }
  script -qec "'$cli' extract --json --quiet '$work/gen' >/dev/null" "$work/quiet.log" >/dev/null
  if grep -q 'MB/s' "$work/quiet.log"; then echo "FAIL: progress despite --quiet"; exit 1; fi
fi
echo "ok: -j 1, 2, 3, 8 identical over $files files; progress only on a terminal"
