package dev.applypilot.extension.build;

import dev.applypilot.shared.classify.LabelTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (extension/pom.xml, before the unpacked folders are assembled): writes the shared label table to
 * {@code label-table.txt}, the data file the background injects ahead of the autofill engine. Runs on the JVM, where
 * {@link LabelTable} is the shared constants, so the table has one source.
 */
public final class LabelTableFile {
    private LabelTableFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "label-table.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, LabelTable.rows(), StandardCharsets.UTF_8);
    }
}
