package io.claimdesk.deploy.image;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimdesk.deploy.stack.ServerDistribution;
import io.claimdesk.deploy.stack.ServerProcess;

/**
 * The project's own image build, {@code mvn package -pl deploy/app -am} with Quarkus's Jib extension switched on and
 * pushing to a registry, run by a nested Maven on a copy of the sources so that it never writes into the
 * {@code target/} directories the enclosing build and its other tests use.
 */
final class JibImageBuild {

    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "node_modules", ".idea");
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    private final Path projectRoot;
    private final Path workDir;

    /**
     * @param projectRoot
     *            the root of the multi-module project (the directory of the parent pom)
     * @param workDir
     *            receives the copy of the sources, Jib's caches and the build's log
     */
    JibImageBuild(Path projectRoot, Path workDir) {
        this.projectRoot = projectRoot;
        this.workDir = workDir;
    }

    /** The nested build's output. */
    Path log() {
        return workDir.resolve("maven.log");
    }

    /** Builds the application and pushes its image to {@code registry} on top of the {@code tar://} base image. */
    void pushTo(String registry, Path baseImage) throws IOException {
        Path sources = workDir.resolve("sources");
        copySources(sources);
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-o", "-q", "-pl", "deploy/app", "-am", "package",
                "-Dmaven.test.skip=true",
                "-Dquarkus.container-image.build=true",
                "-Dquarkus.container-image.push=true",
                "-Dquarkus.container-image.registry=" + registry,
                "-Dquarkus.container-image.insecure=true",
                "-Dquarkus.jib.base-jvm-image=tar://" + baseImage.toAbsolutePath(),
                "-Dquarkus.jib.base-image-layers-cache=" + workDir.resolve("jib-cache/base").toAbsolutePath(),
                "-Dquarkus.jib.application-layers-cache=" + workDir.resolve("jib-cache/app").toAbsolutePath()));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Files.deleteIfExists(log());
        new ServerProcess("image build", log(), "TERM").runToCompletion(command, Map.of(), sources, TIMEOUT);
        // Kept when the build fails, for a look; after a success they are 500 MB that nothing reads.
        ServerDistribution.deleteRecursively(sources);
        ServerDistribution.deleteRecursively(workDir.resolve("jib-cache"));
    }

    /** The Maven running this build, so the nested one uses the same version and the same local repository. */
    private String maven() {
        String home = System.getProperty("maven.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("maven.home is not set: run this test through Maven (failsafe)");
        }
        return Path.of(home, "bin", "mvn").toString();
    }

    private void copySources(Path target) throws IOException {
        Files.walkFileTree(projectRoot, new SimpleFileVisitor<>() {

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(projectRoot) && NOT_COPIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(projectRoot.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(projectRoot.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
