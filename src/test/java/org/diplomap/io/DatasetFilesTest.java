package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {

    @TempDir
    Path dir;

    private CsvFiles files;
    private final DatasetFiles reader = new DatasetFiles();

    @BeforeEach
    void setUp() {
        files = new CsvFiles(dir);
    }

    @Test
    void theKindIsToldFromTheExtensionAndTheHeader() throws Exception {
        assertThat(reader.detect(files.write("case.json", "{}"))).isEqualTo(DatasetFiles.Kind.DATASET_JSON);
        assertThat(reader.detect(files.write("ties.csv", "from,to,type,start")))
                .isEqualTo(DatasetFiles.Kind.TIES_CSV);
        assertThat(reader.detect(files.write("COW.CSV", CowExchangeReaderTest.HEADER)))
                .isEqualTo(DatasetFiles.Kind.COW_EXCHANGE);
        assertThat(reader.detect(files.write("p21.csv", PardeeReaderTest.HEADER_2021)))
                .isEqualTo(DatasetFiles.Kind.PARDEE);
        assertThat(reader.detect(files.write("p25.csv", PardeeReaderTest.HEADER_2025)))
                .isEqualTo(DatasetFiles.Kind.PARDEE);
    }

    @Test
    void anUnknownHeaderIsAnErrorSayingWhichHeadersAreUnderstood() throws Exception {
        Path file = files.write("other.csv", "country,partner,year", "France,Germany,2000");

        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> reader.detect(file));

        assertThat(e).hasMessage(file + ": line 1: unknown CSV header; the headers understood are a CSV of ties "
                + "(from,to,type,start,end,description,source,confidence), COW Diplomatic Exchange "
                + "(ccode1,ccode2,year,DR_at_1, ...) or Pardee Diplometrics (Destination,Sending Country,Year,Embassy,"
                + "Focus, ...)");
    }

    @Test
    void anUnknownExtensionAndAMissingFileAreErrors() throws Exception {
        Path text = files.write("ties.txt", "from,to,type,start");
        Path missing = dir.resolve("missing.csv");

        assertThat(catchThrowableOfType(DatasetFormatException.class, () -> reader.detect(text)))
                .hasMessage(text + ": file: unknown kind of file; expected a dataset (.json) or a CSV file (.csv)");
        assertThat(catchThrowableOfType(DatasetFormatException.class, () -> reader.detect(missing)))
                .hasMessage(missing + ": file: no such file");
    }

    @Test
    void anEmptyCsvFileIsAnError() throws Exception {
        Path empty = dir.resolve("empty.csv");
        java.nio.file.Files.writeString(empty, "");

        assertThat(catchThrowableOfType(DatasetFormatException.class, () -> reader.detect(empty)).getMessage())
                .startsWith(empty + ": line 1: the file is empty; expected a header row of a CSV of ties");
    }

    @Test
    void progressReachesTheEndOfALargeFile() throws Exception {
        StringBuilder rows = new StringBuilder(CowExchangeReaderTest.HEADER);
        for (int year = 1900; year < 2000; year++) {
            for (int sender : new int[] {20, 200, 220, 255, 325, 365, 710, 740, 750, 840}) {
                rows.append("\r\n2,").append(sender).append(',').append(year).append(",3,3,1,2006.1");
            }
        }
        Path file = files.write("cow.csv", rows.toString());
        long[] last = new long[2];

        reader.read(file, ImportSettings.STRICT, (step, done, total) -> {
            assertThat(done).isLessThanOrEqualTo(total);
            last[0] = done;
            last[1] = total;
        });

        assertThat(last[1]).isEqualTo(java.nio.file.Files.size(file));
        assertThat(last[0]).isGreaterThan(last[1] / 2);
    }
}
