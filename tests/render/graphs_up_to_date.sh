#!/bin/sh
# usage: graphs_up_to_date.sh KAMERREF SOURCE_DIR
# Fails when the committed graphs/ differ from what scripts/make-graphs makes
# now. The fresh copy is made next to graphs/ (same depth), so that the
# report's relative links to the corpus are the same.
kamerref=$1
source_dir=$2
fresh=$(mktemp -d "$source_dir/.graphs-check.XXXXXX") || exit 1
trap 'rm -rf "$fresh"' EXIT
KAMERREF=$kamerref "$source_dir/scripts/make-graphs" "$(basename "$fresh")" || exit 1
if ! diff -r -q "$source_dir/graphs" "$fresh"; then
  echo "graphs/ is out of date: run scripts/make-graphs and commit the result" >&2
  diff -r "$source_dir/graphs" "$fresh" | head -40 >&2
  exit 1
fi
echo "graphs/ is up to date"
