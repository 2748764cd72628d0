package io.claimdesk.core.matching.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimdesk.core.matching.MatchWords;

/**
 * Reads a CLEF-2025 CheckThat! claim-normalisation split (CSV: {@code post,normalized claim}, quoted, multi-line):
 * social-media posts each paired with the claim fact-checkers wrote from it. The posts repeat their text two or three
 * times and end with a literal "None" (see the dataset's PROVENANCE.md): both are removed here.
 */
public final class ClaimNormalisationDataset {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\R+");

    private ClaimNormalisationDataset() {
    }

    /** The rows of one split file that carry both a post and its normalised claim. */
    public static List<NormalisedPost> read(Path csv) throws IOException {
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        List<NormalisedPost> posts = new ArrayList<>();
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.size() >= 2 && !row.get(0).isBlank() && !row.get(1).isBlank()) {
                posts.add(new NormalisedPost(clean(row.get(0)), row.get(1).strip()));
            }
        }
        return posts;
    }

    /** The post without its repeated sentences and the "None" placeholders of empty fields. */
    static String clean(String post) {
        Set<String> seen = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (String sentence : SENTENCE_END.split(post)) {
            String trimmed = sentence.strip();
            if (trimmed.endsWith(" None")) {
                trimmed = trimmed.substring(0, trimmed.length() - " None".length()).strip();
            }
            if (trimmed.isEmpty() || trimmed.equals("None") || !seen.add(MatchWords.fold(trimmed))) {
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(trimmed);
        }
        return text.toString();
    }

    // RFC 4180: commas separate fields, double quotes enclose fields holding commas, quotes or line breaks.
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** A post and the claim fact-checkers normalised from it. */
    public record NormalisedPost(String post, String normalisedClaim) {
    }
}
