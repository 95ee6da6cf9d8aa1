package fr.qlod.store;

import java.lang.reflect.Field;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the length of a new node table's data file in memory for the length of a load. TDB2 writes
 * a node as a few Thrift pieces, and its write buffer asks the file for its length at each piece: a
 * {@code fstat} system call each: 16 million of them for 100,000 questions, and 3.5% of the whole load's
 * CPU time (BENCHMARKS.md, rounds 12 and 13). The length of a file that only this load writes, and that
 * changes only by its own appends and truncations, is known without asking.
 *
 * @implNote The file is reached through private fields of Jena's TDB2 ({@code NodeTableTRDF.diskFile},
 *     {@code TransBinaryDataFile.binFile}, {@code BinaryDataFileWriteBuffered.other}), read against Jena
 *     {@value FreshStoreLoad#JENA_CHECKED} as the rest of {@link FreshStoreLoad}. When they are not as
 *     expected the node table is left as it is: the load is then only slower.
 */
final class NodeFileLength implements BinaryDataFile {
    private static final Logger LOG = LoggerFactory.getLogger(NodeFileLength.class);

    private final BinaryDataFile file;
    private long length;

    private NodeFileLength(BinaryDataFile file) {
        this.file = file;
        this.length = file.length();
    }

    /** Puts the length cache under the data file of the node table's storage; returns whether it could. */
    static boolean install(NodeTable storage) {
        try {
            if (!(storage instanceof NodeTableTRDF table)
                    || !(field(NodeTableTRDF.class, "diskFile").get(table) instanceof TransBinaryDataFile trans)
                    || !(field(TransBinaryDataFile.class, "binFile").get(trans)
                            instanceof BinaryDataFileWriteBuffered buffered)) {
                LOG.debug("Node table {} not as expected: its file length is asked at each write", storage);
                return false;
            }
            Field other = field(BinaryDataFileWriteBuffered.class, "other");
            if (!(other.get(buffered) instanceof BinaryDataFileRandomAccess file) || !file.isOpen()) {
                LOG.debug("Node table {} not as expected: its file length is asked at each write", storage);
                return false;
            }
            other.set(buffered, new NodeFileLength(file));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("Cannot keep the length of node table {}: {}", storage, e.toString());
            return false;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * Appends, as every write of the buffered file above does. The position returned is the one the file
     * keeps itself, which a truncation leaves as it was; the buffered file ignores it and asks for the
     * length instead, which is what this class keeps.
     */
    @Override
    public long write(byte[] bytes, int offset, int count) {
        long at = file.write(bytes, offset, count);
        length += count;
        return at;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void truncate(long size) {
        file.truncate(size);
        length = file.length();
    }

    @Override
    public void open() {
        file.open();
        length = file.length();
    }

    @Override
    public boolean isOpen() {
        return file.isOpen();
    }

    @Override
    public int read(long position, byte[] bytes, int offset, int count) {
        return file.read(position, bytes, offset, count);
    }

    @Override
    public void sync() {
        file.sync();
    }

    @Override
    public void close() {
        file.close();
    }
}
