package org.diplomap.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Does the work at once on the calling thread, so that a view test sees its result right away. */
public final class SameThreadTaskRunner implements TaskRunner {

    private int runs;

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        runs++;
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** How many pieces of work it was given. */
    public int runs() {
        return runs;
    }
}
