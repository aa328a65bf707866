package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

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

class CowExchangeReaderTest {

    static final String HEADER = "\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"";
    static final String VERSION = ",2006.0999755859375";

    @TempDir
    Path dir;

    private CsvFiles files;

    @BeforeEach
    void setUp() {
        files = new CsvFiles(dir);
    }

    /** host -> sender, type, start, end (null: open), confidence, as "HOST>SENDER:type@start-end/confidence". */
    private static String brief(Tie tie) {
        return tie.from() + ">" + tie.to() + ":" + tie.type().code() + "@" + tie.start() + "-"
                + (tie.end() == null ? "" : tie.end()) + "/" + tie.confidence().code();
    }

    @Test
    void theSampleRowsOfThePublishedFileBecomeTiesFromTheHostToTheSender() throws Exception {
        Path file = files.write("Diplomatic_Exchange_2006v1.csv", HEADER,
                "2,20,1930,0,2,1" + VERSION,
                "2,41,1970,3,0,1" + VERSION,
                "2,58,2005,3,0,1" + VERSION,
                "58,2,2005,0,3,1" + VERSION,
                "100,365,1970,3,0,1" + VERSION,
                "100,345,1985,3,0,1" + VERSION,
                "990,987,2005,0,0,0" + VERSION);

        Dataset dataset = files.read(file);

        // The years of the file are 1930, 1970, 1985 and 2005: a tie observed once ends at the next of them.
        // DR_at_2 is not read: 2,20,1930 says nothing of CAN -> USA, which the row 20,2,1930 would say.
        assertThat(dataset.ties()).extracting(CowExchangeReaderTest::brief).containsExactly(
                "USA>HTI:ambassador@1970-1985/high",
                "USA>ATG:ambassador@2005-/high",
                "COL>RUS:ambassador@1970-1985/high",
                "COL>SRB:ambassador@1985-2005/high");
        Tie open = dataset.ties().get(1);
        assertThat(open.description()).isEqualTo("United States hosts an ambassador of Antigua & Barbuda (COW level 3)"
                + " (observed in 2005, the last year of the file)");
        assertThat(open.source()).isEqualTo(CowExchangeReader.SOURCE);
        assertThat(dataset.title()).isEqualTo(CowExchangeReader.TITLE);
    }

    @Test
    void levelsBecomeTypesAndAChangeOfLevelEndsOneTieAndStartsTheNextThatYear() throws Exception {
        Path file = files.write("cow.csv", HEADER,
                "2,20,1930,0,2,1" + VERSION,
                "2,20,1935,3,2,1" + VERSION,
                "2,20,1940,3,2,1" + VERSION,
                "2,20,1950,1,2,1" + VERSION,
                "2,20,1955,9,9,1" + VERSION,
                "2,20,1960,9,9,1" + VERSION,
                "20,2,1930,2,0,1" + VERSION,
                "20,2,1935,2,3,1" + VERSION,
                "20,2,1950,2,1,1" + VERSION,
                "20,2,1955,0,9,1" + VERSION,
                "265,2,1955,3,0,1" + VERSION);

        Dataset dataset = files.read(file);

        assertThat(dataset.ties()).extracting(CowExchangeReaderTest::brief).containsExactly(
                // Ambassador 1935-1940; 1945 is no year of the file, so the next observation is 1950.
                "USA>CAN:ambassador@1935-1950/high",
                "USA>CAN:engagement@1950-1955/high",
                "USA>CAN:engagement@1955-/low",
                // No row for 1940: the tie ends there, and a new one starts in 1950.
                "CAN>USA:engagement@1930-1940/high",
                "CAN>USA:engagement@1950-1955/high",
                "GDR>USA:ambassador@1955-1960/high");
        assertThat(dataset.ties().get(2).description()).isEqualTo("United States hosts a representative of Canada at "
                + "another or uncertain level (COW level 9) (observed 1955-1960, the last year of the file)");
        assertThat(dataset.ties().get(3).description()).isEqualTo(
                "Canada hosts a minister of United States (COW level 2) (observed 1930-1935)");
    }

