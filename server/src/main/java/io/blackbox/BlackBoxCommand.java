package io.blackbox;

import io.blackbox.engine.cli.LinkCommand;
import io.blackbox.engine.cli.ScorePairsCommand;
import io.blackbox.engine.cli.ScreenCommand;
import picocli.CommandLine.Command;

/** The top of {@code bin/blackbox}. */
@Command(name = "blackbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Black Box: blinded due-diligence directory and restricted-party screening.",
        subcommands = {ServeCommand.class, ListsCommand.class, AuditCommand.class, ScreenCommand.class,
                ScorePairsCommand.class, LinkCommand.class, picocli.CommandLine.HelpCommand.class})
final class BlackBoxCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
