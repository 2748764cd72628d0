package io.claimdesk.core.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Appends and reads claim history. */
@ApplicationScoped
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    public List<ClaimEvent> forClaim(long claimId) {
        return list("claimId", Sort.by("id"), claimId);
    }

    /** The latest event of the action for each of the claims that has one, by claim id, in one query. */
    public Map<Long, ClaimEvent> latest(Collection<Long> claimIds, String action) {
        Map<Long, ClaimEvent> latest = new HashMap<>();
        if (!claimIds.isEmpty()) {
            list("claimId in ?1 and action = ?2", Sort.by("id"), claimIds, action)
                    .forEach(event -> latest.put(event.claimId, event));
        }
        return latest;
    }
}
