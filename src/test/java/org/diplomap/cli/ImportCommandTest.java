package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COW_HEADER = "\"ccode1\",\"ccode2\",\"year\",\"DR_at_1\",\"DR_at_2\",\"DE\",\"version\"";
    private static final String PARDEE_HEADER = "Destination,Destination Region,Destination Subregion,Sending Country,"
            + "Sending Region,Sending Subregion,Year,Location,Embassy,Focus,EmbassyFocus,LOR";

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("db"), args);
    }

    private Path write(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    /** The ties of a snapshot as "FROM>TO:type start-end". */
    private static Set<String> ties(String snapshotJson) {
        Set<String> ties = new TreeSet<>();
        for (JsonNode tie : JSON.readTree(snapshotJson).get("ties")) {
            ties.add(tie.get("from").asString() + ">" + tie.get("to").asString() + ":" + tie.get("type").asString()
                    + " " + tie.get("start").asString() + "-" + (tie.get("end").isNull() ? "" : tie.get("end").asString()));
        }
        return ties;
    }

    @Test
    void aCowFileIsImportedAndItsTiesAreInTheNetworkOfTheirYears() throws Exception {
        Path file = write("Diplomatic_Exchange_2006v1.csv", COW_HEADER,
                "2,20,1990,3,3,1,2006.0999755859375",
                "2,20,1995,3,3,1,2006.0999755859375",
                "2,265,1985,1,1,1,2006.0999755859375",
                "20,2,1990,3,3,1,2006.0999755859375",
                "20,2,1995,0,3,1,2006.0999755859375");

        CommandRun imported = run("import", "--replace", file.toString());
        CommandRun in1992 = run("snapshot", "--date", "1992");
        CommandRun in1987 = run("snapshot", "--date", "1987");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 3 states, 3 ties and 0 events");
        assertThat(imported.err()).isEmpty();
        assertThat(ties(in1992.out())).containsExactly("CAN>USA:ambassador 1990-1995", "USA>CAN:ambassador 1990-");
        assertThat(ties(in1987.out())).containsExactly("USA>GDR:engagement 1985-1990");
    }

    @Test
    void aCsvOfTiesIsImportedBesideWhatIsStored() throws Exception {
        Path file = write("ties.csv", "from,to,type,start,source", "IND,AFG,ambassador,2026-03,Test source");

        CommandRun imported = run("import", file.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(ties(run("snapshot", "--date", "2026-04-01").out()))
                .contains("IND>AFG:ambassador 2026-03-", "RUS>AFG:recognition 2025-07-03-");
    }

    @Test
    void badCsvExitsWithStatusTwoAndOneLineWithLineAndColumnAndStoresNothing() throws Exception {
        Path file = write("ties.csv", "from,to,type,start", "IND,AFG,ambassador,2026-03", "CHN,AFG,ambassador,soon");
        String stored = run("snapshot", "--date", "2026-04-01").out();

        CommandRun result = run("import", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(file + ": line 3, column 4 (start): 'soon' is not a date; "
                + "write YYYY-MM-DD, YYYY-MM or YYYY");
        assertThat(run("snapshot", "--date", "2026-04-01").out()).isEqualTo(stored);
    }

    @Test
    void anUnknownCsvHeaderExitsWithStatusTwoNamingTheHeadersUnderstood() throws Exception {
        Path file = write("other.csv", "a,b,c", "1,2,3");

        CommandRun result = run("import", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith(file + ": line 1: unknown CSV header; the headers understood are a CSV of ties (");
    }

    @Test
    void unmatchedPardeeNamesAreListedAndSkipUnmatchedImportsTheRest() throws Exception {
        Path file = write("pardee.csv", PARDEE_HEADER,
                "Afghanistan,Asia,South Asia,Pakistan,Asia,South Asia,2001,Kabul,6,1,61,1",
                "Afghanistan,Asia,South Asia,Atlantis,Asia,South Asia,2001,Kabul,6,1,61,1");
        String stored = run("snapshot", "--date", "2001-06-01").out();

        CommandRun refused = run("import", file.toString());
        String afterRefusal = run("snapshot", "--date", "2001-06-01").out();
        CommandRun skipping = run("import", "--skip-unmatched", file.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().lines()).containsExactly(file + ": country names: 1 name matches no state: "
                + "'Atlantis' (line 3); nothing was imported (--skip-unmatched imports the rest without them)");
        assertThat(afterRefusal).isEqualTo(stored);
        assertThat(skipping.status()).as(skipping.err()).isZero();
        assertThat(ties(run("snapshot", "--date", "2001-06-01").out())).contains("AFG>PAK:ambassador 2001-");
    }

    @Test
    void progressLinesAppearOnlyAfterTheQuietStartAndAtMostOnceASecondPerStep() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        ProgressLines lines = new ProgressLines(new PrintWriter(err, true), () -> now[0]);

        lines.update("Reading cow.csv", 10, 100);
        now[0] = ProgressLines.QUIET_NANOS;
        lines.update("Reading cow.csv", 40, 100);
        now[0] += ProgressLines.EVERY_NANOS / 2;
        lines.update("Reading cow.csv", 60, 100);
        lines.update("Storing ties", 0, 5000);
        now[0] += ProgressLines.EVERY_NANOS;
        lines.update("Building the timeline index", 0, 0);

        assertThat(err.toString().lines()).containsExactly("Reading cow.csv: 40%", "Storing ties: 0%",
                "Building the timeline index \u2026");
    }
}
