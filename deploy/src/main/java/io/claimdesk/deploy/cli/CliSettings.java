package io.claimdesk.deploy.cli;

/** Reads a CLAIMDESK_* setting of the command line: environment variable, else the default. */
final class CliSettings {

    private CliSettings() {
    }

    static String get(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
