package dev.applypilot.server.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.data.connection.exceptions.ConnectionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The last resort for unexpected exceptions (more specific handlers win). A database that is restarting or
 * unreachable is a temporary condition: answer 503 with Retry-After, so clients (and the extension's outbox) retry.
 * Anything else is logged and answered as an internal error without details.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException exception) {
        if (isConnectionFailure(exception)) {
            LOG.warn("Database unavailable: {}", exception.getMessage());
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .body(new ApiError("database_unavailable", "The database is not reachable right now.", "Nothing was saved; retry in a few seconds.", null));
        }
        LOG.error("Data access failed", exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError("internal_error", "Something went wrong on our side.", "Try again; if it keeps failing, contact support.", null));
    }

    /** SQLState class 08 = connection exception; 57P0x = the server is shutting down or restarting. */
    static boolean isConnectionFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Micronaut Data's ConnectionException: a pooled connection died under us (e.g. the server restarted).
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
