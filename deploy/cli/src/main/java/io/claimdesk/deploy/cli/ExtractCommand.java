package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.claimdesk.core.extraction.BuiltInClaimExtractor;
import io.claimdesk.core.extraction.CandidateClaim;
import io.claimdesk.core.extraction.Extraction;

/** {@code claimdesk extract FILE [--json]}: the claims of a text file, with the same engine as the server. */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-")) {
                err.println("Unknown option '" + arg + "'. Usage: ./claimdesk extract FILE [--json]");
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            err.println("Give exactly one file. Usage: ./claimdesk extract FILE [--json]");
            return 2;
        }
        String text;
        try {
            text = Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + files.get(0));
            return 1;
        } catch (CharacterCodingException e) {
            err.println(files.get(0) + " is not UTF-8 text.");
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + files.get(0) + ": " + e.getMessage());
            return 1;
        }
        Extraction extraction = new BuiltInClaimExtractor().extract(text, null);
        if (json) {
            out.println(toJson(extraction));
        } else {
            print(extraction, out);
        }
        return 0;
    }

    private static void print(Extraction extraction, PrintStream out) {
        out.printf(Locale.ROOT, "language: %s, %d claims%n%n", extraction.language(), extraction.claims().size());
        for (CandidateClaim claim : extraction.claims()) {
            out.printf(Locale.ROOT, "%.2f  [%d-%d]  %s%n      %s%n", claim.score(), claim.start(), claim.end(),
                    claim.text(), claim.reasons());
            if (!claim.sentence().equals(claim.text())) {
                out.printf(Locale.ROOT, "      from: %s%n", claim.sentence());
            }
        }
    }

    private static String toJson(Extraction extraction) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the claims as JSON", e);
        }
    }
}
