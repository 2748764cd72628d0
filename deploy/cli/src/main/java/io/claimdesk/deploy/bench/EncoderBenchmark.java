package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import io.claimdesk.core.extraction.CheckWorthinessScorer;
import io.claimdesk.core.extraction.ClaimFeatureExtractor;
import io.claimdesk.core.extraction.ClaimFeatures;
import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.Segment;
import io.claimdesk.core.extraction.SentenceSegmenter;
import io.claimdesk.core.extraction.training.CheckWorthyDataset;
import io.claimdesk.core.extraction.training.LabelledSentence;
import io.claimdesk.core.extraction.training.RankingMetrics;
import io.claimdesk.core.matching.ClaimEmbedder;
import io.claimdesk.core.matching.ClaimSimilarity;
import io.claimdesk.core.matching.MatchWords;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset.NormalisedPost;
import io.claimdesk.deploy.encoder.ContrastiveProjection;
import io.claimdesk.deploy.encoder.EncoderCache;
import io.claimdesk.deploy.encoder.MultilingualBert;
import io.claimdesk.deploy.encoder.VectorClassifier;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * {@code ./claimdesk bench encoder}: measures multilingual BERT ({@link MultilingualBert}) as the encoder of the
 * check-worthiness model and of "already checked?" matching, beside the models the server uses, on the same data in
 * one run (docs/models.md). Heads are trained on samples of the CheckThat! 2024 train splits, chosen and thresholded
 * on English dev-test; figures are reported on English test_gold, Spanish and Dutch dev-test samples and the French
 * articles of the project's evaluation set. Vectors are cached in the stack's download cache between runs.
 */
public final class EncoderBenchmark {

    static final String USAGE = "Usage: ./claimdesk bench encoder [--datasets DIR] [--train N] [--no-append]";
    static final String COMMAND = "./claimdesk bench encoder";
    static final long SEED = 20261206L;
    static final int DEFAULT_TRAIN = 2000;
    /** Sentences sampled from each Spanish and Dutch dev-test file. */
    static final int OTHER_LANGUAGE_SAMPLE = 500;
    static final double[] L2 = {1e-4, 1e-3, 1e-2};
    static final int EPOCHS = 5;
    static final int TOP = 5;
    private static final String CT24 = "ct24-checkworthy/";

    private final EncoderCache cache;
    private final ClaimFeatureExtractor featureExtractor = new ClaimFeatureExtractor();
    private final CheckWorthinessScorer currentModel = new CheckWorthinessScorer();

    private EncoderBenchmark(EncoderCache cache) {
        this.cache = cache;
    }

