#!/usr/bin/env bash
# usage: usability_test.sh KAMERREF SOURCE_DIR CASE
# Issue 16: the command line as a new user meets it. Each CASE runs the real
# binary on the bundled corpus and checks the exit code (SPEC section 4), what
# is said on stderr, and what is written.
set -u
kamerref=$1
source_dir=$2
case_name=$3
vao=$source_dir/corpus/vao
tests=$source_dir/tests/cli
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
die() { echo "$case_name: $*" >&2; fail=1; }

# run CODE ARGS...: `kamerref ARGS...` must exit CODE; stdout in $tmp/out,
# stderr in $tmp/err
run() {
  local want=$1 code
  shift
  "$kamerref" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  if [ "$code" -ne "$want" ]; then
    die "exit $code, expected $want: kamerref $*"
    sed 's/^/    /' "$tmp/err" >&2
  fi
}
# said PATTERN: stderr holds the fixed string PATTERN
said() { grep -qF -- "$1" "$tmp/err" || { die "stderr lacks: $1"; sed 's/^/    /' "$tmp/err" >&2; }; }
printed() { grep -qF -- "$1" "$tmp/out" || die "stdout lacks: $1"; }

case $case_name in
did_you_mean)
  run 2 extrct "$vao"
  said "unknown command 'extrct' for 'kamerref' (did you mean 'extract'?)"
  said "Subcommands:"  # the help of kamerref itself, which lists the commands
  # equally near (both start with `re`): the command table's order, the more used first
  run 2 re "$vao"
  said "unknown command 're' for 'kamerref' (did you mean 'render' or 'report'?)"
  run 2 audit motoins "$vao"
  said "unknown command 'motoins' for 'kamerref audit' (did you mean 'motions'?)"
  said "commitments"
  run 2 extract --jsn "$vao"
  said "unknown option '--jsn' for 'kamerref extract' (did you mean '--json'?)"
  said "--jobs"  # extract's own help
  run 2 --foo
  said "unknown option '--foo' for 'kamerref'"
  run 2 stats "$vao" --dosier 29754
  said "(did you mean '--dossier'?)"
  # enumerated options name their values
  run 2 graph "$vao" --format grapml
  said "dot,graphml,json,csv"
  run 2 render overview "$vao" --kinds kamerstuk,motie -o "$tmp/x.svg"
  said "unknown kind 'motie'; the kinds are document, kamerstuk, dossier"
  run 2 chain kst-29754-758 "$vao" --direction sideways
  said "up,down,both"
  ;;
help_version)
  run 0 help
  printed "extract"; printed "audit"; printed "Exit codes"
  run 0 help chain
  printed "--direction"; printed "--json"; printed "--dossier"
  run 0 help audit commitments
  printed "--as-of"
  run 0 version
  grep -Eq '^kamerref [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" || die "version: $(cat "$tmp/out")"
  run 0 --version
  run 2 help chian
  said "(did you mean 'chain'?)"
  ;;
id_as_written)
  run 0 chain kst-29754-758 "$vao" --json
  python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(d['id'] != 'kst-29754-758')" || die "chain --json of kst-29754-758"
  cp "$tmp/out" "$tmp/expected.json"
  for written in "Kamerstuk 29 754, nr. 758" "Kamerstukken II 2025/26, 29754, nr. 758" 29754-758 KST-29754-758 \
                 "$vao/2025-10-02_kst-29754-758_motie-michon-derkzen.xml"; do
    run 0 chain "$written" "$vao" --json
    cmp -s "$tmp/out" "$tmp/expected.json" || die "chain '$written' is not chain kst-29754-758"
  done
  # a TK document number names the document that carries it (metadata `Nummer: 2025D49428`)
  run 0 chain 2025D49428 "$vao" --json
  run 0 chain "$vao/2025-12-02_brief-rapport-schimmige-scheidslijnen.txt" "$vao" --json
  cp "$tmp/out" "$tmp/by-file.json"
  run 0 chain 2025D49428 "$vao" --json
  cmp -s "$tmp/out" "$tmp/by-file.json" || die "2025D49428 does not name the letter that carries it"
  # not in the graph: the nearest ids
  run 2 chain kst-29754-785 "$vao"
  said "kst-29754-785: not in the reference graph of the given documents (did you mean "
  said "'kst-29754-758'"
  run 2 chain "Kamerstuk 29 754, nr. 759" "$vao"
  said "did you mean"
  said "'kst-29754-758'"
  run 2 render motion 29754-785 "$vao" -o "$tmp/m.svg"
  said "'kst-29754-758'"
  ;;
