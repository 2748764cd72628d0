package io.claimdesk.core.claim;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and queries claims. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    /** Claims filtered by status and assignee, either of which may be null (no filter). */
    public List<Claim> filtered(ClaimStatus status, String assignee) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (assignee != null) {
            query.append(" and assignee = :assignee");
            parameters.and("assignee", assignee);
        }
        return find(query.toString(), Sort.by("id"), parameters).list();
    }

    /** How many claims meet the criteria in each status (statuses without any are absent). */
    public Map<ClaimStatus, Long> countByStatus(ClaimCriteria criteria) {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        criteria.bind(getEntityManager().createQuery("select c.status, count(c) from Claim c where 1 = 1"
                + criteria.condition() + " group by c.status", Object[].class))
                .getResultList()
                .forEach(row -> counts.put((ClaimStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The first claims of a status that meet the criteria, with their articles: new claims by check-worthiness, the
     * others by latest change first.
     */
    public List<Claim> firstInStatus(ClaimStatus status, ClaimCriteria criteria, int limit) {
        String order = status == ClaimStatus.EXTRACTED ? "c.score desc, c.id desc" : "c.updatedAt desc, c.id desc";
        return criteria.bind(getEntityManager().createQuery("select c from Claim c join fetch c.article"
                + " where c.status = :status" + criteria.condition() + " order by " + order, Claim.class))
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A queue: the claims of a status that meet the criteria, longest waiting first, at most {@code limit}. */
    public List<Claim> longestWaiting(ClaimStatus status, ClaimCriteria criteria, int limit) {
        return criteria.bind(getEntityManager().createQuery("select c from Claim c join fetch c.article"
                + " where c.status = :status" + criteria.condition() + " order by c.updatedAt, c.id", Claim.class))
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Which of these ids are claims in the database. */
    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("select c.id from Claim c where c.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Everyone who holds a claim now, by name. */
    public List<String> assignees() {
        return getEntityManager().createQuery("select distinct c.assignee from Claim c where c.assignee is not null"
                + " order by c.assignee", String.class).getResultList();
    }

    /** How many claims each user currently holds as a reviewer (assigned, awaiting approval or in correction). */
    public Map<String, Long> openLoadByAssignee() {
        Map<String, Long> load = new HashMap<>();
        getEntityManager()
                .createQuery("select c.assignee, count(c) from Claim c where c.assignee is not null"
                        + " and c.status in (:open) group by c.assignee", Object[].class)
                .setParameter("open", List.of(ClaimStatus.ASSIGNED, ClaimStatus.AWAITING_APPROVAL,
                        ClaimStatus.CORRECTION))
                .getResultList()
                .forEach(row -> load.put((String) row[0], (Long) row[1]));
        return load;
    }
}
