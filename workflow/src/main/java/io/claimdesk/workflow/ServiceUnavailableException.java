package io.claimdesk.workflow;

/** A server Claimdesk depends on (Keycloak, Elasticsearch) cannot be reached; the request may be retried. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** The name of the unreachable server, e.g. "Keycloak". */
    public String service() {
        return service;
    }
}
