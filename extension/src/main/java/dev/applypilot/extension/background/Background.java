package dev.applypilot.extension.background;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.ChromeStorage;
import dev.applypilot.extension.bindings.ChromeTabs;
import dev.applypilot.extension.bindings.Crypto;
import dev.applypilot.extension.bindings.Http;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.jobs.JobSave;
import dev.applypilot.extension.bindings.Clock;
import dev.applypilot.extension.jobs.MatchLine;
import dev.applypilot.extension.jobs.SavedJobs;
import dev.applypilot.extension.jobs.StatusChange;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.extension.sync.Outbox;
import dev.applypilot.extension.sync.OutboxEntry;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes messages from content scripts and the popup. State is read from storage first (the worker may just
 * have been started by the very message it is answering), so messages wait until it is loaded.
 */
final class Background {
    /** Name of the keyboard shortcut in the manifest's {@code commands}. */
    static final String AUTOFILL_COMMAND = "autofill";

    private final Session session = new Session();
    private SavedJobs saved = new SavedJobs();
    private SyncClient sync;
    private FormFiller filler;
    private final AnswerBank answers = new AnswerBank(session);
    private boolean loaded;
    private final List<Runnable> waiting = new ArrayList<>();

    void start() {
        ChromeStorage.getAll(ChromeStorage.LOCAL, local -> ChromeStorage.getAll(ChromeStorage.SESSION, sessionArea -> {
            session.load(local, sessionArea);
            saved = SavedJobs.fromJson(local.text(StorageKeys.SAVED_JOBS));
            sync = new SyncClient(session, Outbox.fromJson(local.text(StorageKeys.OUTBOX)), saved,
                    parseLong(local.text(StorageKeys.LAST_EVENT_ID)));
            filler = new FormFiller(session, local.text(StorageKeys.PROFILE));
            sync.onProfileUpdated(filler::profileChanged);
            session.onSignedOut(() -> {
                sync.reset();
                filler.profileChanged();
            });
            loaded = true;
            sync.connect();
            List<Runnable> ready = new ArrayList<>(waiting);
            waiting.clear();
            ready.forEach(Runnable::run);
        }));
    }

    /** Alarms wake a stopped worker: reconnect (which also flushes the outbox) or refresh the token. */
    void alarm(String name) {
        whenLoaded(() -> {
            if (Session.REFRESH_ALARM.equals(name)) {
                session.refresh((ok, message) -> sync.connect());
            } else {
                sync.connect();
            }
        });
    }

    /** Always answers asynchronously (returns true to keep the reply channel open). */
    boolean message(Message message, int tabId, int frameId, ChromeRuntime.Reply reply) {
        whenLoaded(() -> {
            sync.connect();
            route(message, tabId, frameId, reply);
        });
        return true;
    }

    private void route(Message message, int tabId, int frameId, ChromeRuntime.Reply reply) {
        String type = message.getType() == null ? "" : message.getType();
        switch (type) {
            case MessageTypes.STATE -> reply.send(state());
            case MessageTypes.SIGN_IN -> session.signIn(message.text("server"), message.text("email"), message.text("password"),
                    (ok, error) -> {
                        if (ok) {
                            filler.profileChanged();
                            sync.connect();
                        }
                        Message answer = state().with("ok", Boolean.toString(ok));
                        reply.send(error == null ? answer : answer.with("message", error));
                    });
            case MessageTypes.SIGN_OUT -> {
                sync.reset();
                session.signOut(() -> reply.send(state()));
                filler.profileChanged();
            }
            case MessageTypes.PAGE -> reply.send(page(message, tabId, frameId));
            case MessageTypes.LOOKUP -> lookup(message.text("url"), reply);
            case MessageTypes.SAVE_JOB -> reply.send(save(message));
            case MessageTypes.RESUMES -> filler.resumes(reply);
            case MessageTypes.FORM_INFO -> filler.formInfo(parseInt(message.text("tabId")), reply);
            case MessageTypes.FILL_FORM -> filler.fill(parseInt(message.text("tabId")), message.text("resumeId"), reply);
            case MessageTypes.SET_STATUS -> reply.send(setStatus(message.text("jobId"), message.text("status")));
            case MessageTypes.TODAY -> today(reply);
            case MessageTypes.MATCH -> match(message.text("url"), reply);
            case MessageTypes.ANSWER_MATCH -> answers.match(message.text("question"), reply);
            case MessageTypes.ANSWER_USED -> answers.used(message.text("id"), reply);
            default -> reply.send(Message.of("error").with("message", "unknown message type " + type));
        }
    }

    private Message state() {
        Message state = Message.of(MessageTypes.STATE)
                .with("version", ChromeRuntime.version())
                .with("server", session.server())
                .with("signedIn", Boolean.toString(session.signedIn()))
                .with("online", Boolean.toString(sync.online()))
                .with("queued", Integer.toString(sync.queued()));
        return session.email() == null ? state : state.with("email", session.email());
    }

