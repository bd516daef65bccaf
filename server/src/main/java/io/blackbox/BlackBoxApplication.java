package io.blackbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import picocli.CommandLine;

/**
 * The one runnable artifact. {@code main} is the {@code bin/blackbox} command line: {@code serve} starts
 * the web server; every other subcommand runs and exits without one.
 */
@SpringBootApplication
@Modulithic(systemName = "Black Box")
public class BlackBoxApplication {

    public static void main(String[] args) {
        int code = new CommandLine(new BlackBoxCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
