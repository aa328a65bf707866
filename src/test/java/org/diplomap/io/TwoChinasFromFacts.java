package org.diplomap.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds {@code assets/data/two-chinas.json} from {@code assets/data/facts/china-facts.jsonl} by the rules written
 * in {@code assets/data/README.md}. {@link TwoChinasDatasetTest} fails when the committed file is not what this makes
 * of the facts. To write the file again after changing the facts, from the project folder:
 * <pre>
 * mvn -o -q -DskipTests package
 * java -cp target/diplomap.jar:target/test-classes org.diplomap.io.TwoChinasFromFacts
 * </pre>
 */
final class TwoChinasFromFacts {

    static final Path FACTS = Path.of("assets", "data", "facts", "china-facts.jsonl");
    static final Path DATASET = Path.of("assets", "data", "two-chinas.json");
    static final String TITLE = "The two Chinas: recognition of Beijing and Taipei, 1949-2024";

    /** The government of the Republic of China moved to Taipei: the first month of the case. */
    static final PartialDate CASE_START = PartialDate.parse("1949-12");
    static final String PREDATES_CASE = "Held before the case begins; shown from 1949-12, when the government of"
            + " the Republic of China moved to Taipei, because the sources give only its end.";
    static final String NO_START_SOURCE = "start not in the sources";

    private TwoChinasFromFacts() {
    }

    public static void main(String[] args) throws IOException {
        new DatasetWriter().write(build(readFacts(FACTS)), DATASET);
    }

    static List<JsonNode> readFacts(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> JsonMapper.shared().readTree(line))
                .toList();
    }

    static Dataset build(List<JsonNode> facts) {
        return build(facts, TITLE);
    }

    /** The same rules serve every bundled case; only the title differs. */
    static Dataset build(List<JsonNode> facts, String title) {
        return new Dataset(title, states(facts), ties(facts), events(facts));
    }

    private static List<State> states(List<JsonNode> facts) {
        TreeSet<String> codes = new TreeSet<>();
        for (JsonNode fact : facts) {
            codes.addAll(statesOf(fact));
        }
        return codes.stream().map(TwoChinasFromFacts::state).toList();
    }

    /** An ISO state by its reference name; a historical state (East Germany, South Vietnam) as the crosswalk has it. */
    static State state(String code) {
        return StateReference.bundled().nameOf(code).map(name -> new State(code, name))
                .or(() -> Optional.ofNullable(CowStates.bundled().historical().get(code)))
                .orElseThrow(() -> new IllegalArgumentException(code + " is neither an ISO 3166-1 code nor a historical state"));
    }

    /**
     * The facts of one from, to and type are read in date order: a start opens a tie, the next end closes it. An end
     * before any start closes a tie that held before the case, shown from {@link #CASE_START}. Ties come in the order
     * of their first fact in the file.
     */
    private static List<Tie> ties(List<JsonNode> facts) {
        Map<String, List<Integer>> linesByTie = new LinkedHashMap<>();
        for (int line = 0; line < facts.size(); line++) {
            JsonNode fact = facts.get(line);
            if (!isEvent(fact)) {
                String key = text(fact, "from") + ">" + text(fact, "to") + ":" + text(fact, "type");
                linesByTie.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            }
        }
        List<LinedTie> ties = new ArrayList<>();
        for (List<Integer> lines : linesByTie.values()) {
            List<Integer> inDateOrder = lines.stream()
                    .sorted(Comparator.comparing(line -> date(facts.get(line)))).toList();
            Integer open = null;
            for (int line : inDateOrder) {
                JsonNode fact = facts.get(line);
                String action = text(fact, "action");
                if ("start".equals(action)) {
                    if (open != null) {
                        throw new IllegalArgumentException("line " + (line + 1) + " starts a tie already started");
                    }
                    open = line;
                } else if ("end".equals(action)) {
                    if (open != null) {
                        ties.add(new LinedTie(open, closed(facts.get(open), fact)));
                        open = null;
                    } else if (line == inDateOrder.get(0)) {
                        ties.add(new LinedTie(line, predatingTheCase(fact)));
                    } else {
                        throw new IllegalArgumentException("line " + (line + 1) + " ends a tie that was not started");
                    }
                } else {
                    throw new IllegalArgumentException("line " + (line + 1) + ": unknown action " + action);
                }
            }
            if (open != null) {
                ties.add(new LinedTie(open, opened(facts.get(open))));
            }
        }
        return ties.stream().sorted(Comparator.comparingInt(LinedTie::firstLine)).map(LinedTie::tie).toList();
    }

    private record LinedTie(int firstLine, Tie tie) {
    }

    private static Tie opened(JsonNode start) {
        return new Tie(text(start, "from"), text(start, "to"), type(start), date(start), null,
                withNote(start), text(start, "source"), confidence(start));
    }

    private static Tie closed(JsonNode start, JsonNode end) {
        Confidence lower = confidence(start).compareTo(confidence(end)) > 0 ? confidence(start) : confidence(end);
        return new Tie(text(start, "from"), text(start, "to"), type(start), date(start), date(end),
                joined(withNote(start), end), text(start, "source") + "; end: " + text(end, "source"), lower);
    }

    private static Tie predatingTheCase(JsonNode end) {
        return new Tie(text(end, "from"), text(end, "to"), type(end), CASE_START, date(end),
                joined(PREDATES_CASE, end), NO_START_SOURCE + "; end: " + text(end, "source"), confidence(end));
    }

    private static String joined(String startDescription, JsonNode end) {
        String stop = startDescription.endsWith(".") ? "" : ".";
        return startDescription + stop + " Ended: " + withNote(end);
    }

    private static List<Event> events(List<JsonNode> facts) {
        return facts.stream()
                .filter(TwoChinasFromFacts::isEvent)
                .sorted(Comparator.comparing(TwoChinasFromFacts::date))
                .map(fact -> new Event(date(fact), text(fact, "description"), eventDescription(fact),
                        text(fact, "source"), statesOf(fact)))
                .toList();
    }

    /** An event has no confidence of its own, so a doubtful one says so in its description, after its note. */
    private static String eventDescription(JsonNode fact) {
        List<String> parts = new ArrayList<>();
        if (text(fact, "note") != null) {
            parts.add("(" + text(fact, "note") + ")");
        }
        if (confidence(fact) != Confidence.HIGH) {
            parts.add("Confidence: " + confidence(fact).code() + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static List<String> statesOf(JsonNode fact) {
        JsonNode states = fact.get("states");
        if (states != null) {
            return states.valueStream().map(JsonNode::asString).toList();
        }
        return List.of(text(fact, "from"), text(fact, "to"));
    }

    private static boolean isEvent(JsonNode fact) {
        return "event".equals(text(fact, "type"));
    }

    private static TieType type(JsonNode fact) {
        return TieType.fromCode(text(fact, "type"))
                .orElseThrow(() -> new IllegalArgumentException("not a tie type: " + text(fact, "type")));
    }

    private static PartialDate date(JsonNode fact) {
        return PartialDate.parse(text(fact, "date"));
    }

    private static Confidence confidence(JsonNode fact) {
        String code = text(fact, "confidence");
        return code == null ? Confidence.HIGH : Confidence.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("not a confidence: " + code));
    }

    private static String withNote(JsonNode fact) {
        String note = text(fact, "note");
        return text(fact, "description") + (note == null ? "" : " (" + note + ")");
    }

    private static String text(JsonNode fact, String field) {
        JsonNode value = fact.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
