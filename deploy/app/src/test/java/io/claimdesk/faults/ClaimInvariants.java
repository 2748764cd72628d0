package io.claimdesk.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The states a claim can never be in, whatever crashed when, checked in SQL over every claim: each query lists the
 * claims breaking one rule of the workflow (docs/workflow.md) or of publication (docs/search.md).
 */
final class ClaimInvariants {

    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("status is not a workflow status", """
                SELECT id FROM claim WHERE status NOT IN
                ('EXTRACTED', 'ASSIGNED', 'AWAITING_APPROVAL', 'PUBLISHED', 'CORRECTION', 'DISCARDED')""");
        RULES.put("claim without history", """
                SELECT c.id FROM claim c WHERE NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_id = c.id)""");
        RULES.put("history's last step disagrees with the status", """
                SELECT c.id FROM claim c JOIN LATERAL (SELECT e.to_status FROM claim_event e WHERE e.claim_id = c.id
                ORDER BY e.id DESC LIMIT 1) last ON true WHERE last.to_status <> c.status""");
        RULES.put("a step of the history does not start where the previous one ended", """
                SELECT DISTINCT claim_id FROM (SELECT claim_id, from_status,
                LAG(to_status) OVER (PARTITION BY claim_id ORDER BY id) AS previous FROM claim_event) steps
                WHERE previous IS NOT NULL AND from_status IS DISTINCT FROM previous""");
        RULES.put("assigned, awaiting approval or in correction without an assignee", """
                SELECT id FROM claim WHERE status IN ('ASSIGNED', 'AWAITING_APPROVAL', 'CORRECTION')
                AND assignee IS NULL""");
        RULES.put("extracted but still assigned", """
                SELECT id FROM claim WHERE status = 'EXTRACTED' AND assignee IS NOT NULL""");
        RULES.put("awaiting approval without a submitted verdict", """
                SELECT c.id FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id WHERE c.status = 'AWAITING_APPROVAL'
                AND (v.id IS NULL OR v.submitted_at IS NULL OR v.rating IS NULL)""");
        RULES.put("published or in correction without a verdict revision", """
                SELECT c.id FROM claim c WHERE c.status IN ('PUBLISHED', 'CORRECTION')
                AND NOT EXISTS (SELECT 1 FROM verdict_revision r WHERE r.claim_id = c.id)""");
        RULES.put("published without an approved verdict by someone other than its reviewer", """
                SELECT c.id FROM claim c LEFT JOIN verdict v ON v.claim_id = c.id WHERE c.status = 'PUBLISHED'
                AND (v.id IS NULL OR v.approved_at IS NULL OR v.approver IS NULL OR v.approver = v.reviewer)""");
        RULES.put("revision numbers are not 1, 2, … without gaps", """
                SELECT claim_id FROM verdict_revision GROUP BY claim_id
                HAVING MIN(revision) <> 1 OR MAX(revision) <> COUNT(*)""");
        RULES.put("approvals in the history and revisions differ in number", """
                SELECT c.id FROM claim c
                WHERE (SELECT COUNT(*) FROM claim_event e WHERE e.claim_id = c.id
                       AND e.action IN ('APPROVE', 'PUBLISH_CORRECTION'))
                   <> (SELECT COUNT(*) FROM verdict_revision r WHERE r.claim_id = c.id)""");
        RULES.put("a revision without an outbox entry (it would never reach the search)", """
                SELECT c.id FROM claim c
                WHERE (SELECT COUNT(*) FROM verdict_outbox o WHERE o.claim_id = c.id)
                    < (SELECT COUNT(*) FROM verdict_revision r WHERE r.claim_id = c.id)""");
    }

    private ClaimInvariants() {
    }

    /** Every broken rule with up to ten of the claims breaking it; empty when all hold. */
    static List<String> violations(Connection connection) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                List<Long> claims = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(rule.getValue())) {
                    while (rows.next()) {
                        claims.add(rows.getLong(1));
                    }
                }
                if (!claims.isEmpty()) {
                    broken.add(rule.getKey() + ": " + claims.size() + " claims, e.g. "
                            + claims.subList(0, Math.min(10, claims.size())));
                }
            }
        }
        return broken;
    }
}
