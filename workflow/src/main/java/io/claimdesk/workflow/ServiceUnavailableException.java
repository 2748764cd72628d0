package io.claimdesk.workflow;

/** A server Claimdesk depends on (Keycloak, Elasticsearch) cannot be reached; the request may be retried. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;
    private final RefusalMessage refusal;

    /** An outage whose message is written by the caller and shown as it is. */
    public ServiceUnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.refusal = null;
    }

    public ServiceUnavailableException(String service, RefusalMessage refusal, Throwable cause) {
        super(refusal.english(), cause);
        this.service = service;
        this.refusal = refusal;
    }

    /** The name of the unreachable server, e.g. "Keycloak". */
    public String service() {
        return service;
    }

    /** What to tell the user, as a code and its arguments (the message is its English); null without a code. */
    public RefusalMessage refusal() {
        return refusal;
    }
}
