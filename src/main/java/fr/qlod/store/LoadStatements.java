package fr.qlod.store;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;

/**
 * The statements of a load into the empty store as a {@link FactScan} reads them, before the
 * store's indexes exist ({@link FreshStoreLoad}): the questions' own statements from the load's sort
 * in SPOG order, one pass; the statements of the few properties a scan looks up on other subjects
 * ({@link FactScan#LOOKED_UP}: an answer's text, an allocation's date, portfolios and {@code
 * owl:sameAs} links) kept aside as the quads arrive, 32 bytes each, and sorted once for lookups.
 * Values are TDB2's 8-byte form of NodeIds, as {@link NodeIds} gives them to the sort.
 *
 * <pre>
 * LoadStatements statements = new LoadStatements();
 * // during the load: if (statements.keeps(p)) statements.keep(s, p, o);
 * FactScan scan = new FactScan(nodes, statements.over(runs.sorted(spog), orders.get(spog)));
 * </pre>
 *
 * Not thread-safe.
 */
final class LoadStatements {
    private static final int WIDTH = TupleRuns.WIDTH;
    private static final long FLIP = TupleRuns.FLIP;

    /** The kept statements as tuples of {@link TupleSort} (predicate, subject, object, 0), flipped. */
    private long[] kept = new long[1024 * WIDTH];

    private int size;
    private boolean sorted;
    private final byte[] scratch = new byte[NodeId.SIZE];

    /** Whether the statements of {@code predicate} are kept aside. */
    boolean keeps(Node predicate) {
        return FactScan.LOOKED_UP.contains(predicate);
    }

    /** Keeps one statement of a {@linkplain #keeps kept} predicate. */
    void keep(long subject, long predicate, long object) {
        if (sorted) {
            throw new IllegalStateException("statements kept after they were looked up");
        }
        if (size * WIDTH == kept.length) {
            kept = Arrays.copyOf(kept, kept.length * 2);
        }
        int i = size++ * WIDTH;
        kept[i] = predicate ^ FLIP;
        kept[i + 1] = subject ^ FLIP;
        kept[i + 2] = object ^ FLIP;
        kept[i + 3] = FLIP;
    }

    /**
     * The statements for one scan: the questions' from {@code sorted}, the tuples of the load's sort
     * in an order led by subject, predicate and object ({@code order}, as given to {@link TupleRuns}:
     * column 1 the subject, 2 the predicate, 3 the object), read once.
     */
    FactScan.Statements over(Iterator<long[]> sorted, int[] order) {
        int s = position(order, 1);
        int p = position(order, 2);
        int o = position(order, 3);
        if (s != 0 || p != 1 || o != 2) {
            throw new IllegalArgumentException(
                    "not an order led by subject, predicate, object: " + Arrays.toString(order));
        }
        return new Sorted(sorted);
    }

    private static int position(int[] order, int column) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == column) {
                return i;
            }
        }
        return -1;
    }

    private long encode(NodeId id) {
        NodeIdFactory.set(id, scratch, 0);
        return Bytes.getLong(scratch, 0);
    }

    private NodeId decode(long value) {
        Bytes.setLong(value, scratch, 0);
        return NodeIdFactory.get(scratch, 0);
    }

    /** The first kept tuple not before (predicate, subject), flipped, by binary search. */
    private int lowerBound(long predicate, long subject) {
        if (!sorted) {
            TupleSort.sort(kept, 0, size, TupleSort.depthLimit(size));
            sorted = true;
        }
        int from = 0;
        int to = size;
        while (from < to) {
            int mid = (from + to) >>> 1;
            int i = mid * WIDTH;
            int c = kept[i] != predicate ? Long.compare(kept[i], predicate) : Long.compare(kept[i + 1], subject);
            if (c < 0) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }

    /** The scan's view: one pass over the sorted tuples, lookups in the kept statements. */
    private final class Sorted implements FactScan.Statements {
        private final Iterator<long[]> tuples;
        /** The predicates and objects of the subject being read. */
        private long[] group = new long[64];

        private int groupSize;

        Sorted(Iterator<long[]> tuples) {
            this.tuples = tuples;
        }

        @Override
        public void typed(NodeId type, NodeId cls, BiConsumer<NodeId, FactScan.Pairs> each) {
            long t = encode(type);
            long c = encode(cls);
            long subject = 0;
            boolean typed = false;
            groupSize = 0;
            while (tuples.hasNext()) {
                long[] tuple = tuples.next();
                if (groupSize > 0 && tuple[0] != subject) {
                    if (typed) {
                        handOver(subject, each);
                    }
                    groupSize = 0;
                    typed = false;
                }
                subject = tuple[0];
                typed |= tuple[1] == t && tuple[2] == c;
                if (groupSize == group.length) {
                    group = Arrays.copyOf(group, group.length * 2);
                }
                group[groupSize++] = tuple[1];
                group[groupSize++] = tuple[2];
            }
            if (typed) {
                handOver(subject, each);
            }
        }

        private void handOver(long subject, BiConsumer<NodeId, FactScan.Pairs> each) {
            each.accept(decode(subject), po -> {
                for (int i = 0; i < groupSize; i += 2) {
                    po.accept(decode(group[i]), decode(group[i + 1]));
                }
            });
        }

        @Override
        public void objects(NodeId s, NodeId p, Consumer<NodeId> each) {
            long predicate = encode(p) ^ FLIP;
            long subject = encode(s) ^ FLIP;
            for (int i = lowerBound(predicate, subject) * WIDTH;
                    i < size * WIDTH && kept[i] == predicate && kept[i + 1] == subject;
                    i += WIDTH) {
                each.accept(decode(kept[i + 2] ^ FLIP));
            }
        }

        @Override
        public FactScan.Pairs statements(NodeId p) {
            long predicate = encode(p) ^ FLIP;
            return so -> {
                for (int i = lowerBound(predicate, Long.MIN_VALUE) * WIDTH;
                        i < size * WIDTH && kept[i] == predicate;
                        i += WIDTH) {
                    so.accept(decode(kept[i + 1] ^ FLIP), decode(kept[i + 2] ^ FLIP));
                }
            };
        }
    }
}
