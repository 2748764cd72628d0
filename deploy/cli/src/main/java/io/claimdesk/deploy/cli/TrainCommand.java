package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.claimdesk.core.extraction.CheckWorthinessScorer;
import io.claimdesk.core.extraction.training.CheckWorthinessTrainer;
import io.claimdesk.core.extraction.training.CheckWorthyDataset;
import io.claimdesk.core.extraction.training.LabelledSentence;
import io.claimdesk.core.extraction.training.RankingMetrics;

/**
 * {@code claimdesk train checkworthiness [--datasets DIR]}: retrains the bundled check-worthiness weights on the CT24
 * English train split, tuned on dev, and rewrites the weights file in the source tree (same data, same file).
 */
final class TrainCommand {

    static final String USAGE = "Usage: ./claimdesk train checkworthiness [--datasets DIR]";
    static final Path DEFAULT_DATASETS = Path.of("../shared/datasets");
    static final Path WEIGHTS_FILE = Path.of("core/src/main/resources/io/claimdesk/core/extraction",
            CheckWorthinessScorer.WEIGHTS);
    static final String ENGLISH = "ct24-checkworthy/english/CT24_checkworthy_english_";

    private TrainCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("checkworthiness")) {
            err.println(USAGE);
            return 2;
        }
        Path datasets = DEFAULT_DATASETS;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--datasets") && i + 1 < args.length) {
                datasets = Path.of(args[++i]);
            } else {
                err.println("Unknown argument '" + args[i] + "'. " + USAGE);
                return 2;
            }
        }
        try {
            List<LabelledSentence> train = CheckWorthyDataset.read(datasets.resolve(ENGLISH + "train.tsv"));
            List<LabelledSentence> dev = CheckWorthyDataset.read(datasets.resolve(ENGLISH + "dev.tsv"));
            out.printf(Locale.ROOT, "training on %d sentences, tuning on %d (dev)%n", train.size(), dev.size());
            CheckWorthinessTrainer.Result result = new CheckWorthinessTrainer().train(train, dev);
            Files.writeString(WEIGHTS_FILE, result.weightsFile(), StandardCharsets.UTF_8);
            out.println("cross-language model: " + result.sharedSettings());
            out.println("lexical model:        " + result.lexicalSettings());
            out.printf(Locale.ROOT, "threshold %.2f%n", result.threshold());
            print(out, "dev, lexical model (English)", result.devLexical());
            print(out, "dev, cross-language model", result.devShared());
            out.println("wrote " + WEIGHTS_FILE);
            return 0;
        } catch (IOException e) {
            err.println("Cannot read the datasets under " + datasets + " or write " + WEIGHTS_FILE + ": " + e);
            return 1;
        }
    }

    private static void print(PrintStream out, String what, RankingMetrics.Confusion c) {
        out.printf(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f%n", what, c.precision(), c.recall(), c.f1());
    }
}
