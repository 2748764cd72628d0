package io.claimdesk.deploy.encoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The vectors {@link MultilingualBert} gave for each text, kept in one append-only file so that a benchmark run that
 * stops half-way, or a second run, does not encode the same sentences again (an encoding costs about 0.15 s here).
 * A record: the text (modified UTF-8) then {@link MultilingualBert#LAYERS} × {@link MultilingualBert#DIMENSIONS}
 * floats; a partial last record (a run stopped mid-write) is cut off when the file is opened.
 */
public final class EncoderCache implements AutoCloseable {

    /** Larger than any value mBERT's mean vectors take (at most 15 in 7,000 sentences measured); NaN fails too. */
    static final float MAX_PLAUSIBLE = 1000;

    private final Function<String, float[][]> encoder;
    private final Map<String, float[][]> vectors = new HashMap<>();
    private final DataOutputStream out;
    private long encoded;
    private long encodingNanos;

    /** The cache of an encoder's vectors ({@link MultilingualBert#embed(String)}) in the file, created if absent. */
    public EncoderCache(Function<String, float[][]> encoder, Path file) {
        this.encoder = encoder;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                // A run stopped mid-write leaves a partial record: cut it, or later records would be misread.
                long whole = read(file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(whole);
                }
            }
            this.out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the encoder cache " + file, e);
        }
    }

    /** Reads the whole records of the file and returns their length in bytes. */
    private long read(Path file) throws IOException {
        int layers = MultilingualBert.LAYERS.size();
        long whole = 0;
        try (CountingInputStream counting = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file)));
                DataInputStream in = new DataInputStream(counting)) {
            while (true) {
                String text;
                float[][] record = new float[layers][MultilingualBert.DIMENSIONS];
                try {
                    text = in.readUTF();
                    for (float[] layer : record) {
                        for (int k = 0; k < layer.length; k++) {
                            layer[k] = in.readFloat();
                        }
                    }
                } catch (EOFException | UTFDataFormatException partial) {
                    return whole;
                }
                if (!plausible(record)) {
                    // A record read across a partial one: everything from here on is misaligned.
                    return whole;
                }
                vectors.put(text, record);
                whole = counting.count;
            }
        }
    }

    /** Mean token vectors after a layer norm stay within a few tens; garbage floats do not. */
    static boolean plausible(float[][] record) {
        for (float[] layer : record) {
            for (float v : layer) {
                if (!(Math.abs(v) <= MAX_PLAUSIBLE)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final class CountingInputStream extends FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** The text's vectors, one per layer of {@link MultilingualBert#LAYERS}, encoded now if not cached. */
    public float[][] vectors(String text) {
        float[][] cached = vectors.get(text);
        if (cached != null) {
            return cached;
        }
        long start = System.nanoTime();
        float[][] fresh = encoder.apply(text);
        encodingNanos += System.nanoTime() - start;
        encoded++;
        vectors.put(text, fresh);
        try {
            out.writeUTF(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            for (float[] layer : fresh) {
                for (float v : layer) {
                    out.writeFloat(v);
                }
            }
            if (encoded % 100 == 0) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the encoder cache", e);
        }
        return fresh;
    }

    /** How many texts this run encoded (not found in the cache), and the mean time each took in milliseconds. */
    public long encoded() {
        return encoded;
    }

    public double meanEncodingMillis() {
        return encoded == 0 ? Double.NaN : encodingNanos / 1e6 / encoded;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
