package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The search benchmark's options and the marker words of its approvals. */
class SearchBenchmarkTest {

    @Test
    void optionsDefaultToHundredThousandVerdictsAndThreeRates() {
        SearchBenchmark.Options options = SearchBenchmark.Options.parse(new String[0]);
        assertThat(options.verdicts()).isEqualTo(100_000);
        assertThat(options.rates()).containsExactly(100.0, 300.0, 1000.0);
    }

    @Test
    void optionsTakeVerdictsRatesAndDatasets() {
        SearchBenchmark.Options options = SearchBenchmark.Options.parse(
                new String[]{"--verdicts", "1_000_000", "--rates", "50, 500", "--datasets", "/data"});
        assertThat(options.verdicts()).isEqualTo(1_000_000);
        assertThat(options.rates()).containsExactly(50.0, 500.0);
        assertThat(options.datasets()).isEqualTo(Path.of("/data"));
    }

    @Test
    void optionsRefuseUnknownOrMissingValues() {
        assertThatThrownBy(() -> SearchBenchmark.Options.parse(new String[]{"--verdicts"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchBenchmark.Options.parse(new String[]{"--fast", "1"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchBenchmark.Options.parse(new String[]{"--rates", "0"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markersAreLettersOnlyAndDifferPerClaim() {
        List<String> markers = List.of(PublicationLatency.marker(1), PublicationLatency.marker(26),
                PublicationLatency.marker(27), PublicationLatency.marker(123_456));
        assertThat(markers).doesNotHaveDuplicates().allMatch(m -> m.matches("[a-z]+"));
    }
}
