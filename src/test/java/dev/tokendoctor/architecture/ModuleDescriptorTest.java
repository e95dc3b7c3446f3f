package dev.tokendoctor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module says only what is true: no unused dependency, no package exported that no other tool uses. */
class ModuleDescriptorTest {

    static ModuleDescriptor descriptor() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void onlyTheApplicationPackageIsExportedAndOnlyTheCommandLineOpenedToPicocli() throws Exception {
        Set<String> exports = descriptor().exports().stream()
                .map(e -> e.source() + (e.isQualified() ? " to " + String.join(",", e.targets()) : ""))
                .collect(Collectors.toSet());
        assertThat(exports).containsExactly("dev.tokendoctor.app to javafx.graphics");
        // one qualified open (STYLE 12): picocli fills the command line's annotated fields reflectively
        Set<String> opens = descriptor().opens().stream()
                .map(o -> o.source() + (o.isQualified() ? " to " + String.join(",", o.targets()) : ""))
                .collect(Collectors.toSet());
        assertThat(opens).containsExactly("dev.tokendoctor.cli to info.picocli");
    }

    @Test
    void fxmlIsNeitherRequiredNorShipped() throws Exception {
        assertThat(descriptor().requires()).extracting(ModuleDescriptor.Requires::name).doesNotContain("javafx.fxml");
        String runtime = Files.readString(Path.of("target/runtime-classpath.txt"));
        assertThat(runtime).doesNotContain("javafx-fxml");
    }
}
