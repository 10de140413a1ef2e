package dev.applypilot.extension.autofill;

import dev.applypilot.extension.bindings.FieldHandle;
import dev.applypilot.extension.bindings.FormDom;
import dev.applypilot.shared.classify.AbstainReason;
import dev.applypilot.shared.classify.Classification;
import dev.applypilot.shared.classify.FieldClassifier;
import dev.applypilot.shared.classify.FillAction;
import dev.applypilot.shared.classify.FillDecision;
import dev.applypilot.shared.classify.FillOptions;
import dev.applypilot.shared.classify.FillPlanner;
import dev.applypilot.shared.classify.FileSlot;
import dev.applypilot.shared.classify.FormClassification;
import dev.applypilot.shared.classify.OptionMatcher;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.PhoneFormat;
import dev.applypilot.shared.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * One autofill request in one frame: scans, lets the shared classifier and planner decide, and writes. Native
 * controls are written synchronously; comboboxes one after another, because each must open its menu and wait for
 * the options. Later passes (after the page added fields) only touch elements no earlier pass handled.
 */
final class AutofillSession {
    private final Profile profile;
    private final ResumeFile resume;
    private final FillOptions options;
    private final UndoJournal journal;
    private final FieldClassifier classifier = new FieldClassifier();
    private final AnswerOffers offers;
    final FillCounts counts = new FillCounts();
    /** Once this frame held an application form, later steps with few fields (a Workday question page) count too. */
    private boolean applicationSeen;
    /** Highlights wait until the pass's writes are done: styling between writes would force a layout per field. */
    private final List<Runnable> pendingMarks = new ArrayList<>();
    private boolean busy;
    private boolean passPending;
    double scanMs;
    double planMs;
    double writeMs;
    int fields;

    AutofillSession(Profile profile, ResumeFile resume, boolean overwrite, UndoJournal journal) {
        this.profile = profile;
        this.resume = resume;
        this.options = new FillOptions(overwrite, PhoneFormat.E164);
        this.journal = journal;
        this.offers = new AnswerOffers(journal);
    }

