package io.blackbox;

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
        new SpringApplicationBuilder(BlackBoxApplication.class).properties(props).run();
        return KEEP_RUNNING;
    }
}
