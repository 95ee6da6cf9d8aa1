package fr.qlod.mapping;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import fr.qlod.parse.Sources;
import java.util.List;

/**
 * The two seed documents ({@link SeedDocuments}) as their readers give them: read from the demo corpus's copy
 * through {@link Sources}, so that the mapping tests start from what a conversion maps, not from a record typed in
 * again (the reader tests check the records themselves).
 */
final class Seeds {
    private Seeds() {}

    /** Seed 000, the 2009-2015 table page as text: question 59906, group and département only, a change of attribution. */
    static Question seed000() {
        return read(SeedDocuments.SEED_000);
    }

    /** Seed 001, the /dyn/ page as text: question 60037, 6th constituency of Nord, the group printed as "Les Républicains". */
    static Question seed001() {
        return read(SeedDocuments.SEED_001);
    }

    private static Question read(String resource) {
        List<Entity> read = MappingCases.read(resource);
        if (read.size() != 1) {
            throw new IllegalStateException(resource + " holds " + read.size() + " records, not one");
        }
        return (Question) read.get(0);
    }
}
