package io.claimdesk.core.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
