package io.claimdesk.core.verdict;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Stores and finds verdicts. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepository<Verdict> {

    public Optional<Verdict> forClaim(long claimId) {
        return find("claim.id", claimId).firstResultOptional();
    }
}
