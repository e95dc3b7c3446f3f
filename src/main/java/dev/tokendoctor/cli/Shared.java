package dev.tokendoctor.cli;

import dev.tokendoctor.core.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares, mixed in once ({@code @Mixin}) instead of a parent field and a
 * {@code --json} option repeated in each: the terminal, the messages and the data folder of the
 * root command ({@code --data-dir} and {@code --lang} are the root's options, inherited by every
 * subcommand so they may come before or after its name).
 */
@Command // a mixin with only a @Spec is not one to picocli: the annotation makes it one, adding nothing
class Shared {

    /** The command this is mixed into; its root holds the parsed shared options. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private RootCommand root() {
        return (RootCommand) mixee.root().userObject();
    }

    Terminal terminal() {
        return root().terminal();
    }

    Messages messages() {
        return root().messages();
    }

    /** The app's services over the data folder; the caller closes it. */
    CliContext context() {
        return root().context();
    }

    /** The shared part of a read command: {@code --json} for a documented, versioned shape (docs/cli.md). */
    static final class WithJson extends Shared {

        @Option(names = "--json", descriptionKey = "cli.opt.json")
        boolean json;
    }
}
