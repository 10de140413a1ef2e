package dev.applypilot.shared.classify;

import dev.applypilot.shared.format.Chars;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.form.FieldDescriptor;
import java.util.List;

/** Fields autofill must never write: hidden, disabled, honeypots, passwords and payment data. */
public final class Safety {

    private static final List<Phrase> HONEYPOT_LABELS = Phrase.parseAll(
            "leave this blank|leave blank|leave this field blank|leave empty|do not fill|don t fill|if you are human|bitte leer lassen"
                    + "|laisser vide|dejar en blanco|leeg laten|lasciare vuoto");
    private static final List<Phrase> PAYMENT = Phrase.parseAll(
            "card number|credit card|name on card|cvv|cvc|security code|expiry|expiration date|iban|bic|swift|kartennummer|routing number"
                    + "|account number|numero de carte|numero de tarjeta|karteninhaber|cardholder");

    private Safety() {
    }

    /** Why the field must not be filled, or {@code null} when it is safe to consider. */
    public static String refusal(FieldDescriptor f) {
        if (!f.visible()) {
            return "hidden or off-screen";
        }
        if (!f.enabled()) {
            return "disabled or read-only";
        }
        if (f.type().equals("password")) {
            return "password field";
        }
        if (f.type().equals("hidden")) {
            return "hidden input";
        }
        if (f.attribute("aria-hidden").equals("true")) {
            return "aria-hidden";
        }
        String ident = Chars.lower(f.name() + " " + f.id() + " " + f.attribute("class"));
        if (ident.contains("honeypot") || ident.contains("hp_field") || ident.contains("bot-field") || ident.contains("bot_field")) {
            return "honeypot";
        }
        List<String> label = Text.words(f.label() + " " + f.ariaLabel() + " " + f.placeholder() + " " + f.ariaDescribedBy());
        for (Phrase p : HONEYPOT_LABELS) {
            if (p.in(label)) {
                return "honeypot label";
            }
        }
        // Sites put autocomplete="new-password" on ordinary inputs to stop browser autofill, so only
        // payment and one-time-code tokens are refusals here (real passwords are caught by type).
        for (String token : Text.splitOn(Chars.lower(f.autocomplete()), ' ')) {
            if (token.startsWith("cc-") || token.equals("one-time-code")) {
                return "payment or one-time-code autocomplete";
            }
        }
        List<String> ids = Text.identifierWords(f.name() + " " + f.id());
        for (Phrase p : PAYMENT) {
            if (p.in(label) || p.in(ids)) {
                return "payment field";
            }
        }
        if (f.attribute("tabindex").equals("-1") && f.isTextEntry() && f.label().isEmpty() && f.ariaLabel().isEmpty()) {
            return "unlabelled non-focusable input (honeypot pattern)";
        }
        return null;
    }
}
