package dev.tokendoctor.app;

import dev.tokendoctor.core.redact.Redactor;
import dev.tokendoctor.storage.DataDirectory;
import dev.tokendoctor.storage.SafeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log. Code logs through {@link System.Logger} (the JDK routes it to java.util.logging);
 * this sends the app's loggers to a rotating file in the data folder's {@code logs/} (3 files of
 * 512 KiB) and nowhere else, every line through the redactor: a token in an exception message
 * reaches the file only as its fingerprint.
 */
final class LogFile implements AutoCloseable {

    private static final Logger APP = Logger.getLogger("dev.tokendoctor");
    private static final Redactor REDACTOR = new Redactor();

    private final Path folder;
    private final Handler handler;

    private LogFile(Path folder, Handler handler) {
        this.folder = folder;
        this.handler = handler;
    }

    /**
     * Starts logging into {@code <dataDir>/logs}. When the folder cannot be written (the data-folder
     * check at start says so to the user) nothing is logged rather than logged unredacted elsewhere.
     */
    static LogFile install(Path dataDir) {
        Path folder = DataDirectory.logsOf(dataDir);
        Handler handler = null;
        try {
            SafeFiles.ensureDirectory(folder);
            FileHandler file = new FileHandler(folder.resolve("doctor-%g.log").toString(), 512 * 1024, 3, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new Redacting());
            handler = file;
        } catch (IOException | SecurityException e) {
            handler = null;
        }
        synchronized (APP) {
            for (Handler old : APP.getHandlers()) {
                APP.removeHandler(old);
                old.close();
            }
            APP.setUseParentHandlers(false); // never to the console, which nobody redacts
            APP.setLevel(Level.INFO);
            if (handler != null) {
                APP.addHandler(handler);
            }
        }
        return new LogFile(folder, handler);
    }

    /** The one place a log line is redacted: switch here when the redactors become one in core. */
    static String redact(String text) {
        return REDACTOR.redact(text);
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        if (handler != null) {
            synchronized (APP) {
                APP.removeHandler(handler);
            }
            handler.close();
        }
    }

    /** {@code time level logger: message} and the stack trace, redacted as one text. */
    private static final class Redacting extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return redact(line.toString());
        }
    }
}
