package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("db"), args);
    }

    /** The ties active at a date according to the sourced facts themselves, as "FROM>TO:type". */
    private static Set<String> activeByFacts(String date) throws Exception {
        Map<String, List<String[]>> periods = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("assets/data/facts/afghanistan-facts.jsonl"))) {
            JsonNode fact = JSON.readTree(line);
            if (!fact.has("action")) {
                continue;
            }
            String key = fact.get("from").asString() + ">" + fact.get("to").asString() + ":" + fact.get("type").asString();
            List<String[]> list = periods.computeIfAbsent(key, k -> new ArrayList<>());
            String day = padded(fact.get("date").asString());
            if (fact.get("action").asString().equals("start")) {
                list.add(new String[] {day, null});
            } else {
                list.get(list.size() - 1)[1] = day;
            }
        }
        Set<String> active = new TreeSet<>();
        periods.forEach((key, list) -> list.stream()
                .filter(p -> p[0].compareTo(date) <= 0 && (p[1] == null || date.compareTo(p[1]) < 0))
                .forEach(p -> active.add(key)));
        return active;
    }

    /** "1997" and "2023-09" stand for their first day. */
    private static String padded(String date) {
        return date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    }

    private static Set<String> activeInSnapshot(String json) {
        Set<String> active = new TreeSet<>();
        for (JsonNode tie : JSON.readTree(json).get("ties")) {
            active.add(tie.get("from").asString() + ">" + tie.get("to").asString() + ":" + tie.get("type").asString());
        }
        return active;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1997-06-01", "2001-10-01", "2021-09-01", "2024-01-30", "2025-07-02", "2025-07-03", "2026-02-01"})
    void snapshotOfTheBundledDatasetMatchesTheFacts(String date) throws Exception {
        CommandRun result = run("snapshot", "--date", date);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(JSON.readTree(result.out()).get("date").asString()).isEqualTo(date);
        assertThat(activeInSnapshot(result.out())).isEqualTo(activeByFacts(date));
    }

    @Test
    void russiasRecognitionIsInTheNetworkFromTheThirdOfJuly2025() {
        assertThat(activeInSnapshot(run("snapshot", "--date", "2025-07-02").out())).doesNotContain("RUS>AFG:recognition");
        assertThat(activeInSnapshot(run("snapshot", "--date", "2025-07-03").out())).contains("RUS>AFG:recognition");
    }

    @Test
    void snapshotAsCsvHasAHeaderAndOneRowPerActiveTie() {
        CommandRun result = run("snapshot", "--date", "2026-02-01", "--format", "csv");

        assertThat(result.status()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("from,to,type,start,end");
        CommandRun json = run("snapshot", "--date", "2026-02-01");
        assertThat(lines).hasSize(1 + activeInSnapshot(json.out()).size());
    }

    @Test
    void importReplaceLeavesOnlyTheImportedDataset() throws Exception {
        Path file = dir.resolve("nordic.json");
        Files.writeString(file, """
                {"format": "diplomap-dataset", "version": 1, "title": "A test case",
                 "states": [{"code": "XNL", "name": "Northland", "start": "1990", "end": null},
                            {"code": "NOR", "name": "Norway"}],
                 "ties": [{"from": "NOR", "to": "XNL", "type": "recognition", "start": "1991-03", "end": "2000-01-01",
                           "description": "d", "source": "s", "confidence": "medium"},
                          {"from": "SWE", "to": "XNL", "type": "engagement", "start": "1995", "end": null}],
                 "events": [{"date": "1990-05-01", "title": "Northland declares independence", "states": ["XNL"]}]}
                """);

        CommandRun imported = run("import", "--replace", file.toString());
        CommandRun before = run("snapshot", "--date", "1991-02-28");
        CommandRun during = run("snapshot", "--date", "1996-01-01");
        CommandRun after = run("snapshot", "--date", "2000-01-01");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(activeInSnapshot(before.out())).isEmpty();
        assertThat(activeInSnapshot(during.out())).containsExactly("NOR>XNL:recognition", "SWE>XNL:engagement");
        assertThat(activeInSnapshot(after.out())).containsExactly("SWE>XNL:engagement");
        assertThat(JSON.readTree(during.out()).get("ties").get(0).get("start").asString()).isEqualTo("1991-03");
        List<String> codes = new ArrayList<>();
        JSON.readTree(during.out()).get("states").forEach(s -> codes.add(s.get("code").asString()));
        assertThat(codes).containsExactly("NOR", "SWE", "XNL");
        assertThat(activeInSnapshot(run("snapshot", "--date", "2025-07-03").out())).doesNotContain("RUS>AFG:recognition");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [",
        "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [], \"colour\": 1}",
        "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [{\"from\": \"RUS\", \"to\": \"QQQ\", \"type\": \"recognition\", \"start\": \"2020\"}]}",
        "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [{\"from\": \"RUS\", \"to\": \"AFG\", \"type\": \"recognition\", \"start\": \"2020-13\"}]}",
        "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [{\"from\": \"RUS\", \"to\": \"AFG\", \"type\": \"recognition\", \"start\": \"2020\", \"end\": \"2019\"}]}",
        "{\"format\": \"gexf\", \"version\": 1, \"states\": [], \"ties\": []}"
    })
    void importOfABadFileExitsWithStatusTwoAndOneLineAndStoresNothing(String content) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content);
        String stored = run("snapshot", "--date", "2026-02-01").out();

        CommandRun result = run("import", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().startsWith(file.toString() + ": ");
        assertThat(run("snapshot", "--date", "2026-02-01").out()).isEqualTo(stored);
    }

    @Test
    void importOfAMissingFileSaysSo() {
        CommandRun result = run("import", dir.resolve("absent.json").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("absent.json").contains("no such file");
    }

    @Test
    void exportWritesAPngOfTheAskedSize() throws Exception {
        Path png = dir.resolve("afghanistan.png");

        CommandRun result = run("export", "--date", "2025-07-03", "--out", png.toString(), "--width", "1200", "--height", "700");

        assertThat(result.status()).as(result.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--width=0", "--height=-5", "--width=100000"})
    void exportRefusesASizeThatIsNotOne(String size) {
        CommandRun result = run("export", "--date", "2025-07-03", "--out", dir.resolve("x.png").toString(), size);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("is not a size");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aDateThatIsNotADateIsBadInputNamingTheOption() {
        CommandRun result = run("snapshot", "--date", "2025-02-30");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("--date: '2025-02-30' is not a date of the calendar");
    }

    @Test
    void anUnknownCommandOrFormatIsBadUsage() {
        assertThat(run("teleport").status()).isEqualTo(2);
        assertThat(run("snapshot", "--date", "2025", "--format", "xml").status()).isEqualTo(2);
    }

    @Test
    void aScreenshotIntoAMissingFolderOrNotAPngIsRefusedBeforeTheWindowOpens() {
        CommandRun missing = run("--headless", "--screenshot", dir.resolve("missing/x.png").toString());
        CommandRun jpeg = run("--headless", "--screenshot", dir.resolve("x.jpg").toString());

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("--screenshot: " + dir.resolve("missing") + ": no such folder");
        assertThat(jpeg.status()).isEqualTo(2);
        assertThat(jpeg.err()).contains("name it *.png");
    }
}
