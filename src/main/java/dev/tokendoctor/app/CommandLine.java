package dev.tokendoctor.app;

import dev.tokendoctor.core.i18n.Messages;
import dev.tokendoctor.core.i18n.Msg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line: {@code --lang zh|en}, {@code --token-file PATH}, {@code --data-dir PATH},
 * {@code --help}. Unknown options are errors with a sentence, not ignored.
 *
 * @param language  the language forced on the command line, or null
 * @param tokenFile a token file to show on launch, or null
 * @param dataDir   where the app keeps its own files, or null for the OS default
 * @param help      print usage and exit
 * @param measureStartup print the time to the first frame and exit (for the start-up benchmark)
 * @param selfCheck      check the libraries without a window and exit (see {@code SelfCheck})
 * @param errors    what was wrong with the arguments
 */
public record CommandLine(Locale language, Path tokenFile, Path dataDir, boolean help, boolean measureStartup,
                          boolean selfCheck, List<Msg> errors) {

    public CommandLine {
        errors = List.copyOf(errors);
    }

    public static CommandLine parse(List<String> args) {
        Locale language = null;
        Path tokenFile = null;
        Path dataDir = null;
        boolean help = false;
        boolean measure = false;
        boolean selfCheck = false;
        List<Msg> errors = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--measure-startup" -> measure = true;
                case "--self-check" -> selfCheck = true;
                case "--lang", "--token-file", "--data-dir" -> {
                    String value = inline != null ? inline
                            : i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : null;
                    if (value == null || value.isBlank()) {
                        errors.add(Msg.of("cli.error.missingValue", name));
                    } else if (name.equals("--lang")) {
                        language = Messages.parseLanguage(value);
                        if (language == null) {
                            errors.add(Msg.of("cli.error.language", value));
                        }
                    } else if (name.equals("--token-file")) {
                        tokenFile = Path.of(value);
                    } else {
                        dataDir = Path.of(value);
                    }
                }
                default -> errors.add(Msg.of("cli.error.unknown", arg));
            }
        }
        return new CommandLine(language, tokenFile, dataDir, help, measure, selfCheck, errors);
    }

    /**
     * Whether the arguments name a subcommand ({@code status}, {@code scan}, …): any word that is
     * not an option or an option's value. The window takes options only, so a word means the command line.
     */
    public static boolean wantsCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUE_OPTIONS.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> VALUE_OPTIONS = List.of("--lang", "--token-file", "--data-dir");

    public String usage(Messages m) {
        return m.get("cli.usage");
    }
}
