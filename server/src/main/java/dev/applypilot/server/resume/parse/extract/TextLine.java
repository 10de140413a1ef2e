package dev.applypilot.server.resume.parse.extract;

/**
 * One visual line of the resume, already normalised.
 *
 * @param text         the line's text; a tab separates parts that were far apart on the page
 * @param fontSize     largest font size on the line in points, 0 when the format does not tell
 * @param bold         most letters on the line are bold
 * @param headingStyle the document marks the line as a heading or title (DOCX paragraph styles)
 */
public record TextLine(String text, float fontSize, boolean bold, boolean headingStyle) {

    public static TextLine plain(String text) {
        return new TextLine(text, 0f, false, false);
    }
}
