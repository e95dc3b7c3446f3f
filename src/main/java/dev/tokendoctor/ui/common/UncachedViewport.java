package dev.tokendoctor.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A ScrollPane's skin caches its whole viewport as an image. On a screen whose labels change
 * every second, each change re-renders that image (the pulse log shows "CacheFilter rebuilding")
 * and costs a second full repaint; without the cache only the changed labels are painted.
 */
public final class UncachedViewport {

    public static void apply(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, a, skin) -> uncache(scroll));
        uncache(scroll);
    }

    private static void uncache(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    private UncachedViewport() {
    }
}
