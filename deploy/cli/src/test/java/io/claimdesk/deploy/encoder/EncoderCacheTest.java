package io.claimdesk.deploy.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderCacheTest {

    @TempDir
    Path dir;

    private final List<String> encoded = new ArrayList<>();

    // A stand-in encoder: every value of the text's vectors is its length plus the layer index.
    private float[][] encode(String text) {
        encoded.add(text);
        float[][] vectors = new float[MultilingualBert.LAYERS.size()][MultilingualBert.DIMENSIONS];
        for (int layer = 0; layer < vectors.length; layer++) {
            java.util.Arrays.fill(vectors[layer], text.length() + layer);
        }
        return vectors;
    }

    // A cache file holding the vectors of "first", written and closed.
    private Path fileHoldingFirst() {
        Path file = dir.resolve("vectors.bin");
        try (EncoderCache cache = new EncoderCache(this::encode, file)) {
            cache.vectors("first");
        }
        return file;
    }

    @Test
    void aSecondCacheOnTheSameFileEncodesNothingAgain() {
        Path file = dir.resolve("vectors.bin");
        try (EncoderCache cache = new EncoderCache(this::encode, file)) {
            cache.vectors("Le chômage a baissé.");
            cache.vectors("The rate fell.");
            cache.vectors("Le chômage a baissé.");
        }
        assertThat(encoded).containsExactly("Le chômage a baissé.", "The rate fell.");

        try (EncoderCache again = new EncoderCache(this::encode, file)) {
            assertThat(again.vectors("The rate fell.")[2][767]).isEqualTo(14 + 2);
            assertThat(again.encoded()).isZero();
        }
        assertThat(encoded).hasSize(2);
    }

    @Test
    void aPartialLastRecordIsCutOffSoThatLaterRecordsReadBack() throws IOException {
        Path file = fileHoldingFirst();
        long whole = Files.size(file);
        // A run killed mid-write: a record's text and a few of its floats.
        Files.write(file, new byte[]{0, 6, 's', 'e', 'c', 'o', 'n', 'd', 1, 2, 3}, StandardOpenOption.APPEND);

        try (EncoderCache cache = new EncoderCache(this::encode, file)) {
            assertThat(Files.size(file)).isEqualTo(whole);
            cache.vectors("third one");
        }
        try (EncoderCache cache = new EncoderCache(this::encode, file)) {
            assertThat(cache.vectors("first")[0][0]).isEqualTo(5);
            assertThat(cache.vectors("third one")[1][0]).isEqualTo(9 + 1);
            assertThat(cache.encoded()).isZero();
        }
        assertThat(encoded).containsExactly("first", "third one");
    }

    @Test
    void aRecordOfGarbageFloatsEndsWhatIsReadBack() throws IOException {
        Path file = fileHoldingFirst();
        long whole = Files.size(file);
        // What a record read across a partial one looks like: a text, then floats from somewhere else.
        try (DataOutputStream out = new DataOutputStream(
                Files.newOutputStream(file, StandardOpenOption.APPEND))) {
            out.writeUTF("misread");
            for (int i = 0; i < MultilingualBert.LAYERS.size() * MultilingualBert.DIMENSIONS; i++) {
                out.writeFloat(i == 5 ? 2.0e38f : 0.5f);
            }
        }
        try (EncoderCache cache = new EncoderCache(this::encode, file)) {
            assertThat(Files.size(file)).isEqualTo(whole);
            assertThat(cache.vectors("misread")[0][5]).isEqualTo(7);
        }
        assertThat(encoded).containsExactly("first", "misread");
    }
}