stdin_stdout)
  file=$vao/2017-11-24_kst-29754-436_integrale-aanpak-terrorisme.txt
  "$kamerref" extract --json "$file" >"$tmp/by-name.jsonl" || die "extract FILE"
  "$kamerref" extract --json - <"$file" >"$tmp/stdin.jsonl" 2>"$tmp/err" || die "extract - failed: $(cat "$tmp/err")"
  python3 - "$tmp/by-name.jsonl" "$tmp/stdin.jsonl" <<'PY' || die "extract - differs from extract FILE"
import json, sys
a, b = (json.loads(open(p, encoding="utf-8").read()) for p in sys.argv[1:3])
assert b["file"] == "-", b["file"]
a.pop("file"); b.pop("file")
assert a["references"] and a == b, "different references"
PY
  "$kamerref" extract - <"$file" | grep -q "kst-29754-434" || die "extract - (table) lacks kst-29754-434"
  # a document without an official number takes its id from the name it is given
  md=$vao/2026-05-22_voortgangsbrief-vao.md
  "$kamerref" extract --json "$md" >"$tmp/by-name.jsonl"
  "$kamerref" extract --json --stdin-name "$md" - <"$md" >"$tmp/stdin.jsonl"
  cmp -s "$tmp/by-name.jsonl" "$tmp/stdin.jsonl" || die "extract --stdin-name NAME - differs from extract NAME"
  run 2 extract - "$file"
  said "- reads one document from standard input"
  # -o -: standard output, no file named -
  cd "$tmp" || exit 1
  run 0 graph "$vao" --format json
  cp "$tmp/out" "$tmp/plain.json"
  run 0 graph "$vao" --format json -o -
  cmp -s "$tmp/out" "$tmp/plain.json" || die "graph -o - differs from graph without -o"
  run 0 render overview "$vao" -o -
  head -c 300 "$tmp/out" | grep -q "<svg\|<?xml" || die "render -o - wrote no SVG on stdout"
  run 0 report "$vao" --as-of 2026-11-23 -o -
  grep -q "<html" "$tmp/out" || die "report -o - wrote no HTML on stdout"
  [ ! -e "$tmp/-" ] || die "a file named - was written"
  # where they wrote, unless --quiet
  run 0 report "$vao" --as-of 2026-11-23 -o "$tmp/r.html"
  said "kamerref: wrote $tmp/r.html"
  run 0 render overview "$vao" -o "$tmp/o.svg"
  said "kamerref: wrote $tmp/o.svg"
  run 0 graph "$vao" --format graphml -o "$tmp/g.graphml"
  said "kamerref: wrote $tmp/g.graphml"
  run 0 graph "$vao" --format graphml -o "$tmp/g2.graphml" --quiet
  [ ! -s "$tmp/err" ] || die "--quiet still said: $(cat "$tmp/err")"
  ;;
json)
  run 0 stats "$vao" --json --top 3
  cp "$tmp/out" "$tmp/stats.json"
  run 0 graph "$vao"
  python3 - "$tmp/stats.json" "$tmp/out" <<'PY' || die "stats --json"
import json, re, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
summary = open(sys.argv[2], encoding="utf-8").readline()
m = re.search(r"(\d+) documents, (\d+) vertices, (\d+) edges", summary)
assert (s["documents"], s["vertices"], s["edges"]) == tuple(map(int, m.groups())), (s, summary)
assert sum(s["vertex_kinds"].values()) == s["vertices"]
assert sum(s["edge_kinds"].values()) == s["edges"]
assert 0 < len(s["most_cited"]) <= 3 and all(set(c) == {"id", "label", "kind", "count"} for c in s["most_cited"])
assert s["components"] >= 1 and s["dossiers"][0]["id"].startswith("dossier-")
PY
  run 0 chain kst-29754-758 "$vao" --json --direction down --depth 2
  python3 - "$tmp/out" <<'PY' || die "chain --json"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
assert c["id"] == "kst-29754-758" and c["upstream"] is None
down = c["downstream"]
assert down["id"] == "kst-29754-758" and down["children"], down
assert all(child["depth"] == 1 for child in down["children"])
assert c["timeline"][0]["id"] and any(e["direction"] == "root" for e in c["timeline"])
assert all("date" not in e or e["date"] for e in c["timeline"])  # absent, never ""
assert c["longest_chain"]
PY
  ;;
