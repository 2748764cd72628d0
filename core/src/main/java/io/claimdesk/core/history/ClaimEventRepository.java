package io.claimdesk.core.history;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Appends and reads claim history. */
@ApplicationScoped
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    public List<ClaimEvent> forClaim(long claimId) {
        return list("claimId", Sort.by("id"), claimId);
    }
}
