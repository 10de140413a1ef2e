package dev.applypilot.extension.content;

import dev.applypilot.extension.bindings.ChromeRuntime;
import dev.applypilot.extension.bindings.Dom;
import dev.applypilot.extension.bindings.DomPageView;
import dev.applypilot.extension.bindings.FormProbe;
import dev.applypilot.extension.bindings.InPageButton;
import dev.applypilot.extension.bindings.Message;
import dev.applypilot.extension.messages.MessageTypes;
import dev.applypilot.shared.extract.JobExtraction;
import dev.applypilot.shared.extract.JobExtractor;
import dev.applypilot.shared.job.JobPosting;

/**
 * The page as the user sees it: runs the shared extraction rules over the live DOM, tells the background what
 * it found (for the badge and the "already saved" check) and shows the in-page "Save job" button.
 */
final class JobPage {
    /** Single-page apps render late: keep looking for a while after load, then only on navigation. */
    private static final int MAX_RESCANS = 8;

    private String scannedUrl;
    private JobExtraction extraction;
    private InPageButton button;
    private int rescans;

    void scan() {
        scannedUrl = Dom.pageUrl();
        extraction = JobExtractor.extract(DomPageView.current());
        Message report = info().withType(MessageTypes.PAGE);
        ChromeRuntime.send(report, reply -> {
            if (extraction.isJobPosting()) {
                Message answer = (Message) reply;
                showButton(answer == null ? null : answer.text("jobId"), answer != null && "true".equals(answer.text("applied")));
            }
        });
    }

    void pageChanged() {
        boolean navigated = !Dom.pageUrl().equals(scannedUrl);
        if (navigated) {
            rescans = 0;
        }
        if (navigated || (!extraction.isJobPosting() && rescans++ < MAX_RESCANS)) {
            scan();
        }
    }

    /** What the popup and the badge show: the job (when the page is one) and whether the page looks like an application form. */
    Message info() {
        if (!Dom.pageUrl().equals(scannedUrl)) {
            scannedUrl = Dom.pageUrl();
            extraction = JobExtractor.extract(DomPageView.current());
        }
        Message info = Message.of(MessageTypes.PAGE_INFO)
                .with("url", scannedUrl)
                .with("form", Boolean.toString(applicationForm()));
        if (extraction.isJobPosting()) {
            JobPosting posting = extraction.posting();
            info.with("job", posting.toJson().toJson());
            if (posting.title() != null) {
                info.with("title", posting.title());
            }
            if (posting.company() != null) {
                info.with("company", posting.company());
            }
        }
        return info;
    }

    private static boolean applicationForm() {
        FormProbe probe = FormProbe.document();
        return ApplicationFormHint.likely(probe.getTextFields(), probe.getContactFields(), probe.isFileInput(), probe.isPassword());
    }

    private void showButton(String savedJobId, boolean applied) {
        if (savedJobId != null) {
            button = InPageButton.show(applied ? ContentText.APPLIED : ContentText.SAVED, this::save);
            button.update(applied ? ContentText.APPLIED : ContentText.SAVED, true);
            return;
        }
        button = InPageButton.show(ContentText.SAVE, this::save);
    }

    private void save() {
        button.update(ContentText.SAVING, true);
        Message request = Message.of(MessageTypes.SAVE_JOB).with("url", scannedUrl)
                .with("job", extraction.posting().toJson().toJson());
        ChromeRuntime.send(request, reply -> {
            String state = reply == null ? MessageTypes.FAILED : ((Message) reply).text("state");
            if (MessageTypes.SENT.equals(state)) {
                button.update(ContentText.SAVED, true);
            } else if (MessageTypes.QUEUED.equals(state)) {
                button.update(ContentText.SAVED_OFFLINE, true);
            } else if (MessageTypes.SIGNED_OUT.equals(state)) {
                button.update(ContentText.SIGN_IN_FIRST, false);
            } else {
                button.update(ContentText.RETRY, false);
            }
        });
    }
}
