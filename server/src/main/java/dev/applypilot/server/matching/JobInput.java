package dev.applypilot.server.matching;

/**
 * A job description as plain text plus optional metadata from the posting.
 *
 * @param id         caller's identifier, echoed in rankings
 * @param text       the description text
 * @param title      job title, or null to take the first short line of the text
 * @param location   e.g. "New York, NY", or null to look for it in the text
 * @param remoteType null or UNKNOWN to detect from the text
 */
public record JobInput(String id, String text, String title, String location, RemoteType remoteType) {
    public JobInput {
        text = text == null ? "" : text;
        remoteType = remoteType == null ? RemoteType.UNKNOWN : remoteType;
    }

    public static JobInput ofText(String id, String text) {
        return new JobInput(id, text, null, null, RemoteType.UNKNOWN);
    }
}
