package io.blackbox.platform.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * HTTP requests run on Tomcat's own pool of platform threads, a few per core, while the rest of the
 * application keeps virtual threads. A screening is CPU work without blocking: on virtual threads, which
 * the JVM never pre-empts, concurrent screenings were served so unevenly that under load some waited a
 * second behind later ones, and with hundreds of request threads the JIT compiler lost the cores to them;
 * a pool of a few threads per core served the most screenings with the shortest tail
 * (docs/adr/0014-requests-on-platform-threads.md).
 * Runs after Spring Boot's virtual-thread customiser (order 1) and undoes its executor: Tomcat then makes
 * its own at start. {@code server.tomcat.threads.max}, when set, sizes the pool instead of {@link #defaultMax}.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String MAX_PROPERTY = "server.tomcat.threads.max";

    private final Environment environment;

    RequestThreads(Environment environment) {
        this.environment = environment;
    }

    /** Four request threads per core, at least eight. */
    static int defaultMax(int cores) {
        return Math.max(8, 4 * cores);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        boolean configured = environment.containsProperty(MAX_PROPERTY);
        int max = defaultMax(Runtime.getRuntime().availableProcessors());
        // a connector customiser: Spring Boot applies the thread settings in one, after the protocol's
        factory.addConnectorCustomizers(connector -> {
            connector.getProtocolHandler().setExecutor(null);
            if (!configured && connector.getProtocolHandler() instanceof AbstractProtocol<?> p) {
                p.setMaxThreads(max);
                p.setMinSpareThreads(Math.min(p.getMinSpareThreads(), max));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
