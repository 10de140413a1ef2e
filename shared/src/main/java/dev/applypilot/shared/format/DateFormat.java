package dev.applypilot.shared.format;

/** Date spellings seen in forms. */
public enum DateFormat {
    /** {@code 2025-03-01} (also {@code <input type=date>}) */
    ISO,
    /** {@code 03/01/2025} */
    US,
    /** {@code 01/03/2025} */
    EUROPEAN_SLASH,
    /** {@code 01.03.2025} */
    EUROPEAN_DOT,
    /** {@code 2025-03} (also {@code <input type=month>}) */
    YEAR_MONTH,
    /** {@code 03/2025} */
    MONTH_YEAR
}
