package io.claimdesk.core.verdict;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Appends and reads the approved versions of verdicts. */
@ApplicationScoped
public class VerdictRevisionRepository implements PanacheRepository<VerdictRevision> {

    /** Every approved version of a claim's verdict, the first first. */
    public List<VerdictRevision> forClaim(long claimId) {
        return list("claimId", Sort.by("revision"), claimId);
    }

    /** The rating the public sees for each of the given claims that has been published. */
    public Map<Long, Rating> latestRatings(Collection<Long> claimIds) {
        Map<Long, Rating> ratings = new HashMap<>();
        if (claimIds.isEmpty()) {
            return ratings;
        }
        getEntityManager()
                .createQuery("select r.claimId, r.rating from VerdictRevision r where r.claimId in (:ids)"
                        + " and r.revision = (select max(o.revision) from VerdictRevision o where o.claimId = r.claimId)",
                        Object[].class)
                .setParameter("ids", claimIds)
                .getResultList()
                .forEach(row -> ratings.put((Long) row[0], (Rating) row[1]));
        return ratings;
    }

    /** The version the public sees. */
    public Optional<VerdictRevision> latest(long claimId) {
        return find("claimId", Sort.by("revision").descending(), claimId).firstResultOptional();
    }
}
