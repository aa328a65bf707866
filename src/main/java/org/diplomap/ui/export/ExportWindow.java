package org.diplomap.ui.export;

import java.io.IOException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.diplomap.graph.DisplayOptions;
import org.diplomap.render.ExportOptions;
import org.diplomap.render.export.ExportSource;
import org.diplomap.store.DatasetStore;
import org.diplomap.ui.network.NetworkViewModel;
import org.diplomap.ui.task.FxTaskRunner;
import org.diplomap.ui.timeline.TimelineViewModel;

/** Opens the export window on the network as the main window shows it: its layout, filters, focus and date. */
public final class ExportWindow implements AutoCloseable {

    private final NetworkViewModel network;
    private final TimelineViewModel timeline;
    private final Supplier<DatasetStore> store;
    private final Supplier<Window> owner;
    private ExportViewModel model;
    private FxTaskRunner tasks;

    public ExportWindow(NetworkViewModel network, TimelineViewModel timeline, Supplier<DatasetStore> store,
                        Supplier<Window> owner) {
        this.network = network;
        this.timeline = timeline;
        this.store = store;
        this.owner = owner;
    }

    public void open() {
        NetworkViewModel.Network shownNetwork = network.networkProperty().get();
        if (shownNetwork == null) {
            return;
        }
        if (model == null) {
            // Exports get a worker of their own, so that a long animation does not hold up the database.
            tasks = new FxTaskRunner();
            model = ExportViewModel.forUser(tasks, Platform::runLater);
        }
        DisplayOptions shown = network.optionsProperty().get();
        model.setShown(network.layoutKindProperty().get(),
                ExportOptions.DEFAULT.withShown(shown));
        DatasetStore open = store.get();
        model.setSource(new ExportSource(shownNetwork.index(), shownNetwork::layout, () -> {
            if (open == null) {
                throw new IOException("no database is open");
            }
            return open.load();
        }), timeline.getDate());
        new ExportDialog(owner.get(), model).show();
    }

    @Override
    public void close() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
