package dev.tokendoctor.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokendoctor.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the main window was and how large, kept in {@code window.json} in the data folder. */
public final class WindowPlacement {

    /** The window's outer bounds in screen coordinates. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;

    public WindowPlacement(Path dataDir) {
        this.file = dataDir.resolve("window.json");
    }

    /** The last saved bounds; empty when there are none or the file is unreadable (then the default size is used). */
    public Optional<Bounds> load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
                return Optional.empty();
            }
            JsonNode n = Json.tree(file);
            Bounds b = new Bounds(n.path("x").asDouble(Double.NaN), n.path("y").asDouble(Double.NaN),
                    n.path("width").asDouble(0), n.path("height").asDouble(0), n.path("maximized").asBoolean(false));
            return Double.isNaN(b.x()) || Double.isNaN(b.y()) || b.width() < 100 || b.height() < 100 ? Optional.empty() : Optional.of(b);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void save(Bounds b) throws IOException {
        ObjectNode n = Json.object();
        n.put("x", b.x()).put("y", b.y()).put("width", b.width()).put("height", b.height()).put("maximized", b.maximized());
        SafeFiles.ensureDirectory(file.getParent());
        SafeFiles.writeAtomically(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }
}
