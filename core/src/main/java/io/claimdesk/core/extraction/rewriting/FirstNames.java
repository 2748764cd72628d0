package io.claimdesk.core.extraction.rewriting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender a first name usually carries, from the 14,600 names CoreNLP's English models ship
 * ({@code namegender.combine.txt}, unpacked at build time; see core/pom.xml). A name listed with both genders, or not
 * listed, has none: "she" is then never resolved to that person.
 */
final class FirstNames {

    static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private static final FirstNames BUNDLED = read(RESOURCE);

    private final Map<String, Gender> genders;

    private FirstNames(Map<String, Gender> genders) {
        this.genders = genders;
    }

    static FirstNames bundled() {
        return BUNDLED;
    }

    /** The usual gender of the first name, or UNKNOWN when the list gives it none or both. */
    Gender genderOf(String firstName) {
        return genders.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    private static FirstNames read(String resource) {
        Map<String, Gender> genders = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is missing: core's build unpacks it from CoreNLP's models");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length != 2 || !fields[1].equals("MALE") && !fields[1].equals("FEMALE")) {
                    continue;
                }
                Gender gender = Gender.valueOf(fields[1]);
                Gender before = genders.putIfAbsent(fields[0], gender);
                if (before != null && before != gender) {
                    ambiguous.put(fields[0], true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ambiguous.keySet().forEach(genders::remove);
        return new FirstNames(Map.copyOf(genders));
    }
}
