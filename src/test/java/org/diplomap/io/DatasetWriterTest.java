package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    private static final Dataset DATASET = new Dataset("Round trip",
            List.of(new State("AFG", "Afghanistan"), new State("PAK", "Pakistan"),
                    new State("SUN1922", "Soviet Union", PartialDate.parse("1922-12"), PartialDate.parse("1991-12-26"))),
            List.of(new Tie("PAK", "AFG", TieType.RECOGNITION, PartialDate.parse("1997-05-25"),
                            PartialDate.parse("2001-11-22"), "First to recognise", "AP", Confidence.MEDIUM),
                    new Tie("SUN1922", "AFG", TieType.ENGAGEMENT, PartialDate.parse("1979"), null,
                            null, null, Confidence.LOW)),
            List.of(new Event(PartialDate.parse("2025-04"), "A visit", null, "TRT", List.of("PAK", "AFG")),
                    new Event(PartialDate.parse("1997"), "Nothing named", "quiet", null, List.of())),
            List.of(new SavedView("Zoomed on Pakistan", PartialDate.parse("2001-11"),
                            Set.of(TieType.ENGAGEMENT, TieType.AMBASSADOR), true, "PAK", LayoutKind.GEOGRAPHIC,
                            0.25, 12.5, -3.0),
                    SavedView.of("Everything", PartialDate.parse("1979"))));

    private static String write(Dataset dataset) throws Exception {
        StringWriter out = new StringWriter();
        new DatasetWriter().write(dataset, out);
        return out.toString();
    }

    @Test
    void writtenDatasetReadsBackEqual() throws Exception {
        String json = write(DATASET);

        Dataset back = new DatasetReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round-trip.json");

        assertThat(back).isEqualTo(DATASET);
    }

    @Test
    void writtenFileReadsBackEqual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.json");
        new DatasetWriter().write(DATASET, file);

        assertThat(new DatasetReader().read(file)).isEqualTo(DATASET);
    }

    @Test
    void fileNamesItsFormatAndKeepsDatePrecision() throws Exception {
        String json = write(DATASET);

        assertThat(json).contains("\"format\" : \"diplomap-dataset\"", "\"version\" : 1",
                "\"start\" : \"1979\"", "\"start\" : \"1922-12\"", "\"date\" : \"2025-04\"");
    }

    @Test
    void absentOptionalValuesAreWrittenAsNull() throws Exception {
        assertThat(write(DATASET)).contains("\"end\" : null", "\"source\" : null");
    }

    @Test
    void viewsAreWrittenInBriefingOrderWithEveryField() throws Exception {
        String json = write(DATASET);

        assertThat(json).contains("\"views\" : [", "\"name\" : \"Zoomed on Pakistan\"", "\"date\" : \"2001-11\"",
                "\"hiddenTypes\" : [ \"ambassador\", \"engagement\" ]", "\"hideStatesWithoutTies\" : true",
                "\"focus\" : \"PAK\"", "\"layout\" : \"geographic\"", "\"zoom\" : 0.25",
                "\"centre\" : [ 12.5, -3.0 ]", "\"focus\" : null", "\"hiddenTypes\" : [ ]");
        assertThat(json.indexOf("Zoomed on Pakistan")).isLessThan(json.indexOf("Everything"));
    }

    @Test
    void datasetWithoutViewsIsWrittenWithAnEmptyList() throws Exception {
        Dataset none = new Dataset(DATASET.title(), DATASET.states(), DATASET.ties(), DATASET.events());

        String json = write(none);

        assertThat(json).contains("\"views\" : [ ]");
        assertThat(new DatasetReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "none.json"))
                .isEqualTo(none);
    }
}
