package dev.applypilot.server.dashboard;

import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The form half of the double-submit check. The body is compared here, after Micronaut bound it, rather than in the
 * filter: a filter that waits for a body arriving after its headers resumes the chain late, which Micronaut 4.10's
 * legacy-filter bridge (metrics, security) does not survive (NullPointerException or an empty 503).
 */
@Singleton
class FormCsrfInterceptor implements MethodInterceptor<Object, Object> {
    @Override
    public @Nullable Object intercept(MethodInvocationContext<Object, Object> context) {
        String expected = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getAttribute(CsrfFilter.PENDING, String.class)).orElse(null);
        if (expected == null) {
            return context.proceed();
        }
        String given = null;
        for (Object value : context.getParameterValues()) {
            if (value instanceof Map<?, ?> form && form.get(CsrfFilter.FIELD) instanceof String field) {
                given = field;
            }
        }
        return CsrfFilter.matches(expected, given) ? context.proceed() : CsrfFilter.rejected();
    }
}
