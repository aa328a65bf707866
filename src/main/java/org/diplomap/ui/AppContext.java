package org.diplomap.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diplomap.store.DatasetFolder;
import org.diplomap.store.Workspace;
import org.diplomap.store.h2.H2Store;
import org.diplomap.ui.chart.TieChartViewModel;
import org.diplomap.timeline.TimelineIndex;
import org.diplomap.ui.details.DetailsViewModel;
import org.diplomap.ui.edit.EditViewModel;
import org.diplomap.ui.events.CaptionViewModel;
import org.diplomap.ui.events.EventListViewModel;
import org.diplomap.ui.files.FilesViewModel;
import org.diplomap.ui.files.RecentFiles;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.questions.ChangesViewModel;
import org.diplomap.ui.questions.RankingViewModel;
import org.diplomap.ui.search.SearchViewModel;
import org.diplomap.ui.shell.ShellViewModel;
import org.diplomap.ui.task.FxTaskRunner;
import org.diplomap.ui.task.TaskRunner;
import org.diplomap.ui.timeline.TimelineViewModel;
import org.diplomap.ui.views.SavedViewsViewModel;

/**
 * Builds the ViewModels of the window and wires them together; the one place where the parts meet.
 * A new index (after opening or importing) goes to the timeline and the network; a new date to the network.
 */
public final class AppContext implements AutoCloseable {

    private final ShellViewModel shell;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final NetworkViewModel network;
    private final DetailsViewModel details = new DetailsViewModel();
    private final SearchViewModel search = new SearchViewModel();
    private final TieChartViewModel chart;
    private final EventListViewModel events;
    private final CaptionViewModel caption = new CaptionViewModel();
    private final SavedViewsViewModel savedViews;
    /** Waiting for a database that another program has open runs apart from the worker. */
    private final FxTaskRunner waitTasks = new FxTaskRunner();
    private final FilesViewModel files;
    private final EditViewModel edit;
    private final ChangesViewModel changes;
    private final RankingViewModel ranking;
    /** The workspace whose index the window shows. */
    private Workspace shownWorkspace;

    public AppContext(TaskRunner tasks, LocalDate requestedDate) {
        this(tasks, requestedDate, RecentFiles.forUser(), DatasetFolder.forUser(H2Store::open));
    }

    /**
     * @param recent the list of recent files to keep
     * @param folder where dataset files and bundled cases get databases of their own
     */
    public AppContext(TaskRunner tasks, LocalDate requestedDate, RecentFiles recent, DatasetFolder folder) {
        shell = new ShellViewModel(tasks, javafx.application.Platform::runLater);
        files = new FilesViewModel(shell, waitTasks, recent, folder);
        network = new NetworkViewModel(tasks, shell::reportError);
        chart = new TieChartViewModel(tasks, shell::reportError);
        events = new EventListViewModel(timeline::moveTo);
        savedViews = new SavedViewsViewModel(tasks, shell::reportError);
        edit = new EditViewModel(tasks, shell::reportError);
        changes = new ChangesViewModel(tasks, shell::reportError, timeline::moveTo, network::select);
        ranking = new RankingViewModel(tasks, shell::reportError, network::select);
        shell.indexProperty().addListener((obs, old, index) -> {
            boolean first = old == null;
            // Another database opened (not an import into this one): its own years, not the date shown before.
            Workspace opened = shell.workspaceProperty().get();
            boolean otherData = !first && opened != shownWorkspace;
            shownWorkspace = opened;
            showInPanels(index);
            // An import may bring views: read them again whenever the index is rebuilt.
            savedViews.setStore(shell.storeProperty().get());
            // An import empties the history of edits: read it again too.
            edit.setWorkspace(shell.workspaceProperty().get());
            if (first) {
                timeline.goTo(requestedDate != null ? requestedDate : ShellViewModel.defaultDate(index));
            } else if (otherData) {
                timeline.goTo(ShellViewModel.defaultDate(index));
            }
            network.load(index, timeline.getDate());
        });
        timeline.dateProperty().addListener((obs, old, day) -> network.showDate(day));
        edit.setOnEdited(this::showEdited);
        details.dateProperty().bind(timeline.dateProperty());
        // The questions answered beside the network ask about what it shows: its dates, and the ties it shows.
        changes.dateProperty().bind(timeline.dateProperty());
        changes.compareDateProperty().bind(network.compareDateProperty());
        changes.optionsProperty().bind(network.optionsProperty());
        ranking.dateProperty().bind(timeline.dateProperty());
        ranking.compareDateProperty().bind(network.compareDateProperty());
        ranking.leastConfidenceProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> network.optionsProperty().get().leastConfidence(), network.optionsProperty()));
        chart.dateProperty().bind(timeline.dateProperty());
        events.dateProperty().bind(timeline.dateProperty());
        caption.dateProperty().bind(timeline.dateProperty());
        // One current event: the one the list highlights is the one the caption and the date line tell.
        caption.currentEventProperty().bind(events.currentEventProperty());
        timeline.currentEventProperty().bind(events.currentEventProperty());
        network.optionsProperty().addListener((obs, old, options) -> chart.focusProperty().set(options.focus()));
        details.setOnGoTo(timeline::moveTo);
        // One selection, shown by the network and described by the details panel.
        network.optionsProperty().addListener((obs, old, options) -> details.select(options.selected()));
        details.selectedProperty().addListener((obs, old, code) -> {
            if (!java.util.Objects.equals(code, network.selected())) {
                network.select(code);
            }
        });
    }

    /** An edit, undo or redo is stored: every part shows the new index; the states keep their places. */
    private void showEdited(TimelineIndex index) {
        showInPanels(index);
        network.update(index, timeline.getDate());
    }

    /** Every part of the window but the network, which is told apart: it keeps or lays out its states. */
    private void showInPanels(TimelineIndex index) {
        timeline.setIndex(index);
        details.setIndex(index);
        search.setIndex(index);
        chart.setIndex(index);
        events.setIndex(index);
        changes.setIndex(index);
        ranking.setIndex(index);
    }

    public ChangesViewModel changes() {
        return changes;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public EditViewModel edit() {
        return edit;
    }

    public DetailsViewModel details() {
        return details;
    }

    public SearchViewModel search() {
        return search;
    }

    public TieChartViewModel chart() {
        return chart;
    }

    public EventListViewModel events() {
        return events;
    }

    public SavedViewsViewModel savedViews() {
        return savedViews;
    }

    public CaptionViewModel caption() {
        return caption;
    }

    /** Opens the database the window starts on; one in use by another program gets a choice. */
    public void open(Path database) {
        files.openAtStart(database);
    }

    public FilesViewModel files() {
        return files;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public NetworkViewModel network() {
        return network;
    }

    @Override
    public void close() {
        waitTasks.close();
        shell.close();
    }
}
