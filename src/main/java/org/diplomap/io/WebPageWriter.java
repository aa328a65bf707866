package org.diplomap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;

/**
 * Writes a case as one self-contained web page: the page's template, style and script (resources under
 * {@code web/}) with the case embedded as JSON. The positions come already placed, in the pixels of a picture of
 * {@link Page#width()} x {@link Page#height()}; the page only draws them.
 *
 * <p>Ties are written as columns (a list per field) and their sources and descriptions through one table of
 * texts, since a large case repeats them: the file stays small and the page reads it fast.
 */
public final class WebPageWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    /** How a tie type is drawn: its data code, its name, its colour ({@code #RRGGBB}) and its line pattern. */
    public record TypeLook(String code, String label, String colour, String pattern) {
    }

    /** How strongly the ties of a confidence are drawn (1 full colour; less is lighter), and what the legend says. */
    public record ConfidenceLook(String code, double opacity, String label) {
    }

    /**
     * One layout placed on the picture: for each state (in {@link Page#states()}' order) the centre of its dot and
     * the box of its name ({@code x, y, width, height}), null where it has none; the map's country outlines as SVG
     * path data by code (empty for the network layout).
     */
    public record PlacedLayout(String code, double dotRadius, List<double[]> dots, List<double[]> names,
                               Map<String, String> map) {
    }

    /**
     * A saved view: its date as written, layout, hidden types, focus (or null), whether states without ties are
     * hidden, and the part of the picture it shows ({@code x, y, width, height}), null for the whole picture.
     */
    public record View(String name, String date, String layout, List<String> hiddenTypes,
                       boolean hideStatesWithoutTies, String focus, double[] box) {
    }

    /**
     * Everything the page shows. {@code states} sorted by code, {@code ties} in {@link Tie#ORDER}; {@code startDate}
     * (null for an empty case) and {@code startLayout} are where the page opens when its address names neither.
     */
    public record Page(String title, int width, int height, String startDate, String startLayout,
                       List<TypeLook> types, List<ConfidenceLook> confidences, List<State> states, List<Tie> ties,
                       List<Event> events, List<PlacedLayout> layouts, List<View> views) {

        public Page {
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(confidences, "confidences");
            Objects.requireNonNull(states, "states");
            Objects.requireNonNull(ties, "ties");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(layouts, "layouts");
            Objects.requireNonNull(views, "views");
        }
    }

    record StateJson(String code, String name, String start, String end) {
    }

    /** The ties as columns; {@code source} and {@code description} index {@link DataJson#texts}, -1 for none. */
    record TiesJson(int[] from, int[] to, int[] type, String[] start, String[] end, int[] source,
                    int[] description, String[] confidence) {
    }

    record EventJson(String date, String title, String description, String source, List<String> states) {
    }

    record DataJson(String title, int width, int height, String startDate, String startLayout,
                    List<TypeLook> types, List<ConfidenceLook> confidences, List<StateJson> states, TiesJson ties,
                    List<String> texts,
                    List<EventJson> events, List<PlacedLayout> layouts, List<View> views) {
    }

    /** Writes the page to a Writer that stays open. */
    public void write(Page page, Writer out) throws IOException {
        Map<String, String> parts = Map.of(
                "title", escapeHtml(page.title() == null || page.title().isBlank() ? "Diplomap" : page.title()),
                "style", resource("page.css"),
                "script", resource("page.js"),
                "data", dataJson(page));
        Matcher m = PLACEHOLDER.matcher(resource("page.html"));
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(html, Matcher.quoteReplacement(Objects.requireNonNull(parts.get(m.group(1)),
                    m.group(1))));
        }
        m.appendTail(html);
        out.write(html.toString());
        out.flush();
    }

    private static String dataJson(Page page) throws IOException {
        Map<String, Integer> stateIndex = new HashMap<>();
        List<StateJson> states = new ArrayList<>();
        for (State state : page.states()) {
            stateIndex.put(state.code(), states.size());
            states.add(new StateJson(state.code(), state.name(), text(state.start()), text(state.end())));
        }
        List<String> texts = new ArrayList<>();
        Map<String, Integer> textIndex = new HashMap<>();
        int n = page.ties().size();
        TiesJson ties = new TiesJson(new int[n], new int[n], new int[n], new String[n], new String[n], new int[n],
                new int[n], new String[n]);
        for (int i = 0; i < n; i++) {
            Tie tie = page.ties().get(i);
            ties.from()[i] = stateIndex.get(tie.from());
            ties.to()[i] = stateIndex.get(tie.to());
            ties.type()[i] = tie.type().ordinal();
            ties.start()[i] = tie.start().toString();
            ties.end()[i] = text(tie.end());
            ties.source()[i] = textNumber(tie.source(), texts, textIndex);
            ties.description()[i] = textNumber(tie.description(), texts, textIndex);
            ties.confidence()[i] = tie.confidence().code();
        }
        List<EventJson> events = page.events().stream().map(e -> new EventJson(e.date().toString(), e.title(),
                e.description(), e.source(), e.states())).toList();
        DataJson data = new DataJson(page.title(), page.width(), page.height(), page.startDate(), page.startLayout(),
                page.types(), page.confidences(), states, ties, texts, events, page.layouts(), page.views());
        try {
            String json = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
            // In JSON a '<' stands only inside strings, where \u003c means the same: no text can close the script.
            return json.replace("<", "\\u003c");
        } catch (JacksonException e) {
            throw new IOException("could not write the page's data: " + e.getOriginalMessage(), e);
        }
    }

    private static int textNumber(String text, List<String> texts, Map<String, Integer> index) {
        if (text == null) {
            return -1;
        }
        return index.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WebPageWriter.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                // Only a broken build can lose it: the jar carries the page's parts.
                throw new IllegalStateException("missing resource /web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
