package io.claimdesk.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.ui.language.EnumLabels;
import io.claimdesk.ui.language.PageLocale;
import io.claimdesk.ui.language.UiLabels;
import io.claimdesk.workflow.article.ArticleRollup;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/**
 * An article's roll-up in one sentence in the page's language ("3 claims: 1 published (1 false), 2 to assign."); the
 * workflow's own summary stays English for the API.
 */
@TemplateExtension
public final class RollupSentence {

    private RollupSentence() {
    }

    static String sentence(ArticleRollup rollup, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Locale l = PageLocale.of(locale);
        UiLabels msg = PageLocale.labels(l);
        if (rollup.claims() == 0) {
            return msg.rollupNone();
        }
        Map<ClaimStatus, Integer> byStatus = rollup.byStatus();
        List<String> parts = new ArrayList<>();
        int published = byStatus.getOrDefault(ClaimStatus.PUBLISHED, 0);
        if (published > 0) {
            String ratings = rollup.byRating().entrySet().stream()
                    .map(e -> e.getValue() + " " + EnumLabels.of(e.getKey(), msg).toLowerCase(l))
                    .collect(Collectors.joining(", "));
            parts.add(msg.rollupPublished(published) + (ratings.isEmpty() ? "" : " (" + ratings + ")"));
        }
        add(parts, byStatus.getOrDefault(ClaimStatus.CORRECTION, 0), msg::rollupCorrection);
        add(parts, byStatus.getOrDefault(ClaimStatus.AWAITING_APPROVAL, 0), msg::rollupAwaitingApproval);
        add(parts, byStatus.getOrDefault(ClaimStatus.ASSIGNED, 0), msg::rollupInReview);
        add(parts, byStatus.getOrDefault(ClaimStatus.EXTRACTED, 0), msg::rollupToAssign);
        add(parts, byStatus.getOrDefault(ClaimStatus.DISCARDED, 0), msg::rollupDiscarded);
        return msg.rollupIntro(rollup.claims()) + " " + String.join(", ", parts) + ".";
    }

    private static void add(List<String> parts, int count, IntFunction<String> words) {
        if (count > 0) {
            parts.add(words.apply(count));
        }
    }
}
