package io.claimdesk.deploy.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.deploy.stack.ServerDistribution;
import io.claimdesk.deploy.stack.ServerProcess;

/**
 * A Java base image made on this machine, since no base image registry is reachable: a {@code jlink} runtime of the
 * running JDK in /opt/java with the host's shared libraries it links against, /tmp and /etc (passwd, group, hosts),
 * written as a
 * {@code docker save} archive that Jib reads with {@code tar://}.
 */
final class JvmBaseImage {

    static final String JAVA_HOME = "/opt/java";
    private static final String MODULES = "java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.naming.dns,"
            + "jdk.management";
    private static final Pattern LIBRARY = Pattern.compile("(/\\S+) \\(0x");
    private static final String PASSWD = "root:x:0:0:root:/root:/sbin/nologin\n"
            + "jboss:x:185:0:JBoss user:/home/jboss:/sbin/nologin\n";
    private static final String GROUP = "root:x:0:\n";
    private static final String HOSTS = "127.0.0.1 localhost\n";
    private static final int DIRECTORY_MODE = 0755;
    private static final int STICKY_WORLD_WRITABLE = 01777;

    private final Path workDir;

    /**
     * @param workDir
     *            receives the runtime, the layer and the archive; the archive is {@link #archive()}
     */
    JvmBaseImage(Path workDir) {
        this.workDir = workDir;
    }

    /** The {@code docker save} archive. */
    Path archive() {
        return workDir.resolve("jvm-base.tar");
    }

    /** Builds the runtime with jlink and writes the archive. */
    void build() throws IOException {
        Path runtime = workDir.resolve("runtime");
        run("jlink", List.of(Path.of(System.getProperty("java.home"), "bin", "jlink").toString(), "--add-modules",
                MODULES, "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        Path layer = workDir.resolve("layer.tar");
        String diffId = writeLayer(layer, runtime, sharedLibraries(runtime));
        writeArchive(layer, diffId);
        // The archive holds them both; 170 MB less in target/.
        ServerDistribution.deleteRecursively(runtime);
        Files.delete(layer);
    }

    /** The host libraries that the runtime's launcher and native libraries load, as ldd resolves them. */
    private Set<Path> sharedLibraries(Path runtime) throws IOException {
        List<Path> binaries;
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            binaries = Stream.concat(Stream.of(runtime.resolve("bin/java")),
                    files.filter(file -> file.getFileName().toString().endsWith(".so"))).toList();
        }
        Set<Path> libraries = new TreeSet<>();
        for (Path binary : binaries) {
            Path output = workDir.resolve("ldd.txt");
            run("ldd", List.of("ldd", binary.toString()), output);
            Matcher matcher = LIBRARY.matcher(Files.readString(output));
            while (matcher.find()) {
                Path library = Path.of(matcher.group(1)).normalize();
                if (!library.startsWith(runtime)) {
                    libraries.add(library);
                }
            }
        }
        return libraries;
    }

    private String writeLayer(Path layer, Path runtime, Set<Path> libraries) throws IOException {
        MessageDigest sha256 = sha256();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(layer)), sha256))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            LayerWriter writer = new LayerWriter(tar);
            writer.directory("tmp/", STICKY_WORLD_WRITABLE, 0);
            writer.directory("home/jboss/", DIRECTORY_MODE, 185);
            writer.file("etc/passwd", PASSWD.getBytes(StandardCharsets.UTF_8), 0644);
            writer.file("etc/group", GROUP.getBytes(StandardCharsets.UTF_8), 0644);
            writer.file("etc/hosts", HOSTS.getBytes(StandardCharsets.UTF_8), 0644);
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    writer.copy(file, JAVA_HOME.substring(1) + "/" + runtime.relativize(file));
                }
            }
            for (Path library : libraries) {
                writer.copy(library, library.toString().substring(1));
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private void writeArchive(Path layer, String diffId) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = json.createObjectNode();
        config.put("architecture", architecture());
        config.put("os", "linux");
        config.putObject("config").putArray("Env").add("PATH=" + JAVA_HOME + "/bin:/usr/bin:/bin")
                .add("JAVA_HOME=" + JAVA_HOME);
        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        rootfs.putArray("diff_ids").add(diffId);
        ArrayNode manifest = json.createArrayNode();
        ObjectNode image = manifest.addObject();
        image.put("Config", "config.json");
        image.putArray("RepoTags").add("claimdesk-test/jvm-base:latest");
        image.putArray("Layers").add("layer.tar");

        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new BufferedOutputStream(Files.newOutputStream(archive())))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            LayerWriter writer = new LayerWriter(tar);
            writer.file("config.json", json.writeValueAsBytes(config), 0644);
            writer.file("manifest.json", json.writeValueAsBytes(manifest), 0644);
            writer.copy(layer, "layer.tar");
        }
    }

    private void run(String name, List<String> command) {
        run(name, command, workDir.resolve(name + ".log"));
    }

    private static void run(String name, List<String> command, Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new ServerProcess(name, log, "TERM").runToCompletion(command, Map.of(), Path.of("."),
                Duration.ofMinutes(2));
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds entries to a tar with the parent directories each needs, once. */
    private static final class LayerWriter {

        private final TarArchiveOutputStream tar;
        private final Set<String> directories = new TreeSet<>();

        LayerWriter(TarArchiveOutputStream tar) {
            this.tar = tar;
        }

        void directory(String name, int mode, int owner) throws IOException {
            parents(name);
            if (directories.add(name)) {
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~07777 | mode);
                entry.setIds(owner, 0);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
        }

        void file(String name, byte[] content, int mode) throws IOException {
            parents(name);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | mode);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }

        /** Copies a host file (following links) keeping whether it is executable. */
        void copy(Path source, String name) throws IOException {
            parents(name);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(Files.size(source));
            entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | (Files.isExecutable(source) ? 0755 : 0644));
            tar.putArchiveEntry(entry);
            Files.copy(source, tar);
            tar.closeArchiveEntry();
        }

        private void parents(String name) throws IOException {
            int slash = name.lastIndexOf('/', name.endsWith("/") ? name.length() - 2 : name.length() - 1);
            if (slash > 0) {
                directory(name.substring(0, slash + 1), DIRECTORY_MODE, 0);
            }
        }
    }
}
