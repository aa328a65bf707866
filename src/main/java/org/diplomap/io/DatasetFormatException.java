package org.diplomap.io;

/**
 * A dataset file that breaks the format. The message is one line: the file, the place in it
 * ({@code ties[3].end}, or a line and column for broken JSON) and the problem.
 */
public class DatasetFormatException extends Exception {

    private final String file;
    private final String place;
    private final String problem;

    public DatasetFormatException(String file, String place, String problem) {
        super(file + ": " + place + ": " + problem);
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
