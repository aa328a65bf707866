package org.diplomap.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.RecognitionCounts.YearCount;
import org.junit.jupiter.api.Test;

class RecognitionCountsTest {

    private static Tie tie(String from, String to, TieType type, String start, String end) {
        return new Tie(from, to, type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, null, Confidence.HIGH);
    }

    private static final TimelineIndex INDEX = TimelineIndex.of(new Dataset("test",
            List.of(new State("CHN", "China"), new State("TWN", "Taiwan")),
            List.of(tie("FRA", "TWN", TieType.RECOGNITION, "1949-12", "1964-02-10"),
                    tie("FRA", "CHN", TieType.RECOGNITION, "1964-01-27", null),
                    tie("GBR", "CHN", TieType.RECOGNITION, "1950-01-06", null),
                    tie("GBR", "CHN", TieType.AMBASSADOR, "1972-03-13", null),
                    tie("USA", "TWN", TieType.ENGAGEMENT, "1979-01-16", null),
                    tie("USA", "TWN", TieType.RECOGNITION, "1949-12", "1979-01-01"),
                    tie("SEN", "TWN", TieType.RECOGNITION, "1960-12-31", "1961-01-01")),
            List.of()));

    @Test
    void countsOnlyRecognitionTiesToTheGovernment() {
        assertThat(RecognitionCounts.recognising(INDEX, "CHN", LocalDate.of(1980, 1, 1)))
                .containsExactly("FRA", "GBR");
        assertThat(RecognitionCounts.recognising(INDEX, "TWN", LocalDate.of(1980, 1, 1))).isEmpty();
    }

    @Test
    void aStateRecognisingBothOnADayCountsForEach() {
        assertThat(RecognitionCounts.on(INDEX, "CHN", LocalDate.of(1964, 2, 1))).isEqualTo(2);
        assertThat(RecognitionCounts.on(INDEX, "TWN", LocalDate.of(1964, 2, 1))).isEqualTo(2);
    }

    @Test
    void yearEndsAreTheThirtyFirstOfDecember() {
        List<YearCount> taipei = RecognitionCounts.atYearEnds(INDEX, "TWN", 1959, 1961);

        // SEN recognises Taipei only on 31 December 1960: counted at the end of 1960, gone at the end of 1961.
        assertThat(taipei).containsExactly(new YearCount(1959, 2), new YearCount(1960, 3), new YearCount(1961, 2));
    }

    @Test
    void aTieEndingOnTheFirstOfJanuaryIsNotCountedThatYearEndButThePreviousOne() {
        assertThat(RecognitionCounts.atYearEnds(INDEX, "TWN", 1978, 1979))
                .containsExactly(new YearCount(1978, 1), new YearCount(1979, 0));
    }

    @Test
    void theLastYearMustNotBeBeforeTheFirst() {
        assertThatThrownBy(() -> RecognitionCounts.atYearEnds(INDEX, "CHN", 2000, 1999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999");
    }
}
