package io.claimdesk.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.claimdesk.ui.dashboard.DashboardMessages;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Each message bundle and its French file hold the same texts: a text added in one place only, or left empty, fails
 * the build.
 */
class FrenchTextsTest {

    // Quarkus 3.32 generates code that fails at start-up (VerifyError) for a bundle of more than 300 texts.
    static final int MAX_TEXTS_PER_BUNDLE = 300;

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, UiLabels.class, DashboardMessages.class})
    void everyTextHasAFrenchTranslationAndEveryTranslationATextToTranslate(Class<?> bundle) throws IOException {
        assertThat(new TreeSet<>(french(bundle).keySet())).as("keys of %s", frenchFile(bundle))
                .isEqualTo(new TreeSet<>(texts(bundle).keySet()));
    }

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, UiLabels.class, DashboardMessages.class})
    void noTranslationIsEmptyAndEveryEnglishTextHasAWord(Class<?> bundle) throws IOException {
        french(bundle).forEach((key, value) -> assertThat(value).as("French %s", key).isNotBlank());
        texts(bundle).forEach((key, method) -> assertThat(method.getAnnotation(Message.class).value())
                .as("English %s", key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, UiLabels.class, DashboardMessages.class})
    void everyTranslationUsesTheParametersOfItsText(Class<?> bundle) throws IOException {
        Map<String, String> french = french(bundle);
        texts(bundle).forEach((key, method) -> {
            for (Parameter parameter : method.getParameters()) {
                assertThat(french.get(key)).as("French %s mentions {%s}", key, parameter.getName())
                        .contains(parameter.getName());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(classes = {UiMessages.class, UiLabels.class, DashboardMessages.class})
    void aKeyAppearsOnceAndTheBundleStaysSmallEnoughForQuarkus(Class<?> bundle) throws IOException {
        List<String> keys = lines(bundle).stream().map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(texts(bundle)).as("texts in %s: split it in two", bundle.getSimpleName())
                .hasSizeLessThanOrEqualTo(MAX_TEXTS_PER_BUNDLE);
    }

    private static Map<String, Method> texts(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()))
                .collect(Collectors.toMap(Method::getName, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> french(Class<?> bundle) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines(bundle)) {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return values;
    }

    private static String frenchFile(Class<?> bundle) {
        return "/messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_fr.properties";
    }

    // UTF-8, one key=value a line, # starts a comment: the format docs/i18n.md describes.
    private static List<String> lines(Class<?> bundle) throws IOException {
        try (InputStream in = FrenchTextsTest.class.getResourceAsStream(frenchFile(bundle))) {
            assertThat(in).as(frenchFile(bundle)).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(lines).as("lines of %s without key=value", frenchFile(bundle))
                    .allMatch(line -> line.indexOf('=') > 0);
            return lines;
        }
    }
}
