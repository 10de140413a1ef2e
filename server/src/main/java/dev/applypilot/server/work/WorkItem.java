package dev.applypilot.server.work;

/**
 * One delivery of a job to a handler.
 *
 * @param jobId     the job's id in PostgreSQL
 * @param messageId the stream entry; a handler may store it as its claim, so a redelivery of the same message can
 *                  take the job over from a consumer that died while a duplicate message for a running job cannot
 */
public record WorkItem(String jobId, String messageId) {
}
