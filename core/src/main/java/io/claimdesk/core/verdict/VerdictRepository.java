package io.claimdesk.core.verdict;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores and finds verdicts. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepository<Verdict> {

    public Optional<Verdict> forClaim(long claimId) {
        return find("claim.id", claimId).firstResultOptional();
    }
}
