#!/usr/bin/env bash
# usage: determinism_test.sh KAMERREF CORPUS_DIR
# Issue 7: same inputs give byte-identical outputs in every format, whatever
# the locale or the time zone. Runs every output of every command on the
# corpus under LC_ALL=C TZ=UTC, then under other locales and time zones
# (every UTF-8 locale the machine has, nl_NL.UTF-8 when installed; zones on
# both sides of the date line), and compares the bytes. The default "today"
# (audit commitments and report without --as-of) is part of the comparison:
# it is the date in the Netherlands, not in TZ.
set -u
kamerref=$1
corpus=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# run_all DIR: every output format, each in its own file under DIR
run_all() {
  local out=$1
  mkdir -p "$out"
  "$kamerref" extract --json "$corpus" >"$out/extract.jsonl" 2>"$out/extract.err"
  "$kamerref" extract "$corpus" >"$out/extract.txt" 2>>"$out/other.err"
  "$kamerref" graph "$corpus" >"$out/graph.txt" 2>>"$out/other.err"
  for format in dot graphml json; do
    "$kamerref" graph "$corpus" --format $format -o "$out/graph.$format" 2>>"$out/graph.err"
  done
  "$kamerref" graph "$corpus" --format csv -o "$out/csv" 2>>"$out/graph.err"
  "$kamerref" stats "$corpus" >"$out/stats.txt" 2>>"$out/other.err"
  "$kamerref" chain "$corpus/2026-05-22_voortgangsbrief-vao.md" "$corpus" --depth 3 >"$out/chain.txt" 2>>"$out/other.err"
  "$kamerref" audit motions --json "$corpus" >"$out/audit-motions.json" 2>>"$out/other.err"
  "$kamerref" audit motions "$corpus" >"$out/audit-motions.txt" 2>>"$out/other.err"
  "$kamerref" audit commitments --json --as-of 2026-11-23 "$corpus" >"$out/audit-commitments.json" 2>>"$out/other.err"
  "$kamerref" audit commitments --json "$corpus" >"$out/audit-commitments-today.json" 2>>"$out/other.err"
  "$kamerref" audit commitments "$corpus" >"$out/audit-commitments-today.txt" 2>>"$out/other.err"
  "$kamerref" render overview "$corpus" -o "$out/overview.svg" 2>>"$out/render.err"
  "$kamerref" render overview "$corpus" -o "$out/overview.dot" 2>>"$out/render.err"
  "$kamerref" report "$corpus" --as-of 2026-11-23 -o "$out/report.html" 2>>"$out/report.err"
  "$kamerref" report "$corpus" -o "$out/report-today.html" 2>>"$out/report.err"
  # what kamerref says; not what a sanitizer build adds at exit (LeakSanitizer
  # counts of suppressed leaks in fontconfig vary from run to run)
  for err in "$out"/*.err; do
    # "wrote <path>" names this run's own folder: compare it as OUT
    grep '^kamerref:' "$err" | sed "s|$out/|OUT/|g" >"$err.tool"
    mv "$err.tool" "$err"
  done
}

# A run may straddle midnight in the Netherlands; then "today" differs for a
# reason that is not the environment. Check the date before and after.
nl_date() { TZ=Europe/Amsterdam date +%F; }
before=$(nl_date)
LC_ALL=C TZ=UTC run_all "$tmp/base"
for f in extract.jsonl graph.dot graph.graphml graph.json csv/nodes.csv csv/edges.csv audit-motions.json \
         audit-commitments.json overview.svg report.html; do
  [ -s "$tmp/base/$f" ] || { echo "no output in $f" >&2; cat "$tmp/base"/*.err >&2; exit 1; }
done

locales=(C.UTF-8)
for wanted in nl_NL.UTF-8 nl_NL.utf8 de_DE.UTF-8 en_US.UTF-8; do
  locale -a 2>/dev/null | grep -qix "${wanted/UTF-8/utf8}" && locales+=("$wanted")
done
locales+=(POSIX)
zones=(Pacific/Auckland America/Los_Angeles Europe/Amsterdam Asia/Kolkata)
runs=$(( ${#locales[@]} > ${#zones[@]} ? ${#locales[@]} : ${#zones[@]} ))
fail=0
for ((i = 0; i < runs; i++)); do
  loc=${locales[$((i % ${#locales[@]}))]}
  zone=${zones[$((i % ${#zones[@]}))]}
  [ -e "/usr/share/zoneinfo/$zone" ] || zone=UTC-13  # a POSIX TZ string where there is no tzdata
  LC_ALL=$loc LANG=$loc TZ=$zone run_all "$tmp/$i"
  if ! diff -r "$tmp/base" "$tmp/$i" >"$tmp/diff" 2>&1; then
    echo "LC_ALL=$loc TZ=$zone gives other bytes than LC_ALL=C TZ=UTC:" >&2
    head -n 40 "$tmp/diff" >&2
    fail=1
  fi
done
if [ $fail -ne 0 ] && [ "$(nl_date)" != "$before" ]; then
  echo "midnight passed in the Netherlands during the run; cannot tell" >&2
  exit 77
fi
echo "identical under LC_ALL=C TZ=UTC and: ${locales[*]} (time zones ${zones[*]})"
exit $fail
