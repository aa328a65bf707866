package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomap.store.h2.Datasets.date;
import static org.diplomap.store.h2.Datasets.tie;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest {

    @TempDir
    Path dir;

    private Path database;
    private H2Store store;

    @BeforeEach
    void openStore() {
        database = dir.resolve("sub/folder/diplomap");
        store = H2Store.open(database);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void openCreatesTheFileAndItsFolders() {
        assertThat(dir.resolve("sub/folder/diplomap.mv.db")).exists();
        assertThat(store.location()).endsWith("diplomap.mv.db");
    }

    @Test
    void newDatabaseIsEmptyAndNotInitialised() {
        assertThat(store.isInitialised()).isFalse();
        Dataset loaded = store.load();
        assertThat(loaded.states()).isEmpty();
        assertThat(loaded.ties()).isEmpty();
        assertThat(loaded.events()).isEmpty();
        assertThat(loaded.title()).isNull();
    }

    @Test
    void importingEvenAnEmptyDatasetInitialises() {
        store.importDataset(Dataset.empty(), false);

        assertThat(store.isInitialised()).isTrue();
    }

    @Test
    void datasetRoundTripsWithPrecisionTypesAndEvents() {
        Dataset dataset = Datasets.afghanistan();

        store.importDataset(dataset, false);
        Dataset loaded = store.load();

        assertThat(loaded.title()).isEqualTo(dataset.title());
        assertThat(loaded.states()).containsExactlyElementsOf(
                dataset.states().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList());
        assertThat(loaded.ties()).containsExactlyElementsOf(dataset.ties().stream().sorted(Tie.ORDER).toList());
        assertThat(loaded.events()).extracting(Event::title).containsExactly(
                "Fall of the first emirate", "Kabul taken", "Envoy's credentials presented");
        assertThat(loaded.events()).containsExactlyInAnyOrderElementsOf(dataset.events());
    }

    @Test
    void partialDatesComeBackAsWritten() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset loaded = store.load();

        Tie pakistan = loaded.ties().stream().filter(t -> t.from().equals("PAK") && t.to().equals("IEA"))
                .findFirst().orElseThrow();
        assertThat(pakistan.start().toString()).isEqualTo("1997");
        assertThat(pakistan.start().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(pakistan.end().toString()).isEqualTo("2001-11-22");
        Tie engagement = loaded.ties().stream().filter(t -> t.type() == TieType.ENGAGEMENT).findFirst().orElseThrow();
        assertThat(engagement.start().toString()).isEqualTo("2023-09");
        State emirate = loaded.states().stream().filter(s -> s.code().equals("IEA")).findFirst().orElseThrow();
        assertThat(emirate.start().toString()).isEqualTo("1996-09");
        assertThat(emirate.end().toString()).isEqualTo("2001-12");
    }

    @Test
    void severalTypesBetweenOnePairAreKeptApart() {
        store.importDataset(Datasets.afghanistan(), false);

        assertThat(store.load().ties()).filteredOn(t -> t.from().equals("RUS") && t.to().equals("AFG"))
                .extracting(Tie::type, Tie::confidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TieType.RECOGNITION, Confidence.HIGH),
                        org.assertj.core.groups.Tuple.tuple(TieType.AMBASSADOR, Confidence.MEDIUM));
    }

    @Test
    void eventsKeepTheirStatesInOrder() {
        store.importDataset(Datasets.afghanistan(), false);

        Event visit = store.load().events().stream().filter(e -> e.title().startsWith("Envoy"))
                .findFirst().orElseThrow();
        assertThat(visit.states()).containsExactly("RUS", "AFG");
        assertThat(visit.description()).isEqualTo("In Moscow");
        assertThat(visit.source()).isEqualTo("Reuters");
    }

    @Test
    void reopeningKeepsTheData() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset before = store.load();
        store.close();

        store = H2Store.open(database);

        assertThat(store.isInitialised()).isTrue();
        assertThat(store.load()).isEqualTo(before);
    }

    @Test
    void importWithoutReplaceMergesStatesAndReplacesSameStartTies() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset update = new Dataset(null,
                List.of(new State("RUS", "Russian Federation"), new State("CHN", "China")),
                List.of(new Tie("RUS", "AFG", TieType.RECOGNITION, date("2025-07-03"), null,
                                "Recognition confirmed", "Kremlin", Confidence.MEDIUM),
                        tie("CHN", "AFG", TieType.AMBASSADOR, "2024-01-30", null),
                        // Same first day as the stored "1997", written differently: another tie.
                        tie("PAK", "IEA", TieType.RECOGNITION, "1997-01-01", "1997-02")),
                List.of(new Event(date("2021"), "Kabul taken", "August 15", null, List.of("AFG"))));

        store.importDataset(update, false);
        Dataset loaded = store.load();

        assertThat(loaded.title()).isEqualTo(Datasets.afghanistan().title());
        assertThat(loaded.states()).extracting(State::code)
                .containsExactly("AFG", "CHN", "IEA", "PAK", "RUS", "SAU");
        assertThat(loaded.states()).contains(new State("RUS", "Russian Federation"));
        assertThat(loaded.ties()).hasSize(7);
        assertThat(loaded.ties()).filteredOn(t -> t.from().equals("RUS") && t.type() == TieType.RECOGNITION)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.description()).isEqualTo("Recognition confirmed");
                    assertThat(t.source()).isEqualTo("Kremlin");
                    assertThat(t.confidence()).isEqualTo(Confidence.MEDIUM);
                });
        assertThat(loaded.ties()).filteredOn(t -> t.from().equals("PAK") && t.to().equals("IEA"))
                .extracting(t -> t.start().toString()).containsExactly("1997", "1997-01-01");
        assertThat(loaded.events()).hasSize(3);
        assertThat(loaded.events()).filteredOn(e -> e.title().equals("Kabul taken")).singleElement()
                .satisfies(e -> {
                    assertThat(e.description()).isEqualTo("August 15");
                    assertThat(e.states()).containsExactly("AFG");
                });
    }

    @Test
    void importWithReplaceEmptiesTheDatabaseFirst() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset other = new Dataset("Other",
                List.of(new State("CHN", "China"), new State("AFG", "Afghanistan")),
                List.of(tie("CHN", "AFG", TieType.AMBASSADOR, "2024-01-30", null)),
                List.of());

        store.importDataset(other, true);

        Dataset loaded = store.load();
        assertThat(loaded.title()).isEqualTo("Other");
        assertThat(loaded.states()).extracting(State::code).containsExactly("AFG", "CHN");
        assertThat(loaded.ties()).containsExactlyElementsOf(other.ties());
        assertThat(loaded.events()).isEmpty();
    }

    @Test
    void replacingWithAnEmptyDatasetLeavesNothingButStaysInitialised() {
        store.importDataset(Datasets.afghanistan(), false);

        store.importDataset(Dataset.empty(), true);

        assertThat(store.load()).isEqualTo(Dataset.empty());
        assertThat(store.isInitialised()).isTrue();
    }

    @Test
    void tieNamingAnUnknownStateFailsAndLeavesTheDatabaseAsBefore() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset before = store.load();
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ties.add(tie("CHN", "AFG", TieType.ENGAGEMENT, "2024-01-01", null));
            ties.add(tie("RUS", "AFG", TieType.ENGAGEMENT, String.valueOf(1000 + i), String.valueOf(1001 + i)));
        }
        ties.add(tie("XYZ", "AFG", TieType.RECOGNITION, "2024", null));
        Dataset bad = new Dataset("Bad", List.of(new State("CHN", "China"), new State("RUS", "Renamed"),
                new State("AFG", "Renamed too")), ties,
                List.of(new Event(date("2024"), "Kabul taken", null, null, List.of("AFG"))));

        for (boolean replace : new boolean[] {false, true}) {
            assertThatThrownBy(() -> store.importDataset(bad, replace))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Nothing was imported")
                    .hasMessageContaining("names a state that is neither in the dataset nor stored")
                    .hasMessageContaining("XYZ");
            assertThat(store.load()).isEqualTo(before);
        }
    }

    @Test
    void eventNamingAnUnknownStateFailsAndLeavesTheDatabaseAsBefore() {
        store.importDataset(Datasets.afghanistan(), false);
        Dataset before = store.load();
        Dataset bad = new Dataset(null, List.of(new State("CHN", "China")),
                List.of(tie("CHN", "AFG", TieType.AMBASSADOR, "2024-01-30", null)),
                List.of(new Event(date("2021"), "Kabul taken", "replaced?", null, List.of("AFG", "ZZZ"))));

        assertThatThrownBy(() -> store.importDataset(bad, false)).isInstanceOf(StoreException.class);

        assertThat(store.load()).isEqualTo(before);
        assertThat(store.isInitialised()).isTrue();
    }

    @Test
    void failedFirstImportLeavesTheDatabaseUninitialised() {
        Dataset bad = new Dataset(null, List.of(), List.of(tie("RUS", "AFG", TieType.RECOGNITION, "2025", null)),
                List.of());

        assertThatThrownBy(() -> store.importDataset(bad, false)).isInstanceOf(StoreException.class);

        assertThat(store.isInitialised()).isFalse();
        assertThat(store.load()).isEqualTo(Dataset.empty());
    }

    @Test
    void sameTieTwiceInOneDatasetKeepsTheLast() {
        Dataset dataset = new Dataset(null, List.of(new State("RUS", "Russia"), new State("AFG", "Afghanistan")),
                List.of(tie("RUS", "AFG", TieType.RECOGNITION, "2025-07-03", null),
                        tie("RUS", "AFG", TieType.RECOGNITION, "2025-07-03", "2030")),
                List.of());

        store.importDataset(dataset, false);

        assertThat(store.load().ties()).singleElement()
                .satisfies(t -> assertThat(t.end()).isEqualTo(PartialDate.parse("2030")));
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();

        assertThatThrownBy(() -> store.load()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        store.close();
    }
}
