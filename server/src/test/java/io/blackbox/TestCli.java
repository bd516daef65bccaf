package io.blackbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Runs {@code bin/blackbox} subcommands in this JVM and captures what they print. */
public final class TestCli {

    private TestCli() {
    }

    public static synchronized Result run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new BlackBoxCommand()).execute(args);
            return new Result(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    public record Result(int exitCode, String out) {
    }
}
