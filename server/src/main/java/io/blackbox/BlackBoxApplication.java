package io.blackbox;

public final class BlackBoxApplication {
    public static void main(String[] args) {
    }
}
