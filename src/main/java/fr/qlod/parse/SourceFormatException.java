package fr.qlod.parse;

import fr.qlod.QlodException;

/**
 * Bad input: a file (or zip entry) that no reader accepts, that is truncated or malformed, or
 * that lacks a required field. Names the file and the place in it.
 */
public class SourceFormatException extends QlodException {
    private final String file;
    private final String place;
    private final String problem;

    /**
     * @param file    the file, or {@code archive.zip!/entry}
     * @param place   where in it: "line 12:5", "record 3", a CSS selector, or null
     * @param problem what is wrong, as a sentence fragment
     */
    public SourceFormatException(String file, String place, String problem) {
        this(file, place, problem, null);
    }

    public SourceFormatException(String file, String place, String problem, Throwable cause) {
        super(file + (place == null ? "" : " (" + place + ")") + ": " + problem, cause);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
