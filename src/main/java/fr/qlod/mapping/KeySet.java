package fr.qlod.mapping;

import java.util.Arrays;

/**
 * A set of strings kept as 64-bit hashes in one open-addressing {@code long[]}: 8 to 16 bytes a
 * key, against about 150 for a {@code HashSet<String>} of record keys or graph IRIs, so that what a
 * conversion or a load remembers of each record stays small at 700,000 records. Two distinct keys
 * share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million keys); the callers accept
 * that a record might then be taken for one already seen (a conversion would skip it with a
 * warning; a load would merge its graph with the stored one instead of replacing it).
 *
 * <pre>
 * KeySet seen = new KeySet();
 * if (!seen.add(key)) { ... }
 * </pre>
 */
public final class KeySet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds a key; false when it (or a key of the same hash) was already there. */
    public boolean add(String key) {
        long h = hash(key);
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, h);
    }

    /** The number of keys added. */
    public int size() {
        return size;
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = h;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(h -> h != EMPTY).forEach(h -> insert(slots, h));
    }

    /** A 64-bit hash of the key's characters (FNV-1a, then MurmurHash3's finaliser); never 0. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
