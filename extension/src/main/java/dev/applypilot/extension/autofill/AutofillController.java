package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.FormDom;
import dev.applypilot.extension.bindings.FormFillReply;
import dev.applypilot.extension.bindings.FormFillRequest;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.shared.classify.Classification;
import dev.applypilot.shared.classify.FieldClassifier;
import dev.applypilot.shared.classify.FormClassification;
import dev.applypilot.shared.classify.FillOptions;
import dev.applypilot.shared.classify.FillPlanner;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.ProfileJson;

/**
 * The engine's message handling in one frame. Handles {@code {type: "autofill", profile, resume, overwrite}},
 * {@code {type: "undoAutofill"}} and {@code {type: "formInfo"}} and answers {@code {filled, abstained, skipped, ms}}.
 * After an autofill the page is watched for {@link #WATCH_MS}: fields that render late or on the next step of a
 * multi-step form are filled too. Nothing is ever submitted.
 */
public final class AutofillController {
    /** How long after the request late-rendered fields are still filled. */
    static final int WATCH_MS = 60_000;

    private static final UndoJournal JOURNAL = new UndoJournal();
    private static AutofillSession session;
    private static int watchTimer = -1;

    private AutofillController() {
    }

    /** Registers the message listener; call once per frame ({@link AutofillMain}). */
    static void install() {
        FormDom.install();
        ChromeRuntime.onMessage((raw, sender, reply) -> {
            String type = raw == null ? null : ((Message) raw).getType();
            if ("autofill".equals(type)) {
                return autofill(FormFillRequest.of(raw), reply);
            }
            if ("formInfo".equals(type)) {
                formInfo(reply);
                return false;
            }
            if ("undoAutofill".equals(type)) {
                double start = FormDom.now();
                stop();
                int restored = JOURNAL.undo();
                reply.send(FormFillReply.of("undoAutofill", 0, 0, 0, FormDom.now() - start).with("restored", restored));
            }
            return false;
        });
    }

    /** Returns true when the reply comes later (comboboxes are still being filled). */
    private static boolean autofill(FormFillRequest request, ChromeRuntime.Reply reply) {
        double start = FormDom.now();
        stop();
        Profile profile = ProfileJson.parse(request.profileJson());
        ResumeFile resume = request.hasResume()
                ? new ResumeFile(request.resumeName(), request.resumeMime(), request.resumeBase64()) : null;
        AutofillSession current = new AutofillSession(profile, resume, request.overwrite(), JOURNAL);
        session = current;
        FormDom.forgetSeen();
        double prepared = FormDom.now();
        boolean[] answered = {false};
        boolean[] synchronous = {true};
        FormFillReply[] early = {null};
        boolean application = current.pass(() -> {
            if (answered[0]) {
                return;
            }
            answered[0] = true;
            FillCounts c = current.counts;
            FormFillReply summary = FormFillReply.of("autofillResult", c.filled, c.abstained, c.skipped, FormDom.now() - start)
                    .with("fields", current.fields).with("prepareMs", prepared - start).with("scanMs", current.scanMs).with("planMs", current.planMs)
                    .with("writeMs", current.writeMs);
            if (synchronous[0]) {
                early[0] = summary;
            } else {
                reply.send(summary);
            }
        });
        synchronous[0] = false;
        FormDom.watch(() -> {
            if (session == current) {
                current.pass(() -> { });
            }
        });
        watchTimer = FormDom.later(WATCH_MS, AutofillController::stop);
        if (!application) {
            // Another frame (or none) holds the application form; let that frame answer.
            answered[0] = true;
            return false;
        }
        if (early[0] != null) {
            reply.send(early[0]);
            return false;
        }
        return true;
    }

    /**
     * The popup's "application form detected" line; frames without an application form stay silent. The popup's
     * Autofill click usually follows, so the planner then runs once with an empty profile (nothing is written) while
     * the user reads: its tables are built and the browser compiles the hot paths before the click.
     */
    private static void formInfo(ChromeRuntime.Reply reply) {
        if (!FormDom.has("input,select,textarea,[role=combobox]")) {
            return;
        }
        FormDescriptor form = FieldReader.read().form();
        FormClassification classification = new FieldClassifier().classify(form);
        if (!classification.applicationForm()) {
            return;
        }
        int fillable = 0;
        for (Classification field : classification.fields()) {
            if (field.fillable()) {
                fillable++;
            }
        }
        String ats = classification.ats().ats().name();
        reply.send(Message.of("formInfo").with("ats", ats).with("fields", Integer.toString(fillable)));
        FormDom.later(0, () -> FillPlanner.plan(form, classification, ProfileJson.parse("{}"), FillOptions.defaults()));
    }

    private static void stop() {
        FormDom.unwatch();
        if (watchTimer >= 0) {
            FormDom.cancel(watchTimer);
            watchTimer = -1;
        }
        session = null;
    }
}
