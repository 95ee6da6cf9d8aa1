package fr.qlod.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions' RDF store: a TDB2 database in a directory, with a French full-text index in its
 * {@value #TEXT_FOLDER} sub-folder, whose default graph is the union of the named graphs (one per
 * source record).
 *
 * <pre>
 * try (QuestionStore store = QuestionStore.open(Path.of("db"))) {
 *     LoadResult result = store.load(out -&gt; mapper.emit(questions, out));
 * }
 * </pre>
 *
 * <p>A {@linkplain #load load} is all or nothing: if the producer throws, or the process dies, the
 * store stays exactly as it was. The full-text index is a component of TDB2's transaction
 * coordinator (registered by jena-text), so TDB2's commit prepares it, commits itself, then commits
 * it; it never holds entries of uncommitted data. The one window where TDB2 has committed and Lucene
 * not yet is covered by a marker file, and a store opened with the marker present rebuilds its index
 * from the committed data.
 *
 * <p>How a load writes. Into an empty store (a first load, the bulk of the 700,000
 * questions), the load builds a new TDB2 generation beside the live one and switches it in once whole
 * ({@link FreshStoreLoad}): node table as quads arrive, quad indexes written bottom-up from an external
 * sort ({@link TupleRuns}) with the statistics counted from that sort, text on two threads into a
 * Lucene index of its own. Into a store holding
 * data, it is one write transaction: the producer runs on a thread of its own ({@link Handoff}); its
 * quads go straight into the raw TDB2 dataset through TDB2's basic loader, and only the literals of the
 * six indexed properties go to Lucene's {@code IndexWriter}, analysed on a third thread ({@link
 * IndexingStream}). A graph seen for the first time is deleted from TDB2 and, by its graph field, from
 * Lucene, in the same transaction. Loads do not go through jena-text's {@code
 * DatasetGraphText}, which inspects each quad and indexes on the loading thread: ≈10k quads/s. Jena's
 * phased and parallel loaders were not kept: they run their own transactions on other threads, which
 * cannot be ordered with the deletions that replace a graph, and Jena documents that a crash can leave
 * them half done; the sequential one detaches the secondary indexes of an empty store and leaves them
 * detached in this JVM if the load fails. Measured figures and the commands that produced them are in
 * {@code BENCHMARKS.md}.
 */
public final class QuestionStore implements AutoCloseable {
    /** The sub-folder of the Lucene index. */
    public static final String TEXT_FOLDER = "text";

    private static final String TDB_FOLDER = "tdb2";
    private static final String LOADING_MARKER = "text-index.loading";
    private static final String STATISTICS_MARKER = "statistics.stale";
    private static final String LAST_LOAD_FILE = "last-load.txt";
    /** The form of the statistics graph the store holds ({@link Statistics#FORMAT}), written after each count. */
    private static final String STATISTICS_FORMAT_FILE = "statistics-format.txt";

    private static final String BASE_FILE = "base.txt";
    private static final Logger LOG = LoggerFactory.getLogger(QuestionStore.class);

    private final Path directory;
    private final DatasetGraph tdb;
    private final TextIndexLucene index;
    private final DatasetGraphText dataset;

    private QuestionStore(Path directory, DatasetGraph tdb, TextIndexLucene index, DatasetGraphText dataset) {
        this.directory = directory;
        this.tdb = tdb;
        this.index = index;
        this.dataset = dataset;
    }

