package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.diplomap.model.Confidence;
import org.diplomap.model.PartialDate;
import org.diplomap.model.Snapshot;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SnapshotWriterTest {

    private static Tie tie(String from, TieType type, String start, String source) {
        return new Tie(from, "AFG", type, PartialDate.parse(start), null, "d", source, Confidence.HIGH);
    }

    // Deliberately out of order, to show that the writer sorts.
    private static final Snapshot SNAPSHOT = new Snapshot(LocalDate.of(2025, 7, 3),
            List.of(new State("RUS", "Russia"), new State("AFG", "Afghanistan"), new State("CHN", "China")),
            List.of(tie("RUS", TieType.RECOGNITION, "2025-07-03", "AP; AFP"),
                    tie("CHN", TieType.AMBASSADOR, "2024-01-30", null),
                    tie("CHN", TieType.ENGAGEMENT, "2023-09", "azon.global"),
                    new Tie("AFG", "RUS", TieType.ENGAGEMENT, PartialDate.parse("2022"), PartialDate.parse("2030"),
                            null, "say \"hi\"", Confidence.LOW)));

    private static String json(Snapshot snapshot) throws Exception {
        StringWriter out = new StringWriter();
        new SnapshotWriter().writeJson(snapshot, out);
        return out.toString();
    }

    private static String csv(Snapshot snapshot) throws Exception {
        StringWriter out = new StringWriter();
        new SnapshotWriter().writeCsv(snapshot, out);
        return out.toString();
    }

    @Test
    void jsonHasTheDateStatesByCodeAndTiesInOrder() throws Exception {
        JsonNode root = JsonMapper.shared().readTree(json(SNAPSHOT));

        assertThat(root.propertyNames()).containsExactly("date", "states", "ties");
        assertThat(root.get("date").asString()).isEqualTo("2025-07-03");
        assertThat(root.get("states").valueStream().map(s -> s.get("code").asString()))
                .containsExactly("AFG", "CHN", "RUS");
        assertThat(root.get("states").get(0).propertyNames()).containsExactly("code", "name");
        assertThat(root.get("ties").valueStream().map(t -> t.get("from").asString() + " " + t.get("type").asString()))
                .containsExactly("AFG engagement", "CHN ambassador", "CHN engagement", "RUS recognition");
    }

    @Test
    void jsonTiesCarryTheirFieldsWithDatesAsWritten() throws Exception {
        JsonNode ties = JsonMapper.shared().readTree(json(SNAPSHOT)).get("ties");

        assertThat(ties.get(0).propertyNames()).containsExactly("from", "to", "type", "start", "end", "source");
        assertThat(ties.get(0).get("start").asString()).isEqualTo("2022");
        assertThat(ties.get(0).get("end").asString()).isEqualTo("2030");
        assertThat(ties.get(2).get("start").asString()).isEqualTo("2023-09");
        assertThat(ties.get(1).get("end").isNull()).isTrue();
        assertThat(ties.get(1).get("source").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneRowPerTieInOrder() throws Exception {
        assertThat(csv(SNAPSHOT)).isEqualTo(
                "from,to,type,start,end,source\r\n"
                        + "AFG,RUS,engagement,2022,2030,\"say \"\"hi\"\"\"\r\n"
                        + "CHN,AFG,ambassador,2024-01-30,,\r\n"
                        + "CHN,AFG,engagement,2023-09,,azon.global\r\n"
                        + "RUS,AFG,recognition,2025-07-03,,AP; AFP\r\n");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreMadeInert() throws Exception {
        Snapshot snapshot = new Snapshot(LocalDate.of(2025, 1, 1), List.of(),
                List.of(new Tie("=EVIL", "AFG", TieType.RECOGNITION, PartialDate.parse("2020"), null,
                        null, "=HYPERLINK(\"http://x\",\"y\")", Confidence.HIGH)));

        assertThat(csv(snapshot)).endsWith(
                "'=EVIL,AFG,recognition,2020,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    }

    @Test
    void everyFormulaPrefixIsMadeInertAndPlainTextIsLeftAlone() {
        assertThat(SnapshotWriter.csvCell("+1")).isEqualTo("'+1");
        assertThat(SnapshotWriter.csvCell("-1")).isEqualTo("'-1");
        assertThat(SnapshotWriter.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SnapshotWriter.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(SnapshotWriter.csvCell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(SnapshotWriter.csvCell("AP, 3 Jul")).isEqualTo("\"AP, 3 Jul\"");
        assertThat(SnapshotWriter.csvCell("a=b")).isEqualTo("a=b");
    }

    @Test
    void emptySnapshotStillHasTheCsvHeader() throws Exception {
        assertThat(csv(new Snapshot(LocalDate.of(2025, 1, 1), List.of(), List.of())))
                .isEqualTo("from,to,type,start,end,source\r\n");
    }
}
