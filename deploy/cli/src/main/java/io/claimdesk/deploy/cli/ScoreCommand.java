package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.claimdesk.core.extraction.BatchScorer;

/**
 * {@code claimdesk score FILE [--language LANG]}: scores lines {@code id<TAB>text} with the server's model and
 * threshold and prints {@code id<TAB>score<TAB>Yes|No}; a bad line stops it before any output (exit code 1).
 */
final class ScoreCommand {

    static final String USAGE = "Usage: ./claimdesk score FILE [--language LANG]";

    private ScoreCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String file = null;
        String language = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--language") && i + 1 < args.length) {
                language = args[++i];
            } else if (args[i].startsWith("-") || file != null) {
                err.println("Unexpected argument '" + args[i] + "'. " + USAGE);
                return 2;
            } else {
                file = args[i];
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return 1;
        } catch (CharacterCodingException e) {
            err.println(file + " is not UTF-8 text.");
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        try {
            new BatchScorer().score(lines, language).forEach(out::println);
            return 0;
        } catch (BatchScorer.BadLineException e) {
            err.println(file + ", " + e.getMessage() + " (expected id<TAB>text)");
            return 1;
        }
    }
}
