#!/usr/bin/env bash
# usage: tk_import_test.sh KAMERREF SOURCE_DIR SHARED_DIR
# Issue 14 end to end, through the real binary:
#  1. `import tk` over the whole sample folder: exit 0, 40 motion lines, 6
#     with votes, the others "vote not linked".
#  2. The official shape (tests/data/tk/zaak-expand-besluit-kst-29754-758.json,
#     assembled for the test from the sample's real records) imported, then
#     `audit motions` over it and the bundled corpus: the Kamer adopted
#     kst-29754-758 on 2025-10-02, 147 voor / 3 tegen by fractie, cabinet
#     "Oordeel Kamer", beside the government's follow-up from the letters.
#  3. A malformed page beside a good one: exit 3, the file and byte named,
#     the good page's motion still written.
set -u
kamerref=$1
src=$2
shared=$3
[ -d "$shared/tk-opendata" ] || { echo "no $shared/tk-opendata" >&2; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
die() { echo "FAIL: $*" >&2; fail=1; }

# 1
"$kamerref" import tk "$shared/tk-opendata" -o "$tmp/sample.jsonl" 2>"$tmp/sample.err" || die "import of the sample exits $?"
[ "$(grep -c '^{"tk":"motion"' "$tmp/sample.jsonl")" = 40 ] || die "not 40 motions"
[ "$(grep '^{"tk":"motion"' "$tmp/sample.jsonl" | grep -c '"votes":{')" = 6 ] || die "not 6 motions with votes"
[ "$(grep -c '"note":"vote not linked"' "$tmp/sample.jsonl")" = 34 ] || die "not 34 'vote not linked'"
grep -q '40 motions (6 with their Besluit linked, 6 with votes)' "$tmp/sample.err" || die "no summary on stderr"

# 2
fixture=$src/tests/data/tk/zaak-expand-besluit-kst-29754-758.json
"$kamerref" import tk "$fixture" -o "$tmp/tk.jsonl" 2>/dev/null || die "import of the official shape exits $?"
"$kamerref" audit motions --json "$tmp/tk.jsonl" "$src/corpus/vao" >"$tmp/audit.json" 2>/dev/null || die "audit --json exits $?"
finding_758() {  # the finding of kst-29754-758: from its id to the next finding
  awk '/^  \{/{keep=0} /"id": "kst-29754-758"/{keep=1} keep' "$tmp/audit.json"
}
block=$(finding_758)
for want in '"decision": "aangenomen"' '"date": "2025-10-02"' '"source": "tk-opendata"' '"zaak": "2025Z18464"' \
            '"tk_document": "2025D43019"' '"kabinetsappreciatie": "Oordeel Kamer"' '"voor": 147' '"tegen": 3' \
            '"complete": true' '"fractie": "VVD"' '"relation": "uitvoering"'; do
  echo "$block" | grep -qF "$want" || die "audit --json: no $want for kst-29754-758"
done
"$kamerref" audit motions "$tmp/tk.jsonl" "$src/corpus/vao" >"$tmp/audit.txt" 2>/dev/null || die "audit exits $?"
grep -q '^  Kamer: aangenomen (tk-opendata, 2025-10-02)' "$tmp/audit.txt" || die "text: no kamer line"
grep -q '^  votes: 147 voor, 3 tegen$' "$tmp/audit.txt" || die "text: no votes line"
grep -q '^  cabinet: Oordeel Kamer$' "$tmp/audit.txt" || die "text: no cabinet line"
grep -q '^    Tegen: ' "$tmp/audit.txt" || die "text: no votes by fractie"
grep -q '; 1 adopted, 0 of them answered by no document$' "$tmp/audit.txt" || die "text: no count of adopted motions"
"$kamerref" audit motions --adopted-only "$tmp/tk.jsonl" "$src/corpus/vao" >"$tmp/adopted.txt" 2>/dev/null || die "--adopted-only exits $?"
head -n 1 "$tmp/adopted.txt" | grep -q '^1 motion,' || die "--adopted-only: not the one adopted motion"
# without the import nothing is adopted: the texts of the corpus do not say it
"$kamerref" audit motions --adopted-only "$src/corpus/vao" >"$tmp/none.txt" 2>/dev/null || die "--adopted-only without import exits $?"
head -n 1 "$tmp/none.txt" | grep -q '^0 motions' || die "--adopted-only without import: motions listed"

# 3
printf '[{"Id": "x", "Afkorting": ' >"$tmp/broken.json"
"$kamerref" import tk "$fixture" "$tmp/broken.json" -o "$tmp/partial.jsonl" 2>"$tmp/partial.err"
code=$?
[ $code = 3 ] || die "malformed page: exit $code, not 3"
grep -q "^kamerref: $tmp/broken.json: malformed JSON at byte [0-9]*" "$tmp/partial.err" || die "malformed page: not named"
grep -q '"id":"kst-29754-758"' "$tmp/partial.jsonl" || die "malformed page: the good page's motion lost"

exit $fail
