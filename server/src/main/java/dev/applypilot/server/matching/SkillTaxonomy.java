package dev.applypilot.server.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills taxonomy loaded from {@code matching/skills.tsv}: canonical names, categories and aliases, matched on
 * word tokens so multi-word terms work. Ambiguous short words (Go, R, C) are exact-case aliases that may also need
 * a technical context in the same sentence.
 */
public final class SkillTaxonomy {
    public static final String RESOURCE = "matching/skills.tsv";

    private static final Set<String> CONTEXT_WORDS = Set.of("programming", "language", "code", "coding",
            "developer", "development", "software", "engineer", "engineering", "stack", "framework", "library",
            "backend", "frontend", "scripting", "devop", "infrastructure", "tech", "technologie", "tool",
            "proficiency", "proficient");

    private record Alias(Skill skill, String[] norms, String[] raws, boolean exactCase, boolean needsContext) {
    }

    private final Map<String, List<Alias>> aliasesByFirstToken;
    private final Map<String, Skill> skillsByName;

    private SkillTaxonomy(Map<String, List<Alias>> aliasesByFirstToken, Map<String, Skill> skillsByName) {
        this.aliasesByFirstToken = aliasesByFirstToken;
        this.skillsByName = skillsByName;
    }

    /** The taxonomy shipped in the server jar. */
    public static SkillTaxonomy loadDefault() {
        try (InputStream in = SkillTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SkillTaxonomy parse(List<String> lines) {
        Map<String, List<Alias>> index = new HashMap<>();
        Map<String, Skill> byName = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IllegalArgumentException("bad taxonomy line: " + line);
            }
            Skill skill = new Skill(cols[0].strip(), cols[1].strip());
            byName.put(skill.name().toLowerCase(java.util.Locale.ROOT), skill);
            boolean context = cols.length > 3 && cols[3].contains("context");
            List<String> aliases = new ArrayList<>();
            if (cols.length > 2 && !cols[2].isBlank()) {
                aliases.addAll(List.of(cols[2].split("\\|")));
            }
            if (!aliases.contains("=" + skill.name())) {
                aliases.add(skill.name());
            }
            for (String alias : aliases) {
                boolean exact = alias.startsWith("=");
                List<Token> tokens = Tokenizer.tokenize(exact ? alias.substring(1) : alias);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] norms = tokens.stream().map(Token::norm).toArray(String[]::new);
                String[] raws = tokens.stream().map(Token::raw).toArray(String[]::new);
                index.computeIfAbsent(norms[0], k -> new ArrayList<>())
                        .add(new Alias(skill, norms, raws, exact, exact && context));
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> -a.norms().length)));
        return new SkillTaxonomy(index, byName);
    }

    public int size() {
        return skillsByName.size();
    }

    /** The skill a free-form name stands for ("k8s" gives Kubernetes), ignoring case; empty when unknown. */
    public Optional<Skill> resolve(String name) {
        Skill direct = skillsByName.get(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (direct != null) {
            return Optional.of(direct);
        }
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        for (Alias alias : aliasesByFirstToken.getOrDefault(tokens.get(0).norm(), List.of())) {
            if (alias.norms().length == tokens.size() && matchesNorms(tokens, 0, alias)) {
                return Optional.of(alias.skill());
            }
        }
        return Optional.empty();
    }

    /** A skill found in a sentence, with the character offset of its first mention. */
    public record Hit(Skill skill, int offset) {
    }

    /** Distinct skills mentioned in one sentence, in order of first appearance. */
    public List<Skill> find(String sentence) {
        return hits(sentence).stream().map(Hit::skill).toList();
    }

    /** Distinct skills mentioned in one sentence with where each first appears, in order of appearance. */
    public List<Hit> hits(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        Map<Skill, Integer> found = new LinkedHashMap<>();
        Map<Skill, Integer> needingContext = new LinkedHashMap<>();
        boolean technicalContext = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (CONTEXT_WORDS.contains(tokens.get(i).norm())) {
                technicalContext = true;
            }
            for (Alias alias : aliasesByFirstToken.getOrDefault(tokens.get(i).norm(), List.of())) {
                if (matches(sentence, tokens, i, alias)) {
                    int offset = tokens.get(i).start();
                    if (alias.needsContext()) {
                        needingContext.putIfAbsent(alias.skill(), offset);
                    } else {
                        found.putIfAbsent(alias.skill(), offset);
                        technicalContext |= alias.skill().technical();
                    }
                    i += alias.norms().length - 1;
                    break;
                }
            }
        }
        if (technicalContext) {
            needingContext.forEach(found::putIfAbsent);
        }
        return found.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Hit(e.getKey(), e.getValue())).toList();
    }

    private static boolean matches(String text, List<Token> tokens, int at, Alias alias) {
        if (!matchesNorms(tokens, at, alias)) {
            return false;
        }
        if (!alias.exactCase()) {
            return true;
        }
        for (int k = 0; k < alias.raws().length; k++) {
            if (!tokens.get(at + k).raw().equals(alias.raws()[k])) {
                return false;
            }
        }
        // "R&D", "C-level", "Go-to-market", "Objective-C": glued to these characters it is another word.
        int start = tokens.get(at).start();
        int end = tokens.get(at + alias.raws().length - 1).end();
        return !(start > 0 && "-&'".indexOf(text.charAt(start - 1)) >= 0)
                && !(end < text.length() && "-&'".indexOf(text.charAt(end)) >= 0);
    }

    private static boolean matchesNorms(List<Token> tokens, int at, Alias alias) {
        if (at + alias.norms().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < alias.norms().length; k++) {
            if (!tokens.get(at + k).norm().equals(alias.norms()[k])) {
                return false;
            }
        }
        return true;
    }
}
