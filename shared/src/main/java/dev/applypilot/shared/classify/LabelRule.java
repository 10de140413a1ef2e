package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.form.FieldType;
import java.util.ArrayList;
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

    private static LabelRule of(FieldType type, String language, String positive, String negative) {
        return new LabelRule(type, language, Phrase.parseAll(positive), Phrase.parseAll(negative));
    }

    /**
     * Parses rows of {@code "TYPE language positive;negative\n"} ({@link FieldType} constant name, then the phrase
     * alternatives of {@link Phrase#parseAll(String)}; the negative part may be empty), in order.
     */
    static List<LabelRule> table(String rows) {
        List<LabelRule> out = new ArrayList<>();
        for (String row : Text.splitOn(rows, '\n')) {
            int typeEnd = row.indexOf(' ');
            int languageEnd = row.indexOf(' ', typeEnd + 1);
            int semicolon = row.indexOf(';', languageEnd + 1);
            out.add(of(FieldType.named(row.substring(0, typeEnd)), row.substring(typeEnd + 1, languageEnd),
                    row.substring(languageEnd + 1, semicolon), row.substring(semicolon + 1)));
        }
        return List.copyOf(out);
    }
}
