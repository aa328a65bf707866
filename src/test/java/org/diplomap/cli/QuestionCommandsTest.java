package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code changes} and {@code rank} on the two Chinas, and {@code --min-confidence} on the commands that take it. */
class QuestionCommandsTest {

    private static final Path DATA = Path.of("assets", "data", "two-chinas.json");

    private static Path dir;
    private static Path database;
    private static Dataset twoChinas;

    @BeforeAll
    static void importTheTwoChinas() throws Exception {
        dir = Files.createTempDirectory("diplomap-questions");
        database = dir.resolve("db");
        assertThat(CommandRun.of(database, "import", "--replace", DATA.toString()).status()).isZero();
        twoChinas = new DatasetReader().read(DATA);
    }

    @AfterAll
    static void removeTheDatabase() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> lines(CommandRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    private static long activeTies(LocalDate day, Confidence least) {
        return twoChinas.ties().stream().filter(t -> t.isActiveOn(day) && t.confidence().isAtLeast(least)).count();
    }

    @Test
    void changesAsCsvListJapansSwitchAndThePlainGainsAndLossesInRowsOfTheirOwn() {
        List<String> rows = lines(CommandRun.of(database, "changes", "--from", "1970", "--to", "1975", "--format",
                "csv"));

        assertThat(rows.get(0)).startsWith("state,type,lost_to,gained_to,date");
        assertThat(rows).contains("JPN,recognition,TWN,CHN,1972-09-29,switch,Japan");
        assertThat(rows).anyMatch(r -> r.matches("[A-Z]{3},\\w+,,[A-Z]{3},[0-9-]+,gain,.*"));
        assertThat(rows).anyMatch(r -> r.matches("[A-Z]{3},\\w+,[A-Z]{3},,[0-9-]+,loss,.*"));
        List<String> dates = rows.stream().skip(1).map(r -> r.split(",")[4]).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> org.diplomap.model.PartialDate.parse(a).firstDay()
                .compareTo(org.diplomap.model.PartialDate.parse(b).firstDay()));
    }

    @Test
    void changesOfOneTypeAndStateAsJsonAndText() {
        JsonNode json = JsonMapper.shared().readTree(CommandRun.of(database, "changes", "--from", "1972",
                "--to", "1973", "--type", "recognition", "--state", "jpn", "--format", "json").out());
        assertThat(json.get("changes")).hasSize(1);
        JsonNode japan = json.get("changes").get(0);
        assertThat(japan.get("kind").asString()).isEqualTo("switch");
        assertThat(japan.get("lostTo").asString()).isEqualTo("TWN");
        assertThat(japan.get("gainedTo").asString()).isEqualTo("CHN");

        List<String> text = lines(CommandRun.of(database, "changes", "--from", "1972", "--to", "1973", "--type",
                "recognition", "--state", "JPN"));
        assertThat(text).containsExactly(
                "Changes from 1972-01-01 to 1973-01-01, recognition only: 1 switch, 0 ties gained, 0 ties lost",
                "1972-09-29  Japan (JPN)                     recognition: from Taiwan (TWN) to China (CHN)");
    }

    @Test
    void aMinimumConfidenceTurnsASwitchRestingOnAnUncertainTieIntoAPlainGain() {
        // Cameroon's ties with Taipei, 1960-1971, rest on a low-quality source.
        String[] args = {"changes", "--from", "1970", "--to", "1972", "--type", "recognition", "--state", "CMR",
            "--format", "csv"};
        assertThat(lines(CommandRun.of(database, args))).anyMatch(r -> r.startsWith("CMR,recognition,TWN,CHN,"));

        String[] sure = Arrays.copyOf(args, args.length + 2);
        sure[args.length] = "--min-confidence";
        sure[args.length + 1] = "medium";
        assertThat(lines(CommandRun.of(database, sure))).anyMatch(r -> r.startsWith("CMR,recognition,,CHN,"))
                .noneMatch(r -> r.contains(",TWN,"));
    }

