#!/bin/sh
# usage: score_corpus.sh KAMERREF SOURCE_DIR MIN_F1
# Scores `extract --json` on the bundled corpus against the shared gold file
# (../shared beside the checkout). Fails below MIN_F1 strict F1 or when any
# document field is wrong.
kamerref=$1; src=$2; min_f1=$3
shared="$src/../shared"
if [ ! -x "$shared/tools/score-extract" ]; then
  echo "no $shared/tools/score-extract: cannot score" >&2
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$kamerref" extract --json "$src"/corpus/vao/* >"$out" || exit 1
summary=$("$shared/tools/score-extract" "$shared/gold/vao.json" "$out" --verbose --min-f1 "$min_f1")
code=$?
echo "$summary"
[ $code -eq 0 ] || exit 1
# every document field right: "document fields N/N"
echo "$summary" | tail -n 1 | grep -Eq 'document fields ([0-9]+)/\1$' || { echo "document fields wrong" >&2; exit 1; }
