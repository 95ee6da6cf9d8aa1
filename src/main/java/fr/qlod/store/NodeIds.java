package fr.qlod.store;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;

/**
 * Gives each quad's nodes their NodeIds in the new node table and hands the tuple to the sort
 * (triples outside a named graph were refused upstream, by {@link ReplacingStream}), and the
 * statements the statistics look up on other subjects than the questions to {@link LoadStatements} too.
 * Values TDB2 keeps inline (numbers, dates) need no table; the others are looked up in the
 * table's storage directly, past TDB2's node cache, which would otherwise take in every new text
 * only to evict it again (a third of this thread's time on 100k questions). Instead, the graph
 * and subject of consecutive quads are kept, and IRIs and short literals, which repeat (classes,
 * properties, deputies, ministries, concepts, labels, dates), in a bounded cache of their own: one
 * slot per hash, a newcomer taking the slot of the node it collides with. That keeps most of what an
 * LRU map kept, without its linked entries and boxed ids to update at every lookup (a twelfth of
 * this thread's time, BENCHMARKS.md round 13).
 */
final class NodeIds extends StreamRDFBase {
    /** Literals longer than this (texts) are not kept: they rarely repeat. */
    private static final int KEPT_LITERAL_LENGTH = 64;

    private final NodeTable storage;
    private final TupleRuns runs;
    private final LoadStatements statements;
    private final byte[] scratch = new byte[NodeId.SIZE];
    private final Node[] keptNodes;
    /** The hash of each kept node: most slots hold another node than the one asked for, and this tells without reading it. */
    private final int[] keptHashes;

    private final long[] keptIds;
    private Node graph;
    private long graphId;
    private Node subject;
    private long subjectId;

    NodeIds(NodeTable nodes, TupleRuns runs, LoadStatements statements) {
        this.storage = storage(nodes);
        this.runs = runs;
        this.statements = statements;
        // a power of two of slots, about one per 4 kB of heap (256k under 1 GB), within bounds
        int slots = Integer.highestOneBit(
                (int) Math.max(1 << 13, Math.min(1 << 20, Runtime.getRuntime().maxMemory() / 4096)));
        this.keptNodes = new Node[slots];
        this.keptHashes = new int[slots];
        this.keptIds = new long[slots];
    }

    /** The node table under TDB2's inline and cache layers. */
    static NodeTable storage(NodeTable table) {
        while (true) {
            if (table instanceof NodeTableWrapper wrapper) {
                table = wrapper.wrapped();
            } else if (table instanceof NodeTableCache cache) {
                table = cache.wrapped();
            } else {
                return table;
            }
        }
    }

    @Override
    public void quad(Quad quad) {
        if (!quad.getGraph().equals(graph)) {
            graph = quad.getGraph();
            graphId = id(graph);
        }
        if (!quad.getSubject().equals(subject)) {
            subject = quad.getSubject();
            subjectId = id(subject);
        }
        long predicate = id(quad.getPredicate());
        long object = id(quad.getObject());
        runs.add(graphId, subjectId, predicate, object);
        if (statements.keeps(quad.getPredicate())) {
            statements.keep(subjectId, predicate, object);
        }
    }

    /** The NodeId as TDB2 writes it in its records (8 bytes, big-endian). */
    private long id(Node node) {
        boolean keep = !node.isLiteral() || node.getLiteralLexicalForm().length() <= KEPT_LITERAL_LENGTH;
        int slot = 0;
        int h = 0;
        if (keep) {
            h = node.hashCode();
            slot = (h ^ (h >>> 16)) & (keptNodes.length - 1);
            if (keptHashes[slot] == h && node.equals(keptNodes[slot])) {
                return keptIds[slot];
            }
        }
        NodeId inline = NodeId.inline(node);
        long id = encode(inline != null ? inline : storage.getAllocateNodeId(node));
        if (keep) {
            keptNodes[slot] = node;
            keptHashes[slot] = h;
            keptIds[slot] = id;
        }
        return id;
    }

    private long encode(NodeId id) {
        NodeIdFactory.set(id, scratch, 0);
        return Bytes.getLong(scratch, 0);
    }
}