    @Test
    void rankPutsTheMostReceivedFirstAndTellsTheChangeSinceTheCompareDate() {
        List<String> rows = lines(CommandRun.of(database, "rank", "--date", "2024-02-01", "--type", "recognition",
                "--compare", "1971", "--format", "csv"));

        assertThat(rows.get(0)).startsWith("state,name,received,extended");
        assertThat(rows.get(0)).contains("received_change");
        long beijing = twoChinas.ties().stream().filter(t -> t.to().equals("CHN") && t.type() == TieType.RECOGNITION
                && t.isActiveOn(LocalDate.of(2024, 2, 1))).count();
        long beijingThen = twoChinas.ties().stream().filter(t -> t.to().equals("CHN")
                && t.type() == TieType.RECOGNITION && t.isActiveOn(LocalDate.of(1971, 1, 1))).count();
        assertThat(rows.get(1)).startsWith("CHN,China," + beijing + ",0,1,2," + (beijing - beijingThen) + ",");
        List<Integer> received = rows.stream().skip(1).map(r -> Integer.parseInt(r.split(",")[2])).toList();
        assertThat(received).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rows.get(2)).startsWith("TWN,Taiwan,");
        assertThat(rows.get(2).split(",")[6]).startsWith("-");
    }

    @Test
    void rankAsJsonCountsOnlyTheSureTiesWhenAsked() {
        JsonNode all = JsonMapper.shared().readTree(CommandRun.of(database, "rank", "--date", "2024-02-01",
                "--format", "json").out());
        JsonNode sure = JsonMapper.shared().readTree(CommandRun.of(database, "rank", "--date", "2024-02-01",
                "--min-confidence", "high", "--format", "json").out());

        long received = 0;
        for (JsonNode state : sure.get("states")) {
            received += state.get("received").asInt();
        }
        assertThat(received).isEqualTo(activeTies(LocalDate.of(2024, 2, 1), Confidence.HIGH));
        assertThat(sure.get("states").get(0).get("received").asInt())
                .isLessThan(all.get("states").get(0).get("received").asInt());
    }

    @Test
    void snapshotAndDataExportLeaveOutTheTiesLessSureThanAsked() throws Exception {
        LocalDate day = LocalDate.of(1971, 10, 25);
        for (Confidence least : Confidence.values()) {
            JsonNode snapshot = JsonMapper.shared().readTree(CommandRun.of(database, "snapshot", "--date",
                    day.toString(), "--min-confidence", least.code()).out());
            assertThat((long) snapshot.get("ties").size()).as(least.code()).isEqualTo(activeTies(day, least));
        }
        Path csv = dir.resolve("sure.csv");
        assertThat(CommandRun.of(database, "export", "--date", day.toString(), "--min-confidence", "high", "--out",
                csv.toString()).status()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + (int) activeTies(day, Confidence.HIGH));
        assertThat(activeTies(day, Confidence.HIGH)).isLessThan(activeTies(day, Confidence.LOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "changes --from 1975 --to 1970|--to: 1970 is before --from 1975",
        "changes --from 1900 --to 1970|--from: 1900 is before the data",
        "changes --from 1970 --to 1975 --type treaty|--type: 'treaty' is not a tie type",
        "changes --from 1970 --to 1975 --state XYZ|--state: XYZ is not a state of the database",
        "changes --from 1970 --to 1975 --min-confidence sure|--min-confidence: 'sure' is not a confidence",
        "rank --date 1900|--date: 1900 is before the data",
        "rank --date 2000 --compare 1800|--compare: 1800 is before the data",
        "rank --date 2000 --type consulate|--type: 'consulate' is not a tie type",
        "rank --date 2000 --state QQQ|--state: QQQ is not a state of the database",
        "rank --date 2000-13|--date:",
        "snapshot --date 2000 --min-confidence certain|--min-confidence: 'certain' is not a confidence",
        "export --date 2000 --out x.png --min-confidence none|--min-confidence: 'none' is not a confidence"})
    void badInputIsOneLineNamingTheOptionWithStatus2(String argsAndMessage) {
        String[] parts = argsAndMessage.split("\\|");
        CommandRun run = CommandRun.of(database, parts[0].split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(parts[1]).doesNotContain("\n").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
