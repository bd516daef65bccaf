package io.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executor;

import io.blackbox.IntegrationTest;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.task.AsyncTaskExecutor;

/** Requests run on Tomcat's platform threads; the application's own tasks keep virtual threads. */
@IntegrationTest
class RequestThreadsIntegrationTests {

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    AsyncTaskExecutor applicationTaskExecutor;

    @Test
    void tomcatServesRequestsFromItsOwnThreadPool() throws Exception {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Executor executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        assertThat(executor).isInstanceOf(ThreadPoolExecutor.class);
        assertThat(((ThreadPoolExecutor) executor).getMaximumPoolSize())
                .as("a few threads per core unless server.tomcat.threads.max is set")
                .isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        var thread = new java.util.concurrent.CompletableFuture<Thread>();
        executor.execute(() -> thread.complete(Thread.currentThread()));
        assertThat(thread.get().isVirtual()).isFalse();

        var task = applicationTaskExecutor.submit(() -> Thread.currentThread().isVirtual());
        assertThat(task.get()).as("virtual threads stay on for the rest of the application").isTrue();
    }
}
