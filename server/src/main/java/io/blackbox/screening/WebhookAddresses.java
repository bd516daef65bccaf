package io.blackbox.screening;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.blackbox.platform.InvalidInputException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Which addresses alert webhooks may reach, so that a webhook cannot make the server call into its own
 * network (server-side request forgery): loopback, private (RFC 1918), shared (RFC 6598), unique-local
 * IPv6 addresses are refused unless {@code app.screening.webhook-allow-private-addresses} is set;
 * link-local, cloud metadata (169.254.169.254, AWS's fd00:ec2::254, Alibaba's 100.100.100.200), multicast,
 * unspecified and reserved addresses always. See docs/adr/0009-webhook-address-policy.md.
 *
 * <p>A URL is checked when it is set, and again at every delivery: this class is also the HTTP client's
 * {@link DnsResolver}, so the addresses a connection goes to are exactly the ones just checked; a host
 * name that resolved to a public address when it was set and to a private one later (DNS rebinding) is
 * refused. Thread-safe.
 */
final class WebhookAddresses implements DnsResolver {

    /** Looks a host name up; {@code InetAddress::getAllByName} outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What an address is, as far as the policy cares. */
    enum Kind {
        PUBLIC(true, null),
        LOOPBACK(false, "a loopback address"),
        PRIVATE(false, "a private (RFC 1918) address"),
        SHARED(false, "a shared (carrier-grade NAT, RFC 6598) address"),
        UNIQUE_LOCAL(false, "a unique-local IPv6 address"),
        LINK_LOCAL(false, "a link-local address"),
        METADATA(false, "a cloud metadata service address"),
        MULTICAST(false, "a multicast address"),
        UNSPECIFIED(false, "the unspecified address (0.0.0.0 or ::)"),
        RESERVED(false, "a reserved or broadcast address");

        private final boolean isPublic;
        private final String description;

        Kind(boolean isPublic, String description) {
            this.isPublic = isPublic;
            this.description = description;
        }

        /** Addresses of the operator's own network, which an operator may allow; the rest never reach a receiver. */
        boolean isPrivateNetwork() {
            return this == LOOPBACK || this == PRIVATE || this == SHARED || this == UNIQUE_LOCAL;
        }
    }

    /** Cloud providers' instance metadata services, refused even where private networks are allowed. */
    private static final List<InetAddress> METADATA_SERVICES = List.of(
            literal(new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}),
            literal(new byte[] {100, 100, 100, (byte) 200}),
            literal(new byte[] {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54}));

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The URL as it may be stored: http or https with a host, none of whose current addresses is refused.
     * A host that does not resolve now is accepted (its name may be registered later): every delivery
     * checks again.
     *
     * @throws InvalidInputException naming the field {@code url}
     */
    URI requireAllowed(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "url is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new InvalidInputException("url", "url must be an http or https address");
        }
        InetAddress[] found;
        try {
            found = resolver.resolve(host(uri.getHost()));
        } catch (UnknownHostException e) {
            return uri;
        }
        for (InetAddress address : found) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new InvalidInputException("url", "url " + refusal);
            }
        }
        return uri;
    }

    /**
     * The host's addresses for a connection, when none is refused; a host with one refused address is
     * refused whole, since the client might try that one.
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] found = resolver.resolve(host(host));
        if (found == null || found.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : found) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new RefusedAddressException("webhook host " + host + " " + refusal + "; refused");
            }
        }
        return Arrays.copyOf(found, found.length);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }

    /** Why the policy refuses this address ({@code "resolves to a loopback address"}), or null when it may be called. */
    String refusal(InetAddress address) {
        Kind kind = kindOf(address);
        if (kind.isPublic || (allowPrivate && kind.isPrivateNetwork())) {
            return null;
        }
        return "resolves to " + kind.description;
    }

    /** The kind of an address; an IPv6 address that embeds an IPv4 one (mapped, compatible, NAT64, 6to4) is that one's kind. */
    static Kind kindOf(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return kindOf4(b);
        }
        if (METADATA_SERVICES.contains(address)) {
            return Kind.METADATA;
        }
        if (!(address instanceof Inet6Address) || b.length != 16) {
            return Kind.RESERVED;
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return kindOf4(Arrays.copyOfRange(b, 12, 16)); // ::ffff:a.b.c.d
        }
        if (firstTenZero && b[10] == 0 && b[11] == 0) {
            if (address.isAnyLocalAddress()) {
                return Kind.UNSPECIFIED;
            }
            if (address.isLoopbackAddress()) {
                return Kind.LOOPBACK;
            }
            return kindOf4(Arrays.copyOfRange(b, 12, 16)); // deprecated ::a.b.c.d
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            boolean zero = true;
            for (int i = 4; i < 12; i++) {
                zero &= b[i] == 0;
            }
            if (zero) {
                return kindOf4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::a.b.c.d
            }
        }
        if (first == 0x20 && second == 0x02) {
            return kindOf4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002:aabb:ccdd::
        }
        if (first == 0xff) {
            return Kind.MULTICAST;
        }
        if ((first & 0xfe) == 0xfc) {
            return Kind.UNIQUE_LOCAL; // fc00::/7
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Kind.LINK_LOCAL; // fe80::/10
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Kind.UNIQUE_LOCAL; // fec0::/10, the deprecated site-local addresses
        }
        return Kind.PUBLIC;
    }

    private static Kind kindOf4(byte[] b) {
        if (METADATA_SERVICES.contains(literal(b))) {
            return Kind.METADATA;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Kind.UNSPECIFIED; // 0.0.0.0/8, "this network": connecting to it reaches this host
        }
        if (first == 127) {
            return Kind.LOOPBACK;
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return Kind.PRIVATE;
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Kind.SHARED; // 100.64.0.0/10
        }
        if (first == 169 && second == 254) {
            return Kind.LINK_LOCAL;
        }
        if (first >= 224 && first <= 239) {
            return Kind.MULTICAST;
        }
        if (first >= 240) {
            return Kind.RESERVED; // 240.0.0.0/4 and 255.255.255.255
        }
        return Kind.PUBLIC;
    }

    private static InetAddress literal(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv4 or IPv6 address: " + Arrays.toString(address), e);
        }
    }

    /** A URI's host without the brackets of an IPv6 literal. */
    private static String host(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** A webhook host resolves to an address the policy refuses; not retryable. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
