package io.claimdesk.workflow.bulk;

/** What can be done to many claims at once; each item still goes through the state machine on its own. */
public enum BulkAction {
    ASSIGN, REASSIGN, UNASSIGN, SET_DEADLINE, DISCARD, APPROVE, REJECT
}
