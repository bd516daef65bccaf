package io.blackbox.platform.web;

import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's parse errors into a sentence and a field path, without echoing internals. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (cause instanceof JacksonException j) {
            String path = path(j);
            String msg = j.getOriginalMessage();
            if (msg != null && msg.length() > 200) {
                msg = msg.substring(0, 200) + "…";
            }
            return "the JSON body cannot be read" + (path.isEmpty() ? "" : " at '" + path + "'")
                    + (msg == null ? "" : ": " + msg);
        }
        return "the request body is missing or not JSON";
    }

    static Optional<String> field(Throwable cause) {
        if (cause instanceof JacksonException j) {
            String path = path(j);
            return path.isEmpty() ? Optional.empty() : Optional.of(path);
        }
        return Optional.empty();
    }

    private static String path(JacksonException j) {
        return j.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
