package io.claimdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The French sample article the brief names, read from the shared folder beside the repository. */
public final class SampleArticle {

    public static final String TITLE = "Le général Haftar à Moscou";
    private static final Path FILE = Path.of(System.getProperty("claimdesk.sample",
            "../../../shared/samples/haftar-moscou.fr.txt"));

    private SampleArticle() {
    }

    public static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample article is missing at " + FILE.toAbsolutePath(), e);
        }
    }
}
