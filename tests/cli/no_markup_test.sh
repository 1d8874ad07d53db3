#!/bin/sh
# usage: no_markup_test.sh KAMERREF SHARED_DIR
# Runs the real motion XMLs of ../shared/corpus/motions-sample through every
# output (extract table and JSON Lines, graph JSON/GraphML/CSV/DOT, both audits
# as JSON, the HTML report) and fails on any tag or entity of the source
# format in them: `<tekstregel`, `</kamerstukkop>`, `&amp;`. In GraphML and
# HTML, which are markup themselves, a leak shows escaped: `&lt;datum`,
# `&amp;nbsp;`. The sample is needed: CI has ../shared beside the checkout.
kamerref=$1; sample="$2/corpus/motions-sample"
[ -f "$sample/truth.tsv" ] || { echo "no $sample" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
# the sample's README.md quotes XML tags as text (`<rijkswetnr>` in a code
# span): it is left out, the 150 publications are what is tested
walk="--exclude README.md"
run() {  # run NAME COMMAND...: the command must succeed
  name=$1; shift
  "$@" >"$dir/$name" 2>"$dir/$name.err" || { echo "failed: $*" >&2; cat "$dir/$name.err" >&2; fail=1; }
}
run extract.jsonl "$kamerref" extract --json $walk "$sample"
run extract.txt "$kamerref" extract $walk "$sample"
run graph.json "$kamerref" graph --format json $walk "$sample"
run graph.dot "$kamerref" graph --format dot $walk "$sample"
run graph.graphml "$kamerref" graph --format graphml $walk "$sample"
run graph.csv "$kamerref" graph --format csv -o "$dir/csv" $walk "$sample"
run motions.json "$kamerref" audit motions --json $walk "$sample"
run commitments.json "$kamerref" audit commitments --json --as-of 2026-01-01 $walk "$sample"
run report.out "$kamerref" report $walk "$sample" -o "$dir/report.html"
# A source tag or entity as plain text (JSON, CSV, DOT, tables)...
plain='<[A-Za-z/][A-Za-z0-9._:-]*[ >/]|&[A-Za-z]+;|&#[0-9]+;'
# ...and as escaped text inside GraphML and HTML
escaped='&lt;[A-Za-z/]|&amp;[A-Za-z]+;|&amp;#[0-9]+;|\\u003c[A-Za-z/]'
for f in extract.jsonl extract.txt graph.json graph.dot csv/nodes.csv csv/edges.csv motions.json commitments.json; do
  [ -s "$dir/$f" ] || { echo "empty output: $f" >&2; fail=1; continue; }
  # DOT's own HTML-like labels are not source markup: a DOT file is checked
  # in its quoted strings
  if grep -Eq "$plain" "$dir/$f"; then
    echo "markup in $f:" >&2; grep -Eo ".{0,60}($plain).{0,40}" "$dir/$f" | head -5 >&2; fail=1
  fi
done
for f in graph.graphml report.html; do
  [ -s "$dir/$f" ] || { echo "empty output: $f" >&2; fail=1; continue; }
  if grep -Eq "$escaped" "$dir/$f"; then
    echo "markup in $f:" >&2; grep -Eo ".{0,60}($escaped).{0,40}" "$dir/$f" | head -5 >&2; fail=1
  fi
done
exit $fail
