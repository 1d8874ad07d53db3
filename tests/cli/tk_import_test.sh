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
#  2b. `render motion` over the same: the vote panel (outcome, totals,
#     fracties) in the SVG; over the sample's import "vote not linked".
#  2c. Names from the sample's Persoon records in audit and motion view.
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

# 2b. The motion view beside the import: the outcome, the totals and the
# fracties by name in the picture (and its vote bar, a cell per fractie)
"$kamerref" render motion kst-29754-758 "$tmp/tk.jsonl" "$src/corpus/vao" -o "$tmp/758.svg" 2>"$tmp/render.err" ||
  die "render motion exits $?: $(cat "$tmp/render.err")"
for want in 'Kamer: aangenomen, 2 oktober 2025' '147 voor – 3 tegen' 'voor 147: ' 'tegen 3: ' 'VVD 24' 'PVV 37' \
            'cabinet: Oordeel Kamer' 'zaak 2025Z18464'; do
  sed 's/&#45;/-/g' "$tmp/758.svg" | grep -qF "$want" || die "render motion: no $want in the SVG"
done
# a motion of the sample whose vote the data do not tie to it: said so, no bar
"$kamerref" render motion kst-29754-758 "$tmp/sample.jsonl" "$src/corpus/vao" -o "$tmp/758-sample.svg" 2>/dev/null ||
  die "render motion over the sample exits $?"
grep -qF 'vote not linked' "$tmp/758-sample.svg" || die "render motion over the sample: no 'vote not linked'"
grep -qF 'voor 147' "$tmp/758-sample.svg" && die "render motion over the sample: votes drawn that are not linked"

# 2c. Names: the Zaak says "Motie van het lid Eerdmans"; the sample's Persoon
# and his hoofdelijke votes give "Joost Eerdmans" of JA21 (persoon.json,
# stemming.json), in the audit (JSON and text) and in the motion view
eerdmans=$shared/tk-opendata/xml/kst-21501-20-2207.xml
"$kamerref" audit motions --json "$tmp/sample.jsonl" "$eerdmans" >"$tmp/names.json" 2>/dev/null || die "audit of 2207 exits $?"
python3 - "$tmp/names.json" <<'PY' || die "audit --json: kamer.indieners of kst-21501-20-2207 not Joost Eerdmans (JA21)"
import json, sys
found = [f for f in json.load(open(sys.argv[1])) if f["id"] == "kst-21501-20-2207"]
who = found[0]["kamer"]["indieners"] if found else []
sys.exit(0 if who and who[0]["full_name"] == "Joost Eerdmans" and who[0]["fractie"] == "JA21" else 1)
PY
"$kamerref" audit motions "$tmp/sample.jsonl" "$eerdmans" 2>/dev/null | grep -q '^  per the Kamer: Joost Eerdmans (JA21)$' ||
  die "audit text: no 'per the Kamer: Joost Eerdmans (JA21)'"
"$kamerref" render motion kst-21501-20-2207 "$tmp/sample.jsonl" "$eerdmans" -o "$tmp/2207.svg" 2>/dev/null ||
  die "render motion kst-21501-20-2207 exits $?"
grep -qF 'indieners: Joost Eerdmans (JA21)' "$tmp/2207.svg" || die "render motion: no full name and fractie"

# 3
printf '[{"Id": "x", "Afkorting": ' >"$tmp/broken.json"
"$kamerref" import tk "$fixture" "$tmp/broken.json" -o "$tmp/partial.jsonl" 2>"$tmp/partial.err"
code=$?
[ $code = 3 ] || die "malformed page: exit $code, not 3"
grep -q "^kamerref: $tmp/broken.json: malformed JSON at byte [0-9]*" "$tmp/partial.err" || die "malformed page: not named"
grep -q '"id":"kst-29754-758"' "$tmp/partial.jsonl" || die "malformed page: the good page's motion lost"

exit $fail
