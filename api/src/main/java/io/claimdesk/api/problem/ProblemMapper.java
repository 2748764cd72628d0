package io.claimdesk.api.problem;

import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.claimdesk.workflow.DatabaseConnectionFailure;
import io.claimdesk.workflow.ServiceUnavailableException;
import io.claimdesk.workflow.WorkflowException;
import io.quarkus.security.ForbiddenException;

/**
 * Turns every refusal and failure into an application/problem+json answer a person can act on. Missing logins are left
 * to the authentication mechanism: a bearer challenge (401) for the API, a redirect to Keycloak for the pages.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Pattern JAVA_TYPE = Pattern
            .compile("`?\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:\\$[\\w$]+)*`?");

    @ServerExceptionMapper
    public Response workflow(WorkflowException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case BUSY -> 429;
        };
        Response answer = problem(status, e.getMessage(), uri,
                e.currentStatus() == null ? null : e.currentStatus().name());
        return status == 429
                ? Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build()
                : answer;
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e, UriInfo uri) {
        return Response.fromResponse(problem(503, e.getMessage(), uri, null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Your roles do not allow this action.", uri, null);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return problem(400,
                "The request body is not valid JSON for this endpoint: " + withoutJavaNames(e.getOriginalMessage()),
                uri,
                null);
    }

    // Quarkus ships its own mapper for this subtype (a wrong value type, e.g. a date that is not ISO 8601); ours must win.
    @ServerExceptionMapper
    public Response badValue(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(ref -> ref.getFieldName() != null
                ? ref.getFieldName()
                : "[" + ref.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("the body");
        return problem(400,
                "The value of " + field + " has the wrong type or format: " + withoutJavaNames(e.getOriginalMessage()),
                uri,
                null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, PessimisticLockException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return problem(409, "Someone changed this at the same time; reload and try again.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus's JSON reader wraps a body it cannot parse (truncated, binary) in a bare 400.
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return badValue(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return badJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 400 -> "The request could not be read: send a JSON body and parameters as this endpoint describes"
                    + " them in /q/openapi.";
            case 404 -> "Nothing here: check the path and the id.";
            case 405 -> "This path does not accept that HTTP method.";
            case 406 -> "This path cannot answer in the media type you asked for.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage();
        };
        return problem(status, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // PostgreSQL down or restarting surfaces as whatever Hibernate, the pool or the transaction manager threw.
        if (DatabaseConnectionFailure.in(e)) {
            LOG.warnf("PostgreSQL unreachable on %s: %s", uri.getPath(), e);
            return Response.fromResponse(problem(503, DatabaseConnectionFailure.MESSAGE, uri, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        DataException unstorable = causeOfType(e, DataException.class);
        if (unstorable != null) {
            // PostgreSQL refused a value (a NUL character, too long, out of range): the request's fault, not ours.
            LOG.warnf("Refused a value on %s: %s", uri.getPath(), unstorable.getSQLException().getMessage());
            return problem(400, "A value in the request cannot be stored or searched for: it holds a NUL character"
                    + " (U+0000) or is too long or out of range. Remove the NUL characters and check the lengths.", uri,
                    null);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "An unexpected error occurred; it has been logged.", uri, null);
    }

    // Jackson names Java types (`io.claimdesk.api.article.NewArticleRequest`): the client needs the field, not our classes.
    private static String withoutJavaNames(String message) {
        return message == null ? "" : JAVA_TYPE.matcher(message).replaceAll(type -> {
            String name = type.group().replace("`", "");
            return name.startsWith("io.claimdesk.")
                    ? "the request body"
                    : "`" + name.substring(name.lastIndexOf('.') + 1) + "`";
        });
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static Response problem(int status, String detail, UriInfo uri, String currentStatus) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(),
                        currentStatus))
                .build();
    }
}
