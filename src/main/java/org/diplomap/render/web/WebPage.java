package org.diplomap.render.web;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.diplomap.graph.Layout;
import org.diplomap.graph.TieStyle;
import org.diplomap.io.Outline;
import org.diplomap.io.WebPageWriter;
import org.diplomap.io.WorldAtlas;
import org.diplomap.model.Confidence;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.SavedView;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Camera;
import org.diplomap.render.Composition;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.NetworkScene;
import org.diplomap.render.Viewport;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;

/**
 * The whole case as one web page to scrub and step through in a browser. Every state is placed here, in both
 * layouts, by the composition that places it in the window and the exports (the same fit, the same dots, the
 * same names, the map under the geographic layout), in the pixels of a picture of {@link #WIDTH} x
 * {@link #HEIGHT}; the page scales that picture and lays nothing out itself.
 */
public final class WebPage {

    /** The picture the positions are placed on; the page scales it to the browser's window. */
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private WebPage() {
    }

    /**
     * Writes the page of the network of {@code index}, its states placed by {@code layouts}, with the saved views
     * of its briefing. It opens in {@code startLayout} on the last day on which something happens, unless its
     * address names another: the window and the command line write the same file for the same options.
     */
    public static void write(TimelineIndex index, Function<LayoutKind, Layout> layouts, List<SavedView> savedViews,
                             LayoutKind startLayout, Path out) throws IOException {
        List<State> states = withEveryTiedState(index);
        List<Tie> ties = index.ties();
        LocalDate start = index.lastDay().orElse(null);

        Map<LayoutKind, Composition> placed = new LinkedHashMap<>();
        List<WebPageWriter.PlacedLayout> placedLayouts = new ArrayList<>();
        for (LayoutKind kind : LayoutKind.values()) {
            Composition composition = placedStates(index, states, layouts.apply(kind), kind, start);
            placed.put(kind, composition);
            placedLayouts.add(placedLayout(kind, composition, states));
        }
        List<WebPageWriter.View> views = savedViews.stream()
                .map(view -> view(view, placed.get(view.layout()))).toList();
        List<Event> events = index.events().stream().filter(e -> e.kind() == TimelineEvent.Kind.NARRATIVE)
                .map(TimelineEvent::event).toList();
        List<WebPageWriter.TypeLook> types = Arrays.stream(TieType.values()).map(type -> new WebPageWriter.TypeLook(
                type.code(), type.label(), TieStyle.of(type).colour(),
                TieStyle.of(type).pattern().name().toLowerCase(Locale.ROOT))).toList();
        List<WebPageWriter.ConfidenceLook> confidences = Arrays.stream(Confidence.values())
                .map(confidence -> new WebPageWriter.ConfidenceLook(confidence.code(),
                        TieStyle.confidenceOpacity(confidence), TieStyle.confidenceLabel(confidence))).toList();

        WebPageWriter.Page page = new WebPageWriter.Page(index.title(), WIDTH, HEIGHT,
                start == null ? null : start.toString(), startLayout.code(), types, confidences, states, ties, events,
                placedLayouts, views);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new WebPageWriter().write(page, writer);
        }
    }

    /**
     * The states of the index, and a state named by its code for any code a tie names that the index does not hold
     * (a dataset read from a file always holds them; one made otherwise may not), by code.
     */
    private static List<State> withEveryTiedState(TimelineIndex index) {
        Map<String, State> byCode = new TreeMap<>();
        index.states().forEach(state -> byCode.put(state.code(), state));
        for (Tie tie : index.ties()) {
            byCode.putIfAbsent(tie.from(), new State(tie.from(), tie.from()));
            byCode.putIfAbsent(tie.to(), new State(tie.to(), tie.to()));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * Every state placed and named as a picture of the whole case would place it. The names are ranked by the pairs
     * of states ever tied (one tie a pair stands for them), so that the states with most partners over the whole
     * history get a name first; a name placed once stays put while the date moves, as the dots do.
     */
    private static Composition placedStates(TimelineIndex index, List<State> states, Layout layout, LayoutKind kind,
                                            LocalDate day) {
        Set<String> pairs = new HashSet<>();
        List<Tie> onePerPair = new ArrayList<>();
        for (Tie tie : index.ties()) {
            String pair = tie.from().compareTo(tie.to()) < 0 ? tie.from() + " " + tie.to() : tie.to() + " " + tie.from();
            if (pairs.add(pair)) {
                onePerPair.add(tie);
            }
        }
        Snapshot everything = new Snapshot(day == null ? LocalDate.EPOCH : day, states, onePerPair);
        NetworkScene scene = new NetworkScene(everything, states, layout, null, null,
                ExportOptions.NETWORK_ONLY);
        if (kind == LayoutKind.GEOGRAPHIC) {
            scene = scene.withMap(WorldAtlas.bundled().outlines());
        }
        return Composition.of(scene, WIDTH, HEIGHT, Camera.FIT);
    }

    private static WebPageWriter.PlacedLayout placedLayout(LayoutKind kind, Composition composition,
                                                           List<State> states) {
        Map<String, Point2D> dots = composition.dots();
        Map<String, Rectangle2D> names = composition.names();
        List<double[]> dotList = new ArrayList<>();
        List<double[]> nameList = new ArrayList<>();
        for (State state : states) {
            Point2D dot = dots.get(state.code());
            dotList.add(dot == null ? null : new double[] {round(dot.getX()), round(dot.getY())});
            Rectangle2D name = names.get(state.code());
            nameList.add(name == null ? null : new double[] {round(name.getX()), round(name.getY()),
                round(name.getWidth()), round(name.getHeight())});
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (kind == LayoutKind.GEOGRAPHIC) {
            for (Outline outline : WorldAtlas.bundled().outlines()) {
                map.put(outline.code(), pathOf(outline, composition.viewport()));
            }
        }
        return new WebPageWriter.PlacedLayout(kind.code(), round(composition.dotRadius()), dotList, nameList, map);
    }

    /** A country's outline on the picture, as SVG path data: each ring a move and lines, closed. */
    static String pathOf(Outline outline, Viewport viewport) {
        StringBuilder d = new StringBuilder();
        for (double[][] polygon : outline.polygons()) {
            for (double[] ring : polygon) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    d.append(i == 0 ? "M" : " ").append(number(viewport.pixelX(ring[i]))).append(' ')
                            .append(number(viewport.pixelY(ring[i + 1])));
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    /**
     * A saved view on the page: the part of the fitted picture that its camera shows. Both viewports map the same
     * layout point, so a corner of the view's picture is found on the fitted one by going through the layout.
     */
    private static WebPageWriter.View view(SavedView view, Composition fitted) {
        double[] box = null;
        if (!view.fitsAll()) {
            Viewport all = fitted.viewport();
            Viewport seen = fitted.viewportOf(new Camera(view.zoom(), new Layout.Point(view.centreX(), view.centreY())));
            double left = all.pixelX((0 - seen.offsetX()) / seen.scaleX());
            double right = all.pixelX((WIDTH - seen.offsetX()) / seen.scaleX());
            double top = all.pixelY((0 - seen.offsetY()) / seen.scaleY());
            double bottom = all.pixelY((HEIGHT - seen.offsetY()) / seen.scaleY());
            box = new double[] {round(left), round(top), round(right - left), round(bottom - top)};
        }
        List<String> hidden = view.hiddenTypes().stream().sorted().map(TieType::code).toList();
        return new WebPageWriter.View(view.name(), view.date().toString(), view.layout().code(), hidden,
                view.hideStatesWithoutTies(), view.focus(), box);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A coordinate to a tenth of a pixel, without a trailing ".0": the map is most of the file. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }
}
