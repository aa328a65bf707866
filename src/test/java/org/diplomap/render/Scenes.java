package org.diplomap.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplomap.graph.Layout;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/** Small scenes built by hand for the rendering tests. */
final class Scenes {

    static final LocalDate DATE = LocalDate.of(2025, 7, 3);

    static final List<State> STATES = List.of(
            new State("AFG", "Afghanistan"),
            new State("CHN", "China"),
            new State("IRN", "Iran"),
            new State("NOR", "Norway"),
            new State("PAK", "Pakistan"),
            new State("RUS", "Russia"),
            new State("SAU", "Saudi Arabia"));

    static final Layout LAYOUT = new Layout(Map.of(
            "AFG", new Layout.Point(0, 0),
            "RUS", new Layout.Point(0.3, 3),
            "CHN", new Layout.Point(3.2, 1.2),
            "PAK", new Layout.Point(2.4, -2.2),
            "IRN", new Layout.Point(-3, -0.3),
            "NOR", new Layout.Point(-2.2, 2.6),
            "SAU", new Layout.Point(-2.4, -2.6)));

    private Scenes() {
    }

    static Tie tie(String from, String to, TieType type) {
        return new Tie(from, to, type, PartialDate.parse("2025-07-03"), null, null, null, null);
    }

    /** Afghanistan in the middle, ties of every type towards it, Saudi Arabia without an active tie. */
    static NetworkScene afghanistan() {
        List<Tie> ties = new ArrayList<>(List.of(
                tie("CHN", "AFG", TieType.AMBASSADOR),
                tie("IRN", "AFG", TieType.ENGAGEMENT),
                tie("NOR", "AFG", TieType.ENGAGEMENT),
                tie("PAK", "AFG", TieType.AMBASSADOR),
                tie("PAK", "AFG", TieType.ENGAGEMENT),
                tie("RUS", "AFG", TieType.RECOGNITION),
                tie("RUS", "AFG", TieType.AMBASSADOR),
                tie("RUS", "AFG", TieType.ENGAGEMENT)));
        ties.sort(Tie.ORDER);
        return scene(STATES, ties, "Recognition of the Islamic Emirate of Afghanistan",
                "Sources: Ministry of Foreign Affairs of the Russian Federation, 3 July 2025; news reports");
    }

    static NetworkScene scene(List<State> existing, List<Tie> ties, String title, String source) {
        return new NetworkScene(new Snapshot(DATE, existing, ties), STATES, LAYOUT, title, source);
    }

    static NetworkScene scene(List<Tie> ties) {
        return scene(STATES, ties, "A test scene", null);
    }
}
