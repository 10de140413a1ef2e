package dev.applypilot.extension.popup;

import dev.applypilot.extension.auth.ServerAddress;
import dev.applypilot.extension.bindings.ChromePermissions;
import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.ChromeTabs;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.bindings.Timers;
import dev.applypilot.extension.jobs.JobSave;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.extension.profile.ResumeVersion;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.util.List;

/**
 * The popup: sign-in form when signed out; otherwise the current tab's job (editable title and company, Save),
 * its form, the sync state and links. It asks the background for state and the tab's content script for the
 * page, so it shows the page the user sees.
 */
final class Popup {
    private int tabId = -1;
    private String pageUrl;
    private String jobJson;
    private String jobId;

    void start() {
        PopupText.LABELS.forEach(Dom::setText);
        Dom.onSubmit("signin", this::signIn);
        Dom.onSubmit("job", this::save);
        Dom.onClick("autofill", this::autofill);
        Dom.onClick("undo", this::undo);
        Dom.onClick("mark-applied", this::markApplied);
        Dom.onClick("signout", () -> ChromeRuntime.send(Message.of(MessageTypes.SIGN_OUT), reply -> render((Message) reply)));
        ChromeRuntime.send(Message.of(MessageTypes.STATE), reply -> render((Message) reply));
        // Keep the sync line current (queued saves going out, connection coming back) while the popup is open.
        Timers.every(() -> ChromeRuntime.send(Message.of(MessageTypes.STATE), reply -> {
            if (reply != null) {
                renderSync((Message) reply);
            }
        }), 1_000);
    }

    private void render(Message state) {
        if (state == null) {
            Dom.setText("status", PopupText.BACKGROUND_UNAVAILABLE);
            return;
        }
        String server = state.text("server");
        Dom.setHref("dashboard", server + "/");
        Dom.setHref("create-account", server + "/");
        boolean signedIn = "true".equals(state.text("signedIn"));
        Dom.setHidden("signin", signedIn);
        Dom.setHidden("signed-in", !signedIn);
        renderSync(state);
        if (!signedIn) {
            Dom.setText("status", PopupText.SIGN_IN_PROMPT);
            if (Dom.value("server").isEmpty()) {
                Dom.setValue("server", server);
            }
            Dom.focus("email");
            return;
        }
        Dom.setText("status", "");
        Dom.setText("account", PopupText.signedInAs(state.text("email")));
        findTab();
        ChromeRuntime.send(Message.of(MessageTypes.TODAY), reply -> {
            String count = reply == null ? null : ((Message) reply).text("count");
            Dom.setText("today", count == null ? "" : PopupText.appliedToday(parseInt(count)));
        });
    }

    private void renderSync(Message state) {
        if (!"true".equals(state.text("signedIn"))) {
            Dom.setText("sync-status", "");
            return;
        }
        int queued = parseInt(state.text("queued"));
        boolean online = "true".equals(state.text("online"));
        Dom.setText("sync-status", online ? (queued == 0 ? PopupText.ONLINE : PopupText.syncing(queued)) : PopupText.offline(queued));
    }

    private void signIn() {
        String server = ServerAddress.normalise(Dom.value("server"));
        if (server == null) {
            showSignInError(PopupText.SERVER_INVALID);
            return;
        }
        Dom.setDisabled("signin-button", true);
        Dom.setText("status", PopupText.SIGNING_IN);
        // Must run inside the click/Enter gesture; origins the manifest already grants resolve at once.
        ChromePermissions.request(ServerAddress.originPattern(server), granted -> {
            if (!granted) {
                Dom.setDisabled("signin-button", false);
                showSignInError(PopupText.PERMISSION_DENIED);
                return;
            }
            Message request = Message.of(MessageTypes.SIGN_IN).with("server", server)
                    .with("email", Dom.value("email")).with("password", Dom.value("password"));
            ChromeRuntime.send(request, reply -> {
                Dom.setDisabled("signin-button", false);
                Message answer = (Message) reply;
                if (answer != null && "true".equals(answer.text("ok"))) {
                    Dom.setValue("password", "");
                    Dom.setHidden("signin-error", true);
                    render(answer);
                    return;
                }
                String message = answer == null ? null : answer.text("message");
                showSignInError(message == null || message.isEmpty()
                        ? (message == null ? PopupText.SERVER_UNREACHABLE : PopupText.SIGN_IN_FAILED) : message);
            });
        });
    }

    private void showSignInError(String text) {
        Dom.setText("status", PopupText.SIGN_IN_PROMPT);
        Dom.setText("signin-error", text);
        Dom.setHidden("signin-error", false);
    }

    /** The tab the popup is about: the active one, or {@code ?url=} when the popup is opened as a page (tests). */
    private void findTab() {
        String url = Dom.queryParameter("url");
        ChromeTabs.TabCallback found = (id, tabUrl) -> {
            tabId = id;
            if (id < 0) {
                Dom.setText("page-status", PopupText.NO_PAGE);
                return;
            }
            ChromeTabs.send(id, Message.of(MessageTypes.PAGE_INFO), reply -> showPage((Message) reply));
        };
        if (url != null) {
            ChromeTabs.withUrl(url, found);
        } else {
            ChromeTabs.active(found);
        }
    }

