package org.diplomap.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/**
 * The rules every tie of a file obeys, whatever its format: known states, a known type, real dates, an end after
 * the start, a known confidence, and no overlap with an earlier tie of the same pair and type. The format names
 * the places; the rules and the words of the problems are the same for all.
 */
final class TieRules {

    /** Checks that a code names a state; returns it, or fails naming the place. */
    @FunctionalInterface
    interface CodeCheck {
        String known(String code, String place) throws DatasetFormatException;
    }

    /** Where a tie and each of its fields are, in the words of its format. */
    interface Place {
        /** The whole tie: {@code ties[3]}, {@code line 12}. */
        String whole();

        /** One field: {@code ties[3].start}, {@code line 12, column 4 (start)}. */
        String of(String field);
    }

    private final String fileName;
    private final CodeCheck codes;
    private final List<Tie> ties = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    // Only ties of the same pair and type can overlap: look those up, not every earlier tie.
    private final Map<String, List<Integer>> tiesOfKind = new HashMap<>();

    TieRules(String fileName, CodeCheck codes) {
        this.fileName = fileName;
        this.codes = codes;
    }

    /** Checks one tie against the rules and the ties before it, and keeps it. */
    Tie add(TieJson json, Place place) throws DatasetFormatException {
        String from = codes.known(required(json.from(), place, "from"), place.of("from"));
        String to = codes.known(required(json.to(), place, "to"), place.of("to"));
        check(place.of("to"), () -> {
            DataRules.notToItself(from, to);
            return to;
        });
        String typeCode = required(json.type(), place, "type");
        TieType type = check(place.of("type"), () -> DataRules.tieType(typeCode));
        PartialDate start = date(required(json.start(), place, "start"), place.of("start"));
        PartialDate end = json.end() == null ? null : date(json.end(), place.of("end"));
        checkEndAfterStart(start, end, place.of("end"));
        Confidence confidence = check(place.of("confidence"), () -> DataRules.confidence(json.confidence()));
        Texts.checkText(json.description(), fileName, place.of("description"));
        Texts.checkText(json.source(), fileName, place.of("source"));
        Tie tie = new Tie(from, to, type, start, end, json.description(), json.source(), confidence);
        List<Integer> sameKind = tiesOfKind.computeIfAbsent(DatasetReader.kindOf(tie), k -> new ArrayList<>());
        for (int k : sameKind) {
            Tie other = ties.get(k);
            if (tie.overlaps(other)) {
                throw fail(place.whole(), "overlaps " + places.get(k) + " (" + DatasetReader.describe(other)
                        + "): ties with the same from, to and type must not overlap");
            }
        }
        sameKind.add(ties.size());
        ties.add(tie);
        places.add(place.whole());
        return tie;
    }

    /** The ties kept, in the order they were added. */
    List<Tie> ties() {
        return ties;
    }

    /** Where each kept tie is in its file, in the order of {@link #ties()}. */
    List<String> places() {
        return places;
    }

    void checkEndAfterStart(PartialDate start, PartialDate end, String endPlace) throws DatasetFormatException {
        check(endPlace, () -> {
            DataRules.endAfterStart(start, end);
            return end;
        });
    }

    private String required(String value, Place place, String field) throws DatasetFormatException {
        return check(place.of(field), () -> DataRules.required(value, field));
    }

    PartialDate date(String text, String place) throws DatasetFormatException {
        return check(place, () -> DataRules.date(text));
    }

    /** A rule of {@link DataRules}, whose problem this file's place is added to. */
    @FunctionalInterface
    private interface Rule<T> {
        T check() throws DataRules.Violation;
    }

    private <T> T check(String place, Rule<T> rule) throws DatasetFormatException {
        try {
            return rule.check();
        } catch (DataRules.Violation v) {
            throw fail(place, v.getMessage());
        }
    }

    private DatasetFormatException fail(String place, String problem) {
        return new DatasetFormatException(fileName, place, problem);
    }
}
