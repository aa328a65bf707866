package org.diplomap.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplomap.store.h2.Datasets.date;
import static org.diplomap.store.h2.Datasets.tie;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.diplomap.model.Change;
import org.diplomap.model.Confidence;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.store.ChangeEntry;
import org.diplomap.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Edits of the stored data: each one transaction with its log entry, undone and redone from the log. */
class ChangeLogStoreTest {

    private static final Tie RUS_AFG = new Tie("RUS", "AFG", TieType.RECOGNITION, date("2025-07-03"), null,
            "Formal recognition", "Russian MFA", Confidence.HIGH);
    private static final Event ENVOY = new Event(date("2025-07-01"), "Envoy's credentials presented", "In Moscow",
            "Reuters", List.of("RUS", "AFG"));

    @TempDir
    Path dir;

    private Path database;
    private H2Store store;

    @BeforeEach
    void openStore() {
        database = dir.resolve("db");
        store = H2Store.open(database);
        store.importDataset(Datasets.afghanistan(), false);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Stream<Change> everyKindOfChange() {
        Tie uzbekistan = new Tie("UZB", "AFG", TieType.AMBASSADOR, date("2024-11"), null, "Accepted", "Tolo",
                Confidence.MEDIUM);
        return Stream.of(
                Change.addTie(uzbekistan, List.of(new State("UZB", "Uzbekistan"))),
                Change.addTie(tie("PAK", "AFG", TieType.RECOGNITION, "1947", "1948"), List.of()),
                Change.changeTie(RUS_AFG, new Tie("RUS", "AFG", TieType.RECOGNITION, date("2025-07"), null,
                        "Recognition, month only", null, Confidence.LOW), List.of()),
                Change.endTie(RUS_AFG, date("2026-01-15")),
                Change.addEvent(new Event(date("2025-08"), "Embassy flag raised", null, null, List.of("AFG"))),
                Change.changeEvent(ENVOY, new Event(date("2025-07-02"), "Credentials presented", "Moved a day",
                        "TASS", List.of("AFG"))),
                Change.addState(new State("XEM", "An emirate", date("1990"), date("1995-05"))),
                Change.changeState(new State("IEA", "Islamic Emirate of Afghanistan", date("1996-09"), date("2001-12")),
                        new State("IEA", "First Islamic Emirate", date("1996-09-27"), null)));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void changeIsStoredUndoneAndRedone(Change change) {
        Dataset before = store.load();
        Dataset expected = Expected.applied(before, change);

        ChangeEntry entry = store.applyChange(change);
        Dataset after = store.load();
        assertThat(after).isEqualTo(expected);
        assertThat(after).isNotEqualTo(before);
        assertThat(store.changeLog()).containsExactly(entry);
        assertThat(entry.change()).isEqualTo(change);

        ChangeEntry undone = store.undo().orElseThrow();
        assertThat(undone.id()).isEqualTo(entry.id());
        assertThat(undone.undone()).isTrue();
        assertThat(store.load()).isEqualTo(before);
        assertThat(store.changeLog()).singleElement().satisfies(e -> assertThat(e.undone()).isTrue());

        store.redo().orElseThrow();
        assertThat(store.load()).isEqualTo(expected);
        assertThat(store.changeLog()).singleElement().satisfies(e -> assertThat(e.undone()).isFalse());
    }

    @Test
    void undoAndRedoGoBackAndForthInOrder() {
        Change first = Change.endTie(RUS_AFG, date("2026"));
        Change second = Change.addState(new State("XEM", "An emirate"));
        store.applyChange(first);
        store.applyChange(second);

        assertThat(store.undo().orElseThrow().change()).isEqualTo(second);
        assertThat(store.undo().orElseThrow().change()).isEqualTo(first);
        assertThat(store.undo()).isEmpty();
        assertThat(store.load()).isEqualTo(Expected.sorted(Datasets.afghanistan()));

        assertThat(store.redo().orElseThrow().change()).isEqualTo(first);
        assertThat(store.redo().orElseThrow().change()).isEqualTo(second);
        assertThat(store.redo()).isEmpty();
    }

    @Test
    void newChangeAfterUndoDropsWhatCouldBeRedone() {
        store.applyChange(Change.endTie(RUS_AFG, date("2026")));
        store.applyChange(Change.addState(new State("XEM", "An emirate")));
        store.undo();
        Change other = Change.addState(new State("YEM2", "Another"));

        store.applyChange(other);

        assertThat(store.changeLog()).extracting(ChangeEntry::description)
                .containsExactly("End tie RUS \u2192 AFG recognition on 2026", "Add state YEM2 Another");
        assertThat(store.changeLog()).noneMatch(ChangeEntry::undone);
        assertThat(store.redo()).isEmpty();
        assertThat(store.load().states()).extracting(State::code).contains("YEM2").doesNotContain("XEM");
    }

    @Test
    void failingChangeStoresNothingNotEvenItsFirstRows() {
        Dataset before = store.load();
        // The state is written first; the tie then names a state that does not exist.
        Change broken = new Change("Add tie XEM \u2192 QQQ", List.of(new Change.Replacement<>(null,
                new State("XEM", "An emirate"))), List.of(new Change.Replacement<>(null,
                tie("XEM", "QQQ", TieType.RECOGNITION, "2000", null))), List.of());

        assertThatThrownBy(() -> store.applyChange(broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot add tie XEM");

        assertThat(store.load()).isEqualTo(before);
        assertThat(store.changeLog()).isEmpty();
    }

    @Test
    void changeOfARowThatIsNotStoredAsItSaysIsRefused() {
        Dataset before = store.load();
        Tie notStored = tie("RUS", "AFG", TieType.ENGAGEMENT, "1990", null);

        assertThatThrownBy(() -> store.applyChange(Change.endTie(notStored, date("1991"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("RUS>AFG:engagement@1990 is not stored as the edit expects");
        assertThatThrownBy(() -> store.applyChange(Change.addTie(RUS_AFG, List.of())))
                .isInstanceOf(StoreException.class);

        assertThat(store.load()).isEqualTo(before);
        assertThat(store.changeLog()).isEmpty();
    }

    @Test
    void logKeepsTheTimeOfEachChangeAndOfItsUndo() {
        Instant start = Instant.now();
        store.applyChange(Change.addState(new State("XEM", "An emirate")));
        store.undo();
        Instant end = Instant.now();

        ChangeEntry entry = store.changeLog().get(0);
        // The database keeps microseconds.
        assertThat(entry.madeAt()).isBetween(start.minusMillis(1), end.plusMillis(1));
        assertThat(entry.undoneAt()).isBetween(entry.madeAt(), end.plusMillis(1));
    }

    @Test
    void undoWorksAfterTheDatabaseIsClosedAndOpenedAgain() {
        Dataset before = store.load();
        store.applyChange(Change.endTie(RUS_AFG, date("2026")));
        store.close();

        store = H2Store.open(database);
        assertThat(store.changeLog()).singleElement()
                .satisfies(e -> assertThat(e.description()).isEqualTo("End tie RUS \u2192 AFG recognition on 2026"));
        store.undo().orElseThrow();
        assertThat(store.load()).isEqualTo(before);

        store.close();
        store = H2Store.open(database);
        store.redo().orElseThrow();
        assertThat(store.load().ties()).contains(new Tie("RUS", "AFG", TieType.RECOGNITION, date("2025-07-03"),
                date("2026"), "Formal recognition", "Russian MFA", Confidence.HIGH));
    }

    @Test
    void importEmptiesTheLog() {
        store.applyChange(Change.addState(new State("XEM", "An emirate")));

        store.importDataset(new Dataset(null, List.of(new State("ZZZ1", "Other")), List.of(), List.of()), false);

        assertThat(store.changeLog()).isEmpty();
        assertThat(store.undo()).isEmpty();
        assertThat(store.load().states()).extracting(State::code).contains("XEM", "ZZZ1");
    }
}
