package dev.applypilot.server.matching;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An embedding as stored: 384 little-endian floats. */
@MappedEntity("embedding_cache")
record EmbeddingRow(@Id String textSha256, byte[] vector) {
}
