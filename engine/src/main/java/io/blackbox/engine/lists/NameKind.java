package io.blackbox.engine.lists;

/** How strongly a name identifies its entity. Weak aliases (OFAC "weak a.k.a.") are kept apart from strong ones. */
public enum NameKind {
    PRIMARY,
    ALIAS,
    WEAK_ALIAS
}
