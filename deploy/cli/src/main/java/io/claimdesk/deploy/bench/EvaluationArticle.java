package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article of the claim-extraction evaluation set ({@code deploy/evaluation/claims}, see its GUIDELINES.md): its
 * text, language, split ({@code dev} or {@code test}), publication date if known, and hand-written gold claims, each
 * with the sentence that states it.
 */
record EvaluationArticle(String id, String language, String split, String published, String text,
        List<GoldClaim> gold) {

    /** The default location of the set, from the repository root. */
    static final Path DEFAULT_SET = Path.of("deploy/evaluation/claims");

    /** A gold claim and its source sentence (an exact substring of the article). */
    record GoldClaim(String text, String sentence) {
    }

    /** Every article of the set, sorted by id; each {@code <id>.json} beside its {@code <id>.txt}. */
    static List<EvaluationArticle> readAll(Path set) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(set)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<EvaluationArticle> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(read(json, file));
        }
        return articles;
    }

    private static EvaluationArticle read(ObjectMapper json, Path file) {
        try {
            JsonNode node = json.readTree(file.toFile());
            String name = file.getFileName().toString();
            Path textFile = file.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".txt");
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<GoldClaim> gold = new ArrayList<>();
            for (JsonNode claim : node.path("claims")) {
                String sentence = claim.path("sentence").asText();
                if (!text.contains(sentence)) {
                    throw new IllegalStateException(file + ": gold sentence not in the article: " + sentence);
                }
                gold.add(new GoldClaim(claim.path("text").asText(), sentence));
            }
            return new EvaluationArticle(node.path("id").asText(), node.path("language").asText(),
                    node.path("split").asText(), node.path("published").isTextual()
                            ? node.path("published").asText()
                            : null,
                    text, gold);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
