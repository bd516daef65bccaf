package io.blackbox.engine.linking;

/** The kinds of value that can be a shared hub, with the key prefix used inside the linker. */
public enum HubKind {
    EMAIL("e:"), PHONE("p:"), DOMAIN("d:"), ADDRESS("a:"), IDENTIFIER("i:");

    final String prefix;

    HubKind(String prefix) {
        this.prefix = prefix;
    }

    static HubKind ofKey(String prefixedKey) {
        for (HubKind k : values()) {
            if (prefixedKey.startsWith(k.prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + prefixedKey + "' is not a hub key");
    }
}
