package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PardeeReaderTest {

    static final String HEADER_2021 = "Destination,Destination Region,Destination Subregion,Sending Country,"
            + "Sending Region,Sending Subregion,Year,Location,Embassy,Focus,EmbassyFocus,LOR";
    static final String HEADER_2025 = HEADER_2021.replace("Sending Country", "SendingCountry");

    @TempDir
    Path dir;

    private CsvFiles files;

    @BeforeEach
    void setUp() {
        files = new CsvFiles(dir);
    }

    private static String brief(Tie tie) {
        return tie.from() + ">" + tie.to() + ":" + tie.type().code() + "@" + tie.start() + "-"
                + (tie.end() == null ? "" : tie.end()) + "/" + tie.confidence().code();
    }

    /** A row: destination, sending country, year, embassy, focus; the other columns as the data has them. */
    private static String row(String destination, String sending, int year, String embassy, String focus) {
        return "\"" + destination + "\",Asia,South Asia,\"" + sending + "\",Asia,South Asia," + year + ",Kabul,"
                + embassy + "," + focus + "," + embassy + focus + ",0.5";
    }

    @Test
    void rowsBecomeTiesFromTheDestinationToTheSendingCountry() throws Exception {
        Path file = files.write("pardee.csv", HEADER_2021,
                row("Afghanistan", "Pakistan", 1960, "6", "1"),
                row("Afghanistan", "Pakistan", 1961, "6", "1"),
                row("Afghanistan", "Pakistan", 1962, "5", "1"),
                row("Afghanistan", "Viet Nam", 1960, "4", "2"),
                row("Afghanistan", "Viet Nam", 1961, "4", "3"),
                row("Côte d'Ivoire", "Korea, Republic of", 1960, "2.0", "1.0"),
                row("Afghanistan", "India", 1961, "1", "1"),
                row("Afghanistan", "India", 1962, "3", "2"),
                row("Afghanistan", "Iran", 1962, "", ""));

        Dataset dataset = files.read(file);

        assertThat(dataset.ties()).extracting(PardeeReaderTest::brief).containsExactly(
                "AFG>PAK:ambassador@1960-1962/high",
                "AFG>PAK:engagement@1962-/high",
                // Focus 3 (recalled) in 1961 is no tie.
                "AFG>VNM:engagement@1960-1961/high",
                "AFG>IND:engagement@1961-1962/low",
                "AFG>IND:engagement@1962-/low",
                "CIV>KOR:engagement@1960-1961/low");
        assertThat(dataset.ties().get(2)).isEqualTo(new Tie("AFG", "VNM", TieType.ENGAGEMENT,
                PartialDate.parse("1960"), PartialDate.parse("1961"),
                "Afghanistan hosts a chargé d'affaires of Vietnam, accredited from elsewhere (Diplometrics embassy 4, "
                        + "focus 2) (observed in 1960)", PardeeReader.SOURCE, Confidence.HIGH));
        assertThat(dataset.ties().get(1).description()).endsWith("(observed in 1962, the last year of the file)");
    }

    @Test
    void theSpellingOfThe2025ReleaseIsReadAlike() throws Exception {
        Path file = files.write("pardee-2025.csv", HEADER_2025, row("Russia", "Afghanistan", 2024, "6", "1"));

        assertThat(files.read(file).ties()).extracting(PardeeReaderTest::brief)
                .containsExactly("RUS>AFG:ambassador@2024-/high");
    }

    @Test
    void namesThatMatchNoStateAreAllListedWithTheirFirstLine() throws Exception {
        Path file = files.write("pardee.csv", HEADER_2021,
                row("Afghanistan", "Pakistan", 1960, "6", "1"),
                row("Atlantis", "Pakistan", 1960, "6", "1"),
                row("Afghanistan", "Ruritania", 1960, "6", "1"),
                row("Atlantis", "Ruritania", 1961, "6", "1"));

        UnmatchedNamesException e = catchThrowableOfType(UnmatchedNamesException.class, () -> files.read(file));

        assertThat(e).hasMessage(file + ": country names: 2 names match no state: 'Atlantis' (line 3), "
                + "'Ruritania' (line 4)");
        assertThat(e.namesWithLines()).containsExactly("'Atlantis' (line 3)", "'Ruritania' (line 4)");
    }

    @Test
    void theRestCanBeImportedWithoutTheUnmatchedNames() throws Exception {
        Path file = files.write("pardee.csv", HEADER_2021,
                row("Afghanistan", "Pakistan", 1960, "6", "1"),
                row("Atlantis", "Pakistan", 1960, "6", "1"));

        Dataset dataset = files.read(file, new ImportSettings(true));

        assertThat(dataset.ties()).extracting(PardeeReaderTest::brief).containsExactly("AFG>PAK:ambassador@1960-/high");
    }

    @Test
    void theMessageOfUnmatchedNamesStaysOneShortLine() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER_2021);
        rows.add(row("Atlantis\nof the west", "Pakistan", 1960, "6", "1"));
        for (int i = 0; i < 30; i++) {
            rows.add(row("Nowhere " + i, "Pakistan", 1960, "6", "1"));
        }
        Path file = files.write("pardee.csv", rows.toArray(String[]::new));

        UnmatchedNamesException e = catchThrowableOfType(UnmatchedNamesException.class, () -> files.read(file));

        assertThat(e.getMessage()).doesNotContain("\n").contains("'Atlantis of the west'").endsWith(" and 11 more");
        assertThat(e.namesWithLines()).hasSize(31);
    }

    @Test
    void badCodesNameTheirLineAndColumn() throws Exception {
        Path embassy = files.write("a.csv", HEADER_2021, row("Afghanistan", "Pakistan", 1960, "7", "1"));
        Path focus = files.write("b.csv", HEADER_2021, row("Afghanistan", "Pakistan", 1960, "6", "x"));

        assertThat(files.failure(embassy)).hasMessage(embassy
                + ": line 2, column 9 (Embassy): unknown embassy code 7; expected 1 to 6");
        assertThat(files.failure(focus)).hasMessage(focus
                + ": line 2, column 10 (Focus): 'x' is not a focus code (1, 2 or 3)");
    }

    @Test
    void namesMatchWhateverTheirCaseAccentsAndPunctuation() {
        CountryNames names = CountryNames.bundled();

        assertThat(names.match("COTE D'IVOIRE")).map(s -> s.code()).hasValue("CIV");
        assertThat(names.match("Côte d’Ivoire")).map(s -> s.code()).hasValue("CIV");
        assertThat(names.match("The Gambia")).map(s -> s.code()).hasValue("GMB");
        assertThat(names.match("Bosnia & Herzegovina")).map(s -> s.code()).hasValue("BIH");
        assertThat(names.match("Democratic Republic of Congo")).map(s -> s.code()).hasValue("COD");
        assertThat(names.match("Zaire")).map(s -> s.code()).hasValue("COD");
        assertThat(names.match("German Democratic Republic")).map(s -> s.code()).hasValue("GDR");
        assertThat(names.match("Yemen Arab Republic")).map(s -> s.code()).hasValue("YAR");
        assertThat(names.match("Atlantis")).isEmpty();
    }
}
