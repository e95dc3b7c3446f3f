package dev.tokendoctor.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.HealthEvaluator;
import dev.tokendoctor.core.token.HealthPolicy;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.storage.FileTokenStore;
import dev.tokendoctor.storage.PageValueBackups;
import dev.tokendoctor.storage.SafeFiles;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.discovery.ProfileDiscovery;
import dev.tokendoctor.storage.discovery.RunningDetector;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import dev.tokendoctor.storage.tokens.BrowserGuidance;
import dev.tokendoctor.storage.tokens.TokenFinder;
import dev.tokendoctor.testing.MemoryClipboard;
import dev.tokendoctor.testing.MutableClock;
import dev.tokendoctor.testing.RecordingDialogs;
import dev.tokendoctor.ui.common.BackgroundExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Shared set-up: a temp app store, a fake home, a same-thread executor and recorded dialogs. */
abstract class InspectorTestBase {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final String LIVE_ORIGIN = "http://localhost:8082";
    static final String ACCESS = "czu_InspectorCanaryAccess0123456789abcdef";

    @TempDir
    Path dir;
    Path data;
    Path home;
    final MutableClock clock = new MutableClock(NOW);
    final RecordingDialogs dialogs = new RecordingDialogs();
    final MemoryClipboard clipboard = new MemoryClipboard();
    final Actions actions = new Actions();
    final Messages messages = new Messages(Messages.ENGLISH);
    FileTokenStore store;
    InspectorViewModel vm;

    /** Records what the inspector asked of the app. */
    static final class Actions implements InspectorActions {
        final List<String> shown = new ArrayList<>();
        final List<Msg> sources = new ArrayList<>();
        final List<String> followed = new ArrayList<>();
        int storeChanges;

        @Override
        public void showInStatus(String text, Msg source) {
            shown.add(text);
            sources.add(source);
        }

        @Override
        public void followIfNothingStored(String text, Msg source) {
            followed.add(text);
            sources.add(source);
        }

        @Override
        public void appStoreChanged() {
            storeChanges++;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        home = Files.createDirectories(dir.resolve("home"));
        store = new FileTokenStore(data, clock);
        TokenParser parser = new TokenParser(clock);
        StoredTokens stored = new StoredTokens(store, parser);
        ProfileDiscovery discovery = new ProfileDiscovery("Linux", Map.of(), home,
                new RunningDetector(() -> Stream.of("bash", "chromium"), pid -> false));
        InspectorServices services = new InspectorServices(new AppStoreSource("Coze Token Doctor", store), stored,
                new WebViewStorageSource("WebView", data.resolve("webview")), discovery,
                () -> new TokenFinder(parser, new HealthEvaluator(HealthPolicy.DEFAULT), clock),
                new PageValueBackups(data, clock), () -> "http://127.0.0.1:9/coze-test");
        vm = new InspectorViewModel(services, BackgroundExecutor.sameThread(), dialogs, clipboard, clock, messages, actions);
    }

    static String cozeJson(String access, Instant expires) {
        return "{\"access_token\":\"" + access + "\",\"refresh_token\":\"rt_InspectorCanaryRefresh\",\"expires_in\":"
                + expires.getEpochSecond() + ",\"token_type\":\"Bearer\"}";
    }

    void storeToken(Instant expires) throws Exception {
        store.write(cozeJson(ACCESS, expires).getBytes(StandardCharsets.UTF_8));
    }

    static List<InspectorNode> flatten(InspectorNode node) {
        List<InspectorNode> all = new ArrayList<>(List.of(node));
        node.children().forEach(c -> all.addAll(flatten(c)));
        return all;
    }

    InspectorNode node(InspectorNode.Kind kind, String labelPart) {
        return flatten(vm.treeProperty().get()).stream().filter(n -> n.kind() == kind && n.label().contains(labelPart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " node with " + labelPart + " in "
                        + flatten(vm.treeProperty().get()).stream().map(InspectorNode::label).toList()));
    }

    EntryRow row(String key) {
        return vm.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + vm.rows()));
    }

    static boolean ownerOnly(Path file) throws Exception {
        return !SafeFiles.posix() || Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"));
    }

    static String console() {
        return BrowserGuidance.CONSOLE_LINE;
    }
}
