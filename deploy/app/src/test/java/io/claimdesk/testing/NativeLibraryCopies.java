package io.claimdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A test profile restarts the application in a new class loader within the same JVM, and the JVM loads a native
 * library into one class loader only: the embedding model's tokenizer (DJL's libtokenizers.so, extracted to DJL's
 * engine cache) would then fail to load ("already loaded in another classloader") and every embedding with it. Each
 * profile points DJL at a fresh engine cache before its application starts, so it loads its own copy.
 */
public final class NativeLibraryCopies {

    private NativeLibraryCopies() {
    }

    public static void freshForNextApplication() {
        try {
            System.setProperty("ENGINE_CACHE_DIR", Files.createTempDirectory("claimdesk-djl-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a DJL engine cache", e);
        }
    }
}
