package org.diplomap.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its result back on it. ViewModels take one in their
 * constructor, so that tests can give them a runner that does everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
