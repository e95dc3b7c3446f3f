package dev.tokendoctor.cli;

import dev.tokendoctor.storage.discovery.BrowserProfile;
import dev.tokendoctor.storage.discovery.ProfileDiscovery;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.source.ScanResult;
import dev.tokendoctor.storage.source.StorageSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import dev.tokendoctor.storage.tokens.FoundToken;
import dev.tokendoctor.storage.tokens.Freshest;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every store the inspector reads: the app's own, its WebView profile, every Chromium-family and
 * Firefox profile on this machine, and the folders the user names. Browser stores are read from a
 * private copy by their readers: nothing here writes to a browser's files.
 */
final class Sources {

    /** One scan: what each source held, and the tokens among it. */
    record Scanned(List<ScanResult> results, List<FoundToken> tokens, Optional<Freshest> freshest) {
    }

    static List<StorageSource> all(CliContext ctx, List<Path> folders) {
        List<StorageSource> sources = new ArrayList<>();
        sources.add(new AppStoreSource("Coze Token Doctor", ctx.stored.store()));
        sources.add(new WebViewStorageSource("WebView", ctx.dataDir.resolve("webview")));
        for (BrowserProfile profile : ProfileDiscovery.ofThisMachine().discover(folders)) {
            sources.add(profile.source());
        }
        return sources;
    }

    /** Scans every source in turn; {@code scanning} hears each source's name before it is read. */
    static Scanned scan(CliContext ctx, List<Path> folders, Consumer<StorageSource> scanning) {
        List<ScanResult> results = new ArrayList<>();
        for (StorageSource source : all(ctx, folders)) {
            scanning.accept(source);
            results.add(source.scan());
        }
        TokenFinder finder = new TokenFinder(ctx.parser, ctx.evaluator(), ctx.clock);
        List<FoundToken> tokens = finder.find(results);
        return new Scanned(results, tokens, finder.freshest(tokens));
    }

    private Sources() {
    }
}
