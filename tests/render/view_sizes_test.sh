#!/bin/sh
# usage: view_sizes_test.sh KAMERREF SOURCE_DIR [SHARED_DIR]
# Every view, with its defaults, on the bundled corpus and on the 150 real
# motions of ../shared/corpus/motions-sample (SHARED_DIR, else
# KAMERREF_SHARED, says where shared/ is) fits a page: an SVG no larger than
# 2,400 x 1,700 pt, readable on A3 (no text under 8 pt once printed there),
# exit 0 and nothing on stderr (no Graphviz message, no warning).
kamerref=$1; src=$2
shared=${3:-${KAMERREF_SHARED:-$src/../shared}}
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
failed=0

check() {  # NAME CORPUS VIEW [ARG]
  name=$1; corpus=$2; shift 2
  "$kamerref" render --quiet "$@" "$corpus" --as-of 2026-11-23 -o "$out/$name.svg" 2>"$out/$name.err"
  code=$?
  # LeakSanitizer's count of suppressed leaks (fontconfig, Graphviz) and its
  # blank lines in the sanitizer build are not kamerref speaking: left out,
  # everything else stays
  grep -v -E '^$|^-+$|^Suppressions used:$|^ +count +bytes +template$|^ +[0-9]+ +[0-9]+ +[^ ]+$' \
    "$out/$name.err" >"$out/$name.err.tool"
  mv "$out/$name.err.tool" "$out/$name.err"
  if [ $code -ne 0 ]; then
    echo "FAIL $name: exit $code"; cat "$out/$name.err"; failed=1; return
  fi
  if [ -s "$out/$name.err" ]; then
    echo "FAIL $name: stderr not empty:"; cat "$out/$name.err"; failed=1
  fi
  # readable on A3: the smallest text, times the scale Graphviz drew with
  # (the `scale()` of the outer group) and the scale that brings the picture
  # onto A3 (1191 x 842 pt, landscape or portrait, never enlarged), is 8 pt
  # or more
  verdict=$(python3 - "$out/$name.svg" <<'PY'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
size = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', svg)
if not size:
    print("FAIL no width and height in pt"); sys.exit()
width, height = float(size.group(1)), float(size.group(2))
scale = re.search(r'class="graph" transform="scale\(([0-9.]+)', svg)
drawn = float(scale.group(1)) if scale else 1.0
onto_a3 = min(1.0, max(min(1191 / width, 842 / height), min(842 / width, 1191 / height)))
fonts = [float(f) for f in re.findall(r'font-size="([0-9.]+)"', svg)]
smallest = min(fonts) * drawn * onto_a3 if fonts else 0
ok = fonts and smallest >= 8 - 1e-9 and width <= 2400 and height <= 1700
print("%s %.0f x %.0f pt, smallest text %.1f pt on A3" % ("ok  " if ok else "FAIL", width, height, smallest))
PY
)
  echo "${verdict%% *} $name: ${verdict#* }"
  case $verdict in ok*) ;; *) failed=1 ;; esac
}

vao=$src/corpus/vao
check vao-overview "$vao" overview
check vao-dossiers "$vao" dossiers
check vao-commitments "$vao" commitments
check vao-chain "$vao" chain "$vao/2026-05-22_voortgangsbrief-vao.md"
check vao-motion "$vao" motion kst-29754-758
check vao-around "$vao" around kst-29754-771
check vao-dossier "$vao" dossier 29754
# the README's chain example once printed `Something is probably seriously
# wrong` and `Error: lost ... edge` with --max-nodes 40
check vao-chain-40 "$vao" chain "$vao/2026-05-22_voortgangsbrief-vao.md" --max-nodes 40

motions=$shared/corpus/motions-sample
if [ -d "$motions" ]; then
  check sample-overview "$motions" overview
  check sample-dossiers "$motions" dossiers
  check sample-commitments "$motions" commitments
  check sample-chain "$motions" chain kst-31288-1201
  check sample-motion "$motions" motion kst-31288-1201
  check sample-around "$motions" around kst-31288-1201
  check sample-dossier "$motions" dossier 36600
else
  echo "no $motions: only the bundled corpus was checked"
fi
exit $failed
