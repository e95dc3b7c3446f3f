package dev.tokendoctor.app;

import dev.tokendoctor.storage.WindowPlacement;
import java.io.IOException;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The main window opens where and as large as it was left, if that place is still on a screen. */
final class WindowPlaces {

    static void restore(Stage stage, WindowPlacement placement) {
        placement.load().filter(WindowPlaces::onAScreen).ifPresentOrElse(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.max(b.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(b.height(), stage.getMinHeight()));
            stage.setMaximized(b.maximized());
        }, () -> fitted(Screen.getPrimary().getVisualBounds(), stage.getScene().getWidth(), stage.getScene().getHeight())
                .ifPresent(b -> {
                    stage.setX(b.getMinX());
                    stage.setY(b.getMinY());
                    stage.setWidth(b.getWidth());
                    stage.setHeight(b.getHeight());
                }));
    }

    /**
     * Where a first window of {@code width}×{@code height} goes on a screen too small for it (an
     * 800×600 remote desktop): the whole visible screen, so no edge is cut off. Empty when it fits.
     */
    static java.util.Optional<Rectangle2D> fitted(Rectangle2D screen, double width, double height) {
        if (width <= screen.getWidth() && height <= screen.getHeight()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Rectangle2D(screen.getMinX(), screen.getMinY(),
                Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight())));
    }

    /**
     * Saves the bounds at exit. This is the one write on the FX thread: the window is already
     * closing, the file is a few bytes, and a background task would be cut off by the shutdown.
     */
    static void remember(Stage stage, WindowPlacement placement) {
        if (Double.isNaN(stage.getX()) || stage.getWidth() <= 0) {
            return;
        }
        try {
            placement.save(new WindowPlacement.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        } catch (IOException e) {
            // a read-only data folder: the window opens at the default size next time, nothing else is lost
        }
    }

    /** At least a corner of the title bar must be visible, or a disconnected monitor would hide the window. */
    private static boolean onAScreen(WindowPlacement.Bounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), Math.max(b.width(), 1), 40)).isEmpty();
    }

    private WindowPlaces() {
    }
}
