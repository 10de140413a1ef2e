package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.form.FieldType;
import java.util.List;

/**
 * One row of the label-pattern table: positive phrases suggest {@code type}; negative phrases veto it
 * (in any language), e.g. "citizenship" vetoes {@link FieldType#COUNTRY}.
 *
 * @param type     suggested field type
 * @param language ISO-639-1 code of the positive phrases ({@code *} = language-neutral)
 * @param positive phrases that suggest the type
 * @param negative phrases that veto the type
 */
public record LabelRule(FieldType type, String language, List<Phrase> positive, List<Phrase> negative) {

    static LabelRule of(FieldType type, String language, String positive, String negative) {
        return new LabelRule(type, language, Phrase.parseAll(positive), Phrase.parseAll(negative));
    }
}
