package org.sitrep.spark;

import org.sitrep.Sitrep;

/**
 * The models of one executor JVM: loaded once, on the first task that needs them, never per record; each task
 * thread then takes its own {@link Sitrep} sharing them ({@link Sitrep#another()}), since an annotator serves one
 * thread at a time.
 */
final class ExecutorModels {
    private static final ThreadLocal<Sitrep> PER_THREAD = ThreadLocal.withInitial(() -> Holder.SHARED.another());

    private ExecutorModels() {
    }

    /** Loaded when first asked for, by the class loader's lock: once per JVM. */
    private static final class Holder {
        static final Sitrep SHARED = Sitrep.load();
    }

    /** The calling thread's Sitrep. */
    static Sitrep forThisThread() {
        return PER_THREAD.get();
    }
}
