package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled two-Chinas dataset must load and must say exactly what its sourced facts say. */
class TwoChinasDatasetTest {

    private static final Path DATASET = Path.of("assets", "data", "two-chinas.json");
    private static final Path FACTS = Path.of("assets", "data", "facts", "china-facts.jsonl");
    private static final PartialDate MOVE_TO_TAIPEI = PartialDate.parse("1949-12");

    private static Dataset dataset;
    private static List<JsonNode> facts;

    @BeforeAll
    static void load() throws Exception {
        dataset = new DatasetReader().read(DATASET);
        facts = Files.readAllLines(FACTS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> JsonMapper.shared().readTree(line))
                .toList();
    }

    private static String text(JsonNode fact, String field) {
        JsonNode value = fact.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String withNote(JsonNode fact) {
        String note = text(fact, "note");
        return text(fact, "description") + (note == null ? "" : " (" + note + ")");
    }

    private static PartialDate date(JsonNode fact) {
        return PartialDate.parse(text(fact, "date"));
    }

    private static boolean isEvent(JsonNode fact) {
        return "event".equals(text(fact, "type"));
    }

    private static List<JsonNode> withAction(String action) {
        return facts.stream().filter(f -> action.equals(text(f, "action"))).toList();
    }

    private static List<Tie> tiesLike(JsonNode fact) {
        return dataset.ties().stream()
                .filter(t -> t.from().equals(text(fact, "from")) && t.to().equals(text(fact, "to"))
                        && t.type().code().equals(text(fact, "type")))
                .toList();
    }

    /** The facts of each from, to and type, in date order. */
    private static Map<String, List<JsonNode>> factsByTie() {
        return facts.stream().filter(f -> !isEvent(f))
                .sorted(Comparator.comparing(TwoChinasDatasetTest::date))
                .collect(Collectors.groupingBy(
                        f -> text(f, "from") + ">" + text(f, "to") + ":" + text(f, "type"), Collectors.toList()));
    }

    private static void assertNoMoreSureThan(Tie tie, JsonNode fact) {
        String code = text(fact, "confidence");
        Confidence stated = code == null ? Confidence.HIGH : Confidence.fromCode(code).orElseThrow();
        assertThat(tie.confidence().compareTo(stated)).as("confidence of %s", tie.id()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theFileIsWhatTheFactsMake() {
        assertThat(dataset).isEqualTo(TwoChinasFromFacts.build(facts));
    }

    @Test
    void loadsWithItsTitleAndTheTwoGovernments() {
        assertThat(dataset.title()).isEqualTo("The two Chinas: recognition of Beijing and Taipei, 1949-2024");
        assertThat(dataset.states()).extracting(State::code).contains("CHN", "TWN");
    }

    @Test
    void everyStartFactOpensATie() {
        for (JsonNode fact : withAction("start")) {
            assertThat(tiesLike(fact))
                    .as("tie opened by %s", fact)
                    .filteredOn(t -> t.start().equals(date(fact)))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.description()).startsWith(withNote(fact));
                        assertThat(t.source()).startsWith(text(fact, "source"));
                        assertNoMoreSureThan(t, fact);
                    });
        }
    }

