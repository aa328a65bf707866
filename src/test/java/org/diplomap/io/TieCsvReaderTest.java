package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TieCsvReaderTest {

    @TempDir
    Path dir;

    private CsvFiles files;

    @BeforeEach
    void setUp() {
        files = new CsvFiles(dir);
    }

    @Test
    void rowsBecomeTiesWithTheColumnsInAnyOrderAndEmptyCellsAbsent() throws Exception {
        Path file = files.write("ties.csv",
                "type,from,to,start,end,confidence,source,description",
                "recognition,RUS,AFG,2025-07-03,,,TASS,\"Russia recognises, formally\"",
                "engagement,NOR,AFG,2022-01,2024-12-05,medium,,");

        Dataset dataset = files.read(file);

        assertThat(dataset.ties()).containsExactly(
                new Tie("RUS", "AFG", TieType.RECOGNITION, PartialDate.parse("2025-07-03"), null,
                        "Russia recognises, formally", "TASS", Confidence.HIGH),
                new Tie("NOR", "AFG", TieType.ENGAGEMENT, PartialDate.parse("2022-01"),
                        PartialDate.parse("2024-12-05"), null, null, Confidence.MEDIUM));
        assertThat(dataset.states()).extracting(State::code).containsExactly("RUS", "AFG", "NOR");
        assertThat(dataset.states().get(0).name()).isEqualTo("Russia");
    }

    @Test
    void onlyTheRequiredColumnsAreNeeded() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start", "PAK,AFG,recognition,1997-05-25");

        assertThat(files.read(file).ties()).extracting(Tie::id).containsExactly("PAK>AFG:recognition@1997-05-25");
    }

    @Test
    void aBadDateNamesItsLineAndColumn() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start,end",
                "RUS,AFG,recognition,2025-07-03,",
                "CHN,AFG,ambassador,2023-13,");

        assertThat(files.failure(file)).hasMessage(
                file + ": line 3, column 4 (start): '2023-13' is not a date of the calendar");
    }

    @Test
    void theSameRulesAsTheJsonFormatWithTheirPlaces() throws Exception {
        Path unknownState = files.write("a.csv", "from,to,type,start", "XYZ,AFG,recognition,2025");
        Path unknownType = files.write("b.csv", "from,to,type,start", "RUS,AFG,treaty,2025");
        Path endBeforeStart = files.write("c.csv", "from,to,type,start,end", "RUS,AFG,ambassador,2025,2020");
        Path toItself = files.write("d.csv", "from,to,type,start", "AFG,AFG,ambassador,2025");
        Path badConfidence = files.write("e.csv", "from,to,type,start,confidence", "RUS,AFG,ambassador,2025,sure");
        Path blankStart = files.write("f.csv", "from,to,type,start", "RUS,AFG,ambassador,\" \"");

        assertThat(files.failure(unknownState)).hasMessageStartingWith(unknownState
                + ": line 2, column 1 (from): unknown state code 'XYZ'");
        assertThat(files.failure(unknownType)).hasMessage(unknownType
                + ": line 2, column 3 (type): unknown tie type 'treaty'; expected recognition, ambassador or engagement");
        assertThat(files.failure(endBeforeStart)).hasMessage(endBeforeStart
                + ": line 2, column 5 (end): end before start: end 2020 is not after start 2025");
        assertThat(files.failure(toItself)).hasMessage(toItself
                + ": line 2, column 2 (to): a tie from a state to itself ('AFG')");
        assertThat(files.failure(badConfidence)).hasMessage(badConfidence
                + ": line 2, column 5 (confidence): unknown confidence 'sure'; expected high, medium or low");
        assertThat(files.failure(blankStart)).hasMessage(blankStart
                + ": line 2, column 4 (start): required field 'start' is empty");
    }

    @Test
    void overlappingTiesNameBothLines() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start,end",
                "NOR,AFG,engagement,2022-01-23,2024-12-05",
                "RUS,AFG,recognition,2025-07-03,",
                "NOR,AFG,engagement,2024-12,");

        assertThat(files.failure(file)).hasMessage(file + ": line 4: overlaps line 2 (NOR -> AFG engagement from "
                + "2022-01-23 to 2024-12-05): ties with the same from, to and type must not overlap");
    }

    @Test
    void anUnknownColumnIsAnErrorNamingIt() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start,colour", "RUS,AFG,recognition,2025,red");

        assertThat(files.failure(file)).hasMessage(file + ": line 1, column 5: unknown column 'colour'; the columns are "
                + "from,to,type,start,end,description,source,confidence");
    }

    @Test
    void aMissingRequiredColumnIsAnError() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,end", "RUS,AFG,recognition,2025");

        assertThat(files.failure(file)).hasMessage(file + ": line 1: missing required column 'start'; the columns are "
                + "from,to,type,start,end,description,source,confidence");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsAnError() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start", "RUS,AFG,recognition,2025", "CHN,AFG,ambassador");

        assertThat(files.failure(file)).hasMessage(file + ": line 3: 3 cells, but the header names 4 columns");
    }

    @Test
    void textThatIsNotUtf8NamesItsLine() throws Exception {
        Path file = dir.resolve("ties.csv");
        byte[] start = "from,to,type,start,description\r\nRUS,AFG,recognition,2025,caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 3];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\r';
        bytes[start.length + 2] = '\n';
        Files.write(file, bytes);

        assertThat(files.failure(file)).hasMessage(file + ": line 2: not UTF-8 text: save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Path file = files.write("ties.csv", "\uFEFFfrom,to,type,start", "RUS,AFG,recognition,2025");

        assertThat(files.read(file).ties()).hasSize(1);
    }

    @Test
    void brokenQuotingNamesItsLine() throws Exception {
        Path file = files.write("ties.csv", "from,to,type,start,description", "RUS,AFG,recognition,2025,\"open");

        assertThat(files.failure(file).getMessage()).startsWith(file + ": line 2: broken CSV: ");
    }
}
