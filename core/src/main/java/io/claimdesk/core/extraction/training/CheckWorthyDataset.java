package io.claimdesk.core.extraction.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CLEF CheckThat! 2024 check-worthiness file: tab-separated with a header naming an id column first, the text
 * ({@code Text} or {@code tweet_text}) and {@code class_label} (Yes/No); CRLF line ends are accepted.
 */
public final class CheckWorthyDataset {

    private CheckWorthyDataset() {
    }

    public static List<LabelledSentence> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<LabelledSentence> parse(List<String> lines, String source) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty");
        }
        List<String> header = List.of(strip(lines.get(0)).split("\t", -1));
        int text = header.indexOf("Text") >= 0 ? header.indexOf("Text") : header.indexOf("tweet_text");
        int label = header.indexOf("class_label");
        if (text < 0 || label < 0) {
            throw new IllegalArgumentException(source + ": no Text/tweet_text or class_label column in " + header);
        }
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = strip(lines.get(n));
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(
                        source + " line " + (n + 1) + ": " + cells.length + " columns, expected " + header.size());
            }
            String value = cells[label].strip();
            if (!value.equals("Yes") && !value.equals("No")) {
                throw new IllegalArgumentException(source + " line " + (n + 1) + ": label '" + value + "'");
            }
            sentences.add(new LabelledSentence(cells[0], cells[text], value.equals("Yes")));
        }
        return sentences;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
