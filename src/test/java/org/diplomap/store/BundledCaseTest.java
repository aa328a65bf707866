package org.diplomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.diplomap.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BundledCaseTest {

    static final List<BundledCase> CASES = BundledCase.all();

    @ParameterizedTest
    @FieldSource("CASES")
    void everyBundledCaseReadsWithItsTitle(BundledCase bundled) {
        Dataset dataset = bundled.read();

        assertThat(dataset.title()).isEqualTo(bundled.title());
        assertThat(dataset.states()).isNotEmpty();
        assertThat(dataset.ties()).isNotEmpty();
    }

    @Test
    void theCasesHaveDistinctIdsAndTheAfghanCaseComesFirst() {
        assertThat(BundledCase.all()).extracting(BundledCase::id).doesNotHaveDuplicates()
                .startsWith("afghanistan").contains("two-chinas");
    }

    @Test
    void everyDatasetFileThatShipsIsABundledCase() throws IOException {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("assets", "data"))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> "/assets/data/" + name).toList();
        }

        assertThat(BundledCase.all()).extracting(BundledCase::resource).containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    void aCaseMissingFromTheProgramIsReportedByItsResource() {
        BundledCase missing = new BundledCase("missing", "Missing", "/assets/data/missing.json");

        assertThatThrownBy(missing::read).isInstanceOf(StoreException.class)
                .hasMessageContaining("/assets/data/missing.json").hasMessageContaining("missing");
    }
}
