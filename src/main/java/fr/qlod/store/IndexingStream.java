package fr.qlod.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;

/**
 * Adds the literals of the indexed properties to the Lucene index as they pass on to the store, and
 * deletes the entries of replaced graphs by their graph field. It only writes to Lucene's
 * {@code IndexWriter}, whose commit is part of the TDB2 transaction: nothing is visible to searches
 * before TDB2 commits.
 *
 * <p>Lucene's analysis runs on a thread of its own, fed in order (deletions and additions keep their
 * order) through a bounded queue, so that it overlaps with the TDB2 index writes on the caller's
 * thread; or, for a load that deletes nothing, on several threads; {@link #finish()} waits for them,
 * so that the commit sees every entry.
 */
final class IndexingStream extends StreamRDFWrapper {
    private static final Object END = new Object();
    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4_096);
    private final List<Thread> workers = new ArrayList<>();
    private volatile RuntimeException failure;

    /** Indexes on one thread, in order: deletions of replaced graphs come before the additions that follow them. */
    IndexingStream(StreamRDF destination, TextIndexLucene index) {
        this(destination, index, 1);
    }

    /**
     * Indexes on {@code threads} threads (Lucene's writer takes documents from several at once), for
     * a load that deletes nothing: the entries are then added in any order.
     */
    IndexingStream(StreamRDF destination, TextIndexLucene index, int threads) {
        super(destination);
        this.index = index;
        this.definition = index.getDocDef();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "qlod-text-index-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad);
        if (TextIndexing.indexes(definition, quad)) {
            put(TextQueryFuncs.entityFromQuad(definition, quad));
        }
    }

    /** Deletes every entry of a graph being replaced (before the entries that follow). */
    void deleteGraph(Node graph) {
        if (workers.size() > 1) {
            throw new IllegalStateException("deletions need the order of a single indexing thread");
        }
        put(new Term(TextIndexing.GRAPH_FIELD, TextQueryFuncs.graphNodeToString(graph)));
    }

    /** Waits until every entry is in the index writer, and throws what the indexing thread threw. */
    @Override
    public void finish() {
        super.finish();
        stop();
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the indexing thread after a failed load; what it wrote is then rolled back with TDB2. */
    void abandon() {
        queue.clear();
        stop();
    }

    private void stop() {
        try {
            for (int i = 0; i < workers.size(); i++) {
                // one end mark per worker: each takes one and stops
                while (workers.stream().anyMatch(Thread::isAlive) && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    // the workers are busy; try again
                }
            }
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(index.getDirectory().toString(), "interrupted while indexing text", e);
        }
    }

    private void put(Object item) {
        if (failure != null) {
            throw failure;
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(index.getDirectory().toString(), "interrupted while indexing text", e);
        }
    }

    private void work() {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    if (item instanceof Entity entity) {
                        index.addEntity(entity);
                    } else {
                        index.getIndexWriter().deleteDocuments((Term) item);
                    }
                } catch (RuntimeException | java.io.IOException | Error e) {
                    // keep taking items, so that the loading thread never blocks on a full queue
                    failure = new StoreException(
                            index.getDirectory().toString(), "cannot update the text index: " + e, e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
