#!/bin/sh
# usage: audit_vao_commitments.sh KAMERREF VAO_DIR
# Issue 13 on the bundled corpus, as a reader of `audit commitments` sees it:
# the two promises of 2 December 2025 (kst-29754-771) that both say `Over de
# ontwikkelingen hieromtrent ...` are told apart by their topics; as of
# 2026-11-23 the multistakeholdergroep promise is overdue and the zorgplicht
# promise is fulfilled by the voortgangsbrief of 22 May 2026, quoting a
# passage about the zorgplicht.
kamerref=$1; vao=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$kamerref" audit commitments --as-of 2026-11-23 "$vao" >"$out" || exit 1
# one line per finding: id, status, topic, the quotes of what kept it
awk '
  /^commitment-/ { if (id != "") print id "\t" status "\t" topic "\t" kept; id = $1; status = $2; topic = ""; kept = "" }
  /^  topic: / { topic = substr($0, 10) }
  /^  kept by / { kept = kept " | " $0 }
  END { if (id != "") print id "\t" status "\t" topic "\t" kept }
' "$out" | grep '^commitment-kst-29754-771-' >"$out.rows"
trap 'rm -f "$out" "$out.rows"' EXIT
fail=0
multi=$(grep -i 'multistakeholdergroep' "$out.rows" | awk -F'\t' '$3 ~ /multistakeholdergroep/')
zorg=$(awk -F'\t' '$3 ~ /zorgplicht/' "$out.rows")
if [ "$(printf '%s\n' "$multi" | grep -c .)" != 1 ]; then
  echo "expected one 2025-12-02 promise whose topic names the multistakeholdergroep" >&2; fail=1
fi
if [ "$(printf '%s\n' "$zorg" | grep -c .)" != 1 ]; then
  echo "expected one 2025-12-02 promise whose topic names the zorgplicht" >&2; fail=1
fi
printf '%s\n' "$multi" | awk -F'\t' '$2 != "overdue" { print "multistakeholdergroep promise is " $2 ", expected overdue"; exit 1 }' >&2 || fail=1
printf '%s\n' "$zorg" | awk -F'\t' '$2 != "fulfilled" { print "zorgplicht promise is " $2 ", expected fulfilled"; exit 1 }' >&2 || fail=1
printf '%s\n' "$zorg" | awk -F'\t' '$4 !~ /kept by doc-2026-05-22-voortgangsbrief-vao/ || $4 !~ /zorgplicht/ {
  print "zorgplicht promise not kept by the 22 May 2026 voortgangsbrief with a zorgplicht passage: " $4; exit 1 }' >&2 || fail=1
if [ $fail != 0 ]; then
  cat "$out" >&2
fi
exit $fail
