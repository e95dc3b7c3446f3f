package dev.tokendoctor.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sandbox must be able to disagree with the client: it shares no code with it, nor with the UI. */
class SandboxIndependenceTest {

    @Test
    void sandboxImportsNeitherOAuthClientNorUiNorJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tokendoctor.sandbox");
        noClasses().that().resideInAPackage("dev.tokendoctor.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "dev.tokendoctor.oauth..", "dev.tokendoctor.ui..", "dev.tokendoctor.app..")
                .check(classes);
    }
}
