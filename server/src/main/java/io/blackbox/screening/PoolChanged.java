package io.blackbox.screening;

import java.util.Set;

/**
 * Published by the module behind {@link PooledScreening} after its pool changed and the change is
 * committed: reports were linked into the actors {@code ids}, or, when {@code everything}, the whole
 * pool was relinked.
 */
public record PoolChanged(Set<String> ids, boolean everything) {
    public PoolChanged {
        ids = Set.copyOf(ids);
    }
}
