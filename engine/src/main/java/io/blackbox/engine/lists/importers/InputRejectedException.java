package io.blackbox.engine.lists.importers;

/**
 * A whole input file cannot be read (a gzip bomb, a DOCTYPE in XML, broken JSON at the top level).
 * The entry point turns it into one ERROR issue for that file; the other files of the import go on.
 */
public final class InputRejectedException extends RuntimeException {
    private final String location;

    public InputRejectedException(String location, String reason) {
        super(reason);
        this.location = location == null ? "file" : location;
    }

    public InputRejectedException(String location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location == null ? "file" : location;
    }

    /** Where in the file reading stopped, e.g. {@code line 12} or {@code file}. */
    public String location() {
        return location;
    }
}
