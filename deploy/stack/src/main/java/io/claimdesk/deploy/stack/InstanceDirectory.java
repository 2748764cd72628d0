package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stack's data directory, locked while a stack uses it. The operating system drops the lock when a JVM dies, even
 * killed, so a free lock with server processes still pointing into the directory means those are orphans.
 */
final class InstanceDirectory implements AutoCloseable {

    private static final String LOCK_FILE = "stack.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceDirectory(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks the directory, stopping servers a dead stack left running in it. */
    static InstanceDirectory acquire(Path dir) {
        try {
            Files.createDirectories(dir);
            // The unprivileged server user must be able to traverse it down to its own subdirectories.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException usedByThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException(dir + " is used by another running stack (claimdesk up, or tests): "
                        + "stop it, or set CLAIMDESK_DATA and other ports");
            }
            stopOrphans(dir);
            return new InstanceDirectory(dir, channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + dir, e);
        }
    }

    /** Deletes the throwaway instances under {@code root} whose stack died without cleaning up. */
    static void sweepAbandoned(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> instances = Files.list(root)) {
            for (Path instance : instances.filter(Files::isDirectory).toList()) {
                if (ownerIsAlive(instance)) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(instance.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        StackConsole.say("removing abandoned stack instance " + instance);
                        stopOrphans(instance);
                        ServerDistribution.deleteRecursively(instance);
                    }
                } catch (OverlappingFileLockException usedByThisJvm) {
                    // Another stack of this JVM.
                } catch (IOException e) {
                    StackConsole.say("could not clean " + instance + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            StackConsole.say("could not list " + root + ": " + e.getMessage());
        }
    }

    /** Throwaway instances are named {@code stack-PID-...} after the JVM that created them. */
    private static boolean ownerIsAlive(Path instance) {
        String[] parts = instance.getFileName().toString().split("-");
        try {
            return parts.length > 2 && ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException notAStackInstance) {
            return true;
        }
    }

    /** Releases the lock, and deletes the directory if asked. */
    void release(boolean delete) {
        close();
        if (delete) {
            try {
                ServerDistribution.deleteRecursively(dir);
            } catch (IOException e) {
                StackConsole.say("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            StackConsole.say("could not release " + dir.resolve(LOCK_FILE) + ": " + e.getMessage());
        }
    }

    /** Every server the stack starts names its instance directory on its command line (-D, -Epath.data, ...). */
    private static void stopOrphans(Path dir) {
        String marker = dir.toAbsolutePath().toString() + "/";
        List<ProcessHandle> orphans = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .toList();
        if (orphans.isEmpty()) {
            return;
        }
        StackConsole.say("stopping " + orphans.size() + " server process(es) left running in " + dir);
        orphans.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (ProcessHandle orphan : orphans) {
            try {
                orphan.onExit().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                orphan.destroyForcibly();
            }
        }
    }
}
