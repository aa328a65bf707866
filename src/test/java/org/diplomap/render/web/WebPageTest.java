package org.diplomap.render.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomap.graph.Layout;
import org.diplomap.io.DatasetReader;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.LayoutKind;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.render.Animation;
import org.diplomap.render.export.ExportFormat;
import org.diplomap.render.export.ExportFormats;
import org.diplomap.render.export.ExportRequest;
import org.diplomap.render.export.ExportSource;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web page as a file: self-contained, small, its data whole and safe from the text of the case. */
class WebPageTest {

    private static final ExportFormat WEB_PAGE = ExportFormats.named(ExportFormats.WEB_PAGE).orElseThrow();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    private String written(Dataset dataset, ExportRequest request) throws Exception {
        ExportSource source = ExportSource.computingLayouts(TimelineIndex.of(dataset), () -> dataset);
        Path out = dir.resolve("case.html");
        assertThat(WEB_PAGE.write(source, request, out, Animation.Progress.NONE, () -> false)).containsExactly(out);
        return Files.readString(out);
    }

    private static JsonNode data(String html) {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("the page's data").isTrue();
        return JsonMapper.builder().build().readTree(m.group(1));
    }

    @Test
    void theTwoChinasAreOneFileUnderTwoMegabytesThatAsksForNothingElse() throws Exception {
        Dataset chinas = new DatasetReader().read(Path.of("assets", "data", "two-chinas.json"));

        String html = written(chinas, ExportRequest.DEFAULT);

        assertThat(Files.size(dir.resolve("case.html"))).isLessThan(2_000_000);
        assertThat(html).doesNotContainPattern("(?i)<script[^>]*\\ssrc=|<link|<iframe|<img|@import|https?://[^\"<]*\\.(js|css)")
                .doesNotContainPattern("url\\((?!#)").doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
        JsonNode data = data(html);
        assertThat(data.path("ties").path("from").size()).isEqualTo(chinas.ties().size());
        assertThat(data.path("states").size()).isEqualTo(chinas.states().size());
        assertThat(data.path("events").size()).isEqualTo(chinas.events().size());
        for (JsonNode layout : data.path("layouts")) {
            assertThat(layout.path("dots").size()).isEqualTo(chinas.states().size());
            layout.path("dots").forEach(dot -> assertThat(dot.isArray()).as(layout.path("code").asString()).isTrue());
        }
        assertThat(data.path("layouts").get(1).path("code").asString()).isEqualTo("geographic");
        assertThat(data.path("layouts").get(1).path("map").size()).isGreaterThan(150);
        assertThat(data.path("layouts").get(0).path("map").size()).isZero();
    }

    @Test
    void noTextOfTheCaseCanCloseTheScriptOrTheTitleAndEveryTiedStateIsDrawn() throws Exception {
        String sneaky = "</script><script>alert(1)</script><!--";
        Dataset dataset = new Dataset(sneaky, List.of(new State("AAA", sneaky), new State("BBB", "B")),
                List.of(new Tie("AAA", "BBB", TieType.RECOGNITION, PartialDate.parse("2000"), null, sneaky, sneaky,
                        Confidence.LOW), new Tie("AAA", "ZZZ", TieType.ENGAGEMENT, PartialDate.parse("2000"), null,
                        null, null, null)),
                List.of(new Event(PartialDate.parse("2001-02-03"), sneaky, sneaky, sneaky, List.of("AAA"))));

        String html = written(dataset, ExportRequest.DEFAULT);

        // Two closings: the data's and the script's; the style is no script.
        assertThat(html.split("</script", -1)).hasSize(3);
        assertThat(html).contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>")
                .doesNotContain("<!--");
        JsonNode data = data(html);
        assertThat(data.path("title").asString()).isEqualTo(sneaky);
        assertThat(data.path("texts").get(0).asString()).isEqualTo(sneaky);
        assertThat(data.path("events").get(0).path("title").asString()).isEqualTo(sneaky);
        // A state that a tie names without the dataset declaring it is drawn by its code.
        assertThat(data.path("states").get(2).path("name").asString()).isEqualTo("ZZZ");
        assertThat(data.path("ties").path("to").get(1).asInt()).isEqualTo(2);
    }

    @Test
    void aSavedViewShowsThePartOfThePictureItsCameraSees() throws Exception {
        Dataset chinas = new DatasetReader().read(Path.of("assets", "data", "two-chinas.json"));
        TimelineIndex index = TimelineIndex.of(chinas);
        ExportSource source = ExportSource.computingLayouts(index, () -> chinas);
        Layout.Point nauru = source.layout(LayoutKind.GEOGRAPHIC).positionOf("NRU").orElseThrow();
        Dataset briefing = new Dataset(chinas.title(), chinas.states(), chinas.ties(), chinas.events(), List.of(
                new SavedView("Nauru", PartialDate.parse("2024-01-15"), Set.of(TieType.ENGAGEMENT), true, "NRU",
                        LayoutKind.GEOGRAPHIC, 0.25, nauru.x(), nauru.y()),
                SavedView.of("Everything", PartialDate.parse("1971-10-25"))));

        JsonNode data = data(written(briefing, ExportRequest.DEFAULT.withLayout(LayoutKind.GEOGRAPHIC)));

        assertThat(data.path("startLayout").asString()).isEqualTo("geographic");
        int nru = index.states().indexOf(index.state("NRU").orElseThrow());
        JsonNode dot = data.path("layouts").get(1).path("dots").get(nru);
        JsonNode view = data.path("views").get(0);
        JsonNode box = view.path("box");
        assertThat(box.get(0).asDouble() + box.get(2).asDouble() / 2).isCloseTo(dot.get(0).asDouble(), within(0.5));
        assertThat(box.get(1).asDouble() + box.get(3).asDouble() / 2).isCloseTo(dot.get(1).asDouble(), within(0.5));
        assertThat(box.get(2).asDouble()).isCloseTo(0.25 * WebPage.WIDTH, within(0.5));
        assertThat(box.get(3).asDouble()).isCloseTo(0.25 * WebPage.HEIGHT, within(0.5));
        assertThat(view.path("hiddenTypes").get(0).asString()).isEqualTo("engagement");
        assertThat(view.path("focus").asString()).isEqualTo("NRU");
        assertThat(view.path("date").asString()).isEqualTo("2024-01-15");
        assertThat(data.path("views").get(1).path("box").isNull()).as("a view of everything").isTrue();
    }
}