    /**
     * Opens (or creates) the store in a directory.
     *
     * @throws StoreException if the directory cannot be used or is locked by another process
     */
    public static QuestionStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path textFolder = directory.resolve(TEXT_FOLDER);
        DatasetGraph tdb = null;
        try {
            Files.createDirectories(directory);
            tdb = DatabaseMgr.connectDatasetGraph(
                    Location.create(directory.resolve(TDB_FOLDER)),
                    storeParams(Runtime.getRuntime().maxMemory()));
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            boolean interrupted = Files.exists(directory.resolve(LOADING_MARKER));
            boolean missing = !Files.exists(textFolder) && !Txn.calculateRead(tdb, tdb::isEmpty);
            if (interrupted || missing) {
                TextIndexing.delete(textFolder);
            }
            TextIndexLucene index = TextIndexing.open(textFolder);
            if (interrupted || missing) {
                long entries = TextIndexing.rebuild(tdb, index);
                LOG.warn(
                        "Rebuilt the text index of {} ({} entries){}",
                        directory,
                        entries,
                        interrupted ? " after an interrupted load" : "");
                Files.deleteIfExists(directory.resolve(LOADING_MARKER));
            }
            DatasetGraphText dataset = (DatasetGraphText) TextDatasetFactory.create(tdb, index, true);
            QuestionStore store = new QuestionStore(directory, tdb, index, dataset);
            String format = store.statisticsFormat();
            if (Files.exists(directory.resolve(STATISTICS_MARKER))) {
                LOG.warn("Counting the statistics of {} again after an interrupted load", directory);
                store.rebuildStatistics();
            } else if (!Statistics.FORMAT.equals(format) && !Txn.calculateRead(tdb, tdb::isEmpty)) {
                // the queries would still be right, reading what the missing slices spare them
                LOG.warn(
                        "Counting the statistics of {} again: an earlier qlod counted them ({}, now {})",
                        directory,
                        format == null ? "no format recorded" : "format " + format,
                        Statistics.FORMAT);
                store.rebuildStatistics();
            }
            return store;
        } catch (IOException | RuntimeException e) {
            if (tdb != null) {
                TDBInternal.expel(tdb);
            }
            throw new StoreException(directory.toString(), "cannot open the store: " + e.getMessage(), e);
        }
    }

    /**
     * TDB2's parameters with node caches sized to the heap. TDB2 keeps up to a million decoded nodes
     * whatever the heap; here a node is often a question or answer text of several kilobytes (twice
     * that in memory, as Java holds accented text in UTF-16), so a pass over a 100k-question store
     * (VoID's counts, a dump, a large query) would fill a 512 MB heap with cached texts and the server
     * spend its time in full collections. The caches get one NodeId → Node entry per
     * 4 KiB of heap and one Node → NodeId entry per 16 KiB, within TDB2's defaults. One per 2 KiB
     * let a 100k load under {@code -Xmx1g} keep 780 MB; smaller caches make the largest queries
     * decode more nodes again from the node table (1.5 to 2 times slower on a 512 MB server over
     * the 100k store); see {@code BENCHMARKS.md}.
     */
    static StoreParams storeParams(long maxHeap) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        int decoded = (int) Math.max(10_000, Math.min(defaults.getNodeId2NodeCacheSize(), maxHeap / 4096));
        int encoded = (int) Math.max(5_000, Math.min(defaults.getNode2NodeIdCacheSize(), maxHeap / 16384));
        return StoreParamsBuilder.create(defaults)
                .nodeId2NodeCacheSize(decoded)
                .node2NodeIdCacheSize(encoded)
                .build();
    }

    /**
     * Loads what the producer writes to the given stream, in one transaction, with replace semantics:
     * the first time a named graph is seen, its current content is deleted; a mention graph is
     * merged with its current content instead (see {@link ReplacingStream}). The store calls the
     * stream's {@code start()} and {@code finish()}; the producer only sends quads, from a thread of
     * the store's (so it must not rely on this thread's state). Triples outside a named graph are
     * refused.
     *
     * @return the graphs replaced and added and the quads written
     * @throws RuntimeException whatever the producer threw, the store being left unchanged
     */
    public LoadResult load(Consumer<StreamRDF> producer) {
        return load(producer, LoadPath.FASTEST);
    }

    /** How a load writes: see the class documentation. */
    public enum LoadPath {
        /** A new TDB2 generation when the store is empty (where supported), one write transaction otherwise. */
        FASTEST,
        /** Always one write transaction through TDB2's basic loader, even into an empty store. */
        TRANSACTIONAL
    }

    /** {@link #load(Consumer)}, taking the given path. */
    public synchronized LoadResult load(Consumer<StreamRDF> producer, LoadPath path) {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(path, "path");
        Path marker = directory.resolve(LOADING_MARKER);
        Path stale = directory.resolve(STATISTICS_MARKER);
        writeMarker(marker);
        writeMarker(stale);
        LoadResult result;
        boolean empty = path == LoadPath.FASTEST && FreshStoreLoad.supported() && Txn.calculateRead(tdb, tdb::isEmpty);
        try {
            result = empty ? loadIntoEmpty(producer, marker) : loadInto(producer, marker);
        } catch (RuntimeException | Error e) {
            deleteMarker(stale);
            throw e;
        }
        recordStatisticsFormat();
        deleteMarker(marker);
        deleteMarker(stale);
        Instant now = Instant.now();
        try {
            Files.writeString(directory.resolve(LAST_LOAD_FILE), now.toString());
        } catch (IOException e) {
            LOG.warn("Cannot record the load time in {}: {}", directory, e.getMessage());
        }
        LOG.debug(
                "Loaded {} quads into {} ({} graphs replaced, {} merged, {} added)",
                result.quads(),
                directory,
                result.graphsReplaced(),
                result.graphsMerged(),
                result.graphsAdded());
        return result;
    }

    /**
     * Counts the statistics graph again over the whole store, in a write transaction of its own: a
     * store opened with the marker of a load that did not finish, or with statistics of an earlier
     * {@link Statistics#FORMAT}. Every load counts them itself, in the load's transaction or, into
     * the empty store, in its new generation; the marker written before the load stays until it is
     * in. Records the format counted.
     */
    private void rebuildStatistics() {
        long start = System.nanoTime();
        int slices = Txn.calculateWrite(tdb, () -> Statistics.rebuild(tdb));
        recordStatisticsFormat();
        deleteMarker(directory.resolve(STATISTICS_MARKER));
        LOG.debug(
                "Counted {} statistics slices of {} in {} ms",
                slices,
                directory,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A load into the empty store: a new TDB2 generation, built aside and switched in ({@link FreshStoreLoad}). */
    private LoadResult loadIntoEmpty(Consumer<StreamRDF> producer, Path marker) {
        try {
            return new FreshStoreLoad((DatasetGraphSwitchable) tdb, index, directory.toString()).run(producer);
        } catch (RuntimeException | Error e) {
            // once the new generation is in, only the marker has the text index rebuilt if its commit failed
            if (Txn.calculateRead(tdb, tdb::isEmpty)) {
                deleteMarker(marker);
            }
            throw e;
        }
    }

    /** A load into a store holding data: one write transaction through TDB2's basic loader, with replace semantics. */
    private LoadResult loadInto(Consumer<StreamRDF> producer, Path marker) {
        DataLoader loader = LoaderFactory.basicLoader(tdb, null);
        IndexingStream indexing = new IndexingStream(loader.stream(), index);
        loader.startBulk();
        ReplacingStream replacing;
        CountingStream counting;
        try {
            replacing = new ReplacingStream(
                    Statistics.leftOut(indexing), tdb, directory.toString(), false, indexing::deleteGraph);
            counting = new CountingStream(replacing);
            counting.start();
            Handoff.run(producer, counting);
            counting.finish();
            // in the load's transaction, so that a load killed at any moment leaves figures and data as they were
            Statistics.rebuild(tdb);
        } catch (RuntimeException | Error e) {
            indexing.abandon();
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            deleteMarker(marker);
            throw e;
        }
        loader.finishBulk();
        return new LoadResult(replacing.replaced(), replacing.merged(), replacing.added(), counting.quads());
    }

    /**
     * Loads into a remote SPARQL 1.1 store with the Graph Store Protocol, one named graph per PUT, no
     * credentials, no checkpoint; {@link RemoteTarget} has the other protocols and settings. The
     * producer's quads must arrive grouped by graph: a graph seen again later is refused.
     *
     * @param endpoint the Graph Store Protocol endpoint, e.g. {@code http://host:3030/ds/data}
     * @throws StoreException naming the graph and HTTP status of the first failed request
     */
    public static LoadResult loadRemote(URI endpoint, Consumer<StreamRDF> producer) {
        return RemoteTarget.create(endpoint)
                .protocol(RemoteProtocol.GSP)
                .build()
                .load(producer)
                .load();
    }

    /**
     * The dataset for queries and for the server: its default graph is the union of the named graphs
     * (in queries), and it supports {@code text:query}. Use it in transactions.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** TDB2's storage of the current generation, for tests that read its indexes. */
    DatasetGraphTDB storage() {
        return TDBInternal.getDatasetGraphTDB(tdb);
    }

    /**
     * How many stored quads match a triple pattern in any named graph ({@link Node#ANY} for a free
     * position), counted on TDB2's quad indexes as node ids, without decoding a node, and counted no
     * further than {@code cap}: a triple stated by several records counts once per record.
     */
    public long count(Node subject, Node predicate, Node object, long cap) {
        return Txn.calculateRead(tdb, () -> {
            Iterator<Tuple<NodeId>> found = TDBInternal.getDatasetGraphTDB(tdb)
                    .getQuadTable()
                    .getNodeTupleTable()
                    .findAsNodeIds(Node.ANY, subject, predicate, object);
            long n = 0;
            while (found != null && found.hasNext() && n < cap) {
                found.next();
                n++;
            }
            return n;
        });
    }

    /** The store's directory. */
    public Path directory() {
        return directory;
    }

    /** When the last successful load committed, or null if no load was recorded. */
    public Instant lastLoad() {
        Path file = directory.resolve(LAST_LOAD_FILE);
        try {
            return Files.exists(file) ? Instant.parse(Files.readString(file).trim()) : null;
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Records the base the store's IRIs were minted on, so that {@code serve} and {@code query} use
     * it without being told.
     *
     * @throws StoreException if the store directory cannot be written
     */
    public void recordBase(URI base) {
        try {
            Files.writeString(directory.resolve(BASE_FILE), base.toString() + "\n");
        } catch (IOException e) {
            throw new StoreException(directory.toString(), "cannot record the base: " + e.getMessage(), e);
        }
    }

    /** The base recorded by the last load, if one was. */
    public Optional<URI> base() {
        Path file = directory.resolve(BASE_FILE);
        try {
            return Files.exists(file)
                    ? Optional.of(URI.create(Files.readString(file).strip()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read the base recorded in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Closes the store and releases its directory (and the lock on it). */
    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(tdb);
    }

    /** The form of the statistics graph recorded beside the store; null when none was. */
    private String statisticsFormat() {
        try {
            Path file = directory.resolve(STATISTICS_FORMAT_FILE);
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new StoreException(
                    directory.toString(), "cannot read " + STATISTICS_FORMAT_FILE + ": " + e.getMessage(), e);
        }
    }

    private void recordStatisticsFormat() {
        try {
            Files.writeString(directory.resolve(STATISTICS_FORMAT_FILE), Statistics.FORMAT + "\n");
        } catch (IOException e) {
            throw new StoreException(directory.toString(), "cannot write in the store directory: " + e.getMessage(), e);
        }
    }

    private void writeMarker(Path marker) {
        try {
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            throw new StoreException(directory.toString(), "cannot write in the store directory: " + e.getMessage(), e);
        }
    }

    private void deleteMarker(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}; the text index will be rebuilt at next open", marker);
        }
    }
}
