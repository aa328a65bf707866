package org.diplomap.io;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    /** Reads from {@code in}, which the caller closes. */
    CsvRows(InputStream in, String fileName) throws DatasetFormatException {
        this.fileName = fileName;
        // Jackson's own decoding would replace bytes that are not UTF-8; a data file with them is a mistake.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
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
            int line = lineOf(parser.currentTokenLocation());
            lastLine = line;
            if (token != JsonToken.START_ARRAY) {
                throw new DatasetFormatException(fileName, "line " + line, "broken CSV: a row was expected");
            }
            List<String> cells = new ArrayList<>();
            for (token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
                cells.add(parser.getString());
            }
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
        if (e instanceof JacksonIOException && e.getCause() instanceof CharacterCodingException) {
            return new DatasetFormatException(fileName, "line " + line, "not UTF-8 text: save the file as UTF-8");
        }
        if (e instanceof JacksonIOException) {
            return new DatasetFormatException(fileName, "file", "cannot be read: " + oneLine(e.getOriginalMessage()));
        }
        return new DatasetFormatException(fileName, "line " + line, "broken CSV: " + oneLine(e.getOriginalMessage()));
    }

    private int lineOf(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? lastLine : location.getLineNr();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        parser.close();
    }
}
