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

    /** Held so that the logger keeps its level (loggers are weakly referenced). */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    private static final java.util.logging.Logger LUCENE_NATIVE =
            java.util.logging.Logger.getLogger("org.apache.lucene.store.PosixNativeAccess");

    public static void main(String[] args) {
        // Lucene notes once that the incubating vector module is not enabled; nobody running the command can act on it.
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        // bin/blackbox denies native calls on purpose (docs/adr/0020-no-native-access.md), which Lucene warns about.
        LUCENE_NATIVE.setLevel(java.util.logging.Level.SEVERE);
        int code = new CommandLine(new BlackBoxCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
