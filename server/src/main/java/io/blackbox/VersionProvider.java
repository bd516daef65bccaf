package io.blackbox;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BlackBoxApplication.class.getPackage().getImplementationVersion();
        return new String[] {"blackbox " + (v == null ? "development build" : v)};
    }
}
