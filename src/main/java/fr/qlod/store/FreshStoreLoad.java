package fr.qlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.base.Sys;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A load into an empty store, built as a new TDB2 generation beside the live one and switched in
 * once whole. TDB2 keeps a database as generations {@code Data-0001}, {@code Data-0002}…
 * in its directory and uses the highest; its own compaction writes the next one under a {@code -tmp}
 * name, renames it when complete and switches the open dataset over, and TDB2 deletes a {@code -tmp}
 * generation left by a crash when it next opens. This load does the same with new data instead of a
 * copy: the node table is written as quads arrive, each quad's four NodeIds go to a {@link
 * TupleRuns} external sort, and every quad index is then written bottom-up from its sorted tuples
 * ({@link BPlusTreeRewriter}, as Jena's own {@code tdb2.xloader} does) instead of by one B+tree
 * insert per quad and index. The text entries go to a Lucene index of their own in the new
 * generation's folder, added to the live index just before the switch.
 *
 * <p>The live generation is never written: a failed or killed load leaves the store as it was
 * (empty), and the store's marker file has its text index rebuilt if the process dies between the
 * switch and the text index's commit. The switch happens with writers held off, and only if the live
 * generation is still empty.
 *
 * @implNote This relies on TDB2 internals, not on its public API: {@code DatasetGraphSwitchable.change},
 *     {@code TransactionCoordinator.takeOverFrom}, {@code StoreConnection.internalExpel} and {@code
 *     BPlusTreeRewriter}. The switch follows Jena's {@code org.apache.jena.tdb2.sys.DatabaseOps.compaction}
 *     step by step (rename of the finished generation with a plain {@code Files.move}, exclusive mode on the
 *     new coordinator, external components carried over, {@code change}, exclusive mode on the old one, then
 *     release), under a JVM-wide lock as {@code DatabaseOps.compact} holds its {@code compactionLock}; the
 *     indexes are packed bottom-up as {@code tdb2.xloader} packs them. Checked against Jena {@value
 *     #JENA_CHECKED}; a test fails when another version is on the classpath. On MS Windows, where Jena routes
 *     compaction elsewhere (a directory holding memory-mapped files cannot be moved), {@link #supported} is
 *     false and the store takes its plain transactional path.
 */
final class FreshStoreLoad {
    /** The Jena version whose TDB2 internals this load was read against and tested with. */
    static final String JENA_CHECKED = "5.6.0";

    private static final Logger LOG = LoggerFactory.getLogger(FreshStoreLoad.class);
    /** JVM-wide, as Jena's compaction lock: TDB2's store connections are static state shared by every store. */
    private static final Object SWITCH_LOCK = new Object();

    private static final String TEXT_FOLDER = "text-loading";
    private static final String RUNS_FOLDER = "sort-runs";

    private final DatasetGraphSwitchable container;
    private final TextIndexLucene liveIndex;
    private final String location;

    FreshStoreLoad(DatasetGraphSwitchable container, TextIndexLucene liveIndex, String location) {
        this.container = container;
        this.liveIndex = liveIndex;
        this.location = location;
    }

    /** Whether this load can run here: not on MS Windows, where the new generation could not be renamed in. */
    static boolean supported() {
        return !Sys.isWindows;
    }

    /** Loads what the producer writes, as a new generation of the (empty) store. */
    LoadResult run(Consumer<StreamRDF> producer) {
        DatasetGraphTDB live = (DatasetGraphTDB) container.get();
        Path livePath = Path.of(live.getLocation().getDirectoryPath());
        Path target =
                livePath.resolveSibling(nextGeneration(livePath.getFileName().toString()));
        Path building = target.resolveSibling(target.getFileName() + "-tmp");
        if (Files.exists(target) || Files.exists(building)) {
            throw new StoreException(location, "cannot load: " + target + " or " + building + " already exists", null);
        }
        Location buildingLocation = Location.create(building);
        LOG.debug("Loading into the empty store {} as its new generation {}", location, target.getFileName());
        boolean addedToLiveIndex = false;
        try {
            Files.createDirectories(building);
            DatasetGraphTDB fresh = StoreConnection.connectCreate(
                            buildingLocation, live.getStoreParams(), live.getReorderTransform())
                    .getDatasetGraphTDB();
            Built built = build(fresh, building, producer);
            StoreConnection.internalExpel(buildingLocation, true);
            try (FSDirectory text = FSDirectory.open(building.resolve(TEXT_FOLDER))) {
                liveIndex.getIndexWriter().addIndexes(text);
                addedToLiveIndex = true;
            }
            Folders.deleteTree(building.resolve(TEXT_FOLDER));
            switchTo(live, building, target);
            liveIndex.prepareCommit();
            liveIndex.commit();
            LOG.debug("Loaded {} quads into a new generation {} of {}", built.quads, target.getFileName(), location);
            return new LoadResult(0, 0, built.graphs, built.quads);
        } catch (IOException e) {
            abandon(buildingLocation, building, addedToLiveIndex);
            throw new StoreException(location, "cannot load: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            abandon(buildingLocation, building, addedToLiveIndex);
            throw e;
        }
    }

    /** What a build wrote. */
    private record Built(long graphs, long quads) {}

    private Built build(DatasetGraphTDB fresh, Path folder, Consumer<StreamRDF> producer) throws IOException {
        NodeTable nodes = fresh.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeFileLength.install(NodeIds.storage(nodes));
        TupleIndex[] indexes =
                fresh.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        List<int[]> orders = new ArrayList<>();
        for (TupleIndex index : indexes) {
            int[] order = new int[TupleRuns.WIDTH];
            for (int i = 0; i < order.length; i++) {
                order[i] = index.getMapping().getSlotIdx(i);
            }
            orders.add(order);
        }
        TextIndexLucene text = TextIndexing.open(folder.resolve(TEXT_FOLDER));
        // fewer, larger segments to flush and merge than with Lucene's 16 MB: a sixteenth of the heap, within bounds
        text.getIndexWriter()
                .getConfig()
                .setRAMBufferSizeMB(
                        Math.max(16, Math.min(64, Runtime.getRuntime().maxMemory() >> 24)));
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        Transaction transaction = coordinator.begin(TxnType.WRITE);
        Background textFlush = null;
        boolean committed = false;
        try (TupleRuns runs = new TupleRuns(folder.resolve(RUNS_FOLDER), chunkTuples(), orders)) {
            LoadStatements statements = new LoadStatements();
            NodeIds ids = new NodeIds(nodes, runs, statements);
            // analysis is the longest of the three tasks of a build (reading, node ids, text): it gets two threads
            IndexingStream indexing = new IndexingStream(ids, text, 2);
            ReplacingStream replacing =
                    new ReplacingStream(Statistics.leftOut(indexing), container, location, true, graph -> {});
            CountingStream counting = new CountingStream(replacing);
            try {
                counting.start();
                Handoff.run(producer, counting);
                counting.finish();
            } catch (RuntimeException | Error e) {
                indexing.abandon();
                throw e;
            }
            runs.finish();
            // every entry is in: Lucene writes its last segments on the core that the statistics, counted
            // on one thread, leave free, instead of after the indexes
            textFlush = Background.start("qlod-text-commit", text::prepareCommit);
            // in the node table's transaction: the slices bring nodes of their own
            countStatistics(nodes, ids, statements, runs, orders, indexOf(indexes, "SPOG"));
            transaction.commit();
            LOG.debug(
                    "{} quads read, {} tuples sorted ({}); writing the {} quad indexes",
                    counting.quads(),
                    runs.added(),
                    runs.inMemory() ? "in memory" : runs.runBytes() + " bytes of runs",
                    indexes.length);
            packAll(indexes, runs, folder, fresh.getStoreParams().getBlockSize());
            textFlush.join(location);
            text.commit();
            committed = true;
            return new Built(replacing.added(), counting.quads());
        } finally {
            if (!transaction.hasFinished()) {
                transaction.abort();
            }
            transaction.end();
            if (textFlush != null) {
                textFlush.await();
            }
            if (committed) {
                text.close();
            } else {
                discard(text);
            }
        }
    }

    /**
     * Closes the text index of a build that failed without committing it: Lucene refuses to close a
     * writer whose commit was prepared, and that refusal would hide the failure being thrown. The
     * folder goes with the abandoned build.
     */
    private static void discard(TextIndexLucene text) {
        try {
            text.getIndexWriter().rollback();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot close the text index of the abandoned load: {}", e.toString());
        }
    }

    /** A task on a thread of its own, whose failure is thrown again where it is joined. */
    private static final class Background {
        private final Thread thread;
        private volatile Throwable failure;

        private Background(String name, Runnable task) {
            this.thread = new Thread(task, name);
            thread.setUncaughtExceptionHandler((t, e) -> failure = e);
        }

        static Background start(String name, Runnable task) {
            Background background = new Background(name, task);
            background.thread.start();
            return background;
        }

        /** Waits for the task and throws what it threw. */
        void join(String location) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(location, "interrupted while waiting for " + thread.getName(), e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }

        /** Waits for the task after a failure elsewhere, so that nothing it uses is closed under it. */
        void await() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Counts the statistics graph ({@link Statistics}) from the load's own tuples, read in SPOG order
     * before any index is written, and adds its quads to the sort, so that the indexes are written
     * once with them: inserted into the finished indexes, the 618,558 statistics quads of 100k
     * questions took 15 s, and reading the questions back from the indexes 6 s more.
     */
    private static void countStatistics(
            NodeTable nodes, NodeIds ids, LoadStatements statements, TupleRuns runs, List<int[]> orders, int spog) {
        long start = System.nanoTime();
        Statistics statistics;
        // the merge of the runs on the other core, the counting on this one
        try (Prefetch tuples = Prefetch.start(runs.sorted(spog), TupleRuns.WIDTH, "qlod-statistics-merge")) {
            statistics = Statistics.count(new FactScan(nodes, statements.over(tuples, orders.get(spog))));
        }
        runs.reopen();
        int slices = statistics.write(ids::quad);
        runs.finish();
        LOG.debug(
                "Counted {} questions into {} statistics slices in {} ms",
                statistics.questions(),
                slices,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static int indexOf(TupleIndex[] indexes, String name) {
        for (int i = 0; i < indexes.length; i++) {
            if (indexes[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("the store has no " + name + " index");
    }

    /** Tuples sorted in memory at a time: 32 bytes each, one sixteenth of the heap, within bounds. */
    private static int chunkTuples() {
        return (int) Math.max(1 << 16, Math.min(1 << 24, Runtime.getRuntime().maxMemory() / 16 / 32));
    }

    /**
     * Writes every index; from runs on disk two at a time, as each reads its own runs and writes its
     * own files, and the merge of one order's runs keeps one core busy.
     */
    private void packAll(TupleIndex[] indexes, TupleRuns runs, Path folder, int blockSize) {
        if (runs.inMemory()) {
            for (int i = 0; i < indexes.length; i++) {
                pack(indexes[i], runs.sorted(i), folder, blockSize);
            }
            return;
        }
        List<Iterator<long[]>> sorted = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            sorted.add(runs.sorted(i));
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < indexes.length; i = next.getAndIncrement()) {
                pack(indexes[i], sorted.get(i), folder, blockSize);
            }
        };
        Background second = Background.start("qlod-load-index", worker);
        try {
            worker.run();
        } catch (RuntimeException | Error e) {
            second.await();
            throw e;
        }
        second.join(location);
    }

    /**
     * Writes an empty index's B+tree bottom-up from its tuples, sorted in its order. The blocks go to
     * the index's files by plain writes, not through the store's memory maps: flushing 1.5 GB of
     * mapped pages cost a TLB shootdown between the two cores per page, and every new page of a
     * mapping is zeroed before it is written; the sys time of a 100k load fell from 12–17 s to 6–9 s
     * (BENCHMARKS.md round 14). The store's own block managers of the index are only told where the
     * packed blocks end, so that its commit records it and its next writes go after them.
     */
    private static void pack(TupleIndex index, Iterator<long[]> sorted, Path folder, int blockSize) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Iterator<Record> records = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sorted.hasNext();
            }

            @Override
            public Record next() {
                long[] tuple = sorted.next();
                byte[] key = new byte[tuple.length * NodeId.SIZE];
                for (int c = 0; c < tuple.length; c++) {
                    Bytes.setLong(tuple[c], key, c * NodeId.SIZE);
                }
                return factory.create(key);
            }
        };
        BlockMgr liveNodes = tree.getNodeManager().getBlockMgr();
        BlockMgr liveRecords = tree.getRecordsMgr().getBlockMgr();
        BlockMgr nodes = BlockMgrFactory.createStdFileNoCache(
                folder.resolve(index.getName() + "." + Names.extBptTree).toString(), blockSize);
        BlockMgr recs = BlockMgrFactory.createStdFileNoCache(
                folder.resolve(index.getName() + "." + Names.extBptRecords).toString(), blockSize);
        nodes.resetAlloc(liveNodes.allocLimit());
        recs.resetAlloc(liveRecords.allocLimit());
        try {
            CoLib.executeWrite(index, () -> {
                BPlusTreeRewriter.packIntoBPlusTree(
                        records,
                        tree.getParams(),
                        factory,
                        tree.getStateManager().getBufferChannel(),
                        nodes,
                        recs);
                liveNodes.resetAlloc(nodes.allocLimit());
                liveRecords.resetAlloc(recs.allocLimit());
            });
        } finally {
            nodes.close();
            recs.close();
        }
    }

    /**
     * Renames the new generation into place and switches the open dataset over to it, as TDB2's
     * compaction does, with writers held off; then closes and deletes the old, empty generation.
     */
    private void switchTo(DatasetGraphTDB live, Path building, Path target) {
        synchronized (SWITCH_LOCK) {
            switchLocked(live, building, target);
        }
    }

    private void switchLocked(DatasetGraphTDB live, Path building, Path target) {
        TransactionCoordinator liveCoordinator = live.getTxnSystem().getTxnMgr();
        container.execReadOnlyDatabase(() -> {
            if (!Txn.calculateRead(live, live::isEmpty)) {
                throw new StoreException(
                        location, "the store was written to while the load ran; nothing was loaded", null);
            }
            try {
                // as Jena's compaction: a rename in one folder, which POSIX file systems make atomic
                Files.move(building, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Location targetLocation = Location.create(target);
            try {
                DatasetGraphTDB next = StoreConnection.connectCreate(
                                targetLocation, live.getStoreParams(), live.getReorderTransform())
                        .getDatasetGraphTDB();
                TransactionCoordinator nextCoordinator = next.getTxnSystem().getTxnMgr();
                nextCoordinator.execExclusive(() -> {
                    nextCoordinator.takeOverFrom(liveCoordinator);
                    // the text index is a component of the dataset's transactions (jena-text registers it)
                    nextCoordinator.modifyConfigDirect(
                            () -> liveCoordinator.listExternals().forEach(nextCoordinator::addExternal));
                    if (!container.change(live, next)) {
                        throw new IllegalStateException("the store's dataset changed during the load");
                    }
                });
            } catch (RuntimeException | Error e) {
                // not switched: the renamed generation must not become the store's at its next opening
                StoreConnection.internalExpel(targetLocation, true);
                Folders.deleteTree(target);
                throw e;
            }
        });
        liveCoordinator.startExclusiveMode();
        Location old = live.getLocation();
        StoreConnection.release(old);
        Folders.deleteTree(Path.of(old.getDirectoryPath()));
    }

    /** Forgets a build that did not finish: the live generation was never touched. */
    private void abandon(Location buildingLocation, Path building, boolean addedToLiveIndex) {
        try {
            StoreConnection.internalExpel(buildingLocation, true);
            Folders.deleteTree(building);
            if (addedToLiveIndex) {
                liveIndex.rollback();
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot clear the abandoned load in {}: {}", building, e.toString());
        }
    }

    /** {@code Data-0001} → {@code Data-0002}. */
    static String nextGeneration(String name) {
        int dash = name.lastIndexOf('-');
        int n = Integer.parseInt(name.substring(dash + 1));
        return String.format("%s-%04d", name.substring(0, dash), n + 1);
    }
}
