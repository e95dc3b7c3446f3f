package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Msg;
import dev.tokendoctor.core.token.ParseResult;
import dev.tokendoctor.core.token.TokenHealth;
import dev.tokendoctor.core.token.TokenRecord;
import dev.tokendoctor.storage.tokens.Freshest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The token the app follows, with its verdict: a file named on the command line, else the app's
 * store, else the freshest {@code coze_oauth_tokens} in the browsers. Reading never changes the
 * store (an unreadable file is reported, not moved aside as the window does).
 *
 * @param source     where it came from, in words
 * @param parse      the parser's reading, null when there is no token at all
 * @param health     the verdict now
 * @param fromBrowser whether it came from a browser scan (re-reading it is not free)
 */
record Followed(Msg source, ParseResult parse, TokenHealth health, boolean fromBrowser) {

    static Followed resolve(CliContext ctx, Path tokenFile) throws IOException {
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) {
                throw new CliFailure(ExitCode.NO_TOKEN, Msg.of("cli.err.noFile", tokenFile));
            }
            return of(ctx, Msg.of("cli.source.file", tokenFile.toAbsolutePath()), Files.readAllBytes(tokenFile));
        }
        Optional<byte[]> stored = ctx.stored.store().read();
        if (stored.isPresent()) {
            return of(ctx, Msg.of("cli.source.store", ctx.stored.store().file()), stored.get());
        }
        Optional<Freshest> freshest = Sources.scan(ctx, List.of(), source -> { }).freshest();
        if (freshest.isPresent()) {
            var found = freshest.get().token();
            return new Followed(Msg.of("cli.source.browser", found.sourceName(), found.origin()), found.parse(),
                    ctx.evaluator().evaluate(found.parse(), ctx.clock.instant()), true);
        }
        return new Followed(Msg.of("cli.source.none"), null, ctx.evaluator().missing(ctx.clock.instant()), false);
    }

    private static Followed of(CliContext ctx, Msg source, byte[] bytes) {
        ParseResult parse = ctx.parser.parse(bytes);
        return new Followed(source, parse, ctx.evaluator().evaluate(parse, ctx.clock.instant()), false);
    }

    /** The same token evaluated again, now. */
    Followed reevaluated(CliContext ctx) {
        TokenHealth now = parse == null ? ctx.evaluator().missing(ctx.clock.instant())
                : ctx.evaluator().evaluate(parse, ctx.clock.instant());
        return new Followed(source, parse, now, fromBrowser);
    }

    Optional<TokenRecord> record() {
        return parse instanceof ParseResult.Parsed parsed ? Optional.of(parsed.record()) : Optional.empty();
    }

    int exitCode() {
        return ExitCode.of(health.state());
    }

    static Followed missing(CliContext ctx) {
        return new Followed(Msg.of("cli.source.none"), null, ctx.evaluator().missing(ctx.clock.instant()), false);
    }

    static Followed of(Msg source, ParseResult parse, TokenHealth health) {
        return new Followed(source, parse, health, false);
    }
}
