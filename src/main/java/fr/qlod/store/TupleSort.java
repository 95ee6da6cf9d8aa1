package fr.qlod.store;

/**
 * The in-memory sort of {@link TupleRuns}: an introsort of four-column tuples stored flat in a {@code long[]}
 * (tuple {@code t} at offsets {@code 4t..4t+3}), compared column by column, signed (the values are stored
 * flipped, so that this gives their unsigned order).
 */
final class TupleSort {
    private static final int WIDTH = TupleRuns.WIDTH;

    private TupleSort() {}

    /** The depth past which {@link #sort} turns to heapsort: twice the bit length of {@code n}. */
    static int depthLimit(int n) {
        return 2 * (64 - Long.numberOfLeadingZeros(Math.max(1, n)));
    }

    /** Introsort of the tuples {@code [from, to)}: quicksort, insertion sort for short ranges, heapsort when too deep. */
    static void sort(long[] a, int from, int to, int depth) {
        while (to - from > 16) {
            if (depth-- == 0) {
                heapSort(a, from, to);
                return;
            }
            int mid = from + (to - from) / 2;
            medianToFrom(a, from, mid, to - 1);
            int p = partition(a, from, to);
            if (p - from < to - p - 1) {
                sort(a, from, p, depth);
                from = p + 1;
            } else {
                sort(a, p + 1, to, depth);
                to = p;
            }
        }
        insertionSort(a, from, to);
    }

    /** Puts the median of three tuples at {@code x}, as the pivot. */
    private static void medianToFrom(long[] a, int x, int y, int z) {
        int lo = x;
        int hi = z;
        if (cmp(a, lo, y) > 0) {
            int t = lo;
            lo = y;
            y = t;
        }
        if (cmp(a, y, hi) > 0) {
            y = hi;
        }
        if (cmp(a, lo, y) > 0) {
            y = lo;
        }
        swap(a, x, y);
    }

    /** Hoare-style partition around the tuple at {@code from}; returns the pivot's final place. */
    private static int partition(long[] a, int from, int to) {
        int i = from;
        int j = to;
        while (true) {
            do {
                i++;
            } while (i < to && cmp(a, i, from) < 0);
            do {
                j--;
            } while (cmp(a, j, from) > 0);
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, from, j);
        return j;
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && cmp(a, j - 1, j) > 0; j--) {
                swap(a, j - 1, j);
            }
        }
    }

    private static void heapSort(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && cmp(a, base + child + 1, base + child) > 0) {
                child++;
            }
            if (cmp(a, base + i, base + child) >= 0) {
                return;
            }
            swap(a, base + i, base + child);
            i = child;
        }
    }

    /** Compares tuples number {@code x} and {@code y}. */
    private static int cmp(long[] a, int x, int y) {
        return compare(a, x * WIDTH, y * WIDTH);
    }

    /** Compares the tuples starting at offsets {@code i} and {@code j}, column by column. */
    static int compare(long[] a, int i, int j) {
        int r = Long.compare(a[i], a[j]);
        if (r != 0) {
            return r;
        }
        r = Long.compare(a[i + 1], a[j + 1]);
        if (r != 0) {
            return r;
        }
        r = Long.compare(a[i + 2], a[j + 2]);
        return r != 0 ? r : Long.compare(a[i + 3], a[j + 3]);
    }

    private static void swap(long[] a, int x, int y) {
        int i = x * WIDTH;
        int j = y * WIDTH;
        for (int c = 0; c < WIDTH; c++) {
            long t = a[i + c];
            a[i + c] = a[j + c];
            a[j + c] = t;
        }
    }
}
