package io.blackbox.screening;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts webhook calls. Apache HttpClient rather than the JDK's, because it lets {@link WebhookAddresses}
 * resolve host names: the addresses a connection goes to are the ones the policy just checked, never a
 * second look-up that DNS rebinding could answer differently. No redirects are followed (a redirect could
 * point anywhere), no system proxy is used, and nothing is retried. Thread-safe.
 */
final class WebhookClient implements AutoCloseable {

    private final CloseableHttpClient http;

    WebhookClient(WebhookAddresses addresses, Duration timeout) {
        Objects.requireNonNull(addresses, "addresses");
        Timeout t = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(addresses)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * POSTs a JSON body and answers the receiver's status code.
     *
     * @throws IOException when the receiver cannot be reached, or its host resolves to a refused address
     *                     ({@link WebhookAddresses.RefusedAddressException})
     */
    int post(URI url, String json, Map<String, String> headers) throws IOException {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
