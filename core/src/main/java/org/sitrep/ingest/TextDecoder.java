package org.sitrep.ingest;

import org.sitrep.model.Problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text input into a string: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or else Windows-1252 (a superset of Latin-1's printable range). Binary content is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    /** Decoded text and the problems met on the way (a guessed charset). */
    public record Decoded(String text, String charset, List<Problem> problems) {
    }

    /** Decodes the bytes of {@code source}, or throws an {@link IngestException} saying why it cannot. */
    public Decoded decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", List.of());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", List.of());
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new IngestException(source, "not text: " + binary);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Decoded(chars.toString(), "UTF-8", List.of());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new Decoded(text, "windows-1252", List.of(new Problem("ingest",
                    "not valid UTF-8 (" + e.getMessage() + "); decoded as Windows-1252")));
        }
    }

    /** Why the bytes look binary, or null when they look like text. */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "NUL byte at offset " + i;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return control + " control bytes in the first " + n + " bytes";
        }
        return null;
    }
}
