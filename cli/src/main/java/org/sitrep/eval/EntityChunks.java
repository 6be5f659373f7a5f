package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sentence's tags into entities with conlleval's rules, so that IOB1 (CoNLL-2003: {@code I-X} starts or
 * continues an entity, {@code B-X} only starts one right after another of type X), IOB2 ({@code B-X} starts every
 * entity), IOE and IOBES all read as their authors meant. An entity ends at {@code O}, at a change of type, at
 * {@code B-} or {@code S-}, and after {@code E-} or {@code S-}.
 */
public final class EntityChunks {

    private EntityChunks() {
    }

    /** The entities of one sentence's tags, in order. */
    public static List<EntityChunk> of(List<String> tags) {
        List<EntityChunk> chunks = new ArrayList<>();
        char prevPrefix = 'O';
        String prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            char prefix = prefix(tag);
            String type = prefix == 'O' ? "" : tag.substring(2);
            if (start >= 0 && ends(prevPrefix, prefix, prevType, type)) {
                chunks.add(new EntityChunk(start, i, prevType));
                start = -1;
            }
            if (starts(prevPrefix, prefix, prevType, type)) {
                start = i;
            }
            prevPrefix = prefix;
            prevType = type;
        }
        return chunks;
    }

    private static char prefix(String tag) {
        if (tag.equals("O")) {
            return 'O';
        }
        if (tag.length() < 3 || tag.charAt(1) != '-' || "BIES".indexOf(tag.charAt(0)) < 0) {
            throw new IllegalArgumentException("tag '" + tag + "' is neither O nor B-, I-, E-, S- with a type");
        }
        return tag.charAt(0);
    }

    /** conlleval's endOfChunk: does an entity end between the previous tag and this one? */
    private static boolean ends(char prevPrefix, char prefix, String prevType, String type) {
        if (prevPrefix == 'O') {
            return false;
        }
        if (prevPrefix == 'E' || prevPrefix == 'S') {
            return true;
        }
        if (prefix == 'B' || prefix == 'S' || prefix == 'O') {
            return true;
        }
        return !prevType.equals(type);
    }

    /** conlleval's startOfChunk: does an entity start at this tag? */
    private static boolean starts(char prevPrefix, char prefix, String prevType, String type) {
        if (prefix == 'O') {
            return false;
        }
        if (prefix == 'B' || prefix == 'S') {
            return true;
        }
        if (prevPrefix == 'O' || prevPrefix == 'E' || prevPrefix == 'S') {
            return true;
        }
        return !prevType.equals(type);
    }
}
