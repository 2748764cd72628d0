package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {

    static final String SAMPLE = "Le commandant militaire Haftar est arrivé à Moscou le 3 mars.";
    static final VerdictCorpus CORPUS = new VerdictCorpus(List.of("We spent 3 billion dollars & more on <roads>."),
            List.of("Le Nil a débordé."), List.of("Le Nil a débordé de 4 mètres au Caire."));

    @TempDir
    Path directory;

    @Test
    void theArticlesMixTheSampleFrenchPostsAndEnglishSentencesAndOneInFourIsHtml() throws IOException {
        IngestBenchmark.writeArticles(directory, 10, SAMPLE, CORPUS);

        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(10).startsWith("article-00000.txt", "article-00001.txt", "article-00002.txt",
                "article-00003.html");
        assertThat(Files.readString(directory.resolve("article-00000.txt"))).isEqualTo(SAMPLE);
        assertThat(Files.readString(directory.resolve("article-00001.txt")))
                .startsWith("We spent 3 billion").contains("\n\n");
        assertThat(Files.readString(directory.resolve("article-00002.txt"))).startsWith("Le Nil a débordé de 4");
        assertThat(Files.readString(directory.resolve("article-00003.html")))
                .startsWith("<html><body><article><p>We spent 3 billion dollars &amp; more on &lt;roads&gt;.</p>");
    }

    @Test
    void argumentsAreCheckedAndDefaultTo200Articles() {
        assertThat(IngestBenchmark.Options.parse(new String[0]).articles()).isEqualTo(200);
        assertThat(IngestBenchmark.Options.parse(new String[]{"--articles", "20"}).articles()).isEqualTo(20);
        assertThat(catchThrowable(
                () -> IngestBenchmark.Options.parse(new String[]{"--articles", "0"})))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
