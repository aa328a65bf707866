package org.diplomap.ui.views;

import static org.diplomap.ui.controls.MenuItems.item;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.model.PartialDate;
import org.diplomap.model.SavedView;
import org.diplomap.render.export.ExportSource;
import org.diplomap.ui.controls.Shortcut;
import org.diplomap.ui.network.NetworkView;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.timeline.TimelineViewModel;

/**
 * The Briefing menu: save the view as it is under a name, step through the saved views in order, recall one (a
 * recalled view brings the window to its date, filters, focus, layout and zoom), export them all as a PDF deck.
 */
public final class BriefingMenu {

    private final SavedViewsViewModel views;
    private final TimelineViewModel timeline;
    private final NetworkViewModel network;
    private final NetworkView networkView;
    private final Supplier<Window> owner;
    private Function<Window, Path> deckDestination = BriefingMenu::askForDeck;

    public BriefingMenu(SavedViewsViewModel views, TimelineViewModel timeline, NetworkViewModel network,
                        NetworkView networkView, Supplier<Window> owner) {
        this.views = views;
        this.timeline = timeline;
        this.network = network;
        this.networkView = networkView;
        this.owner = owner;
        views.setOnRecall(this::apply);
    }

    public Menu menu() {
        Menu briefing = new Menu("Briefing");
        briefing.setId("menu-briefing");
        MenuItem save = item("Save this view\u2026", "menu-save-view", Shortcut.SAVE_VIEW.combination(), this::saveView);
        MenuItem next = item("Next view (Page Down)", "menu-next-view", null, views::next);
        MenuItem previous = item("Previous view (Page Up)", "menu-previous-view", null, views::previous);
        MenuItem deck = item("Export as PDF deck\u2026", "menu-export-deck", null, this::exportDeck);
        deck.disableProperty().bind(Bindings.isEmpty(views.views()));
        MenuItem delete = item("Delete the last recalled view", "menu-delete-view", null, () -> {
            int current = views.currentProperty().get();
            if (current >= 0) {
                views.delete(views.views().get(current).name());
            }
        });
        Runnable rebuild = () -> {
            briefing.getItems().setAll(save, next, previous, delete, new SeparatorMenuItem(), deck);
            if (!views.views().isEmpty()) {
                briefing.getItems().add(new SeparatorMenuItem());
            }
            for (int i = 0; i < views.views().size(); i++) {
                SavedView saved = views.views().get(i);
                int index = i;
                briefing.getItems().add(item((i + 1) + ". " + saved.name() + "  (" + saved.date() + ")",
                        "menu-view-" + i, null, () -> views.recall(index)));
            }
        };
        views.views().addListener((ListChangeListener<SavedView>) c -> rebuild.run());
        rebuild.run();
        return briefing;
    }

    /** Replaces the file chooser of the deck, which a test cannot drive; null from it means cancelled. */
    public void setDeckDestination(Function<Window, Path> chooser) {
        deckDestination = chooser;
    }

    private void exportDeck() {
        NetworkViewModel.Network shown = network.networkProperty().get();
        if (shown == null || views.views().isEmpty()) {
            return;
        }
        Path out = deckDestination.apply(owner.get());
        if (out == null) {
            return;
        }
        // The deck draws each view from the layouts the window shows; it never needs the whole dataset.
        views.exportDeck(new ExportSource(shown.index(), shown::layout, () -> {
            throw new IOException("a briefing deck does not read the whole dataset");
        }), out);
    }

    private static Path askForDeck(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the briefing as a PDF deck");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName("briefing.pdf");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        Path path = chosen.toPath();
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? path : path.resolveSibling(name + ".pdf");
    }

    private void saveView() {
        TextInputDialog ask = new TextInputDialog(timeline.getDate().toString());
        ask.setTitle("Save this view");
        ask.setHeaderText("Save the date, filters, focus, layout and zoom under a name.\n"
                + "A briefing steps through the saved views in order (Page Down / Page Up).");
        ask.setContentText("Name:");
        ask.getEditor().setId("save-view-name");
        if (owner.get() != null) {
            ask.initOwner(owner.get());
        }
        ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
            DisplayOptions options = network.optionsProperty().get();
            var centre = networkView.viewCentre();
            boolean fits = Math.abs(networkView.zoomLevel() - 1) < 1e-9 || centre == null;
            views.save(new SavedView(name, PartialDate.ofDay(timeline.getDate()),
                    options.hiddenTypes(), options.hideStatesWithoutTies(), options.focus(),
                    network.layoutKindProperty().get(), networkView.zoomLevel(),
                    fits ? 0 : centre.x(), fits ? 0 : centre.y()));
        });
    }

    /** Brings the window to a saved view. */
    private void apply(SavedView saved) {
        timeline.moveTo(saved.date().firstDay());
        network.setOptions(new DisplayOptions(saved.hiddenTypes(), saved.hideStatesWithoutTies(),
                saved.focus(), network.selected()));
        network.layoutKindProperty().set(saved.layout());
        if (saved.fitsAll()) {
            networkView.fitAll();
        } else {
            networkView.setView(saved.zoom(), saved.centreX(), saved.centreY());
        }
    }
}
