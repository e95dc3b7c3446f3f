package dev.tokendoctor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokendoctor.core.token.ParseProblem;
import dev.tokendoctor.core.token.TokenParser;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

    FileTokenStore store() {
        return new FileTokenStore(dir, clock);
    }

    @Test
    void writesOwnerOnlyAndLeavesNoTempFiles() throws Exception {
        FileTokenStore store = store();
        store.write(bytes("{\"access_token\":\"czu_a\"}"));
        assertThat(store.read()).get().isEqualTo(bytes("{\"access_token\":\"czu_a\"}"));
        if (SafeFiles.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tokens.json");
        }
    }

    @Test
    void atomicWriteReplacesTheWholeFileThroughARename() throws Exception {
        FileTokenStore store = store();
        store.write(bytes("first, and much longer than the second ......................."));
        Object inodeBefore = Files.readAttributes(store.file(), "unix:ino").get("ino");
        store.write(bytes("second"));
        Object inodeAfter = Files.readAttributes(store.file(), "unix:ino").get("ino");
        assertThat(store.read()).get().isEqualTo(bytes("second"));
        // A new inode proves the content arrived by rename, never by truncating the old file in place.
        assertThat(inodeAfter).isNotEqualTo(inodeBefore);
    }

    @Test
    void everyOverwriteKeepsABackupAndUndoRestoresTheSameBytes() throws Exception {
        FileTokenStore store = store();
        byte[] original = "{ \"access_token\" : \"czu_original\" ,\n  \"odd spacing\": 1 }\r\n".getBytes(StandardCharsets.UTF_8);
        store.write(original, TokenStore.Change.IMPORT);
        clock.step(Duration.ofSeconds(1));
        store.write(bytes("{\"access_token\":\"czu_new\"}"), TokenStore.Change.IMPORT);
        assertThat(store.backups()).hasSize(1);
        assertThat(Files.readAllBytes(store.backups().get(0))).isEqualTo(original);
        if (SafeFiles.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.backups().get(0)))).isEqualTo("rw-------");
        }

        assertThat(store.undo()).isTrue();
        assertThat(store.read()).get().isEqualTo(original);
        assertThat(store.canUndo()).isFalse();
        // What undo replaced is kept too, outside the undo stack.
        try (Stream<Path> undone = Files.list(dir.resolve("backups/undone"))) {
            assertThat(undone.map(Path::getFileName).map(Path::toString)).anyMatch(n -> n.contains("replaced-by-undo"));
        }
    }

    @Test
    void clearMovesTheFileIntoBackupsAndUndoBringsItBack() throws Exception {
        FileTokenStore store = store();
        byte[] original = bytes("{\"access_token\":\"czu_keep\"}");
        store.write(original);
        assertThat(store.clear()).isTrue();
        assertThat(store.read()).isEmpty();
        assertThat(store.canUndo()).isTrue();
        assertThat(store.undo()).isTrue();
        assertThat(store.read()).get().isEqualTo(original);
        assertThat(store.clear()).isTrue();
        assertThat(store.clear()).isFalse();
    }

    @Test
    void undoWalksBackThroughSeveralChangesNewestFirst() throws Exception {
        FileTokenStore store = store();
        store.write(bytes("one"), TokenStore.Change.IMPORT);
        store.write(bytes("two"), TokenStore.Change.IMPORT);
        store.write(bytes("three"), TokenStore.Change.IMPORT);
        store.clear();
        assertThat(store.undo()).isTrue();
        assertThat(store.read()).get().isEqualTo(bytes("three"));
        assertThat(store.undo()).isTrue();
        assertThat(store.read()).get().isEqualTo(bytes("two"));
        assertThat(store.undo()).isTrue();
        assertThat(store.read()).get().isEqualTo(bytes("one"));
        assertThat(store.undo()).isFalse();
    }

    /** Issue 10, finding 1: what a refresh replaced is backed up, but undo never brings back a rotated refresh token. */
    @Test
    void aRefreshIsBackedUpButNotUndoable() throws Exception {
        FileTokenStore store = store();
        store.write(bytes("imported"), TokenStore.Change.IMPORT);
        store.write(bytes("refreshed"), TokenStore.Change.REFRESH);
        assertThat(store.backups()).hasSize(1);
        assertThat(store.canUndo()).isFalse();
        assertThat(store.undo()).isFalse();
        assertThat(store.read()).get().isEqualTo(bytes("refreshed"));
    }

    @Test
    void aCorruptFileIsMovedAsideNotDeleted() throws Exception {
        FileTokenStore store = store();
        byte[] corrupt = bytes("{\"access_token\": \"czu_x\", oops");
        Files.write(store.file(), corrupt);
        StoredTokens tokens = new StoredTokens(store, new TokenParser(clock));

        StoredTokens.Loaded loaded = tokens.load();

        assertThat(loaded).isInstanceOf(StoredTokens.Quarantined.class);
        StoredTokens.Quarantined q = (StoredTokens.Quarantined) loaded;
        assertThat(q.problem().code()).isEqualTo(ParseProblem.Code.INVALID_JSON);
        assertThat(Files.readAllBytes(q.movedTo())).isEqualTo(corrupt);
        assertThat(store.read()).isEmpty();
        assertThat(tokens.load()).isInstanceOf(StoredTokens.Empty.class);
    }

    @Test
    void savedRecordsUseCozesShapeWithTheLearnedIssueTimes() throws Exception {
        StoredTokens tokens = new StoredTokens(store(), new TokenParser(clock));
        Instant expires = Instant.parse("2026-11-27T10:15:00Z");
        Instant issued = Instant.parse("2026-11-27T10:00:00Z");
        tokens.save(new TokenRecord("czu_access", "refresh", expires, issued, issued, "Bearer", null));

        String json = Files.readString(store().file());
        assertThat(json).contains("\"expires_in\" : " + expires.getEpochSecond())
                .contains("\"obtained_at\" : " + issued.getEpochSecond())
                .contains("\"refresh_issued_at\"");
        StoredTokens.Found found = (StoredTokens.Found) tokens.load();
        assertThat(found.parsed().record().expiresAt()).isEqualTo(expires);
        assertThat(found.parsed().record().refreshIssuedAt()).isEqualTo(issued);
        assertThat(found.parsed().warnings()).isEmpty();
    }

    @Test
    void settingsSurviveARoundTripAndABrokenFileGivesDefaults() throws Exception {
        SettingsStore settings = new SettingsStore(dir);
        assertThat(settings.load()).isEqualTo(AppSettings.DEFAULT);
        settings.save(new AppSettings("en", 5, false));
        assertThat(settings.load()).isEqualTo(new AppSettings("en", 5, false));
        Files.writeString(settings.file(), "{not json");
        assertThat(settings.load()).isEqualTo(AppSettings.DEFAULT);
    }

    @Test
    void dataDirectoryFollowsEachOperatingSystem() {
        Path home = Path.of("/home/u");
        assertThat(DataDirectory.defaultFor("Linux", java.util.Map.of(), home)).isEqualTo(Path.of("/home/u/.local/share/coze-token-doctor"));
        assertThat(DataDirectory.defaultFor("Linux", java.util.Map.of("XDG_DATA_HOME", "/x"), home)).isEqualTo(Path.of("/x/coze-token-doctor"));
        assertThat(DataDirectory.defaultFor("Mac OS X", java.util.Map.of(), home).toString()).endsWith("Library/Application Support/Coze Token Doctor");
        assertThat(DataDirectory.defaultFor("Windows 11", java.util.Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), home).toString()).endsWith("CozeTokenDoctor");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
