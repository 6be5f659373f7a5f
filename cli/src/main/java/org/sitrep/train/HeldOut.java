package org.sitrep.train;

import java.util.Objects;

/** The fixed validation part of a training corpus: 15% of its items, chosen by a hash of each id and a seed. */
final class HeldOut {
    /** The share of items held out for validation, in percent. */
    private static final int PERCENT = 15;

    private HeldOut() {
    }

    /** Whether the item with this id is held out; another seed holds out another part. */
    static boolean contains(int seed, String id) {
        return Math.floorMod(Objects.hash(seed, id), 100) < PERCENT;
    }
}
