package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

    private static Tie tie(String from, TieType type, String start, String end) {
        return new Tie(from, "AFG", type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, null, Confidence.HIGH);
    }

    private static Dataset dataset(Tie... ties) {
        return new Dataset(null, List.of(), List.of(ties), List.of());
    }

    private final Dataset stored = dataset(
            tie("NOR", TieType.ENGAGEMENT, "2022-01-23", "2024-12-05"),
            tie("RUS", TieType.RECOGNITION, "2025-07-03", null));

    @Test
    void incomingTieOverlappingAStoredOneIsRejectedNamingBoth() {
        Dataset incoming = dataset(
                tie("PAK", TieType.AMBASSADOR, "2025-05-30", null),
                tie("RUS", TieType.AMBASSADOR, "2026-01-15", null),
                tie("NOR", TieType.ENGAGEMENT, "2024", "2025"));

        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class,
                () -> DatasetValidator.checkAgainst(stored, incoming, "more.json"));

        assertThat(e.place()).isEqualTo("ties[2]");
        assertThat(e.getMessage()).startsWith(
                "more.json: ties[2]: overlaps the stored tie NOR -> AFG engagement from 2022-01-23 to 2024-12-05");
    }

    @Test
    void tieWithTheSameStartAsAStoredOneReplacesIt() {
        Dataset incoming = dataset(tie("RUS", TieType.RECOGNITION, "2025-07-03", "2030"));

        assertThatCode(() -> DatasetValidator.checkAgainst(stored, incoming, "more.json")).doesNotThrowAnyException();
    }

    @Test
    void replacedStoredTieNoLongerBlocksOtherIncomingTies() {
        Dataset incoming = dataset(
                tie("NOR", TieType.ENGAGEMENT, "2022-01-23", "2023"),
                tie("NOR", TieType.ENGAGEMENT, "2023", "2024"));

        assertThatCode(() -> DatasetValidator.checkAgainst(stored, incoming, "more.json")).doesNotThrowAnyException();
    }

    @Test
    void tieFollowingAStoredOneDoesNotOverlapIt() {
        Dataset incoming = dataset(tie("NOR", TieType.ENGAGEMENT, "2024-12-05", null));

        assertThatCode(() -> DatasetValidator.checkAgainst(stored, incoming, "more.json")).doesNotThrowAnyException();
    }
}
