package io.claimdesk.core.matching;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Stored matches, best first. */
@ApplicationScoped
public class ClaimMatchRepository implements PanacheRepository<ClaimMatch> {

    public List<ClaimMatch> forClaim(long claimId) {
        return list("claimId", Sort.descending("score").and("id"), claimId);
    }

    /** The matches of many claims (an article's), in one query. */
    public List<ClaimMatch> forClaims(Collection<Long> claimIds) {
        return claimIds.isEmpty()
                ? List.of()
                : list("claimId in ?1", Sort.descending("score").and("id"), claimIds);
    }

    /** Forgets the undecided matches of a claim before it is matched again; decided ones are kept. */
    public void deletePending(long claimId) {
        delete("claimId = ?1 and decision = ?2", claimId, MatchDecision.PENDING);
    }
}
