package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.claimdesk.deploy.stack.KeycloakServer;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * {@code claimdesk import DIR}: submits every article file of a directory to a running app as an editor, with a
 * progress bar, goes on past files the server refuses and lists them at the end.
 */
final class ImportCommand {

    static final String USAGE = "Usage: ./claimdesk import DIR [--url URL] [--keycloak REALM_URL]"
            + " [--user U --password P] [--language fr|en|auto] [--parallel N]";
    static final int DEFAULT_PARALLEL = 2;

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.console() != null);
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        String url = "http://localhost:" + StackConfig.setting("CLAIMDESK_APP_PORT", "8080");
        String realm = "http://localhost:" + StackConfig.setting("CLAIMDESK_KC_PORT", "8180") + "/realms/"
                + KeycloakServer.REALM;
        String user = "edith";
        String password = "edith";
        String language = null;
        int parallel = DEFAULT_PARALLEL;
        Path directory = null;
        try {
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    if (directory != null) {
                        throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'");
                    }
                    directory = Path.of(args[i]);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after '" + args[i] + "'");
                }
                String value = args[++i];
                switch (args[i - 1]) {
                    case "--url" -> url = value;
                    case "--keycloak" -> realm = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--language" -> language = language(value);
                    case "--parallel" -> parallel = parallel(value);
                    default -> throw new IllegalArgumentException("Unexpected argument '" + args[i - 1] + "'");
                }
            }
            if (directory == null) {
                throw new IllegalArgumentException("Give the directory of the articles");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + ". " + USAGE);
            return 2;
        }
        if (!Files.isDirectory(directory)) {
            err.println("No directory at " + directory + ". " + USAGE);
            return 2;
        }
        try {
            ArticleImport.Result result = ArticleImport.run(directory,
                    new ArticleImport.Options(URI.create(url), realm, user, password, language, parallel), out,
                    terminal);
            out.println(summary(result));
            if (result.failures().isEmpty()) {
                return 0;
            }
            err.println(result.failures().size() + " file(s) not imported:");
            result.failures().forEach(failure -> err.println("  " + failure.file() + ": " + failure.detail()));
            return 1;
        } catch (IOException e) {
            err.println("Cannot list " + directory + ", or reach Claimdesk (" + url + ") or Keycloak (" + realm
                    + "): " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static String summary(ArticleImport.Result result) {
        return String.format(Locale.ROOT, "Imported %d of %d articles, %d claims, in %.1f s (%.2f articles/s).",
                result.articles(), result.files(), result.claims(), result.seconds(), result.articlesPerSecond());
    }

    private static String language(String value) {
        return switch (value) {
            case "fr", "en" -> value;
            case "auto" -> null;
            default -> throw new IllegalArgumentException("--language is fr, en or auto, not '" + value + "'");
        };
    }

    private static int parallel(String value) {
        try {
            int parallel = Integer.parseInt(value);
            if (parallel >= 1 && parallel <= 64) {
                return parallel;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("--parallel is a number from 1 to 64, not '" + value + "'");
    }
}
