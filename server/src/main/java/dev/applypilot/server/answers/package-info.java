/**
 * The answer bank: the user's saved answers to free-text application questions, and matching of a new question
 * against them (MiniLM sentence embeddings, with a token-overlap fallback when the model cannot load).
 */
package dev.applypilot.server.answers;
