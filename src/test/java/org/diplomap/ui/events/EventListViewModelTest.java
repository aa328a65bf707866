package org.diplomap.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomap.model.Dataset;
import org.diplomap.model.Event;
import org.diplomap.model.PartialDate;
import org.diplomap.model.State;
import org.diplomap.model.Tie;
import org.diplomap.model.TieType;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;

class EventListViewModelTest {

    private static final Dataset DATASET = new Dataset("test",
            List.of(new State("AFG", "Afghanistan"), new State("RUS", "Russia"), new State("PAK", "Pakistan")),
            List.of(new Tie("PAK", "AFG", TieType.RECOGNITION, PartialDate.parse("1997-05-25"),
                            PartialDate.parse("2001-11-22"), null, "Reuters", null),
                    new Tie("RUS", "AFG", TieType.RECOGNITION, PartialDate.parse("2025-07-03"), null, null, null, null)),
            List.of(new Event(PartialDate.parse("2023-09"), "Ambassador arrives", null, "Xinhua", List.of()),
                    new Event(PartialDate.parse("2025-07-03"), "Moscow announces recognition", null, null, List.of())));
    private static final TimelineIndex INDEX = TimelineIndex.of(DATASET);

    private final List<LocalDate> wentTo = new ArrayList<>();
    private final EventListViewModel model = new EventListViewModel(wentTo::add);

    private String currentTitle() {
        TimelineEvent current = model.currentEventProperty().get();
        return current == null ? null : current.title();
    }

    @Test
    void listsEveryEventOfTheIndexInDateOrder() {
        model.setIndex(INDEX);

        assertThat(model.events()).extracting(EventListViewModel::dateText)
                .containsExactly("1997-05-25", "2001-11-22", "2023-09", "2025-07-03", "2025-07-03");
    }

    @Test
    void theCurrentEventIsTheLastOnOrBeforeTheDateANarrativeOneFirstOnItsDay() {
        model.setIndex(INDEX);

        model.dateProperty().set(LocalDate.of(1990, 1, 1));
        assertThat(model.currentProperty().get()).isEqualTo(-1);
        assertThat(model.currentEventProperty().get()).isNull();

        model.dateProperty().set(LocalDate.of(2024, 6, 1));
        assertThat(model.currentProperty().get()).isEqualTo(2);
        assertThat(currentTitle()).isEqualTo("Ambassador arrives");

        model.dateProperty().set(LocalDate.of(2023, 9, 1));
        assertThat(currentTitle()).isEqualTo("Ambassador arrives");

        model.dateProperty().set(LocalDate.of(2025, 7, 3));
        assertThat(currentTitle()).isEqualTo("Moscow announces recognition");
    }

    @Test
    void choosingAnEventGoesToItsDayAndKeepsItCurrentThere() {
        model.setIndex(INDEX);
        model.dateProperty().set(LocalDate.of(2025, 7, 3));

        model.choose(3);

        assertThat(wentTo).containsExactly(LocalDate.of(2025, 7, 3));
        assertThat(currentTitle()).isEqualTo("Moscow announces recognition");

        model.dateProperty().set(LocalDate.of(2025, 7, 4));
        model.dateProperty().set(LocalDate.of(2025, 7, 3));
        assertThat(currentTitle()).isEqualTo("Moscow announces recognition");
    }

    @Test
    void choosingAnEventOfAnotherDayMakesItCurrentWhenTheDateArrives() {
        model.setIndex(INDEX);
        model.dateProperty().set(LocalDate.of(2025, 7, 3));

        model.choose(1);
        model.dateProperty().set(wentTo.get(0));

        assertThat(wentTo).containsExactly(LocalDate.of(2001, 11, 22));
        assertThat(currentTitle()).isEqualTo("Pakistan \u2192 Afghanistan: Recognition ends");
        model.choose(-1);
        model.choose(99);
        assertThat(wentTo).hasSize(1);
    }

    @Test
    void marksTellTheKindAndTheTieTypeOfEachEvent() {
        model.setIndex(INDEX);

        assertThat(model.events()).extracting(EventListViewModel::colourOf)
                .containsExactly("#0072B2", "#0072B2", EventListViewModel.NARRATIVE_COLOUR,
                        EventListViewModel.NARRATIVE_COLOUR, "#0072B2");
        assertThat(model.events()).extracting(EventListViewModel::kindText)
                .containsExactly("Recognition begins", "Recognition ends", "Event", "Event", "Recognition begins");
    }

    @Test
    void aNewIndexReplacesTheEventsAndFindsTheCurrentOneAgain() {
        model.setIndex(INDEX);
        model.dateProperty().set(LocalDate.of(2024, 1, 1));

        model.setIndex(TimelineIndex.of(Dataset.empty()));

        assertThat(model.events()).isEmpty();
        assertThat(model.currentProperty().get()).isEqualTo(-1);
    }
}
