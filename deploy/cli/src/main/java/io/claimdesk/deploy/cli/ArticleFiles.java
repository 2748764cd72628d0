package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The article files of a directory for {@code claimdesk import}: {@code *.txt} as text, {@code *.html} and
 * {@code *.htm} as html, titled by their file name without the extension; hidden files and subdirectories are left
 * out.
 */
record ArticleFiles(List<ArticleFile> files) {

    enum Format {
        TEXT, HTML
    }

    /** One file to submit; only its path is held, its content is read when it is sent. */
    record ArticleFile(Path path, Format format) {

        /**
         * The file name without its extension: chosen by whoever saved it and unique in the directory, whereas a
         * first line may be a claim itself, which would be lost from the text.
         */
        String title() {
            String name = path.getFileName().toString();
            return name.substring(0, name.lastIndexOf('.'));
        }
    }

    /** The directory's article files in file-name order. */
    static ArticleFiles in(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return new ArticleFiles(entries.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .flatMap(path -> formatOf(path).map(format -> new ArticleFile(path, format)).stream())
                    .sorted(Comparator.comparing(file -> file.path().getFileName().toString()))
                    .toList());
        }
    }

    static Optional<Format> formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") && name.length() > ".txt".length()) {
            return Optional.of(Format.TEXT);
        }
        if (name.endsWith(".html") && name.length() > ".html".length()
                || name.endsWith(".htm") && name.length() > ".htm".length()) {
            return Optional.of(Format.HTML);
        }
        return Optional.empty();
    }
}
