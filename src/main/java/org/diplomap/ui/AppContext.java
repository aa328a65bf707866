package org.diplomap.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.shell.ShellViewModel;
import org.diplomap.ui.task.TaskRunner;
import org.diplomap.ui.timeline.TimelineViewModel;

/**
 * Builds the ViewModels of the window and wires them together; the one place where the parts meet.
 * A new index (after opening or importing) goes to the timeline and the network; a new date to the network.
 */
public final class AppContext implements AutoCloseable {

    private final ShellViewModel shell;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final NetworkViewModel network;

    public AppContext(TaskRunner tasks, LocalDate requestedDate) {
        shell = new ShellViewModel(tasks);
        network = new NetworkViewModel(tasks, shell::reportError);
        shell.indexProperty().addListener((obs, old, index) -> {
            boolean first = old == null;
            timeline.setIndex(index);
            if (first) {
                timeline.goTo(requestedDate != null ? requestedDate : ShellViewModel.defaultDate(index));
            }
            network.load(index, timeline.getDate());
        });
        timeline.dateProperty().addListener((obs, old, day) -> network.showDate(day));
    }

    public void open(Path database) {
        shell.open(database);
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
        shell.close();
    }
}
