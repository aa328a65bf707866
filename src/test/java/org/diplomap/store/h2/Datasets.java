package org.diplomap.store.h2;

import java.util.List;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;

/** Small datasets for the store tests. */
final class Datasets {

    private Datasets() {
    }

    static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    static Tie tie(String from, String to, TieType type, String start, String end) {
        return new Tie(from, to, type, date(start), end == null ? null : date(end), null, null, Confidence.HIGH);
    }

    /** Partial dates, several types on one pair, an ended tie, events with and without states. */
    static Dataset afghanistan() {
        return new Dataset("Recognition of the Islamic Emirate of Afghanistan",
                List.of(new State("RUS", "Russia"),
                        new State("AFG", "Afghanistan"),
                        new State("PAK", "Pakistan"),
                        new State("SAU", "Saudi Arabia"),
                        new State("IEA", "Islamic Emirate of Afghanistan", date("1996-09"), date("2001-12"))),
                List.of(new Tie("RUS", "AFG", TieType.RECOGNITION, date("2025-07-03"), null,
                                "Formal recognition", "Russian MFA", Confidence.HIGH),
                        new Tie("RUS", "AFG", TieType.AMBASSADOR, date("2025-07-03"), null,
                                null, "TASS", Confidence.MEDIUM),
                        new Tie("PAK", "IEA", TieType.RECOGNITION, date("1997"), date("2001-11-22"),
                                "Recognised the first emirate", null, Confidence.HIGH),
                        new Tie("SAU", "IEA", TieType.RECOGNITION, date("1997"), date("2001-09"),
                                null, null, Confidence.LOW),
                        new Tie("PAK", "AFG", TieType.ENGAGEMENT, date("2023-09"), null,
                                null, null, Confidence.HIGH)),
                List.of(new Event(date("2025-07-01"), "Envoy's credentials presented", "In Moscow", "Reuters",
                                List.of("RUS", "AFG")),
                        new Event(date("2001-12"), "Fall of the first emirate", null, null, List.of("IEA")),
                        new Event(date("2021"), "Kabul taken", null, null, List.of())));
    }
}
