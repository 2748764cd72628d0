package io.claimdesk.core.claim;

import io.claimdesk.core.verdict.Rating;

/**
 * Which claims a board or list shows: of one article, held by one assignee or by nobody, of one article language, whose
 * verdict has one rating or none yet. A null field does not narrow.
 */
public record ClaimCriteria(Long articleId, String assignee, boolean unassigned, String language, Rating rating,
        boolean unrated) {

    public static final ClaimCriteria ALL = new ClaimCriteria(null, null, false, null, null, false);

    /** The HQL condition on claim {@code c} (always starting with "and", or empty) for these criteria. */
    String condition() {
        StringBuilder where = new StringBuilder();
        if (articleId != null) {
            where.append(" and c.article.id = :article");
        }
        if (unassigned) {
            where.append(" and c.assignee is null");
        } else if (assignee != null) {
            where.append(" and c.assignee = :assignee");
        }
        if (language != null) {
            where.append(" and lower(c.article.language) = :language");
        }
        if (unrated) {
            where.append(" and not exists (select 1 from Verdict v where v.claim = c and v.rating is not null)");
        } else if (rating != null) {
            where.append(" and exists (select 1 from Verdict v where v.claim = c and v.rating = :rating)");
        }
        return where.toString();
    }

    /** Binds the parameters {@link #condition} names. */
    <Q extends jakarta.persistence.Query> Q bind(Q query) {
        if (articleId != null) {
            query.setParameter("article", articleId);
        }
        if (!unassigned && assignee != null) {
            query.setParameter("assignee", assignee);
        }
        if (language != null) {
            query.setParameter("language", language.toLowerCase(java.util.Locale.ROOT));
        }
        if (!unrated && rating != null) {
            query.setParameter("rating", rating);
        }
        return query;
    }
}
