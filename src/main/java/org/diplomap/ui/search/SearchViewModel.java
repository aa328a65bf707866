package org.diplomap.ui.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomap.model.Dataset;
import org.diplomap.model.State;
import org.diplomap.timeline.TimelineIndex;

/**
 * Finds states by name or code as the user types. The best matches come first: the exact code or name, then
 * names or codes that begin with the text, then names with a word that begins with it, then any that
 * contain it. One suggestion is highlighted; choosing hands its code to the window and clears the text.
 */
public final class SearchViewModel {

    /** At most this many suggestions: more would not help anyone pick. */
    public static final int LIMIT = 10;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<State> suggestions = FXCollections.observableArrayList();
    private final ObservableList<State> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(this, "highlighted", -1);
    private final ReadOnlyStringWrapper notFound = new ReadOnlyStringWrapper(this, "notFound", "");
    private TimelineIndex index = TimelineIndex.of(Dataset.empty());
    private Consumer<String> onChoose = code -> { };

    public SearchViewModel() {
        text.addListener((obs, old, typed) -> suggest());
    }

    /** Takes the states of a (new) index. */
    public void setIndex(TimelineIndex index) {
        this.index = Objects.requireNonNull(index);
        suggest();
    }

    /** Called with the code of the state chosen. */
    public void setOnChoose(Consumer<String> onChoose) {
        this.onChoose = Objects.requireNonNull(onChoose);
    }

    /** What the user typed; bind the field to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** The states matching the text, best first; empty when the text is blank. */
    public ObservableList<State> suggestions() {
        return suggestionsView;
    }

    /** "No state named “Atlantis”" when the text matches no state; empty otherwise. */
    public ReadOnlyStringProperty notFoundProperty() {
        return notFound.getReadOnlyProperty();
    }

    /** The position of the suggestion that Enter chooses; -1 when there is none. */
    public ReadOnlyIntegerProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** Moves the highlight down (positive) or up (negative), staying within the suggestions. */
    public void moveHighlight(int by) {
        if (!suggestions.isEmpty()) {
            highlighted.set(Math.max(0, Math.min(suggestions.size() - 1, highlighted.get() + by)));
        }
    }

    /** Highlights a suggestion by position, as the mouse passes over it. */
    public void highlight(int at) {
        if (at >= 0 && at < suggestions.size()) {
            highlighted.set(at);
        }
    }

    /** Chooses the highlighted suggestion, if any; says whether one was chosen. */
    public boolean chooseHighlighted() {
        int at = highlighted.get();
        if (at < 0 || at >= suggestions.size()) {
            return false;
        }
        choose(suggestions.get(at));
        return true;
    }

    public void choose(State state) {
        text.set("");
        onChoose.accept(state.code());
    }

    /** Forgets the suggestions (Escape) without touching the text. */
    public void dismiss() {
        suggestions.clear();
        highlighted.set(-1);
        notFound.set("");
    }

    private void suggest() {
        String query = fold(text.get() == null ? "" : text.get().strip());
        if (query.isEmpty()) {
            dismiss();
            return;
        }
        List<State> found = index.states().stream()
                .filter(state -> rank(state, query) < NO_MATCH)
                .sorted(Comparator.comparingInt((State state) -> rank(state, query))
                        .thenComparing(state -> fold(state.name())))
                .limit(LIMIT)
                .toList();
        suggestions.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
        // Silence would leave the user wondering whether the search ran at all.
        notFound.set(found.isEmpty() ? "No state named \u201C" + text.get().strip() + "\u201D" : "");
    }

    private static final int NO_MATCH = 4;

    private static int rank(State state, String query) {
        String name = fold(state.name());
        String code = fold(state.code());
        if (code.equals(query) || name.equals(query)) {
            return 0;
        }
        if (code.startsWith(query) || name.startsWith(query)) {
            return 1;
        }
        if (name.contains(" " + query) || name.contains("-" + query)) {
            return 2;
        }
        return name.contains(query) || code.contains(query) ? 3 : NO_MATCH;
    }

    /** Lower case without accents, so that "cote" finds "Côte d'Ivoire". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
