package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
    void readsUtf16WithoutBomByWhereItsNulBytesStand() {
        String text = "KYIV, Nov 19 (Reuters) - Russian forces shelled Sumy, killing 12 people, officials said.";
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            TextDecoder.Decoded d = decoder.decode("x", text.getBytes(utf16));
            assertEquals(text, d.text());
            assertEquals(utf16.name(), d.charset());
            assertTrue(d.problems().get(0).message().contains("no byte-order mark"), d.problems().toString());
        }
    }

    @Test
    void readsEachPartOfAFileJoinedFromUtf8AndWindows1252InItsOwnEncoding() {
        String utf8 = "Café owner José Ramírez said the strike killed 3 people in Kharkiv.\n\n";
        String latin = "Le café de Zoë à Kyiv a été touché, said officials.\n";
        byte[] bytes = (new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + new String(latin.getBytes(Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        TextDecoder.Decoded d = decoder.decode("x", bytes);
        assertEquals(utf8 + latin, d.text());
        assertEquals("mixed encodings: 6 bytes that are not valid UTF-8 were read as Windows-1252, the rest as UTF-8",
                d.problems().get(0).message());
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
