#!/bin/sh
# usage: csv_export_test.sh KAMERREF SOURCE_DIR
# --format csv -o FOLDER writes nodes.csv and edges.csv with one row per
# vertex and edge (plus the header).
kamerref=$1
corpus=$2/corpus/vao
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
"$kamerref" graph "$corpus" --format csv -o "$tmp/csv" || exit 1
summary=$("$kamerref" graph "$corpus" | head -n 1)
vertices=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) vertices.*/\1/p')
edges=$(echo "$summary" | sed -n 's/.* \([0-9][0-9]*\) edges.*/\1/p')
# rows end in CRLF; quoted cells of the bundled corpus hold no line breaks
node_rows=$(grep -c "$(printf '\r')\$" "$tmp/csv/nodes.csv")
edge_rows=$(grep -c "$(printf '\r')\$" "$tmp/csv/edges.csv")
[ "$node_rows" -eq $((vertices + 1)) ] || { echo "nodes.csv: $node_rows rows for $vertices vertices" >&2; exit 1; }
[ "$edge_rows" -eq $((edges + 1)) ] || { echo "edges.csv: $edge_rows rows for $edges edges" >&2; exit 1; }
head -n 1 "$tmp/csv/edges.csv" | grep -q "^source,target,key,kind,relation" || exit 1
