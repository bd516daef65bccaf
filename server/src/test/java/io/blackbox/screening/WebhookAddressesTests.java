package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.blackbox.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook address policy, when a URL is set and when a call is made, on a real HTTP client and receiver. */
class WebhookAddressesTests {

    private static final WebhookAddresses STRICT = new WebhookAddresses(false, InetAddress::getAllByName);
    private static final WebhookAddresses PRIVATE_ALLOWED = new WebhookAddresses(true, InetAddress::getAllByName);

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.8.9.10, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.0.10, PRIVATE",
            "100.64.0.1, SHARED", "100.127.255.254, SHARED",
            "169.254.1.1, LINK_LOCAL", "fe80::1, LINK_LOCAL", "::ffff:169.254.0.1, LINK_LOCAL",
            "169.254.169.254, METADATA", "::ffff:169.254.169.254, METADATA", "fd00:ec2::254, METADATA",
            "100.100.100.200, METADATA",
            "fd00::1, UNIQUE_LOCAL", "fc12:3456::1, UNIQUE_LOCAL", "fec0::1, UNIQUE_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED",
            "240.0.0.1, RESERVED", "255.255.255.255, RESERVED",
            "64:ff9b::a00:1, PRIVATE", "2002:7f00:1::, LOOPBACK", "::7f00:1, LOOPBACK",
            "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "203.0.113.10, PUBLIC",
            "2001:4860:4860::8888, PUBLIC", "64:ff9b::808:808, PUBLIC"})
    void classifiesAddresses(String address, WebhookAddresses.Kind kind) throws UnknownHostException {
        assertThat(WebhookAddresses.kindOf(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:8080/hook | url resolves to a loopback address",
            "http://localhost/hook | url resolves to a loopback address",
            "http://[::1]/hook | url resolves to a loopback address",
            "https://10.0.0.5/hook | url resolves to a private (RFC 1918) address",
            "https://192.168.1.1/hook | url resolves to a private (RFC 1918) address",
            "http://169.254.169.254/latest/meta-data/ | url resolves to a cloud metadata service address",
            "http://169.254.10.10/hook | url resolves to a link-local address",
            "http://[fd00::1]/hook | url resolves to a unique-local IPv6 address",
            "http://224.0.0.1/hook | url resolves to a multicast address",
            "http://0.0.0.0:8080/hook | url resolves to the unspecified address (0.0.0.0 or ::)"})
    void refusesInternalAddressesWhenAUrlIsSet(String url, String message) {
        assertThatThrownBy(() -> STRICT.requireAllowed(url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"))
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://203.0.113.10/hook", "file:///etc/passwd", "gopher://203.0.113.10/", "/relative", "", "http:///nohost"})
    void refusesAnythingButHttpAndHttps(String url) {
        assertThatThrownBy(() -> STRICT.requireAllowed(url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void acceptsPublicAddressesAndHostsThatDoNotResolveYet() {
        assertThat(STRICT.requireAllowed("https://203.0.113.10/hook")).hasToString("https://203.0.113.10/hook");
        assertThat(STRICT.requireAllowed("HTTPS://[2001:db8::1]:8443/hook").getPort()).isEqualTo(8443);
        WebhookAddresses unresolvable = new WebhookAddresses(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(unresolvable.requireAllowed("https://hooks.not-yet-registered.example/x")).isNotNull();
    }

    @Test
    void privateNetworksMayBeAllowedButLinkLocalMulticastAndUnspecifiedNever() {
        for (String url : List.of("http://127.0.0.1/hook", "http://10.0.0.5/hook", "http://100.64.0.1/hook",
                "http://[fd00::1]/hook")) {
            assertThat(PRIVATE_ALLOWED.requireAllowed(url)).as(url).isNotNull();
        }
        for (String url : List.of("http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://100.100.100.200/",
                "http://169.254.1.1/", "http://[fe80::1]/", "http://224.0.0.1/", "http://0.0.0.0/",
                "http://255.255.255.255/")) {
            assertThatThrownBy(() -> PRIVATE_ALLOWED.requireAllowed(url)).as(url).isInstanceOf(InvalidInputException.class);
        }
    }

    /** A host resolving to one public and one private address is refused whole: the client might try either. */
    @Test
    void oneRefusedAddressRefusesTheHost() throws UnknownHostException {
        InetAddress[] both = {InetAddress.getByName("203.0.113.10"), InetAddress.getByName("10.0.0.1")};
        WebhookAddresses policy = new WebhookAddresses(false, host -> both);
        assertThatThrownBy(() -> policy.requireAllowed("https://mixed.example/hook"))
                .hasMessage("url resolves to a private (RFC 1918) address");
        assertThatThrownBy(() -> policy.resolve("mixed.example"))
                .isInstanceOf(WebhookAddresses.RefusedAddressException.class);
    }

    @Test
    void aCallToALoopbackReceiverIsNotMade() throws IOException {
        try (WebhookClient client = new WebhookClient(STRICT, Duration.ofSeconds(5))) {
            for (String host : List.of("127.0.0.1", "localhost")) {
                URI url = URI.create("http://" + host + ":" + receiver.getAddress().getPort() + "/hook");
                assertThatThrownBy(() -> client.post(url, "{}", Map.of()))
                        .isInstanceOf(WebhookAddresses.RefusedAddressException.class)
                        .hasMessageContaining("resolves to a loopback address");
            }
        }
        assertThat(received).isEmpty();
    }

    @Test
    void aCallToALoopbackReceiverIsMadeWhenPrivateAddressesAreAllowed() throws IOException {
        try (WebhookClient client = new WebhookClient(PRIVATE_ALLOWED, Duration.ofSeconds(5))) {
            URI url = URI.create("http://localhost:" + receiver.getAddress().getPort() + "/hook");
            assertThat(client.post(url, "{\"event\": \"test\"}", Map.of("X-Test", "1"))).isEqualTo(204);
        }
        assertThat(received).containsExactly("{\"event\": \"test\"}");
    }

    /**
     * DNS rebinding: the name resolves to a public address when the URL is set and to loopback when the call
     * is made. The call is refused, and the client never looks the name up a second time on its own.
     */
    @Test
    void aNameThatResolvesToLoopbackAfterItWasSetIsNotCalled() throws IOException {
        Deque<InetAddress> answers = new ArrayDeque<>(List.of(InetAddress.getByName("203.0.113.10"),
                InetAddress.getByName("127.0.0.1"), InetAddress.getByName("127.0.0.1")));
        List<String> lookUps = new CopyOnWriteArrayList<>();
        WebhookAddresses rebinding = new WebhookAddresses(false, host -> {
            lookUps.add(host);
            return new InetAddress[] {answers.size() > 1 ? answers.poll() : answers.peek()};
        });
        String url = "http://hooks.rebinding.example:" + receiver.getAddress().getPort() + "/hook";
        assertThat(rebinding.requireAllowed(url)).isNotNull();
        try (WebhookClient client = new WebhookClient(rebinding, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> client.post(URI.create(url), "{}", Map.of()))
                    .isInstanceOf(WebhookAddresses.RefusedAddressException.class)
                    .hasMessage("webhook host hooks.rebinding.example resolves to a loopback address; refused");
        }
        assertThat(received).isEmpty();
        assertThat(lookUps).containsExactly("hooks.rebinding.example", "hooks.rebinding.example");
    }
}