filters)
  run 0 graph "$vao" --format json
  cp "$tmp/out" "$tmp/all.json"
  for selection in "--since 2025-01-01" "--until 2024-12-31" "--dossier 29754" "--dossier 29754 --since 2025-11-01 --until 2025-12-31"; do
    # shellcheck disable=SC2086
    run 0 graph "$vao" --format json $selection
    python3 "$tests/check_selection.py" "$tmp/all.json" "$tmp/out" $selection || die "graph $selection"
  done
  # every analysis and render command takes the selection, and it changes what they say
  run 0 audit commitments "$vao" --json --as-of 2026-11-23 --until 2017-12-31
  python3 -c "
import json, sys
ids = [c['id'] for c in json.load(open('$tmp/out'))]
assert ids and all(i.startswith('commitment-kst-29754-436-') for i in ids), ids" || die "audit commitments --until"
  run 0 audit motions "$vao" --json --since 2026-01-01
  python3 -c "
import json
motions = json.load(open('$tmp/out'))
answers = [r for m in motions for r in m['mentions'] if r['relation'] != 'ingediend']
# the answers come from the selected documents only; a motion keeps its own
# document (ingediend), cited by them, whatever its date
assert answers and all(r['date'] and r['date'] >= '2026-01-01' for r in answers), answers" || die "audit motions --since"
  run 0 stats "$vao" --json --dossier 36600
  python3 -c "import json; s=json.load(open('$tmp/out')); assert s['vertices'] == 0, s" || die "stats of a dossier nobody is in"
  run 0 chain kst-29754-758 "$vao" --since 2026-01-01 --json
  run 0 render overview "$vao" --until 2024-12-31 -o "$tmp/o.svg" --quiet
  run 0 report "$vao" --dossier 29754 -o "$tmp/r.html" --quiet
  run 2 stats "$vao" --since 2026-02-30
  said "not a date"
  run 2 stats "$vao" --dossier nr29754
  said "not a dossier number"
  ;;
validation)
  run 2 render motion kst-29754-436 "$vao" -o "$tmp/m.svg"
  said "kst-29754-436: kst-29754-436 is a kamerbrief"
  said "not a motion"
  [ ! -e "$tmp/m.svg" ] || die "a picture was written for a letter"
  run 0 render motion "Kamerstuk 29 754, nr. 758" "$vao" -o "$tmp/m.svg" --quiet
  run 2 stats "$vao" --top 0
  said "must be 1 or more"
  run 2 stats "$vao" --top -3
  run 2 extract -j 0 "$vao"
  said "must be 1 or more"
  run 2 chain kst-29754-758 "$vao" --depth -1
  run 2 render overview "$vao" -o "$tmp/o.svg" --max-nodes -5
  run 2 graph "$vao" --format csv -o -
  said "needs -o FOLDER"
  ;;
csv_excel)
  run 0 graph "$vao" --format csv -o "$tmp/rfc" --quiet
  run 0 graph "$vao" --format csv --csv-dialect excel -o "$tmp/excel" --quiet
  python3 - "$tmp/rfc" "$tmp/excel" <<'PY' || die "excel dialect"
import csv, sys
rfc, excel = sys.argv[1], sys.argv[2]
for name in ("nodes.csv", "edges.csv"):
    raw = open(f"{excel}/{name}", "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 byte order mark"
    assert not open(f"{rfc}/{name}", "rb").read().startswith(b"\xef\xbb\xbf"), f"{name}: rfc4180 has a BOM"
    assert b"\r\n" in raw and raw.count(b"\n") >= raw.count(b"\r\n"), name
    header = raw[3:raw.index(b"\r\n")].decode()
    assert ";" in header and "," not in header, header
    with open(f"{rfc}/{name}", encoding="utf-8", newline="") as f:
        default_rows = list(csv.reader(f))
    with open(f"{excel}/{name}", encoding="utf-8-sig", newline="") as f:
        excel_rows = list(csv.reader(f, delimiter=";"))
    assert default_rows == excel_rows, f"{name}: the two dialects hold different cells"
    assert any("ë" in cell or "ï" in cell for row in excel_rows for cell in row), f"{name}: no diacritics to test"
    # a cell with a line break or a ';' is quoted
    for row in excel_rows:
        assert all(len(row) == len(excel_rows[0]) for row in excel_rows)
PY
  ;;
export_join)
  run 0 graph "$vao" --format graphml -o "$tmp/g.graphml" --quiet
  run 0 graph "$vao" --format json -o "$tmp/g.json" --quiet
  run 0 graph "$vao" --format csv -o "$tmp/csv" --quiet
  python3 "$tests/join_exports.py" "$tmp/g.graphml" "$tmp/g.json" "$tmp/csv" || die "the exports do not join"
  ;;
*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac
exit $fail
