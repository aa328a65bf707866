package org.diplomap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TieTest {

    static Tie tie(String start, String end) {
        return new Tie("RUS", "AFG", TieType.RECOGNITION, PartialDate.parse(start),
                end == null ? null : PartialDate.parse(end), null, null, null);
    }

    @ParameterizedTest(name = "{0}..{1} on {2}: {3}")
    @CsvSource({
        "2025-07-03, , 2025-07-02, false",
        "2025-07-03, , 2025-07-03, true",
        "2025-07-03, , 2099-01-01, true",
        "1997-05-25, 2001-11-22, 2001-11-21, true",
        "1997-05-25, 2001-11-22, 2001-11-22, false",
        "1997, 2001-09-22, 1997-01-01, true",
        "1997, 2001-09-22, 1996-12-31, false",
        "2023-09, , 2023-08-31, false",
        "2023-09, , 2023-09-01, true",
        "2020, 2021, 2020-12-31, true",
        "2020, 2021, 2021-01-01, false"
    })
    void tieIsActiveFromItsStartUntilTheDayBeforeItsEnd(String start, String end, LocalDate day, boolean active) {
        assertThat(tie(start, end).isActiveOn(day)).isEqualTo(active);
    }

    @Test
    void tieEndingOnTheDayAnotherStartsDoesNotOverlapIt() {
        assertThat(tie("2022-01-23", "2024-12-05").overlaps(tie("2024-12-05", null))).isFalse();
        assertThat(tie("2024-12-05", null).overlaps(tie("2022-01-23", "2024-12-05"))).isFalse();
    }

    @Test
    void tiesSharingADayOverlap() {
        assertThat(tie("2022-01-23", "2024-12-06").overlaps(tie("2024-12-05", null))).isTrue();
        assertThat(tie("2020", null).overlaps(tie("1990", null))).isTrue();
        assertThat(tie("2000", "2001").overlaps(tie("1990", "2010"))).isTrue();
    }

    @Test
    void confidenceDefaultsToHigh() {
        assertThat(tie("2020", null).confidence()).isEqualTo(Confidence.HIGH);
    }
}
