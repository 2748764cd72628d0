package io.claimdesk.deploy.cli;

import java.util.Arrays;

/** The {@code claimdesk} command line: dispatches {@code up}, {@code extract} and {@code help}. */
public final class ClaimdeskCli {

    static final String USAGE = """
            Usage: ./claimdesk <command>

              up                     start PostgreSQL, Elasticsearch, Keycloak and the app; Ctrl-C stops them all
              extract FILE [--json]  print the claims of a text file (no server needed)
              help                   this text
            """;

    private ClaimdeskCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "up" -> UpCommand.run(rest);
            case "extract" -> ExtractCommand.run(rest, System.out, System.err);
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("Unknown command '" + args[0] + "'.");
                System.err.print(USAGE);
                yield 2;
            }
        };
    }
}
