package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimdesk.core.extraction.training.CheckWorthyDataset;
import io.claimdesk.core.extraction.training.LabelledSentence;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset;
import io.claimdesk.core.matching.training.ClaimNormalisationDataset.NormalisedPost;
import io.claimdesk.workflow.publication.SearchFolding;

/**
 * Real sentences to build benchmark verdicts and queries from, read at run time from the CheckThat! datasets: English
 * debate sentences (CT24 check-worthiness) and French normalized claims with their social-media posts (CT25 claim
 * normalization).
 */
record VerdictCorpus(List<String> english, List<String> french, List<String> frenchPosts) {

    static final String ENGLISH = "ct24-checkworthy/english/CT24_checkworthy_english_train.tsv";
    static final List<String> FRENCH = List.of("ct25-claimnorm-fr/train-fra.csv", "ct25-claimnorm-fr/dev-fra.csv");
    /** Words shorter than this make poor queries (articles, pronouns, auxiliaries). */
    static final int MIN_QUERY_WORD = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_SENTENCE = 20;

    VerdictCorpus {
        if (english.isEmpty() || french.isEmpty() || frenchPosts.isEmpty()) {
            throw new IllegalArgumentException("the corpus needs English sentences, French claims and French posts");
        }
    }

    static VerdictCorpus read(Path datasets) throws IOException {
        List<String> english = new ArrayList<>();
        for (LabelledSentence sentence : CheckWorthyDataset.read(datasets.resolve(ENGLISH))) {
            addSentence(english, sentence.text());
        }
        List<String> french = new ArrayList<>();
        List<String> posts = new ArrayList<>();
        for (String file : FRENCH) {
            for (NormalisedPost post : ClaimNormalisationDataset.read(datasets.resolve(file))) {
                addSentence(posts, post.post());
                addSentence(french, post.normalisedClaim());
            }
        }
        return new VerdictCorpus(List.copyOf(english), List.copyOf(french), List.copyOf(posts));
    }

    // Whitespace (the posts' line breaks included) collapsed; stray quotes of the TSV export dropped.
    private static void addSentence(List<String> sentences, String raw) {
        String text = raw.replaceAll("\\s+", " ").strip();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
        }
        if (text.length() >= MIN_SENTENCE) {
            sentences.add(text);
        }
    }

    /**
     * Search texts as readers type them: one or two consecutive words of {@value #MIN_QUERY_WORD} letters or more
     * from a random sentence, half French and half English; a third of the French ones without accents.
     */
    List<String> queries(int count, long seed) {
        Random random = new Random(seed);
        Set<String> queries = new LinkedHashSet<>();
        // Bounded: a tiny corpus may not hold that many distinct queries.
        for (int attempt = 0; queries.size() < count && attempt < count * 20; attempt++) {
            boolean inFrench = attempt % 2 == 0;
            List<String> pool = inFrench ? french : english;
            List<String> words = longWords(pool.get(random.nextInt(pool.size())));
            if (words.isEmpty()) {
                continue;
            }
            int first = random.nextInt(words.size());
            boolean pair = random.nextBoolean() && first + 1 < words.size();
            String query = pair ? words.get(first) + " " + words.get(first + 1) : words.get(first);
            queries.add(inFrench && random.nextInt(3) == 0 ? SearchFolding.fold(query) : query);
        }
        return List.copyOf(queries);
    }

    static List<String> longWords(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence);
        while (matcher.find()) {
            if (matcher.group().length() >= MIN_QUERY_WORD) {
                words.add(matcher.group());
            }
        }
        return words;
    }
}
