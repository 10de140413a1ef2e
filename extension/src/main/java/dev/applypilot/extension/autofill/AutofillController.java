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
 * The content script's autofill entry point. Handles {@code {type: "autofill", profile, resume, overwrite}} and
 * {@code {type: "undoAutofill"}} and answers {@code {filled, abstained, skipped, ms}}. After an autofill the page is
 * watched for {@link #WATCH_MS}: fields that render late or on the next step of a multi-step form are filled too.
 * Nothing is ever submitted.
 */
public final class AutofillController {
    /** How long after the request late-rendered fields are still filled. */
    static final int WATCH_MS = 60_000;

    private static final int WARM_UP_DELAY_MS = 1_000;
    private static final UndoJournal JOURNAL = new UndoJournal();
    private static AutofillSession session;
    private static int watchTimer = -1;

    private AutofillController() {
    }

    /** Registers the message listener; call once from the content script's main. */
    public static void install() {
        FormDom.install();
        FormDom.later(WARM_UP_DELAY_MS, AutofillController::warmUp);
        ChromeRuntime.onMessage((raw, sender, reply) -> {
            String type = raw == null ? null : ((Message) raw).getType();
            if ("autofill".equals(type)) {
                return autofill(FormFillRequest.of(raw), reply);
            }
            if ("formInfo".equals(type)) {
                FormSummary summary = summary();
                if (summary.applicationForm()) {
                    reply.send(Message.of("formInfo").with("ats", summary.ats()).with("fields", Integer.toString(summary.fillable())));
                }
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
     * Scans and classifies the frame once while the page is idle, in frames that have form controls, with an empty
     * profile (so nothing is written): the engine's tables are built and the browser compiles the hot paths, which
     * would otherwise add hundreds of milliseconds to the first click.
     */
    private static void warmUp() {
        if (session != null || !FormDom.has("input,select,textarea,[role=combobox]")) {
            return;
        }
        FormDescriptor form = FieldReader.read().form();
        FillPlanner.plan(form, new FieldClassifier().classify(form), ProfileJson.parse("{}"), FillOptions.defaults());
    }

    /** This frame's form as the shared classifier sees it (the popup's "application form detected" line, the badge). */
    public static FormSummary summary() {
        if (!FormDom.has("input,select,textarea,[role=combobox]")) {
            return FormSummary.NONE;
        }
        FormClassification classification = new FieldClassifier().classify(FieldReader.read().form());
        int fillable = 0;
        for (Classification field : classification.fields()) {
            if (field.fillable()) {
                fillable++;
            }
        }
        return new FormSummary(classification.applicationForm(), classification.ats().ats().name(), fillable);
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
