package dev.tokendoctor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, each with the reason it exists. */
class ArchitectureTest {

    static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tokendoctor");
    }

    @Test
    void servicesAreFreeOfJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("dev.tokendoctor.ui..", "dev.tokendoctor.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("services must run in tests, the sandbox's command line and reports without a toolkit");
        rule.check(main);
    }

    /** The screens' packages; everything in them that is not a view part is view-model side. */
    static final String[] SCREENS = {"shell", "status", "inspector", "wizard", "login", "netlog", "settings", "bundle"};

    /**
     * The bundle viewer shows the user's status card, network log and diagnosis in those screens'
     * own views: it may use what they export for that (a view part, a read-only interface, a
     * wording helper), and no screen may use it.
     */
    static final String[] SHOWN_BY_THE_BUNDLE_VIEWER = {"status", "netlog", "wizard"};

    static String[] screenPackages() {
        return java.util.Arrays.stream(SCREENS).map(s -> "dev.tokendoctor.ui." + s + "..").toArray(String[]::new);
    }

    /** A view part: a class named ...View or ...Window (a window is a view), or one nested in it (cells, skins). */
    static final DescribedPredicate<JavaClass> VIEW_PART = new DescribedPredicate<>("a view or a class nested in one") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top.getSimpleName().endsWith("View") || top.getSimpleName().endsWith("Window");
        }
    };

    @Test
    void viewModelsKnowNoSceneGraph() {
        ArchRule rule = noClasses().that(resideInAnyPackage(screenPackages()).and(not(VIEW_PART)))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                        "javafx.animation..", "org.controlsfx..")
                .because("a view model (and its helpers: WizardFixes, TokenPicker, ...) is tested without a robot; "
                        + "dialogs, pickers and timers go through interfaces");
        rule.check(main);
    }

    @Test
    void viewModelsUseOnlyJavaFxPropertiesAndCollections() {
        ArchRule rule = noClasses().that(resideInAnyPackage(screenPackages()).and(not(VIEW_PART)))
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .because("javafx.beans and javafx.collections are observable state, not UI (STYLE rule 4)");
        rule.check(main);
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tokendoctor.oauth..", "dev.tokendoctor.storage..",
                        "dev.tokendoctor.ui..", "dev.tokendoctor.app..", "dev.tokendoctor.report..", "dev.tokendoctor.sandbox..")
                .because("the token rules are the foundation every other layer builds on; they must not move with them");
        rule.check(main);
    }

    @Test
    void servicesDoNotReachUp() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.tokendoctor.oauth..", "dev.tokendoctor.storage..",
                        "dev.tokendoctor.report..", "dev.tokendoctor.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tokendoctor.ui..", "dev.tokendoctor.app..")
                .because("arrows point down the layers: the UI uses services, never the reverse");
        rule.check(main);
    }

    @Test
    void sandboxSharesNoCodeWithTheClient() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tokendoctor.oauth..", "dev.tokendoctor.storage..")
                .allowEmptyShould(true)
                .because("the sandbox must be able to disagree with the client, or it proves nothing");
        rule.check(main);
        ArchRule reverse = noClasses().that().resideInAPackage("dev.tokendoctor.oauth..")
                .should().dependOnClassesThat().resideInAPackage("dev.tokendoctor.sandbox..")
                .allowEmptyShould(true)
                .because("the client must not be written against the sandbox's internals");
        reverse.check(main);
    }

    @Test
    void onlyTheAppPackageComposesScreens() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.tokendoctor.app..")
                .because("app/ is the one composition root; screens get what they need through constructors");
        rule.check(main);
    }

    @Test
    void viewsReachServicesOnlyThroughTheirViewModel() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tokendoctor.storage..", "dev.tokendoctor.oauth..",
                        "dev.tokendoctor.report..", "dev.tokendoctor.sandbox..")
                .because("a view only binds: parsing, HTTP and files are reached through its view model");
        rule.check(main);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        for (String screen : SCREENS) {
            String[] others = screen.equals("bundle") ? java.util.Arrays.stream(otherScreens(screen))
                    .filter(p -> java.util.Arrays.stream(SHOWN_BY_THE_BUNDLE_VIEWER).noneMatch(s -> p.equals("dev.tokendoctor.ui." + s + "..")))
                    .toArray(String[]::new) : otherScreens(screen);
            ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.ui." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("one feature, one package: screens change independently and meet only in app/");
            rule.check(main);
        }
    }

    @Test
    void theBundleViewerReusesOnlyWhatTheScreensExportForIt() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.ui.bundle..")
                .should().dependOnClassesThat(resideInAnyPackage(java.util.Arrays.stream(SHOWN_BY_THE_BUNDLE_VIEWER)
                        .map(s -> "dev.tokendoctor.ui." + s + "..").toArray(String[]::new))
                        .and(not(VIEW_PART)).and(not(simpleNameEndingWith("ViewModel")))
                        .and(not(simpleNameEndingWith("Facts"))).and(not(simpleNameEndingWith("Text")))
                        .and(not(simpleNameEndingWith("Presenter"))).and(not(simpleNameEndingWith("Row"))))
                .because("the viewer shows someone else's data read-only: through a screen's views, its read-only "
                        + "facts and its words, never its commands or services");
        rule.check(main);
        ArchRule reverse = noClasses().that().resideInAnyPackage(otherScreens("bundle"))
                .should().dependOnClassesThat().resideInAPackage("dev.tokendoctor.ui.bundle..")
                .because("the viewer is a reader of the screens, not a part of them");
        reverse.check(main);
    }

    @Test
    void theCommandLineNeverReachesJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.cli..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "dev.tokendoctor.ui..", "com.sun.javafx..")
                .because("the command line runs over SSH with no display: not one class it can reach may need JavaFX");
        rule.check(main);
    }

    @Test
    void theCommandLineUsesTheServicesNotTheWindowsCompositionRoot() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.tokendoctor.app..")
                .because("app/ composes the window and dispatches to cli/; both faces share service/, so no arrow runs back up");
        rule.check(main);
    }

    @Test
    void servicesArePlainJavaBelowBothFaces() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.tokendoctor.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.tokendoctor.ui..",
                        "dev.tokendoctor.app..", "dev.tokendoctor.cli..")
                .because("the connection, refresh and self-check services serve the window and the command line alike");
        rule.check(main);
    }

    @Test
    void theLauncherLinksJavaFxOnlyThroughTheWindow() {
        ArchRule rule = noClasses().that().haveFullyQualifiedName("dev.tokendoctor.app.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.tokendoctor.ui..")
                .because("a subcommand must start without loading a JavaFX class; the window opens through app.Window");
        rule.check(main);
    }

    private static String[] otherScreens(String screen) {
        return java.util.Arrays.stream(SCREENS)
                .filter(s -> !s.equals(screen)).map(s -> "dev.tokendoctor.ui." + s + "..").toArray(String[]::new);
    }
}
