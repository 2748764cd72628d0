package io.claimdesk.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimdesk.workflow.WorkflowException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a reader puts in the public search's parameters, the query is either built within its bounds or refused
 * with a reason (400), never another exception (500). Properties run by jqwik's engine with a fixed seed.
 */
class VerdictQueryPropertyTest {

    private static final String SEED = "20261124";

    @Property(tries = 3_000, seed = SEED)
    void anySearchIsBuiltWithinBoundsOrRefusedWithAReason(@ForAll String text, @ForAll("ratings") String rating,
            @ForAll String language, @ForAll("values") List<String> publishers, @ForAll("values") List<String> tags,
            @ForAll("dates") String from, @ForAll("dates") String to, @ForAll("orders") String sort,
            @ForAll int page, @ForAll int size) {
        try {
            VerdictQuery query = new VerdictQuery(text, rating, language, publishers, tags,
                    VerdictQuery.date(from, "from"), VerdictQuery.date(to, "to"), VerdictQuery.Order.parse(sort), page,
                    size);
            assertThat(query.size()).isBetween(1, VerdictQuery.MAX_SIZE);
            assertThat((long) query.page() * query.size()).isLessThanOrEqualTo(VerdictQuery.MAX_WINDOW);
            assertThat(query.text().length()).isLessThanOrEqualTo(VerdictQuery.MAX_TEXT);
        } catch (WorkflowException refused) {
            assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.INVALID);
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> ratings() {
        return Arbitraries.oneOf(Arbitraries.of("TRUE", "false", " Mixed ", "PROBABLY", "", "true\u0000"),
                Arbitraries.strings()).injectNull(0.1);
    }

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings().ofMaxLength(250).list().ofMaxSize(25).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of("2026-06-27", "2026-13-45", "2026-02-30", "+10000-01-01",
                "-999999999-01-01", "yesterday", " 2026-01-01 ", ""), Arbitraries.strings().ofMaxLength(12))
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<String> orders() {
        return Arbitraries.oneOf(Arbitraries.of("relevance", "NEWEST", "oldest", "ıelevance"), Arbitraries.strings())
                .injectNull(0.2);
    }
}
