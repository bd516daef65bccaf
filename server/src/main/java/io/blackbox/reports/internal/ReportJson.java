package io.blackbox.reports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How the reports module writes its JSON columns and sealed values, and hashes content. */
public final class ReportJson {

    // Sorted keys make equal content hash equally, whatever the order a client sent it in.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportJson() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return JSON.readValue(json, type);
    }

    // Bulk JSON lines are read like the API's bodies: an unknown field is an error, not silently dropped.
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A report in the API's JSON, refusing unknown fields. */
    public static io.blackbox.reports.ReportSubmission strict(String json) {
        return STRICT.readValue(json, io.blackbox.reports.ReportSubmission.class);
    }

    /** A short reason for a JSON failure, without Java class names. */
    public static String reason(RuntimeException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int cut = m.indexOf(" (");
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.replaceAll("`?[a-z]+(\\.[a-zA-Z$]+)+`?", "").strip();
    }

    public static JsonMapper mapper() {
        return JSON;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
