package org.diplomap.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.model.TieType;

/**
 * Reads the Pardee Center's Diplometrics Diplomatic Representation data saved as CSV: one row per sending
 * country, destination and year. A row says that the sending country is represented in the destination, so it
 * becomes the tie Destination -> Sending Country: in this program's terms the host accepts the envoy, as with
 * COW's {@code DR_at_1}. Countries are names, matched through {@link CountryNames}.
 */
final class PardeeReader {

    static final String DESTINATION = "Destination";
    /** The 2021 release writes "Sending Country", the 2025 release "SendingCountry". */
    static final List<String> SENDING = List.of("Sending Country", "SendingCountry");
    static final String YEAR = "Year";
    static final String EMBASSY = "Embassy";
    static final String FOCUS = "Focus";
    static final String SOURCE = "Pardee Center for International Futures, Diplometrics Diplomatic Representation "
            + "(from the Europa World Yearbook)";
    static final String TITLE = "Pardee Diplometrics: Diplomatic Representation";

    private final CountryNames names;

    PardeeReader(CountryNames names) {
        this.names = names;
    }

    ReadFile read(InputStream in, String fileName, long size, ImportSettings settings, ImportProgress progress)
            throws DatasetFormatException {
        YearlySpans spans = new YearlySpans(fileName, SOURCE);
        Map<String, Integer> unmatched = new LinkedHashMap<>();
        try (CsvRows rows = new CsvRows(in, fileName)) {
            CsvRows.Row header = rows.next();
            CsvColumns columns = new CsvColumns(header, fileName);
            String sendingColumn = columns.firstOf(SENDING.toArray(String[]::new));
            int count = 0;
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                columns.requireCellCount(row);
                Optional<State> host = country(columns, row, DESTINATION, unmatched);
                Optional<State> sender = country(columns, row, sendingColumn, unmatched);
                int year = columns.year(row, YEAR);
                YearlySpans.Level level = level(columns, row);
                if (host.isPresent() && sender.isPresent()) {
                    if (host.get().code().equals(sender.get().code())) {
                        throw columns.fail(row, sendingColumn, "a row for a country with itself ('"
                                + CsvColumns.shortened(columns.text(row, sendingColumn)) + "')");
                    }
                    if (level != null) {
                        spans.observe(host.get(), sender.get(), year, level, row.line());
                    }
                }
                spans.year(year);
                if (++count % 2000 == 0) {
                    progress.checkCancelled();
                    progress.update("Reading " + fileName, rows.charsRead(), size);
                }
            }
        }
        if (!unmatched.isEmpty() && !settings.skipUnmatched()) {
            throw new UnmatchedNamesException(fileName, unmatched);
        }
        List<String> places = new ArrayList<>();
        Dataset dataset = new Dataset(TITLE, spans.states(), spans.ties(places), List.of());
        return ReadFile.ofPlaces(dataset, places);
    }

    private Optional<State> country(CsvColumns columns, CsvRows.Row row, String column, Map<String, Integer> unmatched)
            throws DatasetFormatException {
        String name = columns.text(row, column);
        if (name.isEmpty()) {
            throw columns.fail(row, column, "no country named");
        }
        Optional<State> state = names.match(name);
        if (state.isEmpty()) {
            unmatched.putIfAbsent(CsvColumns.shortened(name), row.line());
        }
        return state;
    }

    // Embassy and focus codes as read by others of the data set (the codebook was not at hand). An empty or 0
    // embassy, like focus 3 (expelled, recalled or withdrawn), is no representation.
    private static YearlySpans.Level level(CsvColumns columns, CsvRows.Row row) throws DatasetFormatException {
        String embassyText = columns.text(row, EMBASSY);
        if (embassyText.isEmpty()) {
            return null;
        }
        int embassy = columns.wholeNumber(row, EMBASSY, "an embassy code (1 to 6)");
        if (embassy == 0) {
            return null;
        }
        if (embassy < 0 || embassy > 6) {
            throw columns.fail(row, EMBASSY, "unknown embassy code " + embassy + "; expected 1 to 6");
        }
        int focus = columns.wholeNumber(row, FOCUS, "a focus code (1, 2 or 3)");
        if (focus < 1 || focus > 3) {
            throw columns.fail(row, FOCUS, "unknown focus code " + focus + "; expected 1, 2 or 3");
        }
        return focus == 3 ? null : LEVELS[embassy][focus];
    }

    /** The level of each embassy code (1 to 6) and focus (1 or 2), made once: a file has many rows of each. */
    private static final YearlySpans.Level[][] LEVELS = new YearlySpans.Level[7][3];

    static {
        for (int embassy = 1; embassy <= 6; embassy++) {
            for (int focus = 1; focus <= 2; focus++) {
                LEVELS[embassy][focus] = levelOf(embassy, focus);
            }
        }
    }

    private static YearlySpans.Level levelOf(int embassy, int focus) {
        String where = focus == 1 ? "resident" : "accredited from elsewhere";
        return switch (embassy) {
            case 6 -> new YearlySpans.Level(TieType.AMBASSADOR, Confidence.HIGH,
                    "{host} hosts an ambassador of {sender}, " + where + " (Diplometrics embassy 6, focus " + focus + ")");
            case 5 -> new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.HIGH,
                    "{host} hosts a minister or envoy of {sender}, " + where + " (Diplometrics embassy 5, focus "
                            + focus + ")");
            case 4 -> new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.HIGH,
                    "{host} hosts a charg\u00e9 d'affaires of {sender}, " + where + " (Diplometrics embassy 4, focus "
                            + focus + ")");
            case 3 -> new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.LOW,
                    "{host} hosts an interest desk of {sender} (Diplometrics embassy 3, focus " + focus + ")");
            case 2 -> new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.LOW,
                    "{sender}'s interests in {host} are served by another state (Diplometrics embassy 2, focus "
                            + focus + ")");
            default -> new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.LOW,
                    "{host} hosts a representative of {sender} at an unknown level (Diplometrics embassy 1, focus "
                            + focus + ")");
        };
    }
}
