package dev.applypilot.shared.classify;

import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.format.Phrase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label-pattern table, kept as data: per field type and language the phrases that suggest it and
 * the phrases that veto it. Languages: en, de, fr, es, nl, it, pt, pl for every type; ru, tr, cs, sk, da / nb, sv, fi
 * for names, contact and address. Phrases are matched on
 * normalised words (lower case, accents folded, punctuation removed); {@code word*} is a prefix.
 * The label table itself is {@link LabelTable}; the identifier table is one string of rows here
 * (see {@link LabelRule#table(String)}), not a call per row, which TeaVM would turn into code.
 */
public final class LabelRules {

    private static final List<LabelRule> RULES = LabelRule.table(LabelTable.rows());

    /** Identifier-only spellings (concatenations that never appear as separate words in labels). */
    private static final List<LabelRule> IDENTIFIER_RULES = LabelRule.table(""
            + "GIVEN_NAME * fname|firstname|givenname|first;\n"
            + "FAMILY_NAME * lname|lastname|familyname|surname|last;\n"
            + "FULL_NAME * fullname|full name;\n"
            + "EMAIL * email|emailaddress;\n"
            + "PHONE * tel|phonenumber|mobilephone|phone number|telephone number|mobile number|cell number|phone no;\n"
            + "POSTAL_CODE * zip|zipcode|postcode|postalcode|plz;\n"
            + "ADDRESS_LINE1 * address1|addressline1|addr1|street1|address street|street;\n"
            + "ADDRESS_LINE2 * address2|addressline2|addr2|street2|complement|address complement;\n"
            + "LINKEDIN_URL * linkedinurl|linkedinprofile;\n"
            + "GITHUB_URL * githuburl;\n"
            + "COVER_LETTER_FILE * coverletter|cover letter|cover letter file|cover letter upload;\n"
            + "RESUME_FILE * resume file|cv file|resume upload|cv upload|resume attachment;\n"
            + "SALARY_EXPECTATION * desiredsalary|desired pay|salary;\n"
            + "START_DATE * startdate|date available;\n");

    private LabelRules() {
    }

    /** Result of scanning one text: best weight per suggested type and the vetoed types. */
    public record Scan(Map<FieldType, Integer> weights, Set<FieldType> vetoed) {
    }

    /** Scans label-like text (label, aria-label, placeholder). */
    public static Scan scanLabel(List<String> words) {
        return scan(words, RULES, List.of(), false);
    }

    /**
     * Scans identifier words (name / id tokens): label phrases plus identifier-only spellings, counted only
     * at the identifier's head (its last words), since prefixes like {@code shippingAddress_} are context.
     */
    public static Scan scanIdentifier(List<String> words) {
        return scan(words, RULES, IDENTIFIER_RULES, true);
    }

    /** Whether a positive phrase of {@code type} with two or more words ("your name", not "name") occurs in the words. */
    static boolean namesInSeveralWords(FieldType type, List<String> words) {
        for (LabelRule rule : RULES) {
            if (rule.type() != type) {
                continue;
            }
            for (Phrase p : rule.positive()) {
                if (p.words().size() > 1 && p.in(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Scan scan(List<String> words, List<LabelRule> rules, List<LabelRule> extra, boolean atEnd) {
        Map<FieldType, Integer> weights = new EnumMap<>(FieldType.class);
        Set<FieldType> vetoed = EnumSet.noneOf(FieldType.class);
        if (words.isEmpty()) {
            return new Scan(weights, vetoed);
        }
        List<LabelRule> all = new ArrayList<>(rules);
        all.addAll(extra);
        for (LabelRule rule : all) {
            for (Phrase p : rule.negative()) {
                if (p.in(words)) {
                    vetoed.add(rule.type());
                }
            }
            for (Phrase p : rule.positive()) {
                if (atEnd ? p.atEnd(words) : p.in(words)) {
                    weights.merge(rule.type(), p.weight(), Math::max);
                }
            }
        }
        for (FieldType t : vetoed) {
            weights.remove(t);
        }
        return new Scan(weights, vetoed);
    }
}
