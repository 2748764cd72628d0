package io.claimdesk.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.RefusalMessage;

/**
 * Every refusal code of the workflow has a French text in messages/refusals_fr.properties, with exactly the
 * placeholders of its English: a code added without its French, or a French text that drops or invents an argument,
 * fails the build.
 */
class RefusalTextsTest {

    static final String FRENCH = "fr";

    @Test
    void everyCodeHasAFrenchTextAndEveryFrenchTextACode() {
        assertThat(new TreeSet<>(RefusalTexts.read(FRENCH).keySet())).as("keys of refusals_fr.properties")
                .isEqualTo(new TreeSet<>(Arrays.stream(Refusal.values()).map(Refusal::name).toList()));
    }

    @Test
    void noFrenchTextIsEmptyAndEachHasThePlaceholdersOfItsEnglish() {
        Map<String, String> french = RefusalTexts.read(FRENCH);
        for (Refusal code : Refusal.values()) {
            String text = french.get(code.name());
            assertThat(text).as("French of %s", code).isNotBlank();
            assertThat(Refusal.placeholders(text)).as("placeholders of the French of %s: %s", code, text)
                    .isEqualTo(Refusal.placeholders(code.english()));
        }
    }

    @Test
    void aCodeAppearsOnceInTheFile() throws IOException {
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/messages/refusals_fr.properties")) {
            List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(0, Math.max(0, line.indexOf('='))).strip()).toList();
            assertThat(keys).doesNotHaveDuplicates().doesNotContain("");
        }
    }

    @Test
    void anIncompleteVerdictReadsInFrenchWithItsProblemsInFrench() {
        RefusalMessage incomplete = RefusalMessage.of(Refusal.VERDICT_INCOMPLETE,
                List.of(RefusalMessage.of(Refusal.RATING_REQUIRED), RefusalMessage.of(Refusal.SOURCE_NOT_HTTP,
                        "ftp://exemple.fr/l'article")));

        assertThat(RefusalTexts.render(incomplete, RefusalTexts.templates(FRENCH), String::valueOf, " ; "))
                .isEqualTo("Le verdict est incomplet : la notation est obligatoire ; la source"
                        + " « ftp://exemple.fr/l'article » n'est pas une URL http(s).");
    }

    @Test
    void aLanguageWithoutAFileHasNoTemplates() {
        assertThat(RefusalTexts.templates("en")).isEmpty();
    }
}
