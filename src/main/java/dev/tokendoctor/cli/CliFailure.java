package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Msg;

/** An expected failure of a command (a missing file, nothing to undo): one sentence and its exit code. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Msg sentence;
    private final int exitCode;

    CliFailure(int exitCode, Msg sentence) {
        super(sentence.key(), null, false, false);
        this.sentence = sentence;
        this.exitCode = exitCode;
    }

    static CliFailure usage(String key, Object... args) {
        return new CliFailure(ExitCode.USAGE, Msg.of(key, args));
    }

    Msg sentence() {
        return sentence;
    }

    int exitCode() {
        return exitCode;
    }
}