    @Test
    void everyEndFactClosesATie() {
        for (JsonNode fact : withAction("end")) {
            assertThat(tiesLike(fact))
                    .as("tie closed by %s", fact)
                    .filteredOn(t -> date(fact).equals(t.end()))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.description()).endsWith(" Ended: " + withNote(fact));
                        assertThat(t.source()).endsWith("; end: " + text(fact, "source"));
                        assertNoMoreSureThan(t, fact);
                    });
        }
        assertThat(dataset.ties().stream().filter(t -> t.end() != null)).hasSameSizeAs(withAction("end"));
    }

    @Test
    void aTieWhoseFirstFactIsItsEndStartsWhenTheGovernmentMovedToTaipei() {
        List<JsonNode> endsFirst = factsByTie().values().stream()
                .map(tieFacts -> tieFacts.get(0))
                .filter(f -> "end".equals(text(f, "action")))
                .toList();

        assertThat(endsFirst).isNotEmpty().allSatisfy(fact -> assertThat(tiesLike(fact))
                .as("tie ended by %s", fact)
                .filteredOn(t -> date(fact).equals(t.end()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.start()).isEqualTo(MOVE_TO_TAIPEI);
                    assertThat(t.description()).startsWith("Held before the case begins")
                            .contains("1949-12", "moved to Taipei");
                    assertThat(t.source()).startsWith("start not in the sources; end: ");
                }));
        assertThat(dataset.ties()).filteredOn(t -> t.start().equals(MOVE_TO_TAIPEI))
                .hasSameSizeAs(endsFirst)
                .allSatisfy(t -> assertThat(t.to()).isEqualTo("TWN"));
        // Every tie is accounted for: opened by a start fact, or held before the case.
        assertThat(dataset.ties()).hasSize(withAction("start").size() + endsFirst.size());
    }

    @Test
    void everyEventFactIsAnEvent() {
        List<JsonNode> eventFacts = facts.stream().filter(TwoChinasDatasetTest::isEvent).toList();

        for (JsonNode fact : eventFacts) {
            List<String> states = fact.get("states").valueStream().map(JsonNode::asString).toList();
            assertThat(dataset.events())
                    .as("event for %s", fact)
                    .filteredOn(e -> e.date().equals(date(fact)) && e.title().equals(text(fact, "description")))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.source()).isEqualTo(text(fact, "source"));
                        assertThat(e.states()).isEqualTo(states);
                        if (!"high".equals(text(fact, "confidence"))) {
                            assertThat(e.description()).contains("Confidence: " + text(fact, "confidence"));
                        }
                    });
        }
        assertThat(dataset.events()).hasSameSizeAs(eventFacts);
        assertThat(dataset.events()).extracting(Event::date).isSorted();
    }

    @Test
    void resolution2758IsAnEventOfTheTwoGovernments() {
        assertThat(dataset.events())
                .filteredOn(e -> e.title().contains("Resolution 2758"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).isEqualTo(PartialDate.parse("1971-10-25"));
                    assertThat(e.states()).containsExactlyInAnyOrder("CHN", "TWN");
                });
    }

    @Test
    void everyStateNamedInTheFactsIsDeclaredWithItsEnglishName() {
        Set<String> named = new TreeSet<>();
        for (JsonNode fact : facts) {
            if (isEvent(fact)) {
                fact.get("states").valueStream().map(JsonNode::asString).forEach(named::add);
            } else {
                named.add(text(fact, "from"));
                named.add(text(fact, "to"));
            }
        }

        assertThat(dataset.states()).extracting(State::code).containsExactlyElementsOf(named);
        assertThat(dataset.states()).allSatisfy(s -> assertThat(s).isEqualTo(TwoChinasFromFacts.state(s.code())));
        assertThat(dataset.states()).filteredOn(s -> s.code().equals("CHN")).extracting(State::name)
                .containsExactly(StateReference.bundled().nameOf("CHN").orElseThrow());
    }

    /**
     * The states with an active tie of a type to {@code to} on {@code day}, read straight from the facts: the last
     * fact of a tie on or before the day says whether it holds; a tie whose first fact is its end holds from 1949-12.
     */
    private static Set<String> fromFacts(String to, String type, LocalDate day) {
        Set<String> holding = new TreeSet<>();
        for (List<JsonNode> tieFacts : factsByTie().values()) {
            JsonNode first = tieFacts.get(0);
            if (!text(first, "to").equals(to) || !text(first, "type").equals(type)) {
                continue;
            }
            JsonNode last = null;
            for (JsonNode fact : tieFacts) {
                if (!date(fact).firstDay().isAfter(day)) {
                    last = fact;
                }
            }
            boolean holds = last == null
                    ? "end".equals(text(first, "action")) && !day.isBefore(MOVE_TO_TAIPEI.firstDay())
                    : "start".equals(text(last, "action"));
            if (holds) {
                holding.add(text(first, "from"));
            }
        }
        return holding;
    }

    private static Set<String> fromSnapshot(String to, String type, LocalDate day) {
        return TimelineIndex.of(dataset).snapshotAt(day).ties().stream()
                .filter(t -> t.to().equals(to) && t.type().code().equals(type))
                .map(Tie::from)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1950-06-01", "1970-07-01", "1971-10-25", "1980-07-01", "2000-07-01", "2024-07-01"})
    void theNetworkOnADayHasTheTiesTheFactsGiveForIt(String day) {
        LocalDate date = LocalDate.parse(day);
        for (String government : List.of("CHN", "TWN")) {
            for (String type : List.of("recognition", "ambassador", "engagement")) {
                assertThat(fromSnapshot(government, type, date))
                        .as("%s ties to %s on %s", type, government, day)
                        .isEqualTo(fromFacts(government, type, date));
            }
        }
    }

    @Test
    void taipeiKeepsTheAlliesReportedWhenNauruLeft() {
        Event nauru = dataset.events().stream()
                .filter(e -> e.states().contains("NRU") && e.date().toString().startsWith("2024")).findFirst()
                .orElseThrow();
        Matcher reported = Pattern.compile("Taiwan left with (\\d+) allies").matcher(nauru.title());
        assertThat(reported.find()).as("count in %s", nauru.title()).isTrue();
        LocalDate dayAfter = nauru.date().firstDay().plusDays(1);

        assertThat(fromSnapshot("TWN", "recognition", dayAfter)).hasSize(Integer.parseInt(reported.group(1)));
    }

    @Test
    void theFactsOfEachTieAlternateBetweenStartAndEnd() {
        for (List<JsonNode> tieFacts : factsByTie().values()) {
            for (int i = 1; i < tieFacts.size(); i++) {
                assertThat(text(tieFacts.get(i), "action"))
                        .as("fact after %s", tieFacts.get(i - 1))
                        .isNotEqualTo(text(tieFacts.get(i - 1), "action"));
            }
        }
    }
}
