package dev.applypilot.server.resume.parse.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Plain UTF-8 text: one line per line, blank lines dropped (they carry no text). */
public final class PlainTextExtractor {

    public List<TextLine> extract(byte[] bytes, Deadline deadline) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\f') {
                String line = LineNormaliser.normalise(text.substring(start, i));
                if (!line.isEmpty()) {
                    lines.add(TextLine.plain(line));
                }
                start = i + 1;
                if ((lines.size() & 1023) == 0) {
                    deadline.check();
                }
            }
        }
        return lines;
    }
}
