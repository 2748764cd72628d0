package io.claimdesk.core.verdict;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Stores and finds verdicts. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepository<Verdict> {

    public Optional<Verdict> forClaim(long claimId) {
        return find("claim.id", claimId).firstResultOptional();
    }

    /** The verdicts of the claims that have one, by claim id, with their evidence: one query for a whole page. */
    public Map<Long, Verdict> forClaims(Collection<Long> claimIds) {
        Map<Long, Verdict> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        List<Verdict> verdicts = find("select distinct v from Verdict v left join fetch v.evidence"
                + " where v.claim.id in ?1", claimIds).list();
        for (Verdict verdict : verdicts) {
            byClaim.put(verdict.claim.id, verdict);
        }
        return byClaim;
    }
}
