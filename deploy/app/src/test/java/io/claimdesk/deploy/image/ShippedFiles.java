package io.claimdesk.deploy.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What an application directory ships: its files, and the entries of every jar in it. Reads a directory (the
 * application unpacked from the image, or a {@code quarkus-app} directory), never runs anything.
 */
record ShippedFiles(List<String> files, List<String> jarEntries) {

    /** Every file under {@code root} (relative paths), and every entry of the jars among them. */
    static ShippedFiles under(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.add(root.relativize(file).toString());
                if (file.getFileName().toString().endsWith(".jar")) {
                    entries.addAll(entriesOf(file));
                }
            }
        }
        return new ShippedFiles(Collections.unmodifiableList(files), Collections.unmodifiableList(entries));
    }

    private static List<String> entriesOf(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(entry -> entry.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    /** The class files of all jars. */
    List<String> classEntries() {
        return jarEntries.stream().filter(name -> name.endsWith(".class")).toList();
    }

    /** File names and jar entries together. */
    List<String> allNames() {
        return Stream.concat(files.stream(), jarEntries.stream()).toList();
    }
}
