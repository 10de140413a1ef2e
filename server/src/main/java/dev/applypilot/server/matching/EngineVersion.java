package dev.applypilot.server.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the engine a stored result came from, so history can tell "the score changed because the engine changed"
 * from "because the resume or job changed". The taxonomy part follows skills.tsv by itself; bump {@link #SCORING}
 * when scoring code changes what it computes.
 */
final class EngineVersion {
    static final String SCORING = "1";
    static final String CURRENT = "scoring-" + SCORING + "/all-MiniLM-L6-v2-q/skills-" + taxonomyDigest();

    private EngineVersion() {
    }

    private static String taxonomyDigest() {
        try (InputStream in = EngineVersion.class.getClassLoader().getResourceAsStream(SkillTaxonomy.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SkillTaxonomy.RESOURCE);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
