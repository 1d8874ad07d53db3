#!/bin/sh
# usage: render_formats_test.sh KAMERREF SOURCE_DIR
# Every view in every format; the format follows the file's extension.
kamerref=$1
corpus=$2/corpus/vao
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # file, bytes expected among its first eight
  head -c 8 "$1" | grep -a -q -F "$2" || { echo "$1 does not start with $2" >&2; fail=1; }
}
for view in overview "motion kst-29754-758" "chain kst-29754-771" commitments; do
  name=$(echo "$view" | tr ' ' '-')
  for ext in svg png pdf dot; do
    # shellcheck disable=SC2086
    "$kamerref" render $view "$corpus" --as-of 2026-11-23 -o "$tmp/$name.$ext" || { echo "render $view .$ext failed" >&2; fail=1; }
  done
  check "$tmp/$name.svg" "<?xml"
  check "$tmp/$name.png" "PNG"
  check "$tmp/$name.pdf" "%PDF-"
  check "$tmp/$name.dot" "digraph"
  grep -q "</svg>" "$tmp/$name.svg" || { echo "$name.svg is not whole" >&2; fail=1; }
done
# options reach the picture
"$kamerref" render overview "$corpus" --kinds motion,person --since 2025-01-01 -o "$tmp/only.dot" || fail=1
grep -q "kst-29754-436" "$tmp/only.dot" && { echo "--kinds/--since let a 2017 kamerstuk through" >&2; fail=1; }
"$kamerref" render overview "$corpus" --max-nodes 10 -o "$tmp/small.dot" || fail=1
grep -q "more Kamerstukken" "$tmp/small.dot" || { echo "--max-nodes did not collapse" >&2; fail=1; }
# no temporary files left behind
[ "$(find "$tmp" -name '.*tmp*' | wc -l)" -eq 0 ] || { echo "temporary files left" >&2; fail=1; }
exit $fail
