package io.blackbox;

import picocli.CommandLine.Command;

/** The top of {@code bin/blackbox}. */
@Command(name = "blackbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Black Box: blinded due-diligence directory and restricted-party screening.",
        subcommands = {ServeCommand.class, ListsCommand.class, AuditCommand.class, picocli.CommandLine.HelpCommand.class})
final class BlackBoxCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
