package dev.applypilot.server.resume;

/** A resume's original bytes with the sniffed content type and the file name to download it under. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
