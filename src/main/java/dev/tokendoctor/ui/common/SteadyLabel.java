package dev.tokendoctor.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Holds a label whose text changes every second (a countdown, "expires in 00:05:57") without
 * laying the screen out again each time. A label asks its parents for a layout on every change of
 * its text; on the Status screen that meant the scroll pane, the grid and every wrapped label
 * measured again once a second, which was most of the idle CPU. Here the label is not managed by
 * its parent, so its own layout is all a change costs, and this holder asks its parent for a layout
 * only when the label's size really changes (the digits of the UI fonts are all one width, so a
 * ticking time usually keeps its size).
 */
public final class SteadyLabel extends Region {

    private final Label label;
    private double knownPrefWidth = -1;
    private double knownPrefHeight = -1;

    public SteadyLabel(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
        label.textProperty().addListener(o -> sizeMayHaveChanged());
        label.fontProperty().addListener(o -> requestLayout());
        label.wrapTextProperty().addListener(o -> requestLayout());
    }

    public Label label() {
        return label;
    }

    private void sizeMayHaveChanged() {
        double width = label.prefWidth(-1);
        double height = label.prefHeight(contentWidth());
        if (width != knownPrefWidth || height != knownPrefHeight) {
            requestLayout();
        }
    }

    private double contentWidth() {
        Insets in = getInsets();
        return getWidth() > 0 ? getWidth() - in.getLeft() - in.getRight() : -1;
    }

    @Override
    public Orientation getContentBias() {
        return label.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + label.minWidth(height) + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + label.minHeight(inner(width)) + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + label.prefWidth(height) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + label.prefHeight(inner(width)) + in.getBottom();
    }

    @Override
    protected double computeMaxWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + label.maxWidth(height) + in.getRight();
    }

    @Override
    protected double computeMaxHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + label.maxHeight(inner(width)) + in.getBottom();
    }

    private double inner(double width) {
        Insets in = getInsets();
        return width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        label.resizeRelocate(in.getLeft(), in.getTop(), w, h);
        knownPrefWidth = label.prefWidth(-1);
        knownPrefHeight = label.prefHeight(w);
    }
}
