#!/usr/bin/python3
"""Reference values for the analytics conformance tests (test/conformance/*.test.ts).

Rerun from the repository root with Debian's packages:
    apt-get install -y python3-networkx r-cran-sna
    /usr/bin/python3 test/conformance/generate.py

Writes test/conformance/fixtures/<graph>.json: the graph (nodes with attributes, edges as
[source, target, attributes]) and the expected values computed by NetworkX (betweenness, Burt's
structural holes, local bridges) and R's sna (Gould-Fernandez brokerage). Floats are written with
Python's repr, which round-trips exactly; NaN (isolated nodes in Burt's measures) is written null.
Node ids are strings.

Two things are computed here rather than read from a library:
- Neighbourhood overlap (Onnela et al. 2007) and common-neighbour counts: no NetworkX function;
  transcribed from the definition.
- Burt's measures of a node of a directed graph that has in-edges only: NetworkX 2.8's guard
  calls it isolated (it looks at successors only) and returns NaN; we apply NetworkX's own
  formulas (local_constraint, normalized_mutual_weight) to it, as NetworkX 3.x's all-nodes path
  does. Every other value is NetworkX's own output.
Brokerage is sna's brokerage()$raw.nli; a direct transcription of sna's C code (gli.c) checks it,
and stands in for it (with a warning) when R is not installed.
"""
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

import networkx as nx
from networkx.algorithms.structuralholes import normalized_mutual_weight

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
SPHERES = ["primary", "informal_secondary", "formal_secondary"]


def clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        return None
    return value


def keyed(mapping):
    return {str(k): clean(v) for k, v in sorted(mapping.items(), key=lambda kv: str(kv[0]))}


def burt(G, weight):
    """NetworkX's effective size and constraint, plus efficiency = e(u) / |N(u)|."""
    size = nx.effective_size(G, weight=weight)
    cons = nx.constraint(G, weight=weight)
    for v in G:
        others = set(nx.all_neighbors(G, v)) - {v}
        if G.is_directed() and len(G[v]) == 0 and others:
            cons[v] = sum(nx.local_constraint(G, v, u, weight) for u in others)
            size[v] = sum(redundancy(G, v, u, weight) for u in others)
    eff = {}
    for v in G:
        others = set(nx.all_neighbors(G, v)) - {v}
        eff[v] = size[v] / len(others) if others else float("nan")
    return {"effectiveSize": keyed(size), "efficiency": keyed(eff), "constraint": keyed(cons)}


def redundancy(G, u, v, weight):
    """The inner function of networkx.effective_size (2.8.8), verbatim in substance."""
    nmw = normalized_mutual_weight
    r = sum(
        nmw(G, u, w, weight=weight) * nmw(G, v, w, norm=max, weight=weight)
        for w in set(nx.all_neighbors(G, u))
    )
    return 1 - r


def structure(G):
    U = nx.Graph(G)  # the undirected view the TypeScript functions use
    overlap, common = {}, {}
    for u, v in U.edges():
        n = len((set(U[u]) & set(U[v])) - {u, v})
        denominator = (U.degree(u) - 1) + (U.degree(v) - 1) - n
        key = pair(u, v)
        common[key] = n
        overlap[key] = 0 if denominator == 0 else n / denominator
    bridges = {pair(u, v): clean(float(s)) if math.isinf(s) else s
               for u, v, s in nx.local_bridges(U, with_span=True)}
    return {"common": common, "overlap": overlap, "localBridges": bridges}


def pair(u, v):
    a, b = sorted([str(u), str(v)])
    return f"{a}|{b}"


def brokerage_transcribed(G, groups):
    """sna's brokerage_R (gli.c): v brokers i->v->k, i != k, no arc i->k."""
    D = G if G.is_directed() else G.to_directed()
    counts = {v: [0, 0, 0, 0, 0] for v in D}
    for i in D:
        for j in D.successors(i):
            if j == i:
                continue
            for k in D.successors(j):
                if k in (i, j) or D.has_edge(i, k):
                    continue
                ci, cj, ck = groups[i], groups[j], groups[k]
                if ci == cj:
                    role = 0 if cj == ck else 2
                elif cj == ck:
                    role = 3
                elif ci == ck:
                    role = 1
                else:
                    role = 4
                counts[j][role] += 1
    return counts


def brokerage(G, groups):
    names = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
    transcribed = brokerage_transcribed(G, groups)
    nodes = list(G)
    source = "transcription of sna's gli.c (R not installed)"
    rows = None
    if shutil.which("Rscript"):
        with tempfile.TemporaryDirectory() as tmp:
            index = {v: i + 1 for i, v in enumerate(nodes)}
            D = G if G.is_directed() else G.to_directed()
            with open(os.path.join(tmp, "arcs"), "w") as f:
                for u, v in D.edges():
                    f.write(f"{index[u]} {index[v]}\n")
            with open(os.path.join(tmp, "classes"), "w") as f:
                f.write("".join(f"{groups[v]}\n" for v in nodes))
            run = subprocess.run(
                ["Rscript", os.path.join(HERE, "brokerage.R"), os.path.join(tmp, "arcs"),
                 str(len(nodes)), os.path.join(tmp, "classes"), os.path.join(tmp, "out")],
                check=True, capture_output=True, text=True)
            with open(os.path.join(tmp, "out")) as f:
                rows = [[float(x) for x in line.split()] for line in f]
            source = f"R sna {run.stdout.strip()} brokerage()$raw.nli"
        for v, row in zip(nodes, rows):
            assert row[:5] == transcribed[v], (v, row, transcribed[v])
            assert row[5] == sum(row[:5])
    else:
        print("warning: Rscript not found; brokerage from the transcription of sna's C code")
    result = {}
    for v in nodes:
        c = transcribed[v]
        result[str(v)] = {**{name: c[i] for i, name in enumerate(names)}, "total": sum(c)}
    return source, result


