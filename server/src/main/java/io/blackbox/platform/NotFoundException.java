package io.blackbox.platform;

/** Thrown when the thing asked for does not exist or is not visible to the caller; both cases give the same answer. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message, null);
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public int status() {
        return 404;
    }
}
