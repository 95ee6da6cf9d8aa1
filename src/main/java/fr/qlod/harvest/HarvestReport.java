package fr.qlod.harvest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a harvest did: counts per outcome and the URLs that failed, with why. */
public final class HarvestReport {
    private int fetched;
    private int notModified;
    private int skipped;
    private int missing;
    private int forbidden;
    private final List<String> failures = new ArrayList<>();

    void fetched() {
        fetched++;
    }

    void notModified() {
        notModified++;
    }

    void skipped() {
        skipped++;
    }

    void missing() {
        missing++;
    }

    void forbidden() {
        forbidden++;
    }

    void failed(String url, String why) {
        failures.add(url + ": " + why);
    }

    public int fetchedCount() {
        return fetched;
    }

    public int notModifiedCount() {
        return notModified;
    }

    public int skippedCount() {
        return skipped;
    }

    public int missingCount() {
        return missing;
    }

    public int forbiddenCount() {
        return forbidden;
    }

    public int failedCount() {
        return failures.size();
    }

    /** "url: why" for every URL that could not be fetched. */
    public List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    int done() {
        return fetched + notModified + skipped + missing + forbidden + failures.size();
    }

    @Override
    public String toString() {
        return fetched + " fetched, " + notModified + " not modified, " + skipped + " skipped (already complete), "
                + missing + " missing (404), " + forbidden + " forbidden by robots.txt, " + failures.size() + " failed";
    }
}