def graph_json(G):
    nodes = [{"id": str(v), "attributes": dict(G.nodes[v])} for v in G]
    edges = [[str(u), str(v), dict(d)] for u, v, d in G.edges(data=True)]
    return {"directed": G.is_directed(), "nodes": nodes, "edges": edges}


def fixture(name, G, weight=None, groups=None, note=""):
    data = {"name": name, "note": note, "networkx": nx.__version__, **graph_json(G)}
    expected = {
        "betweenness": keyed(nx.betweenness_centrality(G)),
        "burt": burt(G, None),
        "structure": structure(G),
    }
    if G.number_of_edges() <= 20:
        expected["localConstraint"] = {
            f"{u}>{v}": nx.local_constraint(G, u, v, weight)
            for a, b in G.edges() for u, v in ((a, b), (b, a))
        }
    if weight:
        expected["betweennessWeighted"] = keyed(nx.betweenness_centrality(G, weight=weight))
        expected["burtWeighted"] = burt(G, weight)
    if groups:
        source, counts = brokerage(G, groups)
        expected["brokerage"] = {"group": groups["__attribute__"], "source": source,
                                 "counts": counts}
    data["expected"] = expected
    data["weight"] = weight
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path)} ({os.path.getsize(path)} bytes)")


def node_groups(G, attribute):
    groups = {v: G.nodes[v][attribute] for v in G}
    groups["__attribute__"] = attribute
    return groups


def main():
    os.makedirs(OUT, exist_ok=True)

    karate = nx.karate_club_graph()
    fixture("karate", karate, weight="weight", groups=node_groups(karate, "club"),
            note="Zachary's karate club as networkx ships it (edge weight = interaction count)")

    florentine = nx.florentine_families_graph()
    florentine.add_node("Pucci")  # Padgett's isolated family: NaN in Burt's measures
    for v in florentine:
        florentine.nodes[v]["sphere"] = "primary"
    fixture("florentine", florentine,
            note="Padgett's Florentine marriages (networkx) plus the isolated Pucci")

    D = nx.DiGraph()
    D.add_edges_from([(0, 1), (0, 2), (1, 0), (2, 1)])
    nx.set_edge_attributes(D, {(0, 1): 2, (0, 2): 2, (1, 0): 1, (2, 1): 1}, "weight")
    fixture("holes-directed", D, weight="weight",
            note="networkx test_structuralholes.py, the directed graph D and D_weights")

    G = nx.Graph()
    weights = {("A", "B"): 2, ("A", "F"): 3, ("A", "G"): 5, ("A", "E"): 2, ("E", "G"): 8,
               ("F", "G"): 3, ("B", "G"): 4, ("B", "D"): 1, ("D", "G"): 3, ("G", "C"): 10}
    for (u, v), w in weights.items():
        G.add_edge(u, v, weight=w)
    G.add_node("1")
    fixture("holes-undirected", G, weight="weight",
            note="networkx test_structuralholes.py, Borgatti's example G with G_weights, "
                 "plus the isolated node 1")

    rng = random.Random(7)
    W = nx.gnm_random_graph(30, 80, seed=7, directed=True)
    W.add_edges_from([(0, 30), (5, 30), (12, 30)])  # node 30: a sink (in-edges only)
    for u, v in W.edges():
        W[u][v]["weight"] = rng.randint(1, 4)  # small integers: many equal-length paths
    for v in W:
        W.nodes[v]["sphere"] = SPHERES[v % 3]
    fixture("directed-weighted", W, weight="weight", groups=node_groups(W, "sphere"),
            note="gnm_random_graph(30, 80, seed=7, directed=True) plus a sink, integer weights")

    S = nx.DiGraph()
    people = {"ego": 0, "mother": 0, "brother": 0, "friend": 0, "youth_group": 1,
              "neighbours": 1, "educator": 2, "school": 2, "ase": 2, "football": 2}
    for v, s in people.items():
        S.add_node(v, sphere=SPHERES[s])
    S.add_edges_from([
        ("mother", "ego"), ("ego", "mother"), ("brother", "ego"), ("friend", "ego"),
        ("ego", "friend"), ("educator", "ego"), ("educator", "mother"), ("ase", "educator"),
        ("school", "educator"), ("educator", "school"), ("youth_group", "ego"),
        ("friend", "youth_group"), ("football", "friend"), ("mother", "neighbours"),
        ("neighbours", "youth_group"), ("ase", "mother"), ("ego", "football"),
    ])
    fixture("support", S, groups=node_groups(S, "sphere"),
            note="a small directed support graph of an ecomap, spheres as groups")


def prettier():
    """The repository's format check covers JSON: format the fixtures as it wants them."""
    root = os.path.dirname(os.path.dirname(HERE))
    try:
        subprocess.run(["npx", "prettier", "--log-level", "warn", "--write", OUT], cwd=root,
                       check=True)
    except (OSError, subprocess.CalledProcessError):
        print("warning: could not run prettier; run `npx prettier --write test/conformance`")


if __name__ == "__main__":
    # NetworkX sums over sets of neighbours; fix Python's string hashing so that the last bits
    # of those sums, and so the fixture files, are the same on every run.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    main()
    prettier()
