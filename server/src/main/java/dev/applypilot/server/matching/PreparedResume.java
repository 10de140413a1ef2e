package dev.applypilot.server.matching;

import java.util.List;

/** A resume analysed and embedded once, to be matched against many jobs. Obtain it from {@link MatchService#prepare}. */
public final class PreparedResume {
    final ResumeAnalysis analysis;
    final float[] wholeEmbedding;
    final List<float[]> sectionEmbeddings;

    PreparedResume(ResumeAnalysis analysis, float[] wholeEmbedding, List<float[]> sectionEmbeddings) {
        this.analysis = analysis;
        this.wholeEmbedding = wholeEmbedding;
        this.sectionEmbeddings = sectionEmbeddings;
    }

    /** Canonical names of the skills found in the resume and the facts. */
    public List<String> skills() {
        return analysis.skills().keySet().stream().map(Skill::name).toList();
    }
}
