package dev.applypilot.extension.bindings;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Build-time only: tells the TeaVM compiler (through META-INF/services) to compile two shared classes from browser
 * versions: {@code format.Chars} from {@link JsChars} and {@code classify.LabelTable} from {@link JsLabelTable}.
 * Never part of a script.
 */
public final class SharedSubstitutions extends SimpleSubstitutionPolicy {

    @Override
    public void contribute(SubstitutionSink sink) {
        substitute(sink, "dev.applypilot.shared.format", "Chars");
        substitute(sink, "dev.applypilot.shared.classify", "LabelTable");
    }

    private static void substitute(SubstitutionSink sink, String sharedPackage, String simpleName) {
        sink.selectClasses(named(sharedPackage + "." + simpleName))
                .replacePackage(sharedPackage, SharedSubstitutions.class.getPackageName())
                .simpleNamePrefix("Js");
    }
}