    @Test
    void historicalStatesAreDeclaredWithTheirOwnCodesAndYears() throws Exception {
        Path file = files.write("cow.csv", HEADER,
                "265,260,1975,3,3,1" + VERSION,
                "730,2,1890,2,0,1" + VERSION,
                "315,2,1990,3,3,1" + VERSION);

        Dataset dataset = files.read(file);

        assertThat(dataset.states()).contains(
                new State("GDR", "East Germany (German Democratic Republic)", PartialDate.parse("1954-03-25"),
                        PartialDate.parse("1990-10-03")),
                new State("GFR", "West Germany (German Federal Republic)", PartialDate.parse("1955-05-05"),
                        PartialDate.parse("1990-10-03")),
                new State("KOREA", "Korea (1887-1905)", PartialDate.parse("1887-01-01"), PartialDate.parse("1905-11-18")),
                new State("CSK", "Czechoslovakia", PartialDate.parse("1918-10-28"), PartialDate.parse("1993-01-01")),
                new State("USA", "United States"));
        // In the order the hosts first appear in the file.
        assertThat(dataset.ties()).extracting(Tie::from).containsExactly("GDR", "KOREA", "CSK");
        assertThat(dataset.ties().get(1)).isEqualTo(new Tie("KOREA", "USA", TieType.ENGAGEMENT,
                PartialDate.parse("1890"), PartialDate.parse("1975"),
                "Korea (1887-1905) hosts a minister of United States (COW level 2) (observed in 1890)",
                CowExchangeReader.SOURCE, Confidence.HIGH));
    }

    @Test
    void aCodeNotInTheCrosswalkNamesItsLineAndCode() throws Exception {
        Path file = files.write("cow.csv", HEADER, "2,20,1930,0,2,1" + VERSION, "2,999,1930,3,0,1" + VERSION);

        assertThat(files.failure(file)).hasMessage(file
                + ": line 3, column 2 (ccode2): COW state code 999 is not in the crosswalk (assets/crosswalk)");
    }

    @Test
    void anUnknownLevelNamesItsLineAndColumn() throws Exception {
        Path file = files.write("cow.csv", HEADER, "2,20,1930,5,2,1" + VERSION);

        assertThat(files.failure(file)).hasMessage(file
                + ": line 2, column 4 (DR_at_1): unknown level '5'; expected 0, 1, 2, 3 or 9");
    }

    @Test
    void wrongNumbersNameTheirPlace() throws Exception {
        Path code = files.write("a.csv", HEADER, "two,20,1930,3,2,1" + VERSION);
        Path year = files.write("b.csv", HEADER, "2,20,99999999999999999999,3,2,1" + VERSION);
        Path shortYear = files.write("c.csv", HEADER, "2,20,193,3,2,1" + VERSION);

        assertThat(files.failure(code)).hasMessage(code
                + ": line 2, column 1 (ccode1): 'two' is not a COW state code (a whole number)");
        assertThat(files.failure(year)).hasMessage(year
                + ": line 2, column 3 (year): '99999999999999999999' is not a year");
        assertThat(files.failure(shortYear)).hasMessage(shortYear
                + ": line 2, column 3 (year): year 193 is not of four digits");
    }

    @Test
    void twoRowsForOnePairAndYearWithDifferentLevelsAreAnError() throws Exception {
        Path file = files.write("cow.csv", HEADER, "2,20,1930,3,2,1" + VERSION, "2,20,1930,1,2,1" + VERSION);

        assertThat(files.failure(file)).hasMessage(file
                + ": line 3: a second row for USA and CAN in 1930 with another level (the first is line 2)");
    }

    @Test
    void everyCodeOfTheCrosswalkMapsToAStateTheReferenceOrTheHistoricalTableKnows() {
        CowStates cow = CowStates.bundled();
        for (java.util.List<String> row : CowStates.rows(CowStates.CROSSWALK)) {
            int code = Integer.parseInt(row.get(4));
            State state = cow.ofCowCode(code).orElseThrow(() -> new AssertionError("COW code " + code + " is unmapped"));
            assertThat(StateReference.bundled().knows(state.code()) || cow.historical().containsKey(state.code()))
                    .as(row.toString()).isTrue();
        }
        // Historical codes must not take an ISO code: CZE (COW's letters for Czechoslovakia) is Czechia's.
        assertThat(cow.historical().keySet()).noneMatch(code -> StateReference.bundled().knows(code));
        assertThat(cow.ofCowCode(730)).map(State::code).hasValue("KOREA");
        assertThat(cow.ofCowCode(345)).map(State::code).hasValue("SRB");
        assertThat(cow.ofCowCode(365)).map(State::code).hasValue("RUS");
    }
}
