package org.diplomap.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.diplomap.io.AnswerWriter;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.TimelineIndex;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code changes} and {@code rank} share: the type, the least confidence and the states asked about. */
final class QuestionOptions {

    @Option(names = "--type", paramLabel = "T",
            description = "Only ties of this type: recognition, ambassador or engagement (default: every type).")
    String type;

    @Option(names = "--state", paramLabel = "CODE", description = "Only the rows about this state.")
    String state;

    @Option(names = "--format", paramLabel = "text|csv|json", description = "Output format (default: text).")
    AnswerWriter.Format format = AnswerWriter.Format.text;

    @Mixin
    ConfidenceOption confidence;

    /** The type asked for, or null for every type. */
    TieType tieType() {
        if (type == null) {
            return null;
        }
        String code = type.strip().toLowerCase(Locale.ROOT);
        return TieType.fromCode(code).orElseThrow(() -> new BadInputException("--type: '" + type
                + "' is not a tie type; give one of " + Arrays.stream(TieType.values()).map(TieType::code)
                .collect(Collectors.joining(", "))));
    }

    /** Checks what can be checked before the database is opened. */
    void check() {
        tieType();
        confidence.least();
    }

    /** The ties counted: of the type asked for, as sure as asked. */
    Predicate<Tie> shown() {
        TieType only = tieType();
        return tie -> (only == null || tie.type() == only) && tie.confidence().isAtLeast(confidence.least());
    }

    /** The state asked about, as a code of the database; null when none was asked for. */
    String stateCode(TimelineIndex index) {
        if (state == null) {
            return null;
        }
        String code = state.strip().toUpperCase(Locale.ROOT);
        return index.state(code).map(State::code).orElseThrow(() -> new BadInputException("--state: " + state
                + " is not a state of the database"));
    }

    /** A date option checked against the data: a date before its first day asks about nothing there is. */
    static LocalDate withinData(String option, String text, TimelineIndex index) {
        LocalDate day = Dates.parseOption(option, text);
        LocalDate first = index.firstDay().orElseThrow(() -> new BadInputException(option + ": the database holds "
                + "no ties or events to ask about"));
        if (day.isBefore(first)) {
            throw new BadInputException(option + ": " + text + " is before the data, which begins on " + first);
        }
        return day;
    }

    AnswerWriter writer(TimelineIndex index) {
        return new AnswerWriter(code -> index.state(code).map(State::name).orElse(code));
    }

}
