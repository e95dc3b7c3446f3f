package dev.tokendoctor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The stores made by real browsers (scripts/make-browser-fixtures.sh), and copies of them to break. */
public final class BrowserFixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures/browsers");
    public static final Path CHROMIUM_USER_DATA = ROOT.resolve("chromium/user-data");
    public static final Path CHROMIUM_DEFAULT = CHROMIUM_USER_DATA.resolve("Default/Local Storage/leveldb");
    public static final Path CHROMIUM_MANY_ORIGINS = CHROMIUM_USER_DATA.resolve("Profile 1/Local Storage/leveldb");
    public static final Path CHROMIUM_COMPACTED = ROOT.resolve("chromium/compacted/Default/Local Storage/leveldb");
    public static final Path FIREFOX_ROOT = ROOT.resolve("firefox");
    public static final Path FIREFOX_PROFILE = FIREFOX_ROOT.resolve("Profiles/fixture.default-release");

    public static final String ORIGIN = "http://localhost:8082";
    public static final String KEY = "coze_oauth_tokens";
    /** What the fixture page wrote on its second visit (the first wrote v1, which expired in 2023). */
    public static final String TOKEN_V2_PREFIX = "{\"access_token\":\"czu_fixturev2_localhost8082\"";
    public static final String GREETING = "你好，中文 café";

    /** Copies a fixture folder (recursively) under {@code target}, to break or to compare. */
    public static Path copy(Path fixture, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private BrowserFixtures() {
    }
}
