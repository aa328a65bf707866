package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled dataset must load and must say exactly what its sourced facts say. */
class BundledDatasetTest {

    private static final Path DATASET = Path.of("assets", "data", "afghanistan.json");
    private static final Path FACTS = Path.of("assets", "data", "facts", "afghanistan-facts.jsonl");

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

    private static List<Tie> ties(String from, String type) {
        return ties(from, "AFG", type);
    }

    private static List<Tie> ties(String from, String to, String type) {
        return dataset.ties().stream()
                .filter(t -> t.from().equals(from) && t.to().equals(to) && t.type().code().equals(type))
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

    @Test
    void theFileIsWhatTheFactsMake() {
        assertThat(dataset).isEqualTo(TwoChinasFromFacts.build(facts, AfghanistanFromFacts.TITLE));
    }

    @Test
    void loadsWithItsTitle() {
        assertThat(dataset.title()).isEqualTo("Recognition of the Islamic Emirate of Afghanistan");
        assertThat(dataset.ties()).isNotEmpty();
    }

    @Test
    void russiasRecognitionIsActiveFromTheThirdOfJuly2025() {
        List<Tie> recognitions = ties("RUS", "recognition");

        assertThat(recognitions.stream().filter(t -> t.isActiveOn(LocalDate.of(2025, 7, 3)))).hasSize(1);
        assertThat(recognitions.stream().filter(t -> t.isActiveOn(LocalDate.of(2025, 7, 2)))).isEmpty();
    }

    @Test
    void everyStateUsedIsDeclaredWithAName() throws IOException {
        JsonNode file = JsonMapper.shared().readTree(DATASET.toFile());
        Set<String> declared = file.get("states").valueStream()
                .map(s -> s.get("code").asString()).collect(Collectors.toSet());

        assertThat(declared).hasSameSizeAs(dataset.states());
        assertThat(dataset.states()).filteredOn(s -> s.code().equals("ARE"))
                .extracting(s -> s.name()).containsExactly("United Arab Emirates");
    }

    @Test
    void everyStartFactOpensATie() {
        List<JsonNode> starts = facts.stream().filter(f -> "start".equals(text(f, "action"))).toList();

        for (JsonNode fact : starts) {
            assertThat(ties(text(fact, "from"), text(fact, "to"), text(fact, "type")))
                    .as("tie opened by %s", fact)
                    .filteredOn(t -> t.start().toString().equals(text(fact, "date")))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.description()).startsWith(withNote(fact));
                        assertThat(t.source()).startsWith(text(fact, "source"));
                        String confidence = text(fact, "confidence");
                        assertThat(t.confidence().compareTo(confidence == null
                                ? Confidence.HIGH : Confidence.fromCode(confidence).orElseThrow()))
                                .isGreaterThanOrEqualTo(0);
                    });
        }
        assertThat(dataset.ties()).hasSameSizeAs(starts);
    }

    @Test
    void everyEndFactClosesATie() {
        List<JsonNode> ends = facts.stream().filter(f -> "end".equals(text(f, "action"))).toList();

        for (JsonNode fact : ends) {
            assertThat(ties(text(fact, "from"), text(fact, "to"), text(fact, "type")))
                    .as("tie closed by %s", fact)
                    .filteredOn(t -> t.end() != null && t.end().toString().equals(text(fact, "date")))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.description()).endsWith(". Ended: " + withNote(fact));
                        assertThat(t.source()).endsWith("; end: " + text(fact, "source"));
                    });
        }
        assertThat(dataset.ties().stream().filter(t -> t.end() != null)).hasSameSizeAs(ends);
    }

    @Test
    void everyEventFactIsAnEvent() {
        List<JsonNode> eventFacts = facts.stream().filter(f -> "event".equals(text(f, "type"))).toList();

        for (JsonNode fact : eventFacts) {
            assertThat(dataset.events())
                    .as("event for %s", fact)
                    .filteredOn(e -> e.date().toString().equals(text(fact, "date"))
                            && e.title().equals(text(fact, "description")))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.source()).isEqualTo(text(fact, "source"));
                        assertThat(e.states()).containsExactly(text(fact, "from"), text(fact, "to"));
                        String note = text(fact, "note");
                        if (note != null) {
                            assertThat(e.description()).contains(note);
                        }
                    });
        }
        assertThat(dataset.events()).hasSameSizeAs(eventFacts);
    }

    @Test
    void everyFactIsAStartAnEndOrAnEvent() {
        assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(
                "event".equals(text(f, "type")) || Set.of("start", "end").contains(text(f, "action")))
                .as("kind of %s", f).isTrue());
        assertThat(facts.stream().filter(f -> !"event".equals(text(f, "type"))).map(f -> text(f, "type")))
                .allSatisfy(type -> assertThat(TieType.fromCode(type)).isPresent());
    }
}
