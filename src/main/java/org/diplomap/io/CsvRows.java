package org.diplomap.io;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvParser;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV file, one at a time, each with the line it starts on. Broken quoting and text that is not
 * UTF-8 end the reading with an error naming the line.
 */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    /** One row: the line it starts on and its cells, as written (a missing cell is absent, an empty one ""). */
    record Row(int line, List<String> cells) {
    }

    private final CsvParser parser;
    private final String fileName;
    private int lastLine = 1;
    /** The line of the row being read, 0 between rows: a broken quote is found where the file ends, not where it opens. */
    private int rowLine;

    /** Reads from {@code in}, which the caller closes. */
    CsvRows(InputStream in, String fileName) throws DatasetFormatException {
        this.fileName = fileName;
        // Bytes that are not UTF-8 are a mistake in a data file: report them with their line rather than replace them.
        Reader reader = new Utf8Lines(in);
        try {
            parser = (CsvParser) MAPPER.reader().with(CsvSchema.emptySchema()).createParser(reader);
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    /** The next row, or null after the last. */
    Row next() throws DatasetFormatException {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new DatasetFormatException(fileName, "line " + lastLine, "broken CSV: a row was expected");
            }
            // The line of a row is that of its first cell: the row itself starts where the one before ended.
            int line = 0;
            rowLine = 0;
            List<String> cells = new ArrayList<>();
            for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
                if (line == 0) {
                    line = lineOf(parser.currentTokenLocation());
                    lastLine = line;
                    rowLine = line;
                }
                cells.add(parser.getString());
            }
            if (line == 0) {
                line = lastLine;
            }
            rowLine = 0;
            if (line == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                // A byte order mark, as spreadsheets write them.
                cells.set(0, cells.get(0).substring(1));
            }
            return new Row(line, cells);
        } catch (JacksonException e) {
            throw failure(e);
        }
    }

    /** How far the reading has got, in characters. */
    long charsRead() {
        return Math.max(0, parser.currentLocation().getCharOffset());
    }

    private DatasetFormatException failure(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        int line = location == null || location.getLineNr() < 1 ? lastLine : location.getLineNr();
        if (e instanceof JacksonIOException && e.getCause() instanceof Utf8Lines.NotUtf8Exception notUtf8) {
            return new DatasetFormatException(fileName, "line " + notUtf8.line(), "not UTF-8 text: save the file as UTF-8");
        }
        if (e instanceof JacksonIOException) {
            return new DatasetFormatException(fileName, "file", "cannot be read: " + oneLine(e.getOriginalMessage()));
        }
        return new DatasetFormatException(fileName, "line " + (rowLine > 0 ? rowLine : line), "broken CSV: " + oneLine(e.getOriginalMessage()));
    }

    private int lineOf(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? lastLine : location.getLineNr();
    }

    private static String oneLine(String text) {
        return text == null ? "" : Texts.shortened(text.replaceAll("\\s+", " ").trim(), 300);
    }

    @Override
    public void close() {
        parser.close();
    }
}
