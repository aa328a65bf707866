package org.diplomap.ui.network;

import java.util.EnumSet;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/** Replaces GraphStream's default mouse handling, which drags states away from their layout positions. */
final class InertMouseManager implements MouseManager {

    @Override
    public void init(GraphicGraph graph, View view) {
    }

    @Override
    public void release() {
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.noneOf(InteractiveElement.class);
    }
}
