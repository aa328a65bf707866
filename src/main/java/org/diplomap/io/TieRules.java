package org.diplomap.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplomap.model.Confidence;
import org.diplomap.model.DateFormatException;
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
        if (from.equals(to)) {
            throw fail(place.of("to"), "a tie from a state to itself (" + Texts.quoted(from) + ")");
        }
        String typeCode = required(json.type(), place, "type");
        TieType type = TieType.fromCode(typeCode).orElseThrow(() -> fail(place.of("type"),
                "unknown tie type " + Texts.quoted(typeCode) + "; expected recognition, ambassador or engagement"));
        PartialDate start = date(required(json.start(), place, "start"), place.of("start"));
        PartialDate end = json.end() == null ? null : date(json.end(), place.of("end"));
        checkEndAfterStart(start, end, place.of("end"));
        Confidence confidence = Confidence.HIGH;
        if (json.confidence() != null) {
            confidence = Confidence.fromCode(json.confidence()).orElseThrow(() -> fail(place.of("confidence"),
                    "unknown confidence " + Texts.quoted(json.confidence()) + "; expected high, medium or low"));
        }
        Texts.checkLength(json.description(), fileName, place.of("description"));
        Texts.checkLength(json.source(), fileName, place.of("source"));
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
        if (start != null && end != null && !end.firstDay().isAfter(start.firstDay())) {
            throw fail(endPlace, "end before start: end " + end + " is not after start " + start);
        }
    }

    private String required(String value, Place place, String field) throws DatasetFormatException {
        if (value == null) {
            throw fail(place.of(field), "missing required field '" + field + "'");
        }
        if (value.isBlank()) {
            throw fail(place.of(field), "required field '" + field + "' is empty");
        }
        return value;
    }

    PartialDate date(String text, String place) throws DatasetFormatException {
        if (text.length() > "YYYY-MM-DD".length()) {
            throw fail(place, Texts.quoted(text) + " is not a date; write YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            return PartialDate.parse(text);
        } catch (DateFormatException e) {
            throw fail(place, e.getMessage());
        }
    }

    private DatasetFormatException fail(String place, String problem) {
        return new DatasetFormatException(fileName, place, problem);
    }
}
