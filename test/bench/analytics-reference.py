#!/usr/bin/python3
"""Reference side of analytics.bench.ts, with Debian's python3-networkx and python3-igraph.

    analytics-reference.py graph EDGES           writes gnm_random_graph(10000, 50000, seed=1)
    analytics-reference.py time EDGES OUT REPS   times igraph and NetworkX on that edge list
    analytics-reference.py betweenness EDGES     prints the seconds of one igraph betweenness
    analytics-reference.py constraint EDGES REPS prints the median seconds of igraph's constraint

The edge list is "u v" per line in NetworkX's edge order; node ids are 0..9999 (every node
exists even if isolated). Timings exclude loading. OUT gets JSON: versions, seconds, and the
values the bench compares against (igraph's raw betweenness and constraint, NetworkX's spans).
"""
import itertools
import json
import statistics
import sys
import time

import networkx as nx

N, M = 10000, 50000


def load(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]


def timed(fn, reps):
    times, value = [], None
    for _ in range(reps):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "graph":
        G = nx.gnm_random_graph(N, M, seed=1)
        with open(path, "w") as f:
            f.write("".join(f"{u} {v}\n" for u, v in G.edges()))
        return
    import igraph

    edges = load(path)
    g = igraph.Graph(n=N, edges=edges)
    if mode == "betweenness":
        print(timed(lambda: g.betweenness(directed=False), 1)[0])
        return
    if mode == "constraint":
        print(timed(g.constraint, int(sys.argv[3]))[0])
        return
    out, reps = sys.argv[3], int(sys.argv[4])
    G = nx.Graph()
    G.add_nodes_from(range(N))
    G.add_edges_from(edges)

    constraint_s, constraint = timed(g.constraint, reps)
    betweenness_s, betweenness = timed(lambda: g.betweenness(directed=False), 1)
    bridges_s, bridges = timed(
        lambda: list(itertools.islice(nx.local_bridges(G, with_span=True), 1000)), 1)
    result = {
        "python": sys.version.split()[0],
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "seconds": {
            "igraphConstraint": constraint_s,
            "igraphBetweenness": betweenness_s,
            "networkxLocalBridges1000": bridges_s,
        },
        "betweennessRaw": betweenness,
        "constraint": [None if c != c else c for c in constraint],
        "spans": [[u, v, None if s == float("inf") else s] for u, v, s in bridges],
    }
    with open(out, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
