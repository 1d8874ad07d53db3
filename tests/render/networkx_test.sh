#!/bin/sh
# usage: networkx_test.sh KAMERREF SOURCE_DIR
# Exports the bundled corpus as GraphML and node-link JSON and reads both with
# networkx (scripts/setup installs python3-networkx; without it the test fails).
kamerref=$1
source_dir=$2
python=""
for candidate in python3 /usr/bin/python3; do  # pyenv first, then Debian's
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import networkx" 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "networkx is not installed: run scripts/setup, which installs python3-networkx" >&2
  exit 1
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
corpus="$source_dir/corpus/vao"
"$kamerref" graph "$corpus" --format graphml -o "$tmp/graph.graphml" || exit 1
"$kamerref" graph "$corpus" --format json -o "$tmp/graph.json" || exit 1
# `reference graph: 6 documents, 26 vertices, 33 edges`
summary=$("$kamerref" graph "$corpus" | head -n 1)
vertices=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) vertices.*/\1/p')
edges=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) edges.*/\1/p')
[ -n "$vertices" ] && [ -n "$edges" ] || { echo "cannot read the summary: $summary" >&2; exit 1; }
"$python" "$source_dir/tests/render/read_exports.py" "$tmp/graph.graphml" "$tmp/graph.json" "$vertices" "$edges"
