package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled cases keep the rule written in assets/data/README.md. */
class RecognitionRulesTest {

    private static final Set<String> CHINAS = Set.of("CHN", "TWN");

    /**
     * The documented cases of recognition of both governments. Beijing re-established relations with Liberia on
     * 10 Aug 1993 while Liberia kept its relations with Taipei, until Beijing suspended them in 1997
     * (https://en.wikipedia.org/wiki/China%E2%80%93Liberia_relations). Beijing's relations of 20 Feb 1961 with the
     * Congo were with Gizenga's rival government in Stanleyville while Taipei dealt with the government in
     * Leopoldville; Beijing withdrew on 18 Sep 1961 (https://www.8684.cn/today_2432).
     */
    private static final List<RecognitionRules.Exception> BOTH_CHINAS = List.of(
            new RecognitionRules.Exception("LBR", LocalDate.of(1993, 8, 10),
                    "Beijing restored relations while Liberia kept Taipei's"),
            new RecognitionRules.Exception("COD", LocalDate.of(1961, 2, 20),
                    "rival governments of the Congo dealt with different Chinas"));

    private static Dataset twoChinas;
    private static Dataset afghanistan;

    @BeforeAll
    static void load() throws Exception {
        twoChinas = new DatasetReader().read(Path.of("assets", "data", "two-chinas.json"));
        afghanistan = new DatasetReader().read(Path.of("assets", "data", "afghanistan.json"));
    }

    @Test
    void relationsWithEitherChinaImplyRecognitionForTheirWholeLength() {
        assertThat(RecognitionRules.ambassadorsWithoutRecognition(twoChinas, CHINAS)).isEmpty();
    }

    @Test
    void noStateRecognisesBothChinasOnTheSameDayButTheDocumentedCases() {
        assertThat(RecognitionRules.recognisingBoth(twoChinas, "CHN", "TWN", BOTH_CHINAS)).isEmpty();
    }

    @Test
    void theDocumentedCasesAreStillInTheData() {
        assertThat(RecognitionRules.recognisingBoth(twoChinas, "CHN", "TWN", List.of()))
                .hasSize(2)
                .anySatisfy(b -> assertThat(b).startsWith("COD recognises both CHN and TWN from 1961-02-20"))
                .anySatisfy(b -> assertThat(b).startsWith("LBR recognises both CHN and TWN from 1993-08-10"));
    }

    @Test
    void noAmbassadorTieOutlivesTheRecognitionItRestsOn() {
        assertThat(RecognitionRules.ambassadorsOutlivingRecognition(twoChinas)).isEmpty();
        assertThat(RecognitionRules.ambassadorsOutlivingRecognition(afghanistan)).isEmpty();
    }

    private static Tie tie(String from, String to, TieType type, String start, String end) {
        return new Tie(from, to, type, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, null, Confidence.HIGH);
    }

    private static Dataset of(Tie... ties) {
        return new Dataset("test", List.of(new State("CHN", "China"), new State("TWN", "Taiwan")), List.of(ties),
                List.of());
    }

    @Test
    void theChecksFindEachKindOfBreach() {
        Dataset broken = of(
                tie("FRA", "CHN", TieType.AMBASSADOR, "1964-01-27", null),
                tie("GBR", "CHN", TieType.RECOGNITION, "1950-01-06", "1960"),
                tie("GBR", "CHN", TieType.AMBASSADOR, "1954", "1972"),
                tie("GBR", "TWN", TieType.RECOGNITION, "1949-12", "1950-01-07"));

        assertThat(RecognitionRules.ambassadorsWithoutRecognition(broken, CHINAS))
                .anySatisfy(b -> assertThat(b).startsWith("FRA"))
                .anySatisfy(b -> assertThat(b).startsWith("GBR"));
        assertThat(RecognitionRules.ambassadorsOutlivingRecognition(broken)).singleElement().asString()
                .startsWith("GBR");
        assertThat(RecognitionRules.recognisingBoth(broken, "CHN", "TWN", List.of())).singleElement().asString()
                .startsWith("GBR recognises both CHN and TWN from 1950-01-06");
    }

    @Test
    void aRecognitionEndingTheDayTheOtherBeginsIsNoBreach() {
        Dataset switched = of(
                tie("GBR", "TWN", TieType.RECOGNITION, "1949-12", "1950-01-06"),
                tie("GBR", "CHN", TieType.RECOGNITION, "1950-01-06", null),
                tie("GBR", "CHN", TieType.AMBASSADOR, "1972-03-13", null));

        assertThat(RecognitionRules.recognisingBoth(switched, "CHN", "TWN", List.of())).isEmpty();
        assertThat(RecognitionRules.ambassadorsWithoutRecognition(switched, CHINAS)).isEmpty();
        assertThat(RecognitionRules.ambassadorsOutlivingRecognition(switched)).isEmpty();
    }
}
