package org.diplomap.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads any file the program imports, telling its kind from the extension and, for CSV, from the header row:
 * a Diplomap dataset (.json), a CSV of ties, the COW Diplomatic Exchange file, or the Pardee Diplometrics file.
 */
public final class DatasetFiles {

    /** The kinds of file understood. */
    public enum Kind {
        DATASET_JSON("Diplomap dataset (JSON)"),
        TIES_CSV("CSV of ties"),
        COW_EXCHANGE("COW Diplomatic Exchange"),
        PARDEE("Pardee Diplometrics Diplomatic Representation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the error about an unknown header lists. */
    static final String UNDERSTOOD_HEADERS = "a CSV of ties (" + String.join(",", TieCsvReader.COLUMNS)
            + "), COW Diplomatic Exchange (" + String.join(",", CowExchangeReader.REQUIRED)
            + ", ...) or Pardee Diplometrics (" + PardeeReader.DESTINATION + "," + PardeeReader.SENDING.get(0) + ","
            + PardeeReader.YEAR + "," + PardeeReader.EMBASSY + "," + PardeeReader.FOCUS + ", ...)";

    private final StateReference reference;
    private final DatasetReader json;

    public DatasetFiles() {
        this(StateReference.bundled());
    }

    public DatasetFiles(StateReference reference) {
        this.reference = reference;
        this.json = new DatasetReader(reference);
    }

    /** Reads a file of any kind understood; the path as given names it in errors. */
    public ReadFile read(Path file, ImportSettings settings, ImportProgress progress) throws DatasetFormatException {
        String fileName = file.toString();
        Kind kind = detect(file);
        progress.update("Reading " + fileName, 0, size(file));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long size = size(file);
            ReadFile read = switch (kind) {
                case DATASET_JSON -> new ReadFile(json.read(in, fileName), i -> "ties[" + i + "]");
                case TIES_CSV -> new TieCsvReader(reference).read(in, fileName, size, progress);
                case COW_EXCHANGE -> new CowExchangeReader(CowStates.bundled()).read(in, fileName, size, progress);
                case PARDEE -> new PardeeReader(CountryNames.bundled()).read(in, fileName, size, settings, progress);
            };
            progress.update("Reading " + fileName, size, size);
            return read;
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** The kind of a file: from its extension, and for CSV from its header row. */
    public Kind detect(Path file) throws DatasetFormatException {
        String fileName = file.toString();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Kind.DATASET_JSON;
        }
        if (!name.endsWith(".csv")) {
            throw new DatasetFormatException(fileName, "file", "unknown kind of file; expected a dataset (.json) or "
                    + "a CSV file (.csv)");
        }
        try (InputStream in = Files.newInputStream(file); CsvRows rows = new CsvRows(in, fileName)) {
            CsvRows.Row header = rows.next();
            if (header == null) {
                throw new DatasetFormatException(fileName, "line 1", "the file is empty; expected a header row of "
                        + UNDERSTOOD_HEADERS);
            }
            return kindOf(header.cells(), fileName);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    private static Kind kindOf(List<String> header, String fileName) throws DatasetFormatException {
        List<String> names = header.stream().map(String::strip).toList();
        if (names.containsAll(CowExchangeReader.REQUIRED)) {
            return Kind.COW_EXCHANGE;
        }
        boolean pardee = names.contains(PardeeReader.DESTINATION) && names.contains(PardeeReader.YEAR)
                && names.contains(PardeeReader.EMBASSY) && names.contains(PardeeReader.FOCUS)
                && PardeeReader.SENDING.stream().anyMatch(names::contains);
        if (pardee) {
            return Kind.PARDEE;
        }
        // Any column of a tie makes it a CSV of ties, whose reader then names what is wrong with the header.
        if (names.stream().anyMatch(TieCsvReader.COLUMNS::contains)) {
            return Kind.TIES_CSV;
        }
        throw new DatasetFormatException(fileName, "line 1", "unknown CSV header; the headers understood are "
                + UNDERSTOOD_HEADERS);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static DatasetFormatException unreadable(String fileName, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DatasetFormatException(fileName, "file", "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new DatasetFormatException(fileName, "file", "permission denied");
        }
        return new DatasetFormatException(fileName, "file", "cannot be read: " + e.getMessage());
    }
}
