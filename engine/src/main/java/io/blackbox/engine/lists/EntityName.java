package io.blackbox.engine.lists;

import java.util.Objects;

/** One name of a list entity, exactly as the source spells it. */
public record EntityName(String value, NameKind kind) {
    public EntityName {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("name value is empty");
        }
        value = value.strip();
    }

    public static EntityName primary(String value) {
        return new EntityName(value, NameKind.PRIMARY);
    }

    public static EntityName alias(String value) {
        return new EntityName(value, NameKind.ALIAS);
    }

    public static EntityName weakAlias(String value) {
        return new EntityName(value, NameKind.WEAK_ALIAS);
    }
}