    /** A content script reports its page: badge the tab and say whether the job is already saved. */
    private Message page(Message message, int tabId, int frameId) {
        SavedJobs.SavedJob known = saved.find(message.text("url"));
        if (tabId >= 0 && frameId == 0) {
            boolean job = message.text("job") != null;
            boolean form = "true".equals(message.text("form"));
            String text = known != null ? "✓" : job ? "JOB" : form ? "FORM" : "";
            ChromeTabs.badge(tabId, text, known != null || job ? "#2e7d32" : "#2453d6");
        }
        return withSaved(Message.of(MessageTypes.PAGE), known);
    }

    private void lookup(String url, ChromeRuntime.Reply reply) {
        SavedJobs.SavedJob known = saved.find(url);
        if (known != null || !session.signedIn() || url == null) {
            reply.send(withSaved(Message.of(MessageTypes.LOOKUP), known));
            return;
        }
        session.call("GET", "/api/v1/jobs/lookup?url=" + Http.encode(url), null, (status, body) -> {
            SavedJobs.SavedJob found = null;
            if (status == 200) {
                JsonValue json = parse(body);
                if (json != null && saved.record(json)) {
                    saved.rememberPage(url, json.get("job").get("id").text().orElse(null));
                    ChromeStorage.set(ChromeStorage.LOCAL, StorageKeys.SAVED_JOBS, saved.toJson());
                    found = saved.find(url);
                }
            }
            reply.send(withSaved(Message.of(MessageTypes.LOOKUP), found));
        });
    }

    private Message save(Message message) {
        if (!session.signedIn()) {
            return Message.of(MessageTypes.SAVE_JOB).with("state", MessageTypes.SIGNED_OUT);
        }
        JsonValue job = parse(message.text("job"));
        if (job == null) {
            return Message.of(MessageTypes.SAVE_JOB).with("state", MessageTypes.FAILED);
        }
        String clientId = Crypto.randomUuid();
        sync.write(new OutboxEntry(clientId, OutboxEntry.JOB_SAVE, JobSave.payload(clientId, job), System.currentTimeMillis()));
        return Message.of(MessageTypes.SAVE_JOB).with("clientId", clientId)
                .with("state", sync.online() ? MessageTypes.SENT : MessageTypes.QUEUED)
                .with("queued", Integer.toString(sync.queued()));
    }

    /** The keyboard shortcut: fill the active tab with the primary resume version. */
    void command(String name, int tabId) {
        if (AUTOFILL_COMMAND.equals(name) && tabId >= 0) {
            whenLoaded(() -> filler.fill(tabId, null, result -> { }));
        }
    }

    private Message setStatus(String jobId, String status) {
        if (!session.signedIn()) {
            return Message.of(MessageTypes.SET_STATUS).with("state", MessageTypes.SIGNED_OUT);
        }
        if (jobId == null || status == null) {
            return Message.of(MessageTypes.SET_STATUS).with("state", MessageTypes.FAILED);
        }
        String clientId = Crypto.randomUuid();
        sync.write(new OutboxEntry(clientId, OutboxEntry.APPLICATION_STATUS, StatusChange.payload(jobId, status),
                System.currentTimeMillis()));
        saved.statusChanged(jobId, status);
        return Message.of(MessageTypes.SET_STATUS).with("state", sync.online() ? MessageTypes.SENT : MessageTypes.QUEUED);
    }

    /** Jobs marked applied since local midnight, from the most recently updated APPLIED jobs. */
    private void today(ChromeRuntime.Reply reply) {
        if (!session.signedIn()) {
            reply.send(Message.of(MessageTypes.TODAY));
            return;
        }
        session.call("GET", "/api/v1/jobs?status=APPLIED&sort=updated&limit=100", null, (status, body) -> {
            JsonValue list = status == 200 ? parse(body) : null;
            Message answer = Message.of(MessageTypes.TODAY);
            reply.send(list == null ? answer : answer.with("count", Integer.toString(StatusChange.countSince(list, Clock.startOfToday()))));
        });
    }

    /** The server's match of the profile with the job at {@code url}; nothing when the endpoint is missing (404). */
    private void match(String url, ChromeRuntime.Reply reply) {
        if (!session.signedIn() || url == null) {
            reply.send(Message.of(MessageTypes.MATCH));
            return;
        }
        session.call("GET", "/api/v1/matching/page?url=" + Http.encode(url), null, (status, body) -> {
            JsonValue json = status == 200 ? parse(body) : null;
            Message answer = Message.of(MessageTypes.MATCH);
            MatchLine line = json == null ? null : MatchLine.of(json);
            reply.send(line == null ? answer : answer.with("score", Integer.toString(line.score())).with("missing", line.missingText()));
        });
    }

    private static Message withSaved(Message message, SavedJobs.SavedJob known) {
        if (known == null) {
            return message;
        }
        Message out = message.with("jobId", known.jobId()).with("applied", Boolean.toString(known.applied()));
        return known.status() == null ? out : out.with("status", known.status());
    }

    private void whenLoaded(Runnable task) {
        if (loaded) {
            task.run();
        } else {
            waiting.add(task);
        }
    }

    private static JsonValue parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JsonParser.parse(json);
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int parseInt(String text) {
        return (int) parseLong(text);
    }
}
