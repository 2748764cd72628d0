package io.claimdesk.core.verdict;

/** The rating scale of a verdict, with its place on the ClaimReview numeric scale (1 = false … 5 = true). */
public enum Rating {

    TRUE(5, "True"), MOSTLY_TRUE(4, "Mostly true"), MIXED(3, "Mixed"), MISLEADING(2, "Misleading"), MOSTLY_FALSE(2,
            "Mostly false"), FALSE(1, "False"), UNVERIFIABLE(0, "Unverifiable");

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final int ratingValue;
    private final String label;

    Rating(int ratingValue, String label) {
        this.ratingValue = ratingValue;
        this.label = label;
    }

    /** The ClaimReview ratingValue; 0 means the claim could not be rated on the scale. */
    public int ratingValue() {
        return ratingValue;
    }

    /** The human-readable name, used as ClaimReview alternateName. */
    public String label() {
        return label;
    }
}
