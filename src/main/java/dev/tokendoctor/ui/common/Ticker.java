package dev.tokendoctor.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** The app's single once-a-second timeline; it only asks view models to re-read their clock. */
public final class Ticker implements AutoCloseable {

    private final Timeline timeline;

    public Ticker(Runnable everySecond) {
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> everySecond.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    @Override
    public void close() {
        timeline.stop();
    }
}
