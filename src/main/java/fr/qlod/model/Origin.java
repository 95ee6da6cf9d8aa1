package fr.qlod.model;

import java.util.Objects;

/**
 * Where a record was read from: the format, the file (or zip entry) and, when the source
 * names it, the URL of the original document.
 *
 * @param format    the source format
 * @param location  file path, {@code archive.zip!/entry.xml}, or URL; never blank
 * @param sourceUrl the original document's URL as printed in the source, or null
 */
public record Origin(SourceFormat format, String location, String sourceUrl) {
    public Origin {
        Objects.requireNonNull(format, "format");
        Checks.notBlank(location, "location");
    }

    public Origin withSourceUrl(String url) {
        return new Origin(format, location, url);
    }
}
