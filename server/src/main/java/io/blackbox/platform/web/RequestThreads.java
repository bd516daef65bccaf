package io.blackbox.platform.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * HTTP requests run on Tomcat's own pool of platform threads (sized by {@code server.tomcat.threads.*}),
 * while the rest of the application keeps virtual threads. A screening is CPU work without blocking; on
 * virtual threads, which the JVM never pre-empts, concurrent screenings were served so unevenly that under
 * load some waited a second behind later ones (docs/adr/0014-requests-on-platform-threads.md).
 * Runs after Spring Boot's virtual-thread customiser (order 1) and undoes its executor: Tomcat then makes
 * its own at start.
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addProtocolHandlerCustomizers(protocol -> protocol.setExecutor(null));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
