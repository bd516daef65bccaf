package io.blackbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web server (UI and API) on http://localhost:PORT.")
final class ServeCommand implements Callable<Integer> {

    /** Returned by {@code serve}: the web server's threads keep the process alive. */
    static final int KEEP_RUNNING = -1;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Map<String, Object> props = database.properties();
        props.put("server.port", port);
        // machine-readable logs (Elastic Common Schema JSON) in the data directory; the console stays readable
        Path dataDir = database.dataDir != null ? database.dataDir.toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".blackbox");
        props.putIfAbsent("logging.file.name", dataDir.resolve("logs").resolve("blackbox.log").toString());
        props.putIfAbsent("logging.structured.format.file", "ecs");
        new SpringApplicationBuilder(BlackBoxApplication.class).properties(props).run();
        return KEEP_RUNNING;
    }
}
