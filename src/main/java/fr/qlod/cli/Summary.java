package fr.qlod.cli;

import fr.qlod.parse.Problems;

/** The one-line summary a reading command prints at the end. */
final class Summary {
    private Summary() {}

    static String of(long records, String noun, Problems problems) {
        String line = records + " " + noun + (records == 1 ? "" : "s") + " read";
        if (problems.isEmpty()) {
            return line + ", no error";
        }
        return line + ", " + problems.count() + " bad file" + (problems.count() == 1 ? "" : "s") + " or record"
                + (problems.count() == 1 ? "" : "s") + " (see above)";
    }
}
