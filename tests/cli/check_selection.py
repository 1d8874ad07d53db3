"""Checks a graph filtered with --dossier/--since/--until against the whole
graph, by the definition in include/kamerref/graph/filter.h: the selected
corpus documents with every edge that leaves them and every vertex those
reach; the edges leaving reached vertices that are not corpus documents; and
nothing that an unselected corpus document says.

usage: check_selection.py ALL.json FILTERED.json [--dossier NR] [--since D] [--until D]
(node-link JSON from `kamerref graph --format json`)
"""
import json
import sys


def main():
    whole = json.load(open(sys.argv[1], encoding="utf-8"))
    part = json.load(open(sys.argv[2], encoding="utf-8"))
    args = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    dossier = "dossier-" + args["--dossier"] if "--dossier" in args else None
    since, until = args.get("--since"), args.get("--until")

    nodes = {n["id"]: n for n in whole["nodes"]}
    out_links = {}
    for link in whole["links"]:
        out_links.setdefault(link["source"], []).append(link)

    def selected(n):
        if not n["in_corpus"]:
            return False
        date = n.get("date", "")
        if since or until:
            if not date:
                return False
            if since and date < since[:len(date)]:
                return False
            if until and date > until[:len(date)]:
                return False
        if dossier:
            parts = n["id"].split("-")
            in_dossier = n.get("dossier") == dossier or (n["id"].startswith("kst-") and "dossier-" + "-".join(parts[1:-1]) == dossier)
            in_dossier = in_dossier or any(l["kind"] == "part-of-dossier" and l["target"] == dossier
                                           for l in out_links.get(n["id"], []))
            if not in_dossier:
                return False
        return True

    chosen = {i for i, n in nodes.items() if selected(n)}
    reached = set(chosen)
    for i in chosen:
        reached |= {l["target"] for l in out_links.get(i, [])}
    kept = set(reached)
    for i in reached - chosen:
        if not nodes[i]["in_corpus"]:
            kept |= {l["target"] for l in out_links.get(i, [])}
    expected_links = sorted(
        (l["source"], l["target"], l["kind"], l["relation"]) for l in whole["links"]
        if l["target"] in kept and (l["source"] in chosen or (l["source"] in reached and not nodes[l["source"]]["in_corpus"])))

    got_nodes = {n["id"] for n in part["nodes"]}
    got_links = sorted((l["source"], l["target"], l["kind"], l["relation"]) for l in part["links"])
    problems = []
    if got_nodes != kept:
        problems.append(f"vertices: {len(got_nodes)} kept, {len(kept)} expected; "
                        f"extra {sorted(got_nodes - kept)[:5]}, missing {sorted(kept - got_nodes)[:5]}")
    if got_links != expected_links:
        problems.append(f"edges: {len(got_links)} kept, {len(expected_links)} expected")
    if not chosen and args:
        problems.append("the selection chose no document: the test would prove nothing")
    if len(chosen) == sum(1 for n in nodes.values() if n["in_corpus"]):
        problems.append("the selection chose every document: the test would prove nothing")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{' '.join(sys.argv[3:])}: {len(chosen)} documents selected, {len(kept)} vertices, {len(got_links)} edges")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
