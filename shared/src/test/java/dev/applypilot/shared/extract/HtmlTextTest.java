package dev.applypilot.shared.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R&amp;D &#8211; Lead&nbsp;&#x2F; Dev | R&D – Lead / Dev",
        "Fish &chips; &unknown; &#xZZ;       | Fish &chips; &unknown; &#xZZ;"
    })
    void decodesKnownEntitiesAndLeavesTheRest(String in, String out) {
        assertEquals(out, HtmlText.clean(in));
    }

    @Test
    void toTextKeepsBlocksAsLinesAndDropsScripts() {
        String html = "<div><h2>About</h2><p>We  build\n things.</p><script>var x='<p>';</script><ul><li>Java</li><li>Go</li></ul></div>";
        assertEquals("About\nWe build things.\nJava\nGo", HtmlText.toText(html));
    }

    @Test
    void toTextFindsTheClosingTagInAnyCaseAndDropsAnUnclosedScript() {
        assertEquals("Before\nAfter", HtmlText.toText("<p>Before</p><SCRIPT>x()</Script><p>After</p>"));
        assertEquals("Kept", HtmlText.toText("<p>Kept</p><style>p { color: red }"));
    }
}
