package io.blackbox.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import io.blackbox.engine.lists.EntityName;
import io.blackbox.engine.lists.ListEntity;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How list entities are stored: the engine's record as JSON, and a hash of that JSON to spot changes. */
final class EntityJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EntityJson() {
    }

    static String write(ListEntity e) {
        return JSON.writeValueAsString(e);
    }

    static ListEntity read(String json) {
        return JSON.readValue(json, ListEntity.class);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Every name of the entity on one line, for trigram look-up. */
    static String names(ListEntity e) {
        return e.names().stream().map(EntityName::value).distinct().collect(Collectors.joining(" | "));
    }
}
