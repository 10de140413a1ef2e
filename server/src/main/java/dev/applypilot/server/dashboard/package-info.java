/**
 * The web dashboard: server-rendered Thymeleaf pages (board, job detail, stats, settings, account pages) over the
 * tracker, with a cookie session (the JWT in an HttpOnly cookie, refreshed server-side), double-submit CSRF tokens,
 * GDPR export/delete and the extension sign-in code exchange. Scripts live in /static/js (strict CSP, nothing inline).
 */
package dev.applypilot.server.dashboard;
