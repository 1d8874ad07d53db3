#!/bin/sh
# usage: refuse_input_test.sh KAMERREF SOURCE_DIR
# An output that is one of the inputs is refused (exit 2) and left as it was.
kamerref=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cp "$2/corpus/vao/2025-12-02_brief-rapport-schimmige-scheidslijnen.txt" "$tmp/brief.svg"
cp "$tmp/brief.svg" "$tmp/original"
fail=0
# A folder walk reads brief.svg only when told to (--include): the refusal
# follows what the command reads.
for command in "render overview --include brief.svg $tmp -o $tmp/brief.svg" "render overview $tmp/brief.svg -o $tmp/./brief.svg" \
               "report --include brief.svg $tmp -o $tmp/brief.svg" "graph --include brief.svg $tmp --format dot -o $tmp/brief.svg"; do
  # shellcheck disable=SC2086
  "$kamerref" $command 2>"$tmp/err"
  code=$?
  [ "$code" -eq 2 ] || { echo "$command: exit $code, expected 2" >&2; fail=1; }
  grep -q "is one of the inputs" "$tmp/err" || { echo "$command: no reason given" >&2; fail=1; }
  cmp -s "$tmp/brief.svg" "$tmp/original" || { echo "$command overwrote its input" >&2; fail=1; }
done
exit $fail
