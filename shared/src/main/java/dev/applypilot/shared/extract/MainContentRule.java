package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;

/** Last-resort fallback: the first h1 as title and the page's main content block as description. */
final class MainContentRule {

    static final String SOURCE = "main-content";

    private MainContentRule() {
    }

    static void apply(PageView page, JobPostingDraft draft) {
        String h1 = HtmlText.clean(page.text("h1").orElse(null));
        if (h1 != null && h1.length() <= 200) {
            draft.offer(JobField.TITLE, h1, SOURCE);
        }
        draft.offer(JobField.DESCRIPTION_HTML, page.mainContentHtml().orElse(null), SOURCE);
        draft.offer(JobField.DESCRIPTION_TEXT, page.mainContentText().orElse(null), SOURCE);
    }
}
