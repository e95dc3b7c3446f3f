package dev.tokendoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A first window never opens larger than the screen it is on. */
class WindowPlacesTest {

    @Test
    void onAn800x600ScreenTheFirstWindowTakesTheVisibleScreenInsteadOfRunningOffIt() {
        Rectangle2D screen = new Rectangle2D(0, 0, 800, 600);

        Rectangle2D placed = WindowPlaces.fitted(screen, 1000, 780).orElseThrow();

        assertThat(placed).isEqualTo(new Rectangle2D(0, 0, 800, 600));
    }

    @Test
    void aScreenWithATaskbarKeepsTheWindowInsideItsVisibleArea() {
        Rectangle2D visible = new Rectangle2D(0, 32, 1280, 688); // a 1280×720 screen with a 32-pixel panel on top

        Rectangle2D placed = WindowPlaces.fitted(visible, 1000, 780).orElseThrow();

        assertThat(placed).isEqualTo(new Rectangle2D(0, 32, 1000, 688));
    }

    @Test
    void onALargeEnoughScreenNothingChanges() {
        assertThat(WindowPlaces.fitted(new Rectangle2D(0, 0, 1920, 1080), 1000, 780)).isEmpty();
    }
}
