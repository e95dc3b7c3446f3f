package dev.tokendoctor.ui.inspector;

import java.util.List;

/**
 * One node of the inspector's tree, as plain data: the view turns it into tree items.
 *
 * @param id    stable across rescans, so the view can keep the selection
 * @param count entries below this node (after the filter)
 */
public record InspectorNode(String id, Kind kind, String label, int count, List<InspectorNode> children) {

    /** What a node stands for. */
    public enum Kind { ROOT, GROUP, SOURCE, ORIGIN, ERROR }

    public InspectorNode {
        children = List.copyOf(children);
    }

    /** The label with its count, as the tree shows it. */
    public String text() {
        return kind == Kind.ERROR || kind == Kind.ROOT ? label : label + " (" + count + ")";
    }
}
