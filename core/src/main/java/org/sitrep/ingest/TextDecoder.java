package org.sitrep.ingest;

import org.sitrep.model.Problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text input into a string: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark or, without one, when its NUL bytes stand at every other position; else UTF-8 where it is
 * valid and Windows-1252 (a superset of Latin-1's printable range) for each byte that is not, so that a file
 * joined from parts in both encodings reads right in both. Binary content is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] WINDOWS_1252_CHARS = windows1252Chars();
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
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            String text = new String(bytes, utf16);
            String head = text.substring(0, Math.min(text.length(), SNIFF));
            String binary = binaryReason(head.getBytes(StandardCharsets.UTF_8));
            if (binary == null) {
                return new Decoded(text, utf16.name(), List.of(new Problem("ingest", "no byte-order mark, but a NUL"
                        + " byte at every other position: decoded as " + utf16.name())));
            }
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new IngestException(source, "not text: " + binary);
        }
        return utf8OrWindows1252(bytes, offset);
    }

    /** UTF-8 where the bytes are valid UTF-8, and each byte that is not read as Windows-1252. */
    private static Decoded utf8OrWindows1252(byte[] bytes, int offset) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        int foreign = 0;
        for (CoderResult r = utf8.decode(in, out, true); !r.isUnderflow(); r = utf8.decode(in, out, true)) {
            for (int i = 0; i < r.length(); i++) {
                out.put(WINDOWS_1252_CHARS[in.get() & 0xFF]);
            }
            foreign += r.length();
        }
        utf8.flush(out);
        String text = out.flip().toString();
        if (foreign == 0) {
            return new Decoded(text, "UTF-8", List.of());
        }
        int high = 0;
        for (int i = offset; i < bytes.length; i++) {
            high += bytes[i] < 0 ? 1 : 0;
        }
        if (high == foreign) {
            return new Decoded(text, "windows-1252", List.of(new Problem("ingest",
                    "not valid UTF-8 (" + foreign + " bytes); decoded as Windows-1252")));
        }
        return new Decoded(text, "UTF-8+windows-1252", List.of(new Problem("ingest", "mixed encodings: "
                + foreign + " bytes that are not valid UTF-8 were read as Windows-1252, the rest as UTF-8")));
    }

    /**
     * UTF-16 without a byte-order mark: text in a Latin script puts a NUL byte in every other position (the
     * odd ones for little-endian); null when the first bytes do not look so.
     */
    static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static char[] windows1252Chars() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return new String(all, WINDOWS_1252).toCharArray();
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