    private void showPage(Message info) {
        if (info == null) {
            Dom.setText("page-status", PopupText.NO_PAGE);
            return;
        }
        pageUrl = info.text("url");
        jobJson = info.text("job");
        // The background injects the autofill engine and asks every frame: the form often lives in an ATS iframe.
        ChromeRuntime.send(Message.of(MessageTypes.FORM_INFO).with("tabId", Integer.toString(tabId)), reply -> showForm((Message) reply));
        if (jobJson == null) {
            Dom.setText("page-status", PopupText.NOTHING_DETECTED);
            return;
        }
        Dom.setText("page-status", PopupText.JOB_DETECTED);
        Dom.setValue("job-title", orEmpty(info.text("title")));
        Dom.setValue("job-company", orEmpty(info.text("company")));
        Dom.setHidden("job", false);
        ChromeRuntime.send(Message.of(MessageTypes.LOOKUP).with("url", pageUrl), reply -> {
            Message known = (Message) reply;
            if (known != null && known.text("jobId") != null) {
                jobId = known.text("jobId");
                String status = known.text("status");
                boolean applied = "true".equals(known.text("applied"));
                Dom.setText("saved-status", PopupText.alreadySaved(applied, status == null ? "" : status));
                Dom.setDisabled("save", true);
                Dom.setHidden("mark-applied", applied);
            }
        });
        ChromeRuntime.send(Message.of(MessageTypes.MATCH).with("url", pageUrl), reply -> {
            String score = reply == null ? null : ((Message) reply).text("score");
            Dom.setHidden("match", score == null);
            if (score != null) {
                Dom.setText("match", PopupText.match(score, ((Message) reply).text("missing")));
            }
        });
    }

    private void showForm(Message form) {
        if (form == null || form.text("fields") == null) {
            return;
        }
        Dom.setText("form-status", PopupText.formDetected(form.text("ats"), parseInt(form.text("fields"))));
        Dom.setHidden("fill", false);
        ChromeRuntime.send(Message.of(MessageTypes.RESUMES), reply -> {
            Dom.clearOptions("resume");
            List<ResumeVersion> versions = ResumeVersion.parseList(reply == null ? null : ((Message) reply).text("list"));
            ResumeVersion chosen = ResumeVersion.choose(versions, null);
            for (ResumeVersion version : versions) {
                Dom.addOption("resume", version.id(), PopupText.resumeOption(version.fileName(), version.primary()), version == chosen);
            }
            Dom.setHidden("resume", versions.isEmpty());
            Dom.setHidden("resume-label", versions.isEmpty());
        });
    }

    private void save() {
        if (jobJson == null) {
            return;
        }
        JsonValue job;
        try {
            job = JsonParser.parse(jobJson);
        } catch (JsonParseException e) {
            Dom.setText("saved-status", PopupText.SAVE_FAILED);
            return;
        }
        JsonValue corrected = JobSave.corrected(job, Dom.value("job-title"), Dom.value("job-company"));
        Dom.setDisabled("save", true);
        Dom.setText("save", PopupText.SAVING);
        Message request = Message.of(MessageTypes.SAVE_JOB).with("url", pageUrl).with("job", corrected.toJson());
        ChromeRuntime.send(request, reply -> {
            String state = reply == null ? MessageTypes.FAILED : ((Message) reply).text("state");
            Dom.setText("save", PopupText.SAVE);
            boolean ok = MessageTypes.SENT.equals(state) || MessageTypes.QUEUED.equals(state);
            Dom.setDisabled("save", ok);
            Dom.setText("saved-status", MessageTypes.SENT.equals(state) ? PopupText.SAVED
                    : MessageTypes.QUEUED.equals(state) ? PopupText.SAVED_OFFLINE : PopupText.SAVE_FAILED);
            ChromeRuntime.send(Message.of(MessageTypes.STATE), s -> {
                if (s != null) {
                    renderSync((Message) s);
                }
            });
        });
    }

    private void autofill() {
        if (tabId < 0) {
            return;
        }
        Dom.setDisabled("autofill", true);
        Dom.setText("autofill-status", PopupText.FILLING);
        Message request = Message.of(MessageTypes.FILL_FORM).with("tabId", Integer.toString(tabId));
        String resumeId = Dom.value("resume");
        ChromeRuntime.send(resumeId.isEmpty() ? request : request.with("resumeId", resumeId), reply -> {
            Dom.setDisabled("autofill", false);
            Message result = (Message) reply;
            String error = result == null ? "noForm" : result.text("error");
            if (error != null) {
                Dom.setText("autofill-status", switch (error) {
                    case MessageTypes.SIGNED_OUT -> PopupText.SIGN_IN_FIRST;
                    case "noProfile" -> PopupText.NO_PROFILE;
                    default -> PopupText.NO_FORM;
                });
                return;
            }
            Dom.setText("autofill-status", PopupText.filled(parseInt(result.text("filled")), parseInt(result.text("abstained"))));
            Dom.setHidden("undo", false);
        });
    }

    private void undo() {
        ChromeTabs.sendToAllFrames(tabId, Message.of(MessageTypes.UNDO_AUTOFILL), reply -> {
            Dom.setText("autofill-status", PopupText.UNDONE);
            Dom.setHidden("undo", true);
        });
    }

    private void markApplied() {
        if (jobId == null) {
            return;
        }
        Dom.setDisabled("mark-applied", true);
        ChromeRuntime.send(Message.of(MessageTypes.SET_STATUS).with("jobId", jobId).with("status", "APPLIED"), reply -> {
            String state = reply == null ? MessageTypes.FAILED : ((Message) reply).text("state");
            boolean ok = MessageTypes.SENT.equals(state) || MessageTypes.QUEUED.equals(state);
            Dom.setDisabled("mark-applied", ok);
            if (ok) {
                Dom.setHidden("mark-applied", true);
                Dom.setText("saved-status", PopupText.MARKED_APPLIED);
            }
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
