package io.blackbox.platform;

/** Thrown when the request collides with existing state, such as a name already taken. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message, null);
    }

    @Override
    public String type() {
        return "conflict";
    }

    @Override
    public int status() {
        return 409;
    }
}
