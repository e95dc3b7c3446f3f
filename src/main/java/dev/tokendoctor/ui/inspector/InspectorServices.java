package dev.tokendoctor.ui.inspector;

import dev.tokendoctor.storage.PageValueBackups;
import dev.tokendoctor.storage.StoredTokens;
import dev.tokendoctor.storage.discovery.ProfileDiscovery;
import dev.tokendoctor.storage.source.AppStoreSource;
import dev.tokendoctor.storage.sqlite.WebViewStorageSource;
import dev.tokendoctor.storage.tokens.TokenFinder;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The services behind the inspector.
 *
 * @param webView     the embedded WebView's profile, read from a copy when no page of an origin is open
 * @param finder      a token finder judging with the current settings
 * @param sandboxPage the built-in sandbox's {@code /coze-test} URL (may start the sandbox: called in the background)
 */
public record InspectorServices(AppStoreSource appStore, StoredTokens stored, WebViewStorageSource webView,
                                ProfileDiscovery discovery, Supplier<TokenFinder> finder, PageValueBackups backups,
                                Callable<String> sandboxPage) {
}
