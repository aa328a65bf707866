package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplomap.timeline.RecognitionCounts;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counts the bundled cases give agree with published series: the number of states recognising Taipei within 3
 * of the published figure, Beijing within 5, the Taliban exactly. The figures and their sources are in
 * {@code src/test/resources/published/recognition-counts.csv}; among them the Tencent 短史記 analysis of Taipei's
 * allies (read in a repost; READr, https://readr.tw/post/2466, gives the same 1950 and 1969 figures), the counts that news
 * agencies (AP, Reuters, AFP, BBC) gave at each switch of recognition, china.org.cn's 'Development of Foreign Relations'
 * (http://www.china.org.cn/e-china/foreignrelation/development.htm), the PRC foreign ministry's table of dates of
 * establishment of diplomatic relations (https://www.fmprc.gov.cn/web/ziliao_674904/2193_674977/) and zh-Wikipedia's
 * year-by-year count of the PRC's relations.
 */
class PublishedCountsTest {

    private static final String SERIES = "/published/recognition-counts.csv";
    private static final Map<String, Integer> TOLERANCE = Map.of("TWN", 3, "CHN", 5);
    private static final Map<String, TimelineIndex> INDEXES = new HashMap<>();

    /** One published figure: a range when the source gives one ("between 25 and 30"). */
    record Published(String dataset, String recognised, LocalDate day, int low, int high, String source) {
        @Override
        public String toString() {
            return dataset + " " + recognised + " " + day + ": " + (low == high ? low : low + "-" + high);
        }
    }

    static Stream<Published> published() throws IOException {
        List<Published> rows = new ArrayList<>();
        try (InputStream in = PublishedCountsTest.class.getResourceAsStream(SERIES)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
                    continue;
                }
                List<String> cells = cells(line);
                rows.add(new Published(cells.get(0), cells.get(1), LocalDate.parse(cells.get(2)),
                        Integer.parseInt(cells.get(3)), Integer.parseInt(cells.get(4)), cells.get(5)));
            }
        }
        return rows.stream();
    }

    /** The cells of a CSV line; a quoted cell may hold commas. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static TimelineIndex index(String dataset) {
        return INDEXES.computeIfAbsent(dataset, name -> {
            try {
                return TimelineIndex.of(new DatasetReader().read(Path.of("assets", "data", name + ".json")));
            } catch (Exception e) {
                throw new IllegalStateException(name, e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void theCaseCountsWhatWasPublished(Published figure) {
        int tolerance = TOLERANCE.getOrDefault(figure.recognised(), 0);

        int counted = RecognitionCounts.on(index(figure.dataset()), figure.recognised(), figure.day());

        assertThat(counted).as("%s (source: %s)", figure, figure.source())
                .isBetween(figure.low() - tolerance, figure.high() + tolerance);
    }

    @Test
    void theSeriesCoversBothGovernmentsFromTheFirstYearsToTheLast() throws IOException {
        List<Published> rows = published().toList();

        for (String government : List.of("CHN", "TWN")) {
            assertThat(rows).filteredOn(r -> r.recognised().equals(government))
                    .extracting(r -> r.day().getYear())
                    .contains(1950, 1969, 2024)
                    .hasSizeGreaterThanOrEqualTo(8);
        }
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).contains("http"));
    }

    /** Nauru broke with Taipei on 15 January 2024, leaving it 12 allies (AP, 15 Jan 2024; see the case's event). */
    @Test
    void taipeiHasExactlyTwelveAlliesAfterNauruLeaves() {
        TimelineIndex twoChinas = index("two-chinas");

        assertThat(RecognitionCounts.on(twoChinas, "TWN", LocalDate.of(2024, 1, 14))).isEqualTo(13);
        assertThat(RecognitionCounts.on(twoChinas, "TWN", LocalDate.of(2024, 1, 15))).isEqualTo(12);
        assertThat(RecognitionCounts.on(twoChinas, "TWN", LocalDate.of(2024, 12, 31))).isEqualTo(12);
    }

    /** 181 UN members, the Cook Islands, Niue and Palestine had relations with Beijing in 2024 (Wikipedia). */
    @Test
    void atLeast178StatesRecogniseBeijingIn2024() {
        assertThat(RecognitionCounts.on(index("two-chinas"), "CHN", LocalDate.of(2024, 12, 31)))
                .isGreaterThanOrEqualTo(178);
    }
}