    /**
     * Runs one pass; {@code done} is called once every write of the pass (comboboxes included) has happened.
     * Returns whether this frame holds an application form (frames without one stay silent).
     */
    boolean pass(Runnable done) {
        if (busy) {
            passPending = true;
            done.run();
            return applicationSeen;
        }
        busy = true;
        double t0 = FormDom.now();
        ScannedForm scanned = FieldReader.read();
        double t1 = FormDom.now();
        FormDescriptor form = scanned.form();
        FormClassification classes = classifier.classify(form);
        if (classes.applicationForm()) {
            applicationSeen = true;
        } else if (applicationSeen) {
            classes = classifyEachField(form, classes);
        }
        List<FillDecision> plan = FillPlanner.plan(form, classes, profile, options);
        double t2 = FormDom.now();
        List<Runnable> comboSteps = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            FieldHandle h = scanned.handles().get(i);
            if (h.seen()) {
                continue;
            }
            FillDecision d = plan.get(i);
            if (d.abstainReason() != AbstainReason.UNSAFE) {
                // Hidden fields may appear later (conditional questions): only settled fields are remembered.
                h.markSeen();
            }
            if ("combo".equals(h.getKind()) && worthOpening(d)) {
                int index = i;
                FormClassification forCombo = classes;
                comboSteps.add(() -> combo(scanned, forCombo, index, d, next(comboSteps)));
                continue;
            }
            apply(h, form.fields().get(i), classes.fields().get(i), d);
        }
        flushMarks();
        fields = form.fields().size();
        scanMs = t1 - t0;
        planMs = t2 - t1;
        writeMs = FormDom.now() - t2;
        comboSteps.add(() -> {
            busy = false;
            done.run();
            if (passPending) {
                passPending = false;
                pass(() -> { });
            }
        });
        comboSteps.remove(0).run();
        return applicationSeen;
    }

    private Runnable next(List<Runnable> steps) {
        return () -> {
            flushMarks();
            steps.remove(0).run();
        };
    }

    /** The form-level verdict came from an earlier step: classify each field on its own (vendor rules still apply). */
    private FormClassification classifyEachField(FormDescriptor form, FormClassification classes) {
        List<Classification> each = new ArrayList<>();
        for (FieldDescriptor f : form.fields()) {
            each.add(classifier.classifyField(f, classes.ats()));
        }
        return new FormClassification(classes.ats(), true, each);
    }

    private void apply(FieldHandle h, FieldDescriptor f, Classification c, FillDecision d) {
        if (!d.fills()) {
            abstain(h, f, d);
            return;
        }
        if (!options.overwrite() && (f.isChoice() || f.isSingleCheckbox()) && !f.currentValue().isEmpty()) {
            counts.skipped++;
            return;
        }
        boolean ok;
        journal.beforeWrite(h);
        String kind = h.getKind();
        if (d.action() == FillAction.TYPE_TEXT) {
            ok = "text".equals(kind) && h.setText(d.value());
        } else if (d.action() == FillAction.SELECT_OPTION) {
            ok = "select".equals(kind) ? h.selectValue(d.value()) : h.checkOption(d.value());
        } else if (d.action() == FillAction.SET_CHECKBOX) {
            ok = h.setChecked("true".equals(d.value()));
        } else {
            ok = d.fileSlot() == FileSlot.RESUME && resume != null && h.attachFile(resume.name(), resume.mime(), resume.base64());
        }
        if (ok) {
            filled(h, d, c);
        } else {
            counts.abstained++;
        }
    }

    private void filled(FieldHandle h, FillDecision d, Classification c) {
        counts.filled++;
        String title = FillNotes.filled(d, c);
        pendingMarks.add(() -> h.mark(title, FillNotes.FILLED_COLOR, false));
        journal.marked(h);
    }

    private void flushMarks() {
        for (Runnable mark : pendingMarks) {
            mark.run();
        }
        pendingMarks.clear();
    }

    private void abstain(FieldHandle h, FieldDescriptor f, FillDecision d) {
        AbstainReason why = d.abstainReason();
        if (why == AbstainReason.UNSAFE || why == AbstainReason.ALREADY_FILLED || why == AbstainReason.NOT_APPLICATION_FORM) {
            counts.skipped++;
            return;
        }
        counts.abstained++;
        if (why == AbstainReason.CUSTOM_QUESTION && "text".equals(h.getKind()) && f.visible() && f.enabled() && f.currentValue().isEmpty()) {
            offers.ask(h, f);
        }
        if (f.required() && f.visible() && f.currentValue().isEmpty()) {
            String title = FillNotes.missing(d);
            pendingMarks.add(() -> h.mark(title, FillNotes.MISSING_COLOR, true));
            journal.marked(h);
        }
    }

    /** Comboboxes hide their options until opened, so choice and legal questions are decided after reading them. */
    private static boolean worthOpening(FillDecision d) {
        if (d.fills()) {
            return true;
        }
        AbstainReason why = d.abstainReason();
        return why == AbstainReason.LEGAL_NEEDS_CHOICE || why == AbstainReason.NO_MATCHING_OPTION || why == AbstainReason.AMBIGUOUS_OPTIONS;
    }

    private void combo(ScannedForm scanned, FormClassification classes, int i, FillDecision first, Runnable next) {
        FieldHandle h = scanned.handles().get(i);
        FieldDescriptor f = scanned.form().fields().get(i);
        if (!options.overwrite() && !f.currentValue().isEmpty()) {
            counts.skipped++;
            next.run();
            return;
        }
        journal.beforeWrite(h);
        h.openMenu(() -> {
            List<String> texts = menuTexts(h);
            if (texts.isEmpty()) {
                if (first.action() == FillAction.TYPE_TEXT) {
                    // Search-as-you-type lists show options only after typing.
                    h.typeInMenu(first.value(), () -> {
                        pickText(h, menuTexts(h), first, classes.fields().get(i));
                        next.run();
                    });
                    return;
                }
                h.closeMenu();
                abstain(h, f, first);
                next.run();
                return;
            }
            FieldDescriptor asSelect = FieldReader.asSelect(f, texts);
            List<FieldDescriptor> fields = new ArrayList<>(scanned.form().fields());
            fields.set(i, asSelect);
            List<Classification> cs = new ArrayList<>(classes.fields());
            Classification c = classifier.classifyField(asSelect, classes.ats());
            cs.set(i, c);
            FormDescriptor form = new FormDescriptor(scanned.form().url(), fields, scanned.form().domMarkers());
            FillDecision d = FillPlanner.plan(form, new FormClassification(classes.ats(), true, cs), profile, options).get(i);
            if (d.action() == FillAction.SELECT_OPTION && texts.indexOf(d.value()) >= 0) {
                if (h.pickMenu(texts.indexOf(d.value()))) {
                    filled(h, d, c);
                } else {
                    counts.abstained++;
                }
            } else if (d.action() == FillAction.TYPE_TEXT) {
                pickText(h, texts, d, c);
            } else {
                h.closeMenu();
                abstain(h, asSelect, d.fills() ? first : d);
            }
            next.run();
        });
    }

    /** Picks the single option whose text matches the planned text, else closes the menu without a value. */
    private void pickText(FieldHandle h, List<String> texts, FillDecision d, Classification c) {
        List<FieldOption> options = new ArrayList<>();
        for (String t : texts) {
            options.add(new FieldOption(t, t));
        }
        OptionMatcher.Match m = OptionMatcher.byText(options, d.value());
        if (m.option() != null && h.pickMenu(texts.indexOf(m.option().text()))) {
            filled(h, d, c);
            return;
        }
        h.closeMenu();
        counts.abstained++;
    }

    private static List<String> menuTexts(FieldHandle h) {
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < h.menuCount(); k++) {
            texts.add(h.menuText(k));
        }
        return texts;
    }
}
