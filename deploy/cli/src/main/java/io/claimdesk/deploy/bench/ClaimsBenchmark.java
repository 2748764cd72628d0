package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.Reason;
import io.claimdesk.core.extraction.Segment;
import io.claimdesk.core.extraction.SentenceSegmenter;
import io.claimdesk.core.extraction.analysis.CoreNlpParser;
import io.claimdesk.core.matching.MatchWords;
import io.claimdesk.deploy.bench.ClaimChecks.Finding;

/**
 * {@code claimdesk bench claims}: runs the claim extractor on every article of the evaluation set
 * ({@code deploy/evaluation/claims}) and prints, per split and language, how its claims cover the hand-written gold
 * claims (see {@link ClaimCoverage}) and what the automatic {@link ClaimChecks} find, beside a naive baseline that
 * presents every sentence as a claim; appends the figures to docs/benchmarks.md.
 *
 * <p>
 * Claims the extractor marks {@link Reason#NOT_A_CLAIM} are counted apart and take no part in coverage. {@code --dump
 * DIR} writes, for each dev article, its gold claims beside the claims that render them (never the test split: it is
 * for reported figures only); {@code --audit FILE} writes a random sample of test claims to label by hand.
 */
public final class ClaimsBenchmark {

    static final String USAGE = "Usage: ./claimdesk bench claims [--set DIR] [--split dev|test] [--dump DIR]"
            + " [--audit FILE [--sample N]] [--no-append]";
    static final long AUDIT_SEED = 20261206L;

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private ClaimsBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        Path set = EvaluationArticle.DEFAULT_SET;
        Path dump = null;
        Path audit = null;
        int sample = 120;
        boolean append = true;
        List<String> splits = List.of("dev", "test");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            if (arg.equals("--set") && hasValue) {
                set = Path.of(args[++i]);
            } else if (arg.equals("--dump") && hasValue) {
                dump = Path.of(args[++i]);
            } else if (arg.equals("--audit") && hasValue) {
                audit = Path.of(args[++i]);
            } else if (arg.equals("--sample") && hasValue) {
                sample = Integer.parseInt(args[++i]);
            } else if (arg.equals("--split") && hasValue && List.of("dev", "test").contains(args[i + 1])) {
                splits = List.of(args[++i]);
            } else if (arg.equals("--no-append")) {
                append = false;
            } else {
                System.err.println("Unknown argument '" + arg + "'. " + USAGE);
                return 2;
            }
        }
        if (!Files.isDirectory(set)) {
            System.err.println("No evaluation set at " + set + ". " + USAGE);
            return 1;
        }
        List<String> chosen = splits;
        List<EvaluationArticle> articles = EvaluationArticle.readAll(set).stream()
                .filter(a -> chosen.contains(a.split())).toList();
        ClaimsBenchmark benchmark = new ClaimsBenchmark();
        BuiltInClaimExtractor extractor = new BuiltInClaimExtractor();
        List<Outcome> engine = benchmark.evaluate(articles, a -> extractor.extract(a.text(), a.language()).claims());
        List<Outcome> baseline = benchmark.evaluate(articles, benchmark::sentences);
        String section = report(engine, baseline, splits);
        System.out.print(section);
        if (dump != null) {
            dump(engine, dump);
        }
        if (audit != null) {
            audit(engine, audit, sample);
        }
        if (append) {
            BenchmarkReport.append(section);
        }
        return 0;
    }

    /** One article's claims and what they achieved. */
    record Outcome(EvaluationArticle article, List<CandidateClaim> presented, List<CandidateClaim> notClaims,
            int matched, int covered, int duplicates, List<Set<Finding>> findings, int[] oneToOne, long nanos) {
    }

    private List<Outcome> evaluate(List<EvaluationArticle> articles,
            Function<EvaluationArticle, List<CandidateClaim>> extract) {
        ClaimChecks checks = new ClaimChecks(new CoreNlpParser());
        List<Outcome> outcomes = new ArrayList<>();
        for (EvaluationArticle article : articles) {
            long start = System.nanoTime();
            List<CandidateClaim> claims = extract.apply(article);
            long nanos = System.nanoTime() - start;
            List<CandidateClaim> presented = claims.stream().filter(c -> !c.reasons().contains(Reason.NOT_A_CLAIM))
                    .toList();
            ClaimCoverage coverage = new ClaimCoverage(article.gold().stream().map(g -> g.text()).toList(),
                    presented.stream().map(CandidateClaim::text).toList());
            Set<String> articleWords = MatchWords.of(article.text());
            List<Set<Finding>> findings = presented.stream()
                    .map(c -> checks.check(c.text(), article.language(), articleWords)).toList();
            int[] oneToOne = coverage.oneToOne();
            int matched = (int) java.util.Arrays.stream(oneToOne).filter(c -> c >= 0).count();
            List<CandidateClaim> notClaims = claims.stream().filter(c -> c.reasons().contains(Reason.NOT_A_CLAIM))
                    .toList();
            outcomes.add(new Outcome(article, presented, notClaims, matched, coverage.covered(),
                    coverage.duplicates(), findings, oneToOne, nanos));
        }
        return outcomes;
    }

    // The naive baseline: every sentence of four words or more that is not a heading, as written.
    private List<CandidateClaim> sentences(EvaluationArticle article) {
        List<CandidateClaim> claims = new ArrayList<>();
        for (Segment segment : segmenter.segment(article.text())) {
            String text = segment.textIn(article.text()).replaceAll("\\s+", " ").strip();
            if (!segment.heading() && text.split(" ").length >= 4) {
                claims.add(new CandidateClaim(text, segment.start(), segment.end(), 0.5, List.of(), text));
            }
        }
        return claims;
    }

    private static String report(List<Outcome> engine, List<Outcome> baseline, List<String> splits) {
        StringBuilder out = new StringBuilder(BenchmarkReport.section("Claim extraction against gold claims",
                "./claimdesk bench claims"));
        out.append("Evaluation set: `deploy/evaluation/claims` (real articles, hand-written gold claims; see its"
                + " GUIDELINES.md). A claim *covers* a gold claim when it holds ≥ " + ClaimCoverage.MIN_RECALL
                + " of its content words; *one-to-one* matches each gold claim to a distinct claim that covers it"
                + " with a Dice coefficient ≥ " + ClaimCoverage.MIN_DICE + ". Checks are on claims presented as"
                + " claims (not those marked NOT_A_CLAIM). Baseline: every sentence as written.\n\n");
        out.append("| split | language | engine | articles | gold | claims | not claims | one-to-one | any-coverage"
                + " | claims/gold | duplicates | tautology | fragment | dangling opening | absent words"
                + " | quote w/o speaker | p50 / p95 ms per article |\n");
        out.append(
                "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:"
                        + " | ---: | ---: |\n");
        for (String split : splits) {
            for (String language : List.of("fr", "en", "all")) {
                row(out, split, language, "Claimdesk", engine);
                row(out, split, language, "sentences", baseline);
            }
        }
        return out.append('\n').toString();
    }

    private static void row(StringBuilder out, String split, String language, String name, List<Outcome> outcomes) {
        List<Outcome> selected = outcomes.stream().filter(o -> o.article().split().equals(split))
                .filter(o -> language.equals("all") || o.article().language().equals(language)).toList();
        if (selected.isEmpty()) {
            return;
        }
        int gold = selected.stream().mapToInt(o -> o.article().gold().size()).sum();
        int claims = selected.stream().mapToInt(o -> o.presented().size()).sum();
        Map<Finding, Integer> found = new EnumMap<>(Finding.class);
        selected.forEach(o -> o.findings().forEach(f -> f.forEach(k -> found.merge(k, 1, Integer::sum))));
        List<Long> millis = new ArrayList<>(selected.stream().map(o -> o.nanos() / 1_000_000).toList());
        Collections.sort(millis);
        out.append(String.format(Locale.ROOT,
                "| %s | %s | %s | %d | %d | %d | %d | **%.2f** | %.2f | %.2f | %d | %s | %s | %s | %s | %s | %d / %d |%n",
                split, language, name, selected.size(), gold, claims,
                selected.stream().mapToInt(o -> o.notClaims().size()).sum(),
                (double) selected.stream().mapToInt(Outcome::matched).sum() / gold,
                (double) selected.stream().mapToInt(Outcome::covered).sum() / gold, (double) claims / gold,
                selected.stream().mapToInt(Outcome::duplicates).sum(), share(found, Finding.TAUTOLOGY, claims),
                share(found, Finding.FRAGMENT, claims), share(found, Finding.DANGLING_OPENING, claims),
                share(found, Finding.ABSENT_WORDS, claims), share(found, Finding.QUOTE_WITHOUT_SPEAKER, claims),
                millis.get(millis.size() / 2), millis.get(Math.min(millis.size() - 1, (int) (millis.size() * 0.95)))));
    }

    private static String share(Map<Finding, Integer> found, Finding finding, int claims) {
        int count = found.getOrDefault(finding, 0);
        return String.format(Locale.ROOT, "%d (%.0f %%)", count, claims == 0 ? 0.0 : 100.0 * count / claims);
    }

    // Dev articles only: the test split is for reported figures, never for looking at claims while tuning.
    private static void dump(List<Outcome> outcomes, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Outcome o : outcomes) {
            if (!o.article().split().equals("dev")) {
                continue;
            }
            StringBuilder md = new StringBuilder("# " + o.article().id() + "\n\n## Gold claims\n\n");
            for (int g = 0; g < o.article().gold().size(); g++) {
                int c = o.oneToOne()[g];
                Set<String> gold = MatchWords.of(o.article().gold().get(g).text());
                md.append(c >= 0 ? "- [x] " : "- [ ] ").append(o.article().gold().get(g).text()).append('\n');
                int shown = c;
                for (int k = 0; shown < 0 && k < o.presented().size(); k++) {
                    Set<String> words = MatchWords.of(o.presented().get(k).text());
                    if (ClaimCoverage.recall(gold, words) >= 0.5) {
                        shown = k;
                    }
                }
                if (shown >= 0) {
                    Set<String> words = MatchWords.of(o.presented().get(shown).text());
                    md.append(String.format(Locale.ROOT, "  - (r %.2f, dice %.2f) %s%n",
                            ClaimCoverage.recall(gold, words),
                            ClaimCoverage.dice(gold, words), o.presented().get(shown).text()));
                }
            }
            md.append("\n## Claims\n\n");
            for (int c = 0; c < o.presented().size(); c++) {
                CandidateClaim claim = o.presented().get(c);
                md.append(String.format(Locale.ROOT, "%d. %.2f %s %s%n   - %s%n", c + 1, claim.score(), claim.text(),
                        o.findings().get(c).isEmpty() ? "" : o.findings().get(c), claim.reasons()));
            }
            md.append("\n## Not claims (\"covers\": the gold claims it would cover)\n\n");
            for (CandidateClaim claim : o.notClaims()) {
                Set<String> words = MatchWords.of(claim.text());
                long covers = o.article().gold().stream()
                        .filter(g -> ClaimCoverage.recall(MatchWords.of(g.text()), words) >= ClaimCoverage.MIN_RECALL)
                        .count();
                md.append(String.format(Locale.ROOT, "- %s %s%s%n", claim.text(), claim.reasons(),
                        covers > 0 ? " covers " + covers : ""));
            }
            Files.writeString(dir.resolve(o.article().id() + ".md"), md.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void audit(List<Outcome> outcomes, Path file, int sample) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.article().split().equals("test")) {
                o.presented().forEach(c -> rows.add(new String[]{o.article().id(), c.sentence(), c.text()}));
            }
        }
        Collections.shuffle(rows, new Random(AUDIT_SEED));
        StringBuilder md = new StringBuilder(
                "| # | article | source sentence | claim | label |\n| ---: | --- | --- | --- | --- |\n");
        for (int i = 0; i < Math.min(sample, rows.size()); i++) {
            String[] row = rows.get(i);
            md.append(
                    String.format(Locale.ROOT, "| %d | %s | %s | %s | |%n", i + 1, row[0], cell(row[1]), cell(row[2])));
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
