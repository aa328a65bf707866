package org.diplomap.io;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diplomap.model.Dataset;

/** Writes small files in a folder and reads them as the import does. */
final class CsvFiles {

    private final Path dir;

    CsvFiles(Path dir) {
        this.dir = dir;
    }

    /** A file of these lines, each ended by CRLF as the published files are. */
    Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    Dataset read(Path file) throws DatasetFormatException {
        return read(file, ImportSettings.STRICT);
    }

    Dataset read(Path file, ImportSettings settings) throws DatasetFormatException {
        return new DatasetFiles().read(file, settings, ImportProgress.NONE).dataset();
    }

    /** The error of reading a file that must fail. */
    DatasetFormatException failure(Path file) {
        return catchThrowableOfType(DatasetFormatException.class, () -> read(file));
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
