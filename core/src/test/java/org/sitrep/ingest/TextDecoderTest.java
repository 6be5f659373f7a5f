package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8WithAndWithoutBom() {
        String text = "Zelensky’s “victory plan” — Kyiv";
        assertEquals(text, decoder.decode("x", text.getBytes(StandardCharsets.UTF_8)).text());
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(text, decoder.decode("x", withBom).text());
    }

    @Test
    void fallsBackToWindows1252AndSaysSo() {
        String text = "Zelensky’s “victory plan” in Dnipro — café";
        TextDecoder.Decoded d = decoder.decode("x", text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, d.text());
        assertEquals("windows-1252", d.charset());
        assertTrue(d.problems().get(0).message().contains("not valid UTF-8"));
    }

    @Test
    void decodesUtf16WithBom() {
        String text = "Odesa, Ukraine";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(text, decoder.decode("x", utf16).text());
    }

    @Test
    void refusesBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode("pic.png", png));
        assertTrue(e.getMessage().startsWith("pic.png: not text"), e.getMessage());
    }
}
