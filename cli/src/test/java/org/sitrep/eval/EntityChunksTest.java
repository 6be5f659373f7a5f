package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityChunksTest {

    private static List<EntityChunk> chunks(String tags) {
        return EntityChunks.of(List.of(tags.split(" ")));
    }

    private static EntityChunk chunk(int start, int end, String type) {
        return new EntityChunk(start, end, type);
    }

    @Test
    void iob1InsideTagAfterOutsideStartsAnEntity() {
        assertEquals(List.of(chunk(1, 3, "PER"), chunk(4, 5, "LOC")), chunks("O I-PER I-PER O I-LOC"));
    }

    @Test
    void iob1BeginTagSplitsTwoAdjacentEntitiesOfOneType() {
        // "Rwandan/I-MISC Hutu/B-MISC": two MISC entities side by side.
        assertEquals(List.of(chunk(0, 1, "MISC"), chunk(1, 2, "MISC")), chunks("I-MISC B-MISC"));
        assertEquals(List.of(chunk(0, 2, "MISC"), chunk(2, 4, "MISC")), chunks("I-MISC I-MISC B-MISC I-MISC"));
    }

    @Test
    void changeOfTypeEndsAnEntityWithoutABeginTag() {
        assertEquals(List.of(chunk(0, 2, "ORG"), chunk(2, 3, "LOC")), chunks("I-ORG I-ORG I-LOC"));
    }

    @Test
    void iob2BeginTagsStartEveryEntity() {
        assertEquals(List.of(chunk(0, 2, "PER"), chunk(2, 3, "PER"), chunk(4, 5, "ORG")),
                chunks("B-PER I-PER B-PER O B-ORG"));
    }

    @Test
    void iob1AndIob2SpellingsOfTheSameEntitiesReadAlike() {
        assertEquals(chunks("O I-PER I-PER O I-LOC I-LOC B-LOC"), chunks("O B-PER I-PER O B-LOC I-LOC B-LOC"));
    }

    @Test
    void entityRunningToTheEndOfTheSentenceIsKept() {
        assertEquals(List.of(chunk(2, 4, "ORG")), chunks("O O I-ORG I-ORG"));
    }

    @Test
    void iobesEndAndSingleTagsCloseEntities() {
        assertEquals(List.of(chunk(0, 3, "ORG"), chunk(3, 4, "PER"), chunk(4, 5, "PER")),
                chunks("B-ORG I-ORG E-ORG S-PER S-PER"));
        assertEquals(List.of(chunk(0, 1, "LOC"), chunk(1, 2, "LOC")), chunks("E-LOC I-LOC"));
    }

    @Test
    void sentenceWithoutEntitiesHasNone() {
        assertEquals(List.of(), chunks("O O O"));
        assertEquals(List.of(), EntityChunks.of(List.of()));
    }

    @Test
    void malformedTagIsRefusedWithItsText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chunks("O X-PER"));
        assertEquals("tag 'X-PER' is neither O nor B-, I-, E-, S- with a type", e.getMessage());
    }
}
