package io.blackbox.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A stand-alone entry point for the engine's commands, so that {@code score-pairs} and {@code screen}
 * run without the server. The server's {@code bin/blackbox} registers the same command classes.
 */
@Command(name = "blackbox", mixinStandardHelpOptions = true,
        description = "Black Box engine: name matching and screening.",
        subcommands = {ScorePairsCommand.class, ScreenCommand.class, CommandLine.HelpCommand.class})
public final class EngineCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held so that the logger keeps its level (loggers are weakly referenced). */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene warns once that the vector module is not enabled; a command line user cannot act on it.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new EngineCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
