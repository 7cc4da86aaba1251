package dev.reclaim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest, so that it is stated once, in the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ReclaimCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Reclaim " + (v == null ? "(development build)" : v)};
    }
}
