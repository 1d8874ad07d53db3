#!/bin/sh
# usage: same_output_test.sh KAMERREF SOURCE_DIR SHARED_DIR WORK_DIR CASE [--update]
# Issue 15: the extraction's rewrites for speed must not change a byte of its
# output. Each case runs `extract --json` and compares with what the project
# recorded in tests/data/same-output/ before the rewrite:
#   vao        the bundled corpus (corpus/vao)           -> vao.jsonl
#   sample     the 150 real motion XMLs (SHARED_DIR)     -> motions-sample.jsonl
#   generated  100 MB of scripts/gen-corpus, seed 1      -> generated-100mb-seed1.sha256
# A change that another issue makes on purpose re-records the expectation
# with --update (and its commit says why the output changed).
kamerref=$1; src=$2; shared=$3; work=$4; case=$5; update=$6
expected_dir="$src/tests/data/same-output"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# paths as a user gives them, relative to the folder above the corpus, so
# that the `file` fields do not depend on where the checkout lies
extract_in() {  # DIR PATH
  (cd "$1" && "$kamerref" extract --json --quiet -j 2 "$2") >"$out" || { echo "extract failed in $1 on $2" >&2; exit 1; }
}

compare_lines() {  # EXPECTED
  if [ "$update" = "--update" ]; then cp "$out" "$1"; echo "recorded $1"; return; fi
  if ! cmp -s "$1" "$out"; then
    echo "extract output differs from $1:" >&2
    diff "$1" "$out" | head -c 4000 >&2
    exit 1
  fi
  echo "same output: $(wc -l <"$out") lines, $(wc -c <"$out") bytes"
}

case "$case" in
  vao)
    extract_in "$src" corpus/vao
    compare_lines "$expected_dir/vao.jsonl" ;;
  sample)
    [ -d "$shared/corpus/motions-sample" ] || { echo "no $shared/corpus/motions-sample" >&2; exit 1; }
    extract_in "$shared" corpus/motions-sample
    compare_lines "$expected_dir/motions-sample.jsonl" ;;
  generated)
    # the generator's hash in the folder's name: a changed generator makes a new corpus
    generator=$(sha1sum "$src/scripts/gen-corpus" | cut -c1-8)
    corpus="$work/generated-100mb-seed1-$generator"
    if [ ! -f "$corpus/.complete" ]; then
      rm -rf "$corpus"
      python3 "$src/scripts/gen-corpus" "$corpus/gen" --size-mb 100 --seed 1 >/dev/null || exit 1
      touch "$corpus/.complete"
    fi
    extract_in "$corpus" gen
    got=$(sha256sum <"$out" | cut -d' ' -f1)
    if [ "$update" = "--update" ]; then
      echo "$got" >"$expected_dir/generated-100mb-seed1.sha256"; echo "recorded $got"; exit 0
    fi
    want=$(cat "$expected_dir/generated-100mb-seed1.sha256")
    [ "$got" = "$want" ] || { echo "extract output of the generated corpus: sha256 $got, recorded $want" >&2; exit 1; }
    echo "same output: $(wc -l <"$out") lines, $(wc -c <"$out") bytes, sha256 $got" ;;
  *) echo "unknown case $case" >&2; exit 2 ;;
esac
