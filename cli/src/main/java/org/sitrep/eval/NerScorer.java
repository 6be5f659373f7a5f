package org.sitrep.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted entity tags against gold ones, conlleval-style: an entity is correct only when a gold entity
 * has exactly its tokens and its type. Each side is read with {@link EntityChunks}, so the two may use different
 * tag schemes (gold IOB1, predicted IOB2).
 */
public final class NerScorer {

    /** The score of predicted tags against gold tags, sentence by sentence. */
    public NerScore score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " sentences but predicted has "
                    + predicted.size());
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int s = 0; s < gold.size(); s++) {
            List<String> goldTags = gold.get(s);
            List<String> predictedTags = predicted.get(s);
            if (goldTags.size() != predictedTags.size()) {
                throw new IllegalArgumentException("sentence " + s + " has " + goldTags.size() + " gold tags but "
                        + predictedTags.size() + " predicted tags");
            }
            Set<EntityChunk> goldChunks = new HashSet<>(EntityChunks.of(goldTags));
            for (EntityChunk chunk : goldChunks) {
                counts.computeIfAbsent(chunk.type(), t -> new int[3])[0]++;
            }
            for (EntityChunk chunk : EntityChunks.of(predictedTags)) {
                int[] c = counts.computeIfAbsent(chunk.type(), t -> new int[3]);
                c[1]++;
                if (goldChunks.contains(chunk)) {
                    c[2]++;
                }
            }
        }
        Map<String, EntityCounts> perType = new HashMap<>();
        counts.forEach((type, c) -> perType.put(type, new EntityCounts(c[0], c[1], c[2])));
        return new NerScore(perType);
    }
}
