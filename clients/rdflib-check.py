"""Reads a qlod server with rdflib, as a Python user would: every IRI named in a file, in every
format, by content negotiation on the IRI (following its 303) and by the document's suffix, each
parse isomorphic to the Turtle one; then the dump by its URL. Exits non-zero at the first failure.

usage: python3 rdflib-check.py BASE IRIS_FILE DUMP_QUADS
"""
import sys

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

base, iris_file, dump_quads = sys.argv[1], sys.argv[2], int(sys.argv[3])
# rdflib's format name, the document suffix, and whether rdflib negotiates it by itself
formats = [("turtle", ".ttl", True), ("json-ld", ".jsonld", True), ("xml", ".rdf", True),
           ("nt", ".nt", False), ("nquads", ".nq", False), ("trig", ".trig", False)]


def parse(url, fmt):
    if fmt in ("nquads", "trig"):
        d = Dataset()
        d.parse(url, format=fmt)
        g = Graph()
        for s, p, o, _ in d.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    g = Graph()
    g.parse(url, format=fmt)
    return g


checked = 0
with open(iris_file, encoding="utf-8") as f:
    iris = [line.strip() for line in f if line.strip()]
for iri in iris:
    doc = base + "doc/" + iri[len(base + "id/"):]
    reference = parse(doc + ".ttl", "turtle")
    if len(reference) == 0:
        sys.exit("empty Turtle document for " + iri)
    for fmt, suffix, negotiated in formats:
        urls = [doc + suffix] + ([iri] if negotiated else [])
        for url in urls:
            try:
                g = parse(url, fmt)
            except Exception as e:
                sys.exit("rdflib cannot read %s as %s: %s" % (url, fmt, e))
            if not isomorphic(reference, g):
                sys.exit("%s as %s differs from the Turtle document (%d triples, not %d)"
                         % (url, fmt, len(g), len(reference)))
            checked += 1

dump = Dataset()
try:
    dump.parse(base + "dumps/qlod.nq.gz", format="nquads")
except Exception as e:
    sys.exit("rdflib cannot read the dump by its URL: %s" % e)
quads = sum(1 for _ in dump.quads((None, None, None, None)))
if quads != dump_quads:
    sys.exit("the dump read by rdflib has %d quads, the store %d" % (quads, dump_quads))
print("rdflib: %d documents of %d IRIs read; the dump's %d quads read by URL" % (checked, len(iris), quads))
