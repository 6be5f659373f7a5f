package org.sitrep.spark;

import org.sitrep.Sitrep;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The models of one executor JVM: loaded once, by the first task that needs them, never per record. A task
 * borrows a {@link Sitrep} of its own (an annotator serves one thread at a time) sharing those models, and gives
 * it back when its partition is done, so that the next task, on any thread, takes it over instead of building one.
 */
final class ExecutorModels {
    private static final ConcurrentLinkedQueue<Sitrep> IDLE = new ConcurrentLinkedQueue<>();

    private ExecutorModels() {
    }

    /** Loaded when first asked for, under the class loader's lock: once per JVM. */
    private static final class Holder {
        static final Sitrep SHARED = Sitrep.load();
    }

    /** A Sitrep for the calling task alone, until it is {@linkplain #release released}. */
    static Sitrep borrow() {
        Sitrep idle = IDLE.poll();
        return idle != null ? idle : Holder.SHARED.another();
    }

    static void release(Sitrep sitrep) {
        IDLE.add(sitrep);
    }
}
