package dev.applypilot.server.dashboard;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks page controllers whose form posts carry the CSRF token in the {@code csrf} field: {@link FormCsrfInterceptor}
 * compares it once the body is bound. {@link CsrfFilter} refuses form posts to routes without this mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@Type(FormCsrfInterceptor.class)
@interface FormCsrf {
}
