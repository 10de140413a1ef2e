package dev.applypilot.server.work;

/** Redis key names of the work streams; operators use the same names with redis-cli (docs/operations.md). */
public final class WorkStreams {
    /** The one consumer group every instance joins; each instance is a consumer in it. */
    public static final String GROUP = "workers";
    /** The message field holding the job id. */
    public static final String JOB = "job";

    private WorkStreams() {
    }

    public static String stream(String kind) {
        return "applypilot:work:" + kind;
    }

    public static String deadLetters(String kind) {
        return stream(kind) + ":dead";
    }

    /** Present (with a TTL of consumer-idle-limit, renewed every reclaim-interval) while the consumer's instance runs. */
    static String alive(String consumer) {
        return "applypilot:work:alive:" + consumer;
    }
}
