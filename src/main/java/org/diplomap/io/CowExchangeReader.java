package org.diplomap.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.model.TieType;

/**
 * Reads the Correlates of War Diplomatic Exchange data set (v2006.1, {@code Diplomatic_Exchange_2006v1.csv}).
 * Each row is a pair of COW state codes in a year of observation; its {@code DR_at_1} is the level at which
 * {@code ccode2} is represented at {@code ccode1}, so it becomes the tie ccode1 -> ccode2 (the host accepts the
 * envoy). The file has every pair in both orders, so taking {@code DR_at_1} of every row covers each direction
 * once; {@code DR_at_2}, {@code DE} and {@code version} repeat what other rows say and are not read.
 */
final class CowExchangeReader {

    static final String HOST = "ccode1";
    static final String SENDER = "ccode2";
    static final String YEAR = "year";
    static final String LEVEL = "DR_at_1";
    static final List<String> REQUIRED = List.of(HOST, SENDER, YEAR, LEVEL);
    static final String SOURCE = "Correlates of War Project, Diplomatic Exchange data set v2006.1 (Bayer 2006)";
    static final String TITLE = "Correlates of War: Diplomatic Exchange";

    // The level codes as read by others of the data set (the codebook was not at hand): 1 charge d'affaires,
    // 2 minister, 3 ambassador, 9 other (uncertain or lesser; every tie of 1950-1965 is coded 9).
    private static final YearlySpans.Level CHARGE = new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.HIGH,
            "{host} hosts a charg\u00e9 d'affaires of {sender} (COW level 1)");
    private static final YearlySpans.Level MINISTER = new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.HIGH,
            "{host} hosts a minister of {sender} (COW level 2)");
    private static final YearlySpans.Level AMBASSADOR = new YearlySpans.Level(TieType.AMBASSADOR, Confidence.HIGH,
            "{host} hosts an ambassador of {sender} (COW level 3)");
    private static final YearlySpans.Level OTHER = new YearlySpans.Level(TieType.ENGAGEMENT, Confidence.LOW,
            "{host} hosts a representative of {sender} at another or uncertain level (COW level 9)");

    private final CowStates cow;

    CowExchangeReader(CowStates cow) {
        this.cow = cow;
    }

    ReadFile read(InputStream in, String fileName, long size, ImportProgress progress) throws DatasetFormatException {
        YearlySpans spans = new YearlySpans(fileName, SOURCE);
        try (CsvRows rows = new CsvRows(in, fileName)) {
            CsvRows.Row header = rows.next();
            CsvColumns columns = new CsvColumns(header, fileName);
            int count = 0;
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                columns.requireCellCount(row);
                State host = state(columns, row, HOST);
                State sender = state(columns, row, SENDER);
                int year = columns.year(row, YEAR);
                YearlySpans.Level level = level(columns, row);
                if (host.code().equals(sender.code())) {
                    throw columns.fail(row, SENDER, "a row for a state with itself (COW code " + columns.text(row, SENDER)
                            + ")");
                }
                if (level == null) {
                    spans.year(year);
                } else {
                    spans.observe(host, sender, year, level, row.line());
                }
                if (++count % 2000 == 0) {
                    progress.checkCancelled();
                    progress.update("Reading " + fileName, rows.charsRead(), size);
                }
            }
        }
        List<String> places = new ArrayList<>();
        Dataset dataset = new Dataset(TITLE, spans.states(), spans.ties(places), List.of());
        return ReadFile.ofPlaces(dataset, places);
    }

    private State state(CsvColumns columns, CsvRows.Row row, String column) throws DatasetFormatException {
        int code = columns.wholeNumber(row, column, "a COW state code (a whole number)");
        return cow.ofCowCode(code).orElseThrow(() -> columns.fail(row, column, "COW state code " + code
                + " is not in the crosswalk (assets/crosswalk)"));
    }

    private static YearlySpans.Level level(CsvColumns columns, CsvRows.Row row) throws DatasetFormatException {
        return switch (columns.wholeNumber(row, LEVEL, "a level of representation (0, 1, 2, 3 or 9)")) {
            case 0 -> null;
            case 1 -> CHARGE;
            case 2 -> MINISTER;
            case 3 -> AMBASSADOR;
            case 9 -> OTHER;
            default -> throw columns.fail(row, LEVEL, "unknown level '" + columns.text(row, LEVEL)
                    + "'; expected 0, 1, 2, 3 or 9");
        };
    }
}
