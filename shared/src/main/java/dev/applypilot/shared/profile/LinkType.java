package dev.applypilot.shared.profile;

/** Kind of a profile link; decides which form field it fills. */
public enum LinkType {
    LINKEDIN, GITHUB, PORTFOLIO, WEBSITE, OTHER
}
