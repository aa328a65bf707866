package org.diplomap.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomap.store.BundledCase;
import org.diplomap.store.Workspace;
import org.diplomap.timeline.TimelineEvent;
import org.diplomap.timeline.TimelineIndex;
import org.junit.jupiter.api.Test;

class CaptionViewModelTest {

    private static final TimelineIndex BUNDLED = TimelineIndex.of(Workspace.bundledDataset());

    private final CaptionViewModel model = new CaptionViewModel();
    /** The caption tells the event list's current event, as in the window. */
    private final EventListViewModel events = new EventListViewModel(day -> { });

    CaptionViewModelTest() {
        events.dateProperty().bind(model.dateProperty());
        model.currentEventProperty().bind(events.currentEventProperty());
    }

    @Test
    void tellsTheEventOfTheCurrentDateWithItsDateAsWrittenAndItsSource() {
        events.setIndex(BUNDLED);

        model.dateProperty().set(LocalDate.of(2023, 12, 29));

        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.titleProperty().get())
                .isEqualTo("Kazakhstan announces removal of the Taliban from its banned-organisations list");
        assertThat(model.dateTextProperty().get()).isEqualTo("2023-12-29");
        assertThat(model.sourceProperty().get()).startsWith("Source: Kazakhstan Today (kt.kz), 29 Dec 2023");
    }

    @Test
    void aDateWrittenAsAMonthIsToldAsWrittenOnTheFirstDayOfThatMonth() {
        events.setIndex(BUNDLED);

        model.dateProperty().set(LocalDate.of(2024, 2, 1));

        assertThat(model.dateTextProperty().get()).isEqualTo("2024-02");
        assertThat(model.titleProperty().get()).contains("Azerbaijan").contains("begins");
    }

    @Test
    void hidesOnADayWithoutAnEventEvenTheDayAfterOne() {
        events.setIndex(BUNDLED);
        model.dateProperty().set(LocalDate.of(2023, 12, 29));

        model.dateProperty().set(LocalDate.of(2023, 12, 30));

        assertThat(model.showingProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.sourceProperty().get()).isEmpty();
        assertThat(model.eventProperty().get()).isNull();
    }

    @Test
    void showsNothingBeforeAnIndexArrivesAndTheEventOnceItDoes() {
        model.dateProperty().set(LocalDate.of(2025, 7, 3));
        assertThat(model.showingProperty().get()).isFalse();

        events.setIndex(BUNDLED);

        assertThat(model.titleProperty().get()).startsWith("Russia \u2192 Afghanistan: ");
    }

    @Test
    void aNarrativeEventIsToldBeforeTheTiesThatChangedOnItsDay() {
        TimelineIndex chinas = TimelineIndex.of(BundledCase.TWO_CHINAS.read());
        LocalDate resolution2758 = LocalDate.of(1971, 10, 25);
        List<TimelineEvent> today = chinas.eventsOn(resolution2758);
        assertThat(today.get(today.size() - 1).kind()).isNotEqualTo(TimelineEvent.Kind.NARRATIVE);
        events.setIndex(chinas);

        model.dateProperty().set(resolution2758);

        assertThat(model.eventProperty().get().kind()).isEqualTo(TimelineEvent.Kind.NARRATIVE);
        assertThat(model.titleProperty().get()).contains("2758");
    }

    @Test
    void anEventChosenInTheListIsToldOnItsDayInsteadOfTheDefaultOne() {
        TimelineIndex chinas = TimelineIndex.of(BundledCase.TWO_CHINAS.read());
        LocalDate resolution2758 = LocalDate.of(1971, 10, 25);
        events.setIndex(chinas);
        model.dateProperty().set(resolution2758);
        int tieEvent = chinas.eventsUpTo(resolution2758) - 1;
        assertThat(chinas.events().get(tieEvent).kind()).isNotEqualTo(TimelineEvent.Kind.NARRATIVE);

        events.choose(tieEvent);

        assertThat(model.eventProperty().get()).isSameAs(chinas.events().get(tieEvent));
    }

    @Test
    void presentationModeScalesTheType() {
        assertThat(model.getScale()).isEqualTo(1.0);

        model.setScale(CaptionViewModel.PRESENTATION_SCALE);

        assertThat(model.scaleProperty().get()).isGreaterThan(1.0);
    }
}
