#!/usr/bin/env python3
"""Measures `audit motions --json` on real letters that report on motions.

usage: letters_motions_eval.py KAMERREF DATA_DIR [--min-found F] [--min-right F]
                               [--min-relations F]

DATA_DIR holds the letters and `expected.tsv` (file, motion, relation, what the
text says): the (letter, motion) pairs a careful reader finds and the relation
of each (SPEC section 3). Prints the figures issue 13 asks for:

  pairs found       expected pairs the audit reports, of all expected pairs
  reported right    reported pairs that are expected, of all reported pairs
  relations right   found pairs whose relation is the expected one
  afgedaan against  reported `afgedaan` where the text says otherwise (must be 0)

Only motions known by number (`kst-...`) count: a motion named without a
number (`motie-van-tongeren`) has no id a reader could check. When one letter
mentions a motion more than once, the pair's relation is the strongest of its
mentions (niet-uitgevoerd, afgedaan, uitvoering, genoemd).

Exit 1 when a figure is below its minimum or any `afgedaan` is contradicted.
"""
import argparse
import json
import os
import subprocess
import sys

RANK = {"niet-uitgevoerd": 4, "afgedaan": 3, "uitvoering": 2, "besluit": 1, "vervangt": 1, "genoemd": 0}


def read_expected(path):
    expected = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            expected[(cols[0], cols[1])] = (cols[2], cols[3] if len(cols) > 3 else "")
    return expected


def reported_pairs(kamerref, data_dir, files):
    paths = [os.path.join(data_dir, f) for f in sorted(files)]
    run = subprocess.run([kamerref, "audit", "motions", "--json", *paths], capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        raise SystemExit(f"kamerref audit motions exited {run.returncode}")
    pairs = {}
    for motion in json.loads(run.stdout):
        if not motion["id"].startswith("kst-"):
            continue
        for mention in motion.get("mentions", []):
            name = os.path.basename(mention.get("file", ""))
            if name not in files:
                continue
            relation = mention.get("relation", "")
            if relation == "ingediend":
                continue
            key = (name, motion["id"])
            old = pairs.get(key)
            if old is None or RANK.get(relation, 0) > RANK.get(old[0], 0):
                pairs[key] = (relation, mention.get("line"), mention.get("quote", ""))
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kamerref")
    ap.add_argument("data_dir")
    ap.add_argument("--min-found", type=float, default=0.0)
    ap.add_argument("--min-right", type=float, default=0.0)
    ap.add_argument("--min-relations", type=float, default=0.0)
    args = ap.parse_args()

    expected = read_expected(os.path.join(args.data_dir, "expected.tsv"))
    files = {f for f in os.listdir(args.data_dir) if f not in ("expected.tsv", "README.md")}
    reported = reported_pairs(args.kamerref, args.data_dir, files)

    found = [k for k in expected if k in reported]
    right = [k for k in reported if k in expected]
    relations = [k for k in found if reported[k][0] == expected[k][0]]
    against = [k for k in reported if reported[k][0] == "afgedaan" and expected.get(k, ("",))[0] != "afgedaan"]

    for key in sorted(set(expected) | set(reported)):
        want = expected.get(key, ("-",))[0]
        got = reported.get(key, ("-", None, ""))
        mark = "ok" if want == got[0] else ("MISSED" if got[0] == "-" else ("EXTRA" if want == "-" else "WRONG"))
        line = f":{got[1]}" if got[1] else ""
        print(f"{mark:6} {key[0]}{line} {key[1]}: expected {want}, audit {got[0]}")

    def ratio(a, b):
        return (len(a) / len(b)) if b else 1.0

    figures = {
        "pairs found": (len(found), len(expected), ratio(found, expected), args.min_found),
        "reported pairs right": (len(right), len(reported), ratio(right, reported), args.min_right),
        "relations right": (len(relations), len(found), ratio(relations, found), args.min_relations),
    }
    ok = True
    for name, (n, d, r, minimum) in figures.items():
        below = r < minimum
        ok = ok and not below
        print(f"{name}: {n}/{d} = {r:.2f}" + (f"  (below {minimum:.2f})" if below else ""))
    print(f"afgedaan against the evidence: {len(against)}")
    if against:
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
