package dev.tokendoctor.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * A dragboard holding files, as another application's drag fills the toolkit's: headless Monocle
 * has no other application to drag from, and JavaFX makes dragboards only inside a gesture.
 */
final class DroppedFiles implements TKClipboard {

    private final Map<DataFormat, Object> content = new LinkedHashMap<>();

    static Dragboard of(List<File> files) {
        DroppedFiles peer = new DroppedFiles();
        peer.content.put(DataFormat.FILES, List.copyOf(files));
        return DragboardHelper.createDragboard(peer);
    }

    @Override public void setSecurityContext(AccessControlContext context) { }
    @Override public Set<DataFormat> getContentTypes() { return content.keySet(); }
    @SafeVarargs
    @Override public final boolean putContent(Pair<DataFormat, Object>... pairs) {
        for (Pair<DataFormat, Object> p : pairs) {
            content.put(p.getKey(), p.getValue());
        }
        return true;
    }
    @Override public Object getContent(DataFormat format) { return content.get(format); }
    @Override public boolean hasContent(DataFormat format) { return content.containsKey(format); }
    /** A file manager offers its files to copy (and to move, which the window does not take). */
    @Override public Set<TransferMode> getTransferModes() { return EnumSet.of(TransferMode.COPY, TransferMode.MOVE); }
    @Override public void setDragView(Image image) { }
    @Override public void setDragViewOffsetX(double offsetX) { }
    @Override public void setDragViewOffsetY(double offsetY) { }
    @Override public Image getDragView() { return null; }
    @Override public double getDragViewOffsetX() { return 0; }
    @Override public double getDragViewOffsetY() { return 0; }
}
