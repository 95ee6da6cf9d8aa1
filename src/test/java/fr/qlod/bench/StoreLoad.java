package fr.qlod.bench;

import fr.qlod.store.LoadResult;
import fr.qlod.store.QuestionStore;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Loads an N-Quads file (as written by {@code qlod convert}) through {@link QuestionStore#load}, so
 * that the store's load path can be timed on exactly the input given to Jena's
 * {@code tdb2.tdbloader}. Prints {@code quads=N}.
 *
 * <pre>
 * java -cp … fr.qlod.bench.StoreLoad DB_DIR FILE.nq
 * </pre>
 */
public final class StoreLoad {
    private StoreLoad() {}

    public static void main(String[] args) {
        try (QuestionStore store = QuestionStore.open(Path.of(args[0]))) {
            LoadResult result = store.load(
                    out -> RDFParser.source(args[1]).lang(Lang.NQUADS).parse(out));
            System.out.println("quads=" + result.quads() + " graphs=" + result.graphs());
        }
    }
}
