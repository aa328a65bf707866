package org.diplomap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web page of the two Chinas (with a briefing of three saved views), opened in a real headless Chromium: the
 * ties it draws on a day named in its address are those of {@code snapshot --date}, the keys step through events
 * and views, and a wrong address gets a message. Skipped, saying so, where no Chromium is on the PATH.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageInBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VIEWS = """
            "views" : [
              {"name": "Resolution 2758", "date": "1971-10-25"},
              {"name": "Taipei's partners on the map", "date": "1990-01-01", "layout": "geographic",
               "focus": "TWN", "hiddenTypes": ["engagement"]},
              {"name": "Nauru breaks with Taipei", "date": "2024-01-15", "layout": "geographic", "zoom": 0.3,
               "centre": [166.9, -0.5]}
            ]""";
    private static final String DRAWN_TIES = "[...document.querySelectorAll('#ties .tie')]"
            + ".map(e => e.dataset.from + ' ' + e.dataset.to + ' ' + e.dataset.type)";

    private Path database;
    private String page;
    private HeadlessChromium browser;

    @BeforeAll
    void openThePageInABrowser(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = HeadlessChromium.onPath();
        if (chromium.isEmpty()) {
            return;
        }
        String dataset = Files.readString(Path.of("assets", "data", "two-chinas.json"));
        assertThat(dataset).contains("\"views\" : [ ]");
        Path withViews = dir.resolve("two-chinas-briefing.json");
        Files.writeString(withViews, dataset.replace("\"views\" : [ ]", VIEWS));
        database = dir.resolve("db");
        Path html = dir.resolve("case.html");
        assertThat(CommandRun.of(database, "import", "--replace", withViews.toString()).status()).isZero();
        CommandRun export = CommandRun.of(database, "export", "--out", html.toString());
        assertThat(export.status()).as(export.err()).isZero();
        page = html.toUri().toString();
        browser = HeadlessChromium.start(chromium.get());
    }

    /** Each test says why it was skipped, so that a report without a browser shows every test it did not run. */
    @BeforeEach
    void needABrowser() {
        assumeTrue(browser != null, "skipped: no chromium on the PATH, so the web page was not opened in a browser"
                + " (install the system's chromium package to run this test)");
    }

    @AfterAll
    void closeTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the page afresh at {@code address} (what follows the #) and waits until it has drawn a day. */
    private void open(String address) throws Exception {
        open(page, address);
        browser.waitUntil("document.body.dataset.ready === 'true'");
    }

    private void open(String url, String address) throws Exception {
        browser.open("about:blank");
        browser.waitUntil("location.href === 'about:blank'");
        browser.open(url + "#" + address);
        browser.waitUntil("document.readyState === 'complete'");
    }

    private String text(String expression) throws Exception {
        return browser.evaluate(expression).asString();
    }

    private List<String> drawnTies() throws Exception {
        List<String> drawn = new ArrayList<>();
        browser.evaluate(DRAWN_TIES).forEach(tie -> drawn.add(tie.asString()));
        return drawn.stream().sorted().toList();
    }

    private List<String> drawnTies(String selector) throws Exception {
        List<String> drawn = new ArrayList<>();
        browser.evaluate("[...document.querySelectorAll('" + selector + "')]"
                + ".map(e => e.dataset.from + ' ' + e.dataset.to + ' ' + e.dataset.type)")
                .forEach(tie -> drawn.add(tie.asString()));
        return drawn.stream().sorted().toList();
    }

    private List<String> snapshotTies(String date) {
        return snapshotTies(database, date);
    }

    private static List<String> snapshotTies(Path database, String date, String... options) {
        List<String> args = new ArrayList<>(List.of("snapshot", "--date", date));
        args.addAll(List.of(options));
        CommandRun snapshot = CommandRun.of(database, args.toArray(String[]::new));
        assertThat(snapshot.status()).as(snapshot.err()).isZero();
        List<String> ties = new ArrayList<>();
        JSON.readTree(snapshot.out()).path("ties").forEach(tie -> ties.add(tie.path("from").asString() + " "
                + tie.path("to").asString() + " " + tie.path("type").asString()));
        return ties.stream().sorted().toList();
    }

    @Test
    void tiesLessSureAreDrawnLighterAndTheLegendSaysSo() throws Exception {
        open("date=1971-10-25");

        List<String> full = drawnTies("#ties .tie:not([stroke-opacity])");
        List<String> atLeastMedium = new ArrayList<>(full);
        atLeastMedium.addAll(drawnTies("#ties .tie[stroke-opacity=\\'0.55\\']"));
        assertThat(full).isNotEmpty().isEqualTo(snapshotTies(database, "1971-10-25", "--min-confidence", "high"));
        assertThat(atLeastMedium.stream().sorted().toList()).hasSizeGreaterThan(full.size())
                .isEqualTo(snapshotTies(database, "1971-10-25", "--min-confidence", "medium"));
        assertThat(text("document.getElementById('confidence-key').title")).contains("lighter", "faded");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1950-01-06", "1971-10-25", "1979-01-01", "1992-08-24", "2024-01-15", "2025-06-30"})
    void theTiesDrawnOnTheDayOfTheAddressAreThoseOfTheSnapshot(String date) throws Exception {
        for (String layout : List.of("network", "geographic")) {
            open("date=" + date + "&layout=" + layout);

            assertThat(text("document.body.dataset.day")).isEqualTo(date);
            assertThat(drawnTies()).as(layout).isNotEmpty().isEqualTo(snapshotTies(date));
            assertThat(browser.evaluate("document.getElementById('message').hidden").asBoolean()).isTrue();
        }
        assertThat(browser.evaluate("document.querySelectorAll('#map .country').length").asInt())
                .as("the map's countries under the geographic layout").isGreaterThan(150);
    }

    @Test
    void rightMovesToTheNextEventAndLeftBackEvenFromTheSlider() throws Exception {
        LocalDate day = LocalDate.of(1971, 10, 25);
        LocalDate next;
        try (Workspace workspace = H2Workspaces.open(database)) {
            next = workspace.index().nextEventDay(day).orElseThrow();
        }
        open("date=" + day);
        browser.evaluate("document.getElementById('slider').focus()");

        browser.press("ArrowRight", 39);
        browser.waitUntil("document.body.dataset.day === '" + next + "'");
        System.out.println("Web page, two Chinas: a step to the next event took " + text("document.body.dataset.stepMs")
                + " ms in Chromium");

        assertThat(drawnTies()).isEqualTo(snapshotTies(next.toString()));
        assertThat(text("location.hash")).isEqualTo("#date=" + next + "&layout=network");
        assertThat(text("document.querySelector('#events .current time').textContent")).isEqualTo(next.toString());
        browser.press("ArrowLeft", 37);
        browser.waitUntil("document.body.dataset.day === '" + day + "'");
        assertThat(drawnTies()).isEqualTo(snapshotTies(day.toString()));
    }

    @Test
    void theAddressOpensASavedViewAndPageDownAndPageUpStepThroughTheBriefing() throws Exception {
        open("view=2");

        assertThat(text("document.body.dataset.day")).isEqualTo("1990-01-01");
        assertThat(text("document.getElementById('view-place').textContent"))
                .isEqualTo("2 / 3 \u00b7 Taipei's partners on the map");
        assertThat(text("document.querySelector('#layouts [aria-pressed=true]').dataset.layout"))
                .isEqualTo("geographic");
        assertThat(browser.evaluate("document.getElementById('type-engagement').checked").asBoolean()).isFalse();
        assertThat(text("getComputedStyle(document.querySelector('.state[data-code=TWN]')).opacity")).isEqualTo("1");
        assertThat(text("getComputedStyle(document.querySelector('.state[data-code=FRA]')).opacity")).isNotEqualTo("1");

        String dotWidth = "document.querySelector('.state[data-code=NRU]').getBoundingClientRect().width";
        double wholeMapDot = browser.evaluate(dotWidth).asDouble();

        browser.press("PageDown", 34);
        browser.waitUntil("location.hash === '#view=3'");
        assertThat(text("document.body.dataset.day")).isEqualTo("2024-01-15");
        assertThat(text("document.getElementById('network').getAttribute('viewBox')"))
                .as("the view shows a part of the map").isNotEqualTo("0 0 1600 1000");
        // Closer in, the states spread apart but their dots keep their size on screen, as in the window.
        assertThat(browser.evaluate(dotWidth).asDouble()).isPositive().isCloseTo(wholeMapDot,
                org.assertj.core.data.Percentage.withPercentage(10));
        browser.press("PageUp", 33);
        browser.press("PageUp", 33);
        browser.waitUntil("location.hash === '#view=1'");
        assertThat(text("document.body.dataset.day")).isEqualTo("1971-10-25");
        assertThat(drawnTies()).isEqualTo(snapshotTies("1971-10-25"));
    }

    @Test
    void aClickOnAStateListsItsTiesThatDay() throws Exception {
        open("date=1971-10-25");
        JsonNode box = browser.evaluate("(r => [r.x + r.width / 2, r.y + r.height / 2])"
                + "(document.querySelector('.state[data-code=TWN]').getBoundingClientRect())");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            browser.send("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get(0).asDouble(),
                    "y", box.get(1).asDouble(), "button", "left", "clickCount", 1));
        }
        browser.waitUntil("document.getElementById('details') && !document.getElementById('details').hidden");

        long taipeiTies = snapshotTies("1971-10-25").stream().filter(t -> t.matches("(TWN \\S+|\\S+ TWN) \\S+")).count();
        assertThat(taipeiTies).isPositive();
        assertThat(browser.evaluate("document.querySelectorAll('#details-ties li').length").asLong())
                .isEqualTo(taipeiTies);
        assertThat(text("document.getElementById('details-name').textContent")).startsWith("Taiwan");
    }

    @Test
    void aClickOnAnEventOfTheListGoesToItsDay() throws Exception {
        open("date=1971-10-25");
        String target = "document.querySelector('#events').lastElementChild";
        String day = text(target + ".dataset.day");
        assertThat(day).isNotEqualTo("1971-10-25");
        JsonNode box = browser.evaluate("(e => { e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return [r.x + r.width / 2, r.y + r.height / 2]; })(" + target + ")");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            browser.send("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get(0).asDouble(),
                    "y", box.get(1).asDouble(), "button", "left", "clickCount", 1));
        }

        browser.waitUntil("document.body.dataset.day === '" + day + "'");
        assertThat(drawnTies()).isEqualTo(snapshotTies(day));
        assertThat(text("location.hash")).isEqualTo("#date=" + day + "&layout=network");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"layout=spiral|spiral", "view=7|view", "date=1800-01-01|before the data",
        "date=1971-02-30|not a date", "colour=red|colour"})
    void aWrongAddressGetsAMessageAndStillAPage(String addressAndWord) throws Exception {
        String[] parts = addressAndWord.split("\\|");
        open(parts[0]);

        assertThat(browser.evaluate("document.getElementById('message').hidden").asBoolean()).isFalse();
        assertThat(text("document.getElementById('message').textContent")).contains(parts[1]);
        assertThat(drawnTies()).isNotEmpty();
        assertThat(browser.evaluate("document.querySelectorAll('.state:not(.absent)').length").asInt()).isPositive();
    }

    @Test
    void aGeneratedWorldIsDrawnTheLightWayWithTheTiesOfTheSnapshot(@TempDir Path dir) throws Exception {
        Path world = dir.resolve("world.json");
        Path db = dir.resolve("world");
        Path html = dir.resolve("world.html");
        assertThat(CommandRun.of(db, "generate", "--out", world.toString(), "--states", "200", "--ties", "10000",
                "--from", "2000", "--to", "2010").status()).isZero();
        assertThat(CommandRun.of(db, "import", "--replace", world.toString()).status()).isZero();
        assertThat(CommandRun.of(db, "export", "--out", html.toString()).status()).isZero();

        int most = 0;
        int least = Integer.MAX_VALUE;
        for (String date : List.of("2000-06-01", "2005-07-19", "2010-01-01")) {
            open(html.toUri().toString(), "date=" + date);
            browser.waitUntil("document.body.dataset.ready === 'true'");
            List<String> drawn = drawnTies();
            assertThat(drawn).as(date).isEqualTo(snapshotTies(db, date));
            // As in Diplomap's pictures: above 3,000 ties, thin lines without arrowheads.
            assertThat(text("document.getElementById('network').getAttribute('class')").contains("dense")).as(date)
                    .isEqualTo(drawn.size() > 3000);
            most = Math.max(most, drawn.size());
            least = Math.min(least, drawn.size());
        }
        assertThat(most).isGreaterThan(3000);
        assertThat(least).isLessThanOrEqualTo(3000);
    }

    @Test
    void aCaseWithNothingYetSaysSo(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"format\": \"diplomap-dataset\", \"version\": 1, \"states\": [], \"ties\": [],"
                + " \"events\": []}");
        Path db = dir.resolve("empty");
        Path html = dir.resolve("empty.html");
        assertThat(CommandRun.of(db, "import", "--replace", empty.toString()).status()).isZero();
        assertThat(CommandRun.of(db, "export", "--out", html.toString()).status()).isZero();

        open(html.toUri().toString(), "date=2000-01-01");

        browser.waitUntil("document.getElementById('message') && !document.getElementById('message').hidden");
        assertThat(text("document.getElementById('message').textContent")).contains("no ties and no events");
    }
}
