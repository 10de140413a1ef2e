package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.AutofillMessage;
import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.ChromeScripting;
import dev.applypilot.extension.bindings.ChromeStorage;
import dev.applypilot.extension.bindings.ChromeTabs;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.extension.profile.AutofillProfile;
import dev.applypilot.extension.profile.ResumeVersion;

/**
 * Autofill from the background: the engine is injected into every frame of the tab that lacks it, then the profile
 * (cached in local storage, refetched on {@code profile.updated}) and the chosen resume version's file go to every
 * frame; the frame holding the application form answers.
 */
final class FormFiller {
    private final Session session;
    private String profileJson;

    FormFiller(Session session, String cachedProfile) {
        this.session = session;
        this.profileJson = cachedProfile;
    }

    /** The server's profile changed (or the account did): fetch it again before the next fill. */
    void profileChanged() {
        profileJson = null;
        ChromeStorage.remove(ChromeStorage.LOCAL, StorageKeys.PROFILE);
        if (session.signedIn()) {
            withProfile(profile -> { });
        }
    }

    /** Replies with the raw version list ({@code list}, JSON) for the popup's choice. */
    void resumes(ChromeRuntime.Reply reply) {
        session.call("GET", "/api/v1/resumes", null, (status, body) -> reply.send(status == 200
                ? Message.of(MessageTypes.RESUMES).with("list", body) : Message.of(MessageTypes.RESUMES).with("list", "[]")));
    }

    /**
     * Fills the tab's form; {@code resumeId} null = the primary version. Replies with the content script's
     * {@code autofillResult}, or {@code {type: "autofillResult", error}} ({@link MessageTypes#SIGNED_OUT},
     * {@code noProfile}, {@code noForm}).
     */
    void fill(int tabId, String resumeId, ChromeRuntime.Reply reply) {
        if (!session.signedIn()) {
            reply.send(failure(MessageTypes.SIGNED_OUT));
            return;
        }
        withProfile(profile -> {
            if (profile == null) {
                reply.send(failure("noProfile"));
                return;
            }
            session.call("GET", "/api/v1/resumes", null, (status, body) -> {
                ResumeVersion resume = status == 200 ? ResumeVersion.choose(ResumeVersion.parseList(body), resumeId) : null;
                if (resume == null) {
                    send(tabId, AutofillMessage.of(profile, null, null, null, false), reply);
                    return;
                }
                session.download("/api/v1/resumes/" + resume.id() + "/file", (fileStatus, base64) -> send(tabId,
                        AutofillMessage.of(profile, resume.fileName(), resume.contentType(), fileStatus == 200 ? base64 : null, false), reply));
            });
        });
    }

    /** The popup's form line: {@code {ats, fields}} from the frame with an application form, or no members when none has one. */
    void formInfo(int tabId, ChromeRuntime.Reply reply) {
        ChromeScripting.injectAutofill(tabId, () -> ChromeTabs.sendToAllFrames(tabId, Message.of(MessageTypes.FORM_INFO),
                answer -> reply.send(answer == null ? Message.of(MessageTypes.FORM_INFO) : answer)));
    }

    private static void send(int tabId, Message message, ChromeRuntime.Reply reply) {
        ChromeScripting.injectAutofill(tabId, () -> ChromeTabs.sendToAllFrames(tabId, message,
                answer -> reply.send(answer == null ? failure("noForm") : answer)));
    }

    private interface ProfileReady {
        void ready(String profileJson);
    }

    private void withProfile(ProfileReady ready) {
        if (profileJson != null) {
            ready.ready(profileJson);
            return;
        }
        session.call("GET", "/api/v1/profile", null, (status, body) -> {
            String profile = status == 200 ? AutofillProfile.fromDocument(body) : null;
            if (profile != null) {
                profileJson = profile;
                ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.PROFILE, profile);
            }
            ready.ready(profile);
        });
    }

    private static Message failure(String error) {
        return Message.of(MessageTypes.AUTOFILL_RESULT).with("error", error);
    }
}
