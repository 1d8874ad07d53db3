"""Reads kamerref's GraphML and node-link JSON exports with networkx, as a
user of those formats would, and checks that every vertex and edge arrived
with its attributes.

usage: read_exports.py GRAPH.graphml GRAPH.json VERTICES EDGES
"""
import json
import sys

import networkx as nx


def main():
    graphml, node_link, vertices, edges = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    problems = []

    g = nx.read_graphml(graphml)
    if g.number_of_nodes() != vertices or g.number_of_edges() != edges:
        problems.append(f"graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                        f"expected {vertices}, {edges}")
    for node, data in g.nodes(data=True):
        for key in ("canonical_id", "kind", "in_corpus"):
            if key not in data:
                problems.append(f"graphml: node {node} has no {key}")
    for u, v, data in g.edges(data=True):
        for key in ("kind", "count"):
            if key not in data:
                problems.append(f"graphml: edge {u}->{v} has no {key}")
        # a reference's edge has its line; one the graph derives (a
        # kamerstuk's dossier, a series) has none, and writes none
        if data["kind"] in ("cites", "answers-motion") and "line" not in data:
            problems.append(f"graphml: edge {u}->{v} has no line")

    with open(node_link, encoding="utf-8") as f:
        data = json.load(f)
    try:
        # networkx 3.4 and later name the edge list; "links" is the format's own name
        h = nx.node_link_graph(data, edges="links")
    except TypeError:
        h = nx.node_link_graph(data)  # networkx 2.x and 3.0-3.3 read "links"
    if not h.is_directed() or not h.is_multigraph():
        problems.append("node-link: not a directed multigraph")
    if h.number_of_nodes() != vertices or h.number_of_edges() != edges:
        problems.append(f"node-link: {h.number_of_nodes()} nodes, {h.number_of_edges()} edges; "
                        f"expected {vertices}, {edges}")
    ids = {data["canonical_id"] for _, data in g.nodes(data=True)}
    if ids != set(h.nodes):
        problems.append("graphml and node-link name different vertices")
    for u, v, k, data in h.edges(keys=True, data=True):
        if "kind" not in data or "sentence" not in data:
            problems.append(f"node-link: edge {u}->{v} ({k}) lacks kind or sentence")

    for p in problems[:20]:
        print(p, file=sys.stderr)
    print(f"networkx {nx.__version__}: {vertices} vertices, {edges} edges in both files"
          if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
