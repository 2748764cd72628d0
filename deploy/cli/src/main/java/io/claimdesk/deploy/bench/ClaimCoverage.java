package io.claimdesk.deploy.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.claimdesk.core.matching.MatchWords;

/**
 * How well the claims extracted from one article cover its gold claims, by content words ({@link MatchWords}: folded,
 * function words dropped, numbers whole).
 *
 * <p>
 * A claim <em>covers</em> a gold claim when it holds at least {@value #MIN_RECALL} of the gold claim's content words.
 * A claim <em>renders</em> a gold claim when it covers it and also says little else: the Dice coefficient of their
 * content words is at least {@value #MIN_DICE}. One-to-one coverage is the largest matching of gold claims to distinct
 * extracted claims along "renders" edges, over the number of gold claims: a claim holding two facts renders at most
 * one.
 * Any-coverage is the share of gold claims covered by some claim. Two claims of one article are duplicates when their
 * content words are the same set.
 */
final class ClaimCoverage {

    static final double MIN_RECALL = 0.7;
    static final double MIN_DICE = 0.6;

    private final List<Set<String>> gold;
    private final List<Set<String>> claims;

    ClaimCoverage(List<String> goldTexts, List<String> claimTexts) {
        this.gold = goldTexts.stream().map(MatchWords::of).toList();
        this.claims = claimTexts.stream().map(MatchWords::of).toList();
    }

    static double recall(Set<String> gold, Set<String> claim) {
        if (gold.isEmpty()) {
            return 0;
        }
        return (double) gold.stream().filter(claim::contains).count() / gold.size();
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    boolean covers(int claim, int goldClaim) {
        return recall(gold.get(goldClaim), claims.get(claim)) >= MIN_RECALL;
    }

    boolean renders(int claim, int goldClaim) {
        return covers(claim, goldClaim) && dice(gold.get(goldClaim), claims.get(claim)) >= MIN_DICE;
    }

    /** Gold claims covered by at least one claim. */
    int covered() {
        int count = 0;
        for (int g = 0; g < gold.size(); g++) {
            for (int c = 0; c < claims.size(); c++) {
                if (covers(c, g)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The size of a largest one-to-one matching of gold claims to claims that render them. */
    int matchedOneToOne() {
        return (int) Arrays.stream(oneToOne()).filter(c -> c >= 0).count();
    }

    /** For each gold claim, the claim a largest one-to-one matching gives it (augmenting paths), or -1. */
    int[] oneToOne() {
        int[] claimOf = new int[gold.size()];
        int[] goldOf = new int[claims.size()];
        Arrays.fill(claimOf, -1);
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, new boolean[claims.size()], claimOf, goldOf);
        }
        return claimOf;
    }

    private boolean augment(int g, boolean[] seen, int[] claimOf, int[] goldOf) {
        for (int c = 0; c < claims.size(); c++) {
            if (!seen[c] && renders(c, g)) {
                seen[c] = true;
                if (goldOf[c] < 0 || augment(goldOf[c], seen, claimOf, goldOf)) {
                    goldOf[c] = g;
                    claimOf[g] = c;
                    return true;
                }
            }
        }
        return false;
    }

    /** Pairs of claims with the same content words. */
    int duplicates() {
        int count = 0;
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                if (!claims.get(i).isEmpty() && claims.get(i).equals(claims.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }
}
