package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.util.Arrays;

import io.claimdesk.deploy.bench.BoardBenchmark;
import io.claimdesk.deploy.bench.ClaimsBenchmark;
import io.claimdesk.deploy.bench.EncoderBenchmark;
import io.claimdesk.deploy.bench.ExtractionBenchmark;
import io.claimdesk.deploy.bench.IngestBenchmark;
import io.claimdesk.deploy.bench.MatchingBenchmark;
import io.claimdesk.deploy.bench.SearchBenchmark;
import io.claimdesk.deploy.bench.StartupBenchmark;
import io.claimdesk.deploy.bench.WorkflowBenchmark;

/**
 * The {@code claimdesk} command line: dispatches {@code up}, {@code extract}, {@code score}, {@code train},
 * {@code bench}, {@code reindex}, {@code import} and {@code help}.
 */
public final class ClaimdeskCli {

    static final String USAGE = """
            Usage: ./claimdesk <command>

              up                     start PostgreSQL, Elasticsearch, Keycloak and the app; Ctrl-C stops them all
              extract FILE [--json]  print the claims of a text file (no server needed)
              score FILE [--language LANG]
                                     score lines id<TAB>text; prints id<TAB>score<TAB>Yes|No
              train checkworthiness [--datasets DIR]
                                     retrain the check-worthiness weights (default DIR ../shared/datasets)
              bench startup [--cold] measure start-up time and memory of the stack and the app;
                                     appends to docs/benchmarks.md (--cold: from an empty download cache)
              bench extraction [--datasets DIR]
                                     check-worthiness quality (CT24, CT19) and extraction throughput;
                                     appends to docs/benchmarks.md
              bench claims [--set DIR] [--dump DIR] [--audit FILE [--sample N]] [--no-append]
                                     claims against the hand-written gold claims of deploy/evaluation/claims
                                     (coverage, claims per gold claim, automatic checks) beside a sentence
                                     baseline; appends to docs/benchmarks.md
              bench matching [--datasets DIR]
                                     "already checked?" precision/recall on CT25 French claim pairs and the
                                     thresholds they give; appends to docs/benchmarks.md
              bench encoder [--datasets DIR] [--train N] [--no-append]
                                     multilingual BERT as check-worthiness and matching encoder, beside the
                                     current models (fetches its 663 MB of weights once); appends to
                                     docs/benchmarks.md
              bench workflow [--instances N]
                                     review transitions/s and latency under 20 concurrent API clients spread
                                     over N app instances (default 1), beside a pgbench-style load on the same
                                     PostgreSQL; appends to docs/benchmarks.md
              bench search [--verdicts N] [--rates R1,R2,...] [--datasets DIR]
                                     public search p50/p99 at fixed rates over N indexed verdicts (default
                                     100,000) beside Elasticsearch directly, and approval → searchable latency;
                                     appends to docs/benchmarks.md
              bench board [--claims N]
                                     page load times in headless Chromium (Debian's chromium) with N claims
                                     (default 1,000) across the statuses; appends to docs/benchmarks.md
              bench ingest [--articles N] [--datasets DIR]
                                     articles and claims/s through `import`: stored, then matched (default 200
                                     articles); appends to docs/benchmarks.md
              reindex [--url URL] [--keycloak REALM_URL] [--user U --password P]
                                     rebuild the public search index from PostgreSQL and swap it in
                                     without stopping searches (as an admin; default adam/adam)
              import DIR [--url URL] [--keycloak REALM_URL] [--user U --password P] [--language fr|en|auto]
                     [--parallel N]  submit every *.txt, *.html and *.htm of DIR as an article, titled by its file
                                     name (as an editor; default edith/edith, 2 at a time)
              help                   this text
            """;

    private ClaimdeskCli() {
    }

    private static int bench(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args.length == 0 ? "" : args[0]) {
                case "startup" -> StartupBenchmark.run(rest);
                case "extraction" -> ExtractionBenchmark.run(rest);
                case "claims" -> ClaimsBenchmark.run(rest);
                case "matching" -> MatchingBenchmark.run(rest);
                case "encoder" -> EncoderBenchmark.run(rest);
                case "workflow" -> WorkflowBenchmark.run(rest);
                case "search" -> SearchBenchmark.run(rest);
                case "board" -> BoardBenchmark.run(rest);
                case "ingest" -> IngestBenchmark.run(rest);
                default -> {
                    System.err.println("Usage: ./claimdesk bench startup [--cold] | bench extraction [--datasets DIR]"
                            + " | bench claims [--set DIR] [--dump DIR] [--audit FILE]"
                            + " | bench matching [--datasets DIR] | bench workflow [--instances N]"
                            + " | bench search [--verdicts N] [--rates R1,R2,...] | bench ingest [--articles N]"
                            + " | bench board [--claims N]");
                    yield 2;
                }
            };
        } catch (IOException e) {
            System.err.println("Cannot write docs/benchmarks.md: " + e.getMessage());
            return 1;
        }
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
            case "score" -> ScoreCommand.run(rest, System.out, System.err);
            case "train" -> TrainCommand.run(rest, System.out, System.err);
            case "bench" -> bench(rest);
            case "reindex" -> ReindexCommand.run(rest, System.out, System.err);
            case "import" -> ImportCommand.run(rest, System.out, System.err);
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
