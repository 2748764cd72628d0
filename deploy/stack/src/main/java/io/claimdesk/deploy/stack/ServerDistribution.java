package io.claimdesk.deploy.stack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** A server distribution unpacked once into the cache and shared by every stack on the machine. */
public final class ServerDistribution {

    private final MavenArtifact artifact;
    private final String txzEntry;

    private ServerDistribution(MavenArtifact artifact, String txzEntry) {
        this.artifact = artifact;
        this.txzEntry = txzEntry;
    }

    /** A zip whose single top-level directory becomes the install directory. */
    public static ServerDistribution zip(MavenArtifact artifact) {
        return new ServerDistribution(artifact, null);
    }

    /** A jar carrying a {@code .txz} whose content becomes the install directory (the zonky PostgreSQL bundles). */
    public static ServerDistribution txzInJar(MavenArtifact artifact, String txzEntry) {
        return new ServerDistribution(artifact, txzEntry);
    }

    /** The distribution's version. */
    public String version() {
        return artifact.version();
    }

    /** Returns the install directory, downloading and unpacking the distribution first if needed. */
    public Path install(StackConfig config) {
        Path servers = config.cacheDir().resolve("servers");
        Path installDir = servers.resolve(artifact.artifactId() + "-" + artifact.version());
        Path marker = servers.resolve(installDir.getFileName() + ".installed");
        try {
            Files.createDirectories(servers);
            // Another JVM (a parallel test fork, a running `up`) may be unpacking the same distribution.
            try (FileChannel channel = FileChannel.open(servers.resolve(installDir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (Files.exists(marker)) {
                    return installDir;
                }
                Path archive = artifact.fetch(config.mavenRepository(), config.cacheDir());
                Instant start = Instant.now();
                StackConsole.say("unpacking " + archive.getFileName());
                deleteRecursively(installDir);
                Path staging = servers.resolve(installDir.getFileName() + ".unpacking");
                deleteRecursively(staging);
                Files.createDirectories(staging);
                if (txzEntry == null) {
                    unzip(archive, staging);
                    try (Stream<Path> top = Files.list(staging)) {
                        Files.move(top.findFirst().orElseThrow(), installDir);
                    }
                    deleteRecursively(staging);
                } else {
                    untarTxzFromJar(archive, txzEntry, staging);
                    Files.move(staging, installDir);
                }
                Files.createFile(marker);
                StackConsole.say("unpacked " + installDir.getFileName() + " in "
                        + StackConsole.seconds(Duration.between(start, Instant.now())));
                return installDir;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + artifact.fileName(), e);
        }
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Path path = safeResolve(target, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isUnixSymlink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(zip.getUnixSymlink(entry)));
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, path);
                    }
                    applyMode(path, entry.getUnixMode());
                }
            }
        }
    }

    private static void untarTxzFromJar(Path jar, String txzEntry, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(jar)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(txzEntry)) {
                    untarXz(zip, target);
                    return;
                }
            }
        }
        throw new IOException(jar.getFileName() + " does not contain " + txzEntry);
    }

    private static void untarXz(InputStream txz, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(txz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = safeResolve(target, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createLink(path, safeResolve(target, entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    applyMode(path, entry.getMode());
                }
            }
        }
    }

    private static Path safeResolve(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry escapes the target directory: " + name);
        }
        return path;
    }

    private static void applyMode(Path path, int mode) throws IOException {
        if (mode == 0) {
            return;
        }
        // Only the executable bits matter here: scripts and binaries must stay runnable.
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r--r--");
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(path, permissions);
    }

    /** Deletes a directory tree if it exists. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