    public static int run(String[] args) throws IOException {
        Path datasets = ExtractionBenchmark.DEFAULT_DATASETS;
        int train = DEFAULT_TRAIN;
        boolean append = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--datasets" -> {
                    if (i + 1 >= args.length) {
                        System.err.println(USAGE);
                        return 2;
                    }
                    datasets = Path.of(args[++i]);
                }
                case "--train" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("[1-9]\\d{0,5}")) {
                        System.err.println("--train takes a number of sentences. " + USAGE);
                        return 2;
                    }
                    train = Integer.parseInt(args[++i]);
                }
                case "--no-append" -> append = false;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'. " + USAGE);
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(datasets.resolve(CT24))) {
            System.err.println("No CheckThat! 2024 data under " + datasets + ". " + USAGE);
            return 1;
        }
        StackConfig config = StackConfig.fromEnvironment();
        long start = System.nanoTime();
        try (MultilingualBert bert = MultilingualBert.load(config);
                EncoderCache cache = new EncoderCache(bert::embed,
                        config.cacheDir().resolve("models").resolve("mbert-mean-vectors.bin"))) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            StringBuilder out = new StringBuilder(BenchmarkReport.section(
                    "Multilingual encoder (mBERT) against the current models", COMMAND + " --train " + train));
            EncoderBenchmark bench = new EncoderBenchmark(cache);
            bench.checkWorthiness(datasets, train, out);
            bench.matching(datasets, out);
            bench.speed(bert, loadSeconds, out);
            System.out.print(out);
            if (append) {
                BenchmarkReport.append(out.toString());
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- check-worthiness

    private void checkWorthiness(Path datasets, int trainSize, StringBuilder out) throws IOException {
        List<LabelledSentence> enTrain = sample(read(datasets, "english", "train"), trainSize);
        List<LabelledSentence> esTrain = sample(read(datasets, "spanish", "dev"), trainSize / 4);
        List<LabelledSentence> nlTrain = sample(read(datasets, "dutch", "train"), trainSize / 4);
        List<LabelledSentence> tuning = read(datasets, "english", "dev-test");
        List<LabelledSentence> enTest = read(datasets, "english", "test_gold");
        List<LabelledSentence> esTest = sample(read(datasets, "spanish", "dev-test"), OTHER_LANGUAGE_SAMPLE);
        List<LabelledSentence> nlTest = sample(read(datasets, "dutch", "dev-test"), OTHER_LANGUAGE_SAMPLE);
        List<LabelledSentence> allTrain = new ArrayList<>(enTrain);
        allTrain.addAll(esTrain);
        allTrain.addAll(nlTrain);
        System.err.printf(Locale.ROOT, "encoding %d sentences (cached ones are skipped)%n",
                allTrain.size() + tuning.size() + enTest.size() + esTest.size() + nlTest.size());

        out.append(String.format(Locale.ROOT,
                """
                        ### Check-worthiness

                        Heads trained on %d English CT24 train sentences (a seeded sample of %s), alone or with %d Spanish (from
                        dev: CT24 has no Spanish train here) and %d Dutch train ones; layer, data, L2 and threshold chosen on English dev-test (%d); reported on English
                        test_gold (%d, never used for choosing), and on seeded samples of %d Spanish and %d Dutch dev-test
                        sentences (at the English threshold). The current model is the bundled `%s` (lexical model for
                        English, cross-language model for the others), at its own threshold %.2f.

                        | model | EN dev-test F1 (tuning) | EN test_gold P | R | F1 | ES dev-test F1 | NL dev-test F1 |
                        | --- | --- | --- | --- | --- | --- | --- |
                        """,
                enTrain.size(), "22,500", esTrain.size(), nlTrain.size(), tuning.size(), enTest.size(),
                esTest.size(), nlTest.size(), CheckWorthinessScorer.WEIGHTS, currentModel.threshold()));

        Scorer current = new Scorer("current model (cue features, reasons, hashed n-grams)",
                s -> currentModel.score(featureExtractor.features(s.text(), false, s.language())),
                currentModel.threshold());
        row(out, current, tuning, enTest, esTest, nlTest);

        Scorer best = null;
        for (int layer = 0; layer < MultilingualBert.LAYERS.size(); layer++) {
            for (boolean multilingual : new boolean[]{false, true}) {
                Scorer candidate = fitBest(String.format(Locale.ROOT, "mBERT layer %d mean + logistic head, %s",
                        MultilingualBert.LAYERS.get(layer), multilingual ? "EN+ES+NL train" : "EN train"),
                        layer, multilingual ? allTrain : enTrain, tuning, vectorOf(layer));
                row(out, candidate, tuning, enTest, esTest, nlTest);
                if (best == null || candidate.tuningF1 > best.tuningF1) {
                    best = candidate;
                }
            }
        }
        int bestLayer = best.layer;
        List<LabelledSentence> bestTrain = best.train;
        Scorer hybrid = fitBest(String.format(Locale.ROOT, "mBERT layer %d + cue features (hybrid), %s",
                MultilingualBert.LAYERS.get(bestLayer), bestTrain == allTrain ? "EN+ES+NL train" : "EN train"),
                bestLayer, bestTrain, tuning, s -> concat(vectorOf(bestLayer).apply(s), dense(s)));
        row(out, hybrid, tuning, enTest, esTest, nlTest);
        out.append('\n');
        frenchTopFive(List.of(current, best, hybrid), out);
    }

    /**
     * How many of each French article's five best-scored sentences state one of its gold claims (evaluation set,
     * deploy/evaluation/claims), per split; beside the share of all its sentences that do.
     */
    private void frenchTopFive(List<Scorer> scorers, StringBuilder out) throws IOException {
        List<EvaluationArticle> french = EvaluationArticle.readAll(EvaluationArticle.DEFAULT_SET).stream()
                .filter(a -> a.language().equals("fr")).toList();
        SentenceSegmenter segmenter = new SentenceSegmenter();
        out.append(String.format(Locale.ROOT, """
                French articles of the evaluation set: share of each article's top %d sentences (by score, headings
                left out) that state one of its gold claims, beside that share over all its sentences.

                | model | dev: top %d | dev: all sentences | test: top %d | test: all sentences |
                | --- | --- | --- | --- | --- |
                """, TOP, TOP, TOP));
        for (Scorer scorer : scorers) {
            StringBuilder row = new StringBuilder("| " + scorer.name + " |");
            for (String split : List.of("dev", "test")) {
                int top = 0;
                int topHits = 0;
                int all = 0;
                int allHits = 0;
                for (EvaluationArticle article : french) {
                    if (!article.split().equals(split)) {
                        continue;
                    }
                    List<String> sentences = new ArrayList<>();
                    for (Segment segment : segmenter.segment(article.text())) {
                        if (!segment.heading()) {
                            sentences.add(segment.textIn(article.text()).strip());
                        }
                    }
                    List<String> ranked = sentences.stream()
                            .sorted(java.util.Comparator.comparingDouble(
                                    (String t) -> -scorer.score.apply(new Sentence(t, "fr"))))
                            .toList();
                    for (int i = 0; i < ranked.size(); i++) {
                        boolean hit = statesGold(ranked.get(i), article);
                        all++;
                        allHits += hit ? 1 : 0;
                        if (i < TOP) {
                            top++;
                            topHits += hit ? 1 : 0;
                        }
                    }
                }
                row.append(String.format(Locale.ROOT, " %.2f (%d/%d) | %.2f |", (double) topHits / top, topHits, top,
                        (double) allHits / all));
            }
            out.append(row).append('\n');
        }
        out.append('\n');
    }

    private static boolean statesGold(String sentence, EvaluationArticle article) {
        return article.gold().stream().map(g -> g.sentence().strip())
                .anyMatch(g -> sentence.contains(g) || g.contains(sentence));
    }

    /** A sentence with its language, for the feature extractor. */
    private record Sentence(String text, String language) {
    }

    private Function<Sentence, float[]> vectorOf(int layer) {
        return s -> cache.vectors(s.text())[layer];
    }

    private float[] dense(Sentence s) {
        ClaimFeatures features = featureExtractor.features(s.text(), false, s.language());
        float[] dense = new float[Reason.values().length + ClaimFeatureExtractor.SIGNALS.size()];
        for (Reason reason : Reason.values()) {
            dense[reason.ordinal()] = (float) features.value(reason);
        }
        for (int i = 0; i < ClaimFeatureExtractor.SIGNALS.size(); i++) {
            dense[Reason.values().length + i] = (float) features.signal(ClaimFeatureExtractor.SIGNALS.get(i));
        }
        return dense;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = new float[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** A model under test: its name, score function, threshold and its F1 on the tuning set. */
    private static final class Scorer {

        final String name;
        final Function<Sentence, Double> score;
        final double threshold;
        double tuningF1;
        int layer = -1;
        List<LabelledSentence> train = List.of();

        Scorer(String name, Function<Sentence, Double> score, double threshold) {
            this.name = name;
            this.score = score;
            this.threshold = threshold;
        }

        RankingMetrics.Confusion on(List<LabelledSentence> data) {
            List<Double> scores = data.stream().map(s -> score.apply(sentence(s))).toList();
            return VectorClassifier.confusion(scores, labels(data), threshold);
        }
    }

    private Scorer fitBest(String name, int layer, List<LabelledSentence> train, List<LabelledSentence> tuning,
            Function<Sentence, float[]> vectors) {
        List<float[]> trainVectors = train.stream().map(s -> vectors.apply(sentence(s))).toList();
        List<float[]> tuningVectors = tuning.stream().map(s -> vectors.apply(sentence(s))).toList();
        Scorer best = null;
        for (double l2 : L2) {
            VectorClassifier head = VectorClassifier.fit(trainVectors, labels(train), l2, EPOCHS, SEED);
            double[] threshold = VectorClassifier.bestThreshold(head.scores(tuningVectors), labels(tuning));
            if (best == null || threshold[1] > best.tuningF1) {
                best = new Scorer(name + String.format(Locale.ROOT, " (L2 %s)", l2),
                        s -> head.score(vectors.apply(s)), threshold[0]);
                best.tuningF1 = threshold[1];
            }
        }
        best.layer = layer;
        best.train = train;
        return best;
    }

    private static void row(StringBuilder out, Scorer scorer, List<LabelledSentence> tuning,
            List<LabelledSentence> enTest, List<LabelledSentence> esTest, List<LabelledSentence> nlTest) {
        RankingMetrics.Confusion tuned = scorer.on(tuning);
        scorer.tuningF1 = tuned.f1();
        RankingMetrics.Confusion en = scorer.on(enTest);
        out.append(String.format(Locale.ROOT, "| %s, threshold %.2f | %.3f | %.3f | %.3f | **%.3f** | %.3f | %.3f |%n",
                scorer.name, scorer.threshold, tuned.f1(), en.precision(), en.recall(), en.f1(),
                scorer.on(esTest).f1(), scorer.on(nlTest).f1()));
        System.err.println("done: " + scorer.name);
    }

    private static Sentence sentence(LabelledSentence s) {
        String id = s.id();
        return new Sentence(s.text(), id.startsWith("es:") ? "es" : id.startsWith("nl:") ? "nl" : "en");
    }

    private static List<Boolean> labels(List<LabelledSentence> data) {
        return data.stream().map(LabelledSentence::checkWorthy).toList();
    }

    private static List<LabelledSentence> read(Path datasets, String language, String split) throws IOException {
        Path file = datasets.resolve(CT24 + language + "/CT24_checkworthy_" + language + "_" + split + ".tsv");
        String prefix = language.equals("english") ? "en:" : language.equals("spanish") ? "es:" : "nl:";
        return CheckWorthyDataset.read(file).stream()
                .map(s -> new LabelledSentence(prefix + s.id(), s.text(), s.checkWorthy())).toList();
    }

    private static List<LabelledSentence> sample(List<LabelledSentence> all, int size) {
        List<LabelledSentence> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(SEED));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }

    // ---------------------------------------------------------------- matching

    /** CT25 train posts sampled for tuning the matching weight and thresholds (every encoder on the same ones). */
    static final int MATCHING_TRAIN_POSTS = 300;
    static final Path PAIRS = Path.of("deploy/evaluation/matching/tatoeba-fra-eng.tsv");
    static final int PAIRS_DEV = 300;
    static final int PAIRS_TEST_END = 600;
    /** Layers (indices into {@link MultilingualBert#LAYERS}) given a learned projection. */
    static final List<Integer> PROJECTED_LAYERS = List.of(1, 2);
    static final List<ContrastiveProjection.Settings> PROJECTIONS = List.of(
            new ContrastiveProjection.Settings(15, 32, 0.05, 3e-4, 0.1, SEED),
            new ContrastiveProjection.Settings(40, 32, 0.05, 3e-4, 0.1, SEED),
            new ContrastiveProjection.Settings(15, 32, 0.05, 1e-3, 0.1, SEED),
            new ContrastiveProjection.Settings(40, 32, 0.05, 1e-3, 0.1, SEED));
    static final double PAIR_PRECISION = 0.90;

    /** A text encoder under comparison. */
    private record Encoder(String name, Function<String, float[]> embed) {
    }

    private void matching(Path datasets, StringBuilder out) throws IOException {
        Path data = datasets.resolve("ct25-claimnorm-fr");
        List<NormalisedPost> trainPosts = ClaimNormalisationDataset.read(data.resolve("train-fra.csv"));
        List<NormalisedPost> sampled = new ArrayList<>(trainPosts);
        Collections.shuffle(sampled, new Random(SEED));
        MatchingBenchmark.Split train = MatchingBenchmark.Split.of(sampled.subList(0, MATCHING_TRAIN_POSTS));
        MatchingBenchmark.Split dev = MatchingBenchmark.Split.read(data, "dev");
        List<String[]> pairs = Files.readAllLines(PAIRS).stream().map(l -> l.split("\t", -1)).toList();
        List<String[]> pairsDev = pairs.subList(0, PAIRS_DEV);
        List<String[]> pairsTest = pairs.subList(PAIRS_DEV, PAIRS_TEST_END);
        List<String[]> pairsTrain = pairs.subList(PAIRS_TEST_END, pairs.size());

        // The English side of the pairs: the only English texts here, centred with the English mean.
        Set<String> english = new HashSet<>();
        pairs.forEach(p -> english.add(p[1]));

        ClaimEmbedder miniLm = new ClaimEmbedder();
        List<Encoder> encoders = new ArrayList<>();
        encoders.add(new Encoder(ClaimEmbedder.MODEL + " (current)", miniLm::embed));
        for (int layer = 0; layer < MultilingualBert.LAYERS.size(); layer++) {
            int l = layer;
            encoders.add(new Encoder("mBERT layer " + MultilingualBert.LAYERS.get(l) + " mean",
                    t -> cache.vectors(t)[l]));
        }
        // Language-neutral mBERT: each language's mean vector (on dev sentences and train claims) taken away.
        List<Encoder> projected = new ArrayList<>();
        for (int layer = 0; layer < MultilingualBert.LAYERS.size(); layer++) {
            int l = layer;
            List<String> french = new ArrayList<>(pairsDev.stream().map(p -> p[0]).toList());
            train.claims().forEach(french::addAll);
            float[] frenchMean = meanOf(french, l);
            float[] englishMean = meanOf(pairsDev.stream().map(p -> p[1]).toList(), l);
            Function<String, float[]> centred = t -> minus(cache.vectors(t)[l],
                    english.contains(t) ? englishMean : frenchMean);
            encoders.add(new Encoder("mBERT layer " + MultilingualBert.LAYERS.get(l)
                    + " mean, each language's mean taken away", centred));
            if (PROJECTED_LAYERS.contains(l)) {
                projected.add(projection(l, centred, pairsTrain, pairsDev, train));
            }
        }
        encoders.addAll(projected);

        out.append(String.format(Locale.ROOT,
                """
                        ### "Already checked?" matching

                        CT25 French: the evaluation of `./claimdesk bench matching` (claims extracted from each post against the
                        normalised claims), with weight and thresholds tuned on a seeded sample of %d train posts (not all %d,
                        to bound encoding time) and reported on all %d dev posts, against dev's and the sampled train's
                        normalised claims. French–English: deploy/evaluation/matching (%d Tatoeba pairs; each sentence
                        against the %d of the other language in its split, both directions), threshold = the lowest whose dev
                        precision reaches %.2f, reported on the %d test pairs.

                        | encoder | CT25 dev F1, lexical only | semantic only | suggest (combined) | FR↔EN test recall | precision | threshold |
                        | --- | --- | --- | --- | --- | --- | --- |
                        """,
                MATCHING_TRAIN_POSTS, trainPosts.size(), dev.posts().size(), pairs.size(), PAIRS_DEV,
                PAIR_PRECISION, pairsTest.size()));
        for (Encoder encoder : encoders) {
            MatchingBenchmark.Comparison c = new MatchingBenchmark(encoder.embed()).compare(train, dev);
            double fromDev = pairThreshold(encoder, pairsDev);
            double[] onTest = pairOutcome(encoder, pairsTest, fromDev);
            out.append(String.format(Locale.ROOT,
                    "| %s | %.3f | %.3f | **%.3f** (weight %.1f) | **%.3f** | %.3f | %.2f |%n",
                    encoder.name(), c.onDev(c.lexicalOnly(), 0).f1(), c.onDev(c.semanticOnly(), 0).f1(),
                    c.onDev(c.suggest(), 0).f1(), c.suggest().semanticWeight(), onTest[0], onTest[1], fromDev));
            System.err.println("done: " + encoder.name());
        }
        Encoder sharedWords = new Encoder("shared words", null);
        double[] lexicalTest = pairOutcome(sharedWords, pairsTest, pairThreshold(sharedWords, pairsDev));
        out.append(String.format(Locale.ROOT, "| shared words only (FR↔EN) | | | | %.3f | %.3f | |%n%n",
                lexicalTest[0], lexicalTest[1]));
    }

    /**
     * A contrastive projection of the language-centred vectors, learnt on the train pairs (Tatoeba lines 601–1,000,
     * and each sampled CT25 train post's normalised claim with the extracted claim sharing most words with it); its
     * settings chosen by recall at precision ≥ {@link #PAIR_PRECISION} on the dev pairs.
     */
    private Encoder projection(int layer, Function<String, float[]> centred, List<String[]> pairsTrain,
            List<String[]> pairsDev, MatchingBenchmark.Split train) {
        List<float[]> left = new ArrayList<>();
        List<float[]> right = new ArrayList<>();
        for (String[] pair : pairsTrain) {
            left.add(centred.apply(pair[0]));
            right.add(centred.apply(pair[1]));
        }
        int claimPairs = 0;
        for (int p = 0; p < train.posts().size(); p++) {
            String normalised = train.posts().get(p).normalisedClaim();
            java.util.Set<String> words = MatchWords.of(normalised);
            String closest = train.claims().get(p).stream()
                    .max(java.util.Comparator.comparingDouble(c -> ClaimSimilarity.lexical(words, MatchWords.of(c))))
                    .orElse(null);
            if (closest != null) {
                left.add(centred.apply(closest));
                right.add(centred.apply(normalised));
                claimPairs++;
            }
        }
        Encoder best = null;
        double bestRecall = -1;
        for (ContrastiveProjection.Settings settings : PROJECTIONS) {
            ContrastiveProjection projection = ContrastiveProjection.train(left, right, settings);
            Encoder candidate = new Encoder(String.format(Locale.ROOT,
                    "mBERT layer %d mean, language-centred, contrastive projection (%d translation + %d claim pairs, "
                            + "%d epochs, learning rate %s)",
                    MultilingualBert.LAYERS.get(layer), pairsTrain.size(), claimPairs, settings.epochs(),
                    settings.learningRate()), t -> projection.map(centred.apply(t)));
            double recall = pairOutcome(candidate, pairsDev, pairThreshold(candidate, pairsDev))[0];
            System.err.printf(Locale.ROOT, "%s: dev recall %.3f%n", candidate.name(), recall);
            if (recall > bestRecall) {
                bestRecall = recall;
                best = candidate;
            }
        }
        return best;
    }

    private float[] meanOf(List<String> texts, int layer) {
        float[] mean = new float[MultilingualBert.DIMENSIONS];
        for (String t : texts) {
            float[] v = cache.vectors(t)[layer];
            for (int k = 0; k < mean.length; k++) {
                mean[k] += v[k] / texts.size();
            }
        }
        return mean;
    }

    private static float[] minus(float[] a, float[] b) {
        float[] c = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k] - b[k];
        }
        return c;
    }

    /** Similarity of two texts by the encoder (cosine), or by shared words when the encoder is null. */
    private static double[][] similarities(Encoder encoder, List<String[]> pairs) {
        int n = pairs.size();
        double[][] sim = new double[n][n];
        if (encoder.embed() == null) {
            List<java.util.Set<String>> fr = pairs.stream().map(p -> MatchWords.of(p[0])).toList();
            List<java.util.Set<String>> en = pairs.stream().map(p -> MatchWords.of(p[1])).toList();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sim[i][j] = ClaimSimilarity.lexical(fr.get(i), en.get(j));
                }
            }
            return sim;
        }
        List<float[]> fr = pairs.stream().map(p -> encoder.embed().apply(p[0])).toList();
        List<float[]> en = pairs.stream().map(p -> encoder.embed().apply(p[1])).toList();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = ClaimEmbedder.cosine(fr.get(i), en.get(j));
            }
        }
        return sim;
    }

    /** Each sentence's best match in the other language (both directions): its score and whether it is right. */
    private static List<double[]> bestMatches(Encoder encoder, List<String[]> pairs) {
        double[][] sim = similarities(encoder, pairs);
        int n = pairs.size();
        List<double[]> best = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int row = 0;
            int column = 0;
            for (int j = 1; j < n; j++) {
                row = sim[i][j] > sim[i][row] ? j : row;
                column = sim[j][i] > sim[column][i] ? j : column;
            }
            best.add(new double[]{sim[i][row], row == i ? 1 : 0});
            best.add(new double[]{sim[column][i], column == i ? 1 : 0});
        }
        return best;
    }

    /** The lowest threshold (hundredths) whose precision on these pairs reaches {@link #PAIR_PRECISION}. */
    private static double pairThreshold(Encoder encoder, List<String[]> pairs) {
        List<double[]> best = bestMatches(encoder, pairs);
        for (int t = -100; t <= 100; t++) {
            double[] outcome = outcome(best, t / 100.0);
            if (outcome[2] > 0 && outcome[1] >= PAIR_PRECISION) {
                return t / 100.0;
            }
        }
        return 1.0;
    }

    /** Recall and precision at the threshold. */
    private static double[] pairOutcome(Encoder encoder, List<String[]> pairs, double threshold) {
        return outcome(bestMatches(encoder, pairs), threshold);
    }

    private static double[] outcome(List<double[]> best, double threshold) {
        int shown = 0;
        int right = 0;
        for (double[] b : best) {
            if (b[0] >= threshold) {
                shown++;
                right += (int) b[1];
            }
        }
        return new double[]{(double) right / best.size(), shown == 0 ? 1 : (double) right / shown, shown};
    }

    // ---------------------------------------------------------------- speed and memory

    private void speed(MultilingualBert bert, double loadSeconds, StringBuilder out) {
        List<String> sentences = List.of(
                "Le chômage a baissé de 0,3 point au troisième trimestre, selon l'Insee.",
                "The unemployment rate fell to 3.5 percent last year, the lowest in fifty years.",
                "Selon le ministère, 1 200 soldats ont été déployés dans la région depuis mardi.",
                "The company said it had cut its emissions by a third since 2015.");
        for (String s : sentences) {
            bert.embed(s, List.of(4));
        }
        out.append("### Speed and memory\n\n| layers computed | ms per sentence (mean of 40, one at a time) |\n"
                + "| --- | --- |\n");
        for (List<Integer> layers : List.of(List.of(4), List.of(8), List.of(12))) {
            long start = System.nanoTime();
            for (int r = 0; r < 10; r++) {
                for (String s : sentences) {
                    bert.embed(s, layers);
                }
            }
            out.append(String.format(Locale.ROOT, "| %d | %.0f |%n", layers.get(0),
                    (System.nanoTime() - start) / 1e6 / (10.0 * sentences.size())));
        }
        out.append(String.format(Locale.ROOT,
                "%nModel loaded in %.1f s; this process's resident memory with the encoder loaded: %d MiB. Encoded "
                        + "this run: %d texts at %.0f ms each (the rest came from the cache).%n%n",
                loadSeconds, ProcessMemory.residentMiBOfTree(ProcessHandle.current().pid()), cache.encoded(),
                cache.meanEncodingMillis()));
    }
}
