"""Loads the GraphML, node-link JSON and CSV exports of one graph and joins
them on the vertex ids, as an analyst combining tools would: the three must
name the same vertices and edges and agree on their attributes, and an absent
value must be absent (no `footnote` 0, no empty strings) in GraphML.

usage: join_exports.py GRAPH.graphml GRAPH.json CSV_FOLDER
"""
import collections
import csv
import json
import sys

import networkx as nx


def main():
    graphml, node_link, folder = sys.argv[1:4]
    problems = []

    g = nx.read_graphml(graphml)
    data = json.load(open(node_link, encoding="utf-8"))
    with open(f"{folder}/nodes.csv", encoding="utf-8", newline="") as f:
        csv_nodes = {row["id"]: row for row in csv.DictReader(f)}
    with open(f"{folder}/edges.csv", encoding="utf-8", newline="") as f:
        csv_edges = list(csv.DictReader(f))
    json_nodes = {n["id"]: n for n in data["nodes"]}

    # the same vertices under the same ids
    if set(g.nodes) != set(json_nodes) or set(json_nodes) != set(csv_nodes):
        problems.append(f"vertex ids differ: graphml {len(g.nodes)}, json {len(json_nodes)}, csv {len(csv_nodes)}; "
                        f"e.g. {sorted(set(g.nodes) ^ set(json_nodes))[:3]}")
    for node_id, attrs in g.nodes(data=True):
        if node_id not in json_nodes or node_id not in csv_nodes:
            continue
        for key in ("kind", "title", "date", "dossier", "label"):
            j = json_nodes[node_id].get(key, "")
            c = csv_nodes[node_id][key]
            m = attrs.get(key, "")
            if not (j == c == m):
                problems.append(f"{node_id} {key}: graphml {m!r}, json {j!r}, csv {c!r}")
        for key, value in attrs.items():
            if value == "":
                problems.append(f"graphml {node_id}: empty {key} written; absent values are absent")

    # the same edges between the same ids
    def edge_set(rows):
        return collections.Counter((r["source"], r["target"], r["kind"], r.get("relation", "")) for r in rows)

    graphml_edges = []
    for u, v, attrs in g.edges(data=True):
        graphml_edges.append({"source": u, "target": v, "kind": attrs["kind"], "relation": attrs.get("relation", "")})
        if attrs.get("footnote") == 0:
            problems.append(f"graphml {u}->{v}: footnote 0 written for no footnote")
        for key, value in attrs.items():
            if value == "":
                problems.append(f"graphml {u}->{v}: empty {key} written")
    if not (edge_set(graphml_edges) == edge_set(data["links"]) == edge_set(csv_edges)):
        problems.append("edges differ between the exports")
    # footnotes: absent in all three together
    json_footnotes = collections.Counter((l["source"], l["target"], l["footnote"]) for l in data["links"])
    csv_footnotes = collections.Counter((r["source"], r["target"], int(r["footnote"]) if r["footnote"] else None)
                                        for r in csv_edges)
    graphml_footnotes = collections.Counter((u, v, a.get("footnote")) for u, v, a in g.edges(data=True))
    if not (json_footnotes == csv_footnotes == graphml_footnotes):
        problems.append("footnotes differ between the exports")
    if not any(f is None for (_, _, f) in json_footnotes) or not any(f for (_, _, f) in json_footnotes):
        problems.append("the graph needs edges with and without a footnote for this test")

    for p in problems[:20]:
        print(p, file=sys.stderr)
    print(f"{len(json_nodes)} vertices and {len(data['links'])} edges join across GraphML, JSON and CSV"
          if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
