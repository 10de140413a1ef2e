/**
 * Value formatting and vocabularies for filling forms: phone numbers (E.164, national, digits), dates
 * (ISO, US, European, split parts), country names and ISO codes in eight languages, US states, and
 * yes / no / decline words. Pure, table-driven and regex-free so it runs under TeaVM.
 */
package dev.applypilot.shared.format;
