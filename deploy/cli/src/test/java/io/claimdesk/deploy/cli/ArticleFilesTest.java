package io.claimdesk.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.claimdesk.deploy.cli.ArticleFiles.ArticleFile;
import io.claimdesk.deploy.cli.ArticleFiles.Format;

class ArticleFilesTest {

    @TempDir
    Path directory;

    @Test
    void textAndHtmlFilesAreTakenInNameOrderAndEverythingElseIsLeftOut() throws IOException {
        for (String name : List.of("b-article.txt", "a-page.HTML", "c-old.htm", "notes.md", "image.png", ".hidden.txt",
                ".txt", "no-extension")) {
            Files.writeString(directory.resolve(name), "Le Nil a débordé.");
        }
        Files.createDirectories(directory.resolve("sub.txt"));
        Files.writeString(Files.createDirectories(directory.resolve("nested")).resolve("deep.txt"), "x");

        List<ArticleFile> files = ArticleFiles.in(directory).files();

        assertEquals(List.of("a-page.HTML", "b-article.txt", "c-old.htm"),
                files.stream().map(file -> file.path().getFileName().toString()).toList());
        assertEquals(List.of(Format.HTML, Format.TEXT, Format.HTML), files.stream().map(ArticleFile::format).toList());
    }

    @Test
    void theTitleIsTheFileNameWithoutItsLastExtension() {
        assertEquals("Haftar à Moscou", new ArticleFile(Path.of("/x/Haftar à Moscou.txt"), Format.TEXT).title());
        assertEquals("rapport.2026", new ArticleFile(Path.of("rapport.2026.html"), Format.HTML).title());
    }

    @Test
    void anEmptyDirectoryHasNoArticles() throws IOException {
        assertEquals(List.of(), ArticleFiles.in(directory).files());
    }
}
