package org.diplomap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Tie;
import org.junit.jupiter.api.Test;

/** The bundled cases have ties of every confidence, to be drawn lighter and faded, in the numbers the README gives. */
class BundledConfidenceTest {

    private static String counted(String file) throws Exception {
        Dataset dataset = new DatasetReader().read(Path.of("assets", "data", file));
        Map<Confidence, Long> counts = dataset.ties().stream()
                .collect(Collectors.groupingBy(Tie::confidence, Collectors.counting()));
        return counts.getOrDefault(Confidence.HIGH, 0L) + " high, " + counts.getOrDefault(Confidence.MEDIUM, 0L)
                + " medium and " + counts.getOrDefault(Confidence.LOW, 0L) + " low";
    }

    @Test
    void theReadmeCountsTheTiesOfEachConfidenceOfTheBundledCases() throws Exception {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");

        assertThat(readme).contains("the two Chinas " + counted("two-chinas.json") + ";")
                .contains("Afghanistan " + counted("afghanistan.json") + ".");
        assertThat(counted("afghanistan.json")).doesNotContain(" 0 ");
        assertThat(counted("two-chinas.json")).doesNotContain(" 0 ");
    }
}
