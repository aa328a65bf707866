package org.diplomap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a dataset file and checks it completely: the first problem found ends the reading with a
 * {@link DatasetFormatException} naming the file, the place and the problem, so nothing of a bad file is used.
 */
public final class DatasetReader {

    public static final String FORMAT = "diplomap-dataset";
    public static final int VERSION = 1;

    private final StateReference reference;

    public DatasetReader() {
        this(StateReference.bundled());
    }

    public DatasetReader(StateReference reference) {
        this.reference = reference;
    }

    /** Reads a file; its path as given names it in error messages. */
    public Dataset read(Path file) throws DatasetFormatException {
        String fileName = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, fileName);
        } catch (NoSuchFileException e) {
            throw new DatasetFormatException(fileName, "file", "no such file");
        } catch (IOException e) {
            throw new DatasetFormatException(fileName, "file", "cannot be read: " + oneLine(e.getMessage()));
        }
    }

    /** Reads a dataset from a stream (which stays open); {@code fileName} names it in error messages. */
    public Dataset read(InputStream in, String fileName) throws DatasetFormatException {
        return new Conversion(fileName).convert(parse(in, fileName));
    }

    private static DatasetJson parse(InputStream in, String fileName) throws DatasetFormatException {
        DatasetJson json;
        try (JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new DatasetFormatException(fileName, "line 1, column 1", "the file is empty");
            }
            json = Json.MAPPER.readValue(parser, DatasetJson.class);
            // Checked here rather than by Jackson, whose message would call trailing text a wrong type.
            if (parser.nextToken() != null) {
                throw new DatasetFormatException(fileName, lineAndColumn(parser.currentTokenLocation()),
                        "broken JSON: more content after the end of the dataset object");
            }
        } catch (UnrecognizedPropertyException e) {
            throw new DatasetFormatException(fileName, placeOf(e), "unknown field " + Texts.quoted(String.valueOf(e.getPropertyName())));
        } catch (InputCoercionException e) {
            throw new DatasetFormatException(fileName, placeOf(e), "number out of range");
        } catch (StreamReadException e) {
            throw new DatasetFormatException(fileName, lineAndColumn(e.getLocation()),
                    "broken JSON: " + oneLine(e.getOriginalMessage()));
        } catch (MismatchedInputException e) {
            throw new DatasetFormatException(fileName, placeOf(e), wrongType(e));
        } catch (JacksonIOException e) {
            throw new DatasetFormatException(fileName, "file", "cannot be read: " + oneLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new DatasetFormatException(fileName, placeOf(e), oneLine(e.getOriginalMessage()));
        }
        if (json == null) {
            throw new DatasetFormatException(fileName, "line 1, column 1", "expected a JSON object, found null");
        }
        return json;
    }

    /** The place as the data names it ({@code ties[3].end}); the line and column when Jackson knows no path. */
    private static String placeOf(JacksonException e) {
        StringBuilder place = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (place.length() > 0) {
                    place.append('.');
                }
                place.append(Texts.shortened(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                place.append('[').append(ref.getIndex()).append(']');
            }
        }
        return place.length() > 0 ? place.toString() : lineAndColumn(e.getLocation());
    }

    private static String lineAndColumn(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "line 1, column 1";
        }
        return "line " + location.getLineNr() + ", column " + Math.max(1, location.getColumnNr());
    }

    private static String wrongType(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        String expected;
        if (target == null) {
            return "wrong type: " + oneLine(e.getOriginalMessage());
        } else if (target == String.class) {
            expected = "a text";
        } else if (target == Integer.class || target == int.class) {
            expected = "a whole number";
        } else if (target == Double.class || target == double.class) {
            expected = "a number";
        } else if (target == Boolean.class || target == boolean.class) {
            expected = "true or false";
        } else if (Collection.class.isAssignableFrom(target)) {
            expected = "a list";
        } else {
            expected = "an object";
        }
        String found = describe(e.getCurrentToken());
        return "wrong type: expected " + expected + (found == null ? "" : ", found " + found);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    /** Jackson's message on one line, cut short: it may quote much of a broken file. */
    private static String oneLine(String text) {
        return text == null ? "" : Texts.shortened(text.replaceAll("\\s+", " ").trim(), 300);
    }

    /** Turns the checked-by-Jackson DTO into the model, checking what the types alone cannot. */
    private final class Conversion {

        private final String fileName;
        private final Map<String, State> declared = new LinkedHashMap<>();
        private final Map<String, Integer> declaredAt = new LinkedHashMap<>();
        private final Set<String> named = new LinkedHashSet<>();

        Conversion(String fileName) {
            this.fileName = fileName;
        }

        Dataset convert(DatasetJson json) throws DatasetFormatException {
            checkHeader(json);
            Texts.checkText(json.title(), fileName, "title");
            List<StateJson> states = orEmpty(json.states());
            for (int i = 0; i < states.size(); i++) {
                State state = state(states.get(i), "states[" + i + "]");
                declared.put(state.code(), state);
                declaredAt.put(state.code(), i);
            }
            List<TieJson> tiesJson = orEmpty(json.ties());
            TieRules rules = new TieRules(fileName, this::knownCode);
            for (int i = 0; i < tiesJson.size(); i++) {
                String place = "ties[" + i + "]";
                requireObject(tiesJson.get(i), place);
                rules.add(tiesJson.get(i), new TieRules.Place() {
                    @Override
                    public String whole() {
                        return place;
                    }

                    @Override
                    public String of(String field) {
                        return place + "." + field;
                    }
                });
            }
            List<Tie> ties = rules.ties();
            List<EventJson> eventsJson = orEmpty(json.events());
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < eventsJson.size(); i++) {
                events.add(event(eventsJson.get(i), "events[" + i + "]"));
            }
            List<ViewJson> viewsJson = orEmpty(json.views());
            List<SavedView> views = new ArrayList<>();
            Map<String, Integer> viewAt = new HashMap<>();
            for (int i = 0; i < viewsJson.size(); i++) {
                String place = "views[" + i + "]";
                SavedView view = view(viewsJson.get(i), place);
                Integer earlier = viewAt.putIfAbsent(view.name(), i);
                if (earlier != null) {
                    throw fail(place + ".name", "duplicate view name " + Texts.quoted(view.name()) + " (also views[" + earlier + "])");
                }
                views.add(view);
            }
            // After the views: a view's focus may name a state that nothing else names.
            return new Dataset(json.title(), allStates(), ties, events, views);
        }

        private void checkHeader(DatasetJson json) throws DatasetFormatException {
            if (json.format() == null) {
                throw fail("format", "missing required field 'format'");
            }
            if (!FORMAT.equals(json.format())) {
                throw fail("format", "expected \"" + FORMAT + "\", found \"" + Texts.shortened(json.format()) + "\"");
            }
            if (json.version() == null) {
                throw fail("version", "missing required field 'version'");
            }
            if (json.version() != VERSION) {
                throw fail("version", "unsupported version " + json.version() + "; this program reads version " + VERSION);
            }
        }

        private State state(StateJson json, String place) throws DatasetFormatException {
            requireObject(json, place);
            String code = required(json.code(), place, "code");
            check(place + ".code", () -> DataRules.stateCode(code));
            if (declared.containsKey(code)) {
                throw fail(place + ".code", "duplicate state code '" + code + "' (also states[" + declaredAt.get(code) + "])");
            }
            String name = required(json.name(), place, "name");
            Texts.checkText(name, fileName, place + ".name");
            PartialDate start = optionalDate(json.start(), place + ".start");
            PartialDate end = optionalDate(json.end(), place + ".end");
            checkEndAfterStart(start, end, place + ".end");
            return new State(code, name, start, end);
        }

        private Event event(EventJson json, String place) throws DatasetFormatException {
            requireObject(json, place);
            PartialDate date = date(required(json.date(), place, "date"), place + ".date");
            String title = required(json.title(), place, "title");
            Texts.checkText(title, fileName, place + ".title");
            Texts.checkText(json.description(), fileName, place + ".description");
            Texts.checkText(json.source(), fileName, place + ".source");
            List<String> codes = orEmpty(json.states());
            for (int k = 0; k < codes.size(); k++) {
                String codePlace = place + ".states[" + k + "]";
                if (codes.get(k) == null) {
                    throw fail(codePlace, "missing state code");
                }
                knownCode(codes.get(k), codePlace);
            }
            return new Event(date, title, json.description(), json.source(), codes);
        }

        private SavedView view(ViewJson json, String place) throws DatasetFormatException {
            requireObject(json, place);
            String name = required(json.name(), place, "name");
            Texts.checkText(name, fileName, place + ".name");
            PartialDate date = date(required(json.date(), place, "date"), place + ".date");
            Set<TieType> hidden = EnumSet.noneOf(TieType.class);
            List<String> typeCodes = orEmpty(json.hiddenTypes());
            for (int k = 0; k < typeCodes.size(); k++) {
                String typePlace = place + ".hiddenTypes[" + k + "]";
                String typeCode = typeCodes.get(k);
                if (typeCode == null) {
                    throw fail(typePlace, "missing tie type");
                }
                TieType type = check(typePlace, () -> DataRules.tieType(typeCode));
                if (!hidden.add(type)) {
                    throw fail(typePlace, "tie type '" + typeCode + "' is listed twice");
                }
            }
            String focus = json.focus() == null ? null : knownCode(json.focus(), place + ".focus");
            LayoutKind layout = LayoutKind.NETWORK;
            if (json.layout() != null) {
                layout = LayoutKind.fromCode(json.layout()).orElseThrow(() -> fail(place + ".layout",
                        "unknown layout " + Texts.quoted(json.layout()) + "; expected network, geographic or matrix"));
            }
            double zoom = json.zoom() == null ? SavedView.FIT_ZOOM : json.zoom();
            // Jackson reads a number too large for a double as infinity.
            if (!(zoom > 0) || Double.isInfinite(zoom)) {
                throw fail(place + ".zoom", "zoom must be a number greater than 0, found " + json.zoom());
            }
            double centreX = 0;
            double centreY = 0;
            if (json.centre() != null) {
                List<Double> centre = json.centre();
                if (centre.size() != 2 || centre.contains(null)
                        || !Double.isFinite(centre.get(0)) || !Double.isFinite(centre.get(1))) {
                    throw fail(place + ".centre", "centre must be two numbers [x, y], found " + centre);
                }
                centreX = centre.get(0);
                centreY = centre.get(1);
            }
            boolean hideStatesWithoutTies = Boolean.TRUE.equals(json.hideStatesWithoutTies());
            return new SavedView(name, date, hidden, hideStatesWithoutTies, focus, layout, zoom, centreX, centreY);
        }

        private String knownCode(String code, String place) throws DatasetFormatException {
            check(place, () -> DataRules.knownCode(code, declared::containsKey, reference));
            named.add(code);
            return code;
        }

        /** The declared states, then a state named from the reference for each code used but not declared. */
        private List<State> allStates() {
            List<State> states = new ArrayList<>(declared.values());
            for (String code : named) {
                if (!declared.containsKey(code)) {
                    states.add(new State(code, reference.nameOf(code).orElseThrow()));
                }
            }
            return states;
        }

        private void checkEndAfterStart(PartialDate start, PartialDate end, String endPlace)
                throws DatasetFormatException {
            check(endPlace, () -> DataRules.endAfterStart(start, end));
        }

        private String required(String value, String place, String field) throws DatasetFormatException {
            return check(place + "." + field, () -> DataRules.required(value, field));
        }

        private void requireObject(Object json, String place) throws DatasetFormatException {
            if (json == null) {
                throw fail(place, "expected an object, found null");
            }
        }

        private PartialDate optionalDate(String text, String place) throws DatasetFormatException {
            return text == null ? null : date(text, place);
        }

        private PartialDate date(String text, String place) throws DatasetFormatException {
            return check(place, () -> DataRules.date(text));
        }

        private DatasetFormatException fail(String place, String problem) {
            return new DatasetFormatException(fileName, place, problem);
        }

        /** Applies a rule, naming {@code place} when it is broken. */
        private <T> T check(String place, Rule<T> rule) throws DatasetFormatException {
            try {
                return rule.apply();
            } catch (DataRules.Violation v) {
                throw fail(place, v.getMessage());
            }
        }

        private void check(String place, VoidRule rule) throws DatasetFormatException {
            try {
                rule.apply();
            } catch (DataRules.Violation v) {
                throw fail(place, v.getMessage());
            }
        }
    }

    /** Ties of the same kind (pair and type) must not overlap. */
    static String kindOf(Tie tie) {
        return tie.from() + ">" + tie.to() + ":" + tie.type().code();
    }

    static String describe(Tie tie) {
        return DataRules.describe(tie);
    }

    @FunctionalInterface
    private interface Rule<T> {
        T apply() throws DataRules.Violation;
    }

    @FunctionalInterface
    private interface VoidRule {
        void apply() throws DataRules.Violation;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
