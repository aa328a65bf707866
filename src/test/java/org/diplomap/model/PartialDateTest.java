package org.diplomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2025-07-03, 2025-07-03, DAY",
        "2023-09, 2023-09-01, MONTH",
        "1997, 1997-01-01, YEAR",
        "2024-02-29, 2024-02-29, DAY"
    })
    void partialDateStandsForItsFirstDayAndKeepsItsPrecision(String text, LocalDate firstDay,
                                                              PartialDate.Precision precision) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.firstDay()).isEqualTo(firstDay);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "97", "2023-9", "2023-13", "2023-02-30", "2025/07/03", "2025-07-03T00:00", "yesterday"})
    void textThatIsNotADateOfTheCalendarIsRejected(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(DateFormatException.class)
                .hasMessageContaining(text.isEmpty() ? "not a date" : "'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"1997, 1997-01-01, true", "1997, 1997-01", "2023-09, 2023-09-01"})
    void datesOfDifferentPrecisionOnTheSameDayAreDifferentButOrderedByDayFirst(String coarse, String fine) {
        PartialDate a = PartialDate.parse(coarse);
        PartialDate b = PartialDate.parse(fine);

        assertThat(a).isNotEqualTo(b);
        assertThat(a.firstDay()).isEqualTo(b.firstDay());
        assertThat(a.compareTo(b)).isLessThan(0);
        assertThat(PartialDate.parse("1996-12-31").compareTo(a)).isLessThan(0);
    }
}
