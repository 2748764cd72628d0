package io.claimdesk.deploy.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An image as a registry holds it: its manifest, its configuration and its layers, read back from the blobs. */
final class PushedImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalRegistry registry;
    private final JsonNode manifest;

    private PushedImage(LocalRegistry registry, JsonNode manifest) {
        this.registry = registry;
        this.manifest = manifest;
    }

    /** The image pushed as {@code repository:tag}; fails if there is none. */
    static PushedImage read(LocalRegistry registry, String repository, String tag) {
        LocalRegistry.Manifest manifest = registry.manifest(repository, tag)
                .orElseThrow(() -> new AssertionError("no manifest for " + repository + ":" + tag));
        try {
            return new PushedImage(registry, JSON.readTree(manifest.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest document. */
    JsonNode manifest() {
        return manifest;
    }

    /** The image configuration's {@code config} object: Entrypoint, Cmd, Env, User, WorkingDir, ExposedPorts. */
    JsonNode config() {
        try {
            return JSON.readTree(registry.blob(manifest.at("/config/digest").asText())).path("config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of every layer's entries, bottom layer first; directories end with "/". */
    List<List<String>> layerEntries() {
        List<List<String>> layers = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            List<String> names = new ArrayList<>();
            try (TarArchiveInputStream tar = layerTar(layer)) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    names.add(absolute(entry.getName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            layers.add(names);
        }
        return layers;
    }

    /**
     * Unpacks the layers in order into {@code rootfs} as a container engine would, with the entries' permissions but
     * owned by the caller (Jib's layers have no whiteouts).
     */
    void unpackInto(Path rootfs) throws IOException {
        for (JsonNode layer : manifest.path("layers")) {
            try (TarArchiveInputStream tar = layerTar(layer)) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path target = rootfs.resolve(entry.getName().replaceFirst("^/+", "")).normalize();
                    if (!target.startsWith(rootfs)) {
                        throw new IOException("layer entry outside the root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (!entry.isSymbolicLink()) {
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
    }

    private TarArchiveInputStream layerTar(JsonNode layer) throws IOException {
        InputStream blob = new ByteArrayInputStream(registry.blob(layer.path("digest").asText()));
        boolean gzipped = layer.path("mediaType").asText().contains("gzip");
        return new TarArchiveInputStream(gzipped ? new GZIPInputStream(blob) : blob);
    }

    private static String absolute(String name) {
        return name.startsWith("/") ? name : "/" + name;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
