package org.sitrep.web;

import org.sitrep.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Read-only stores for the server's request threads: a store is one connection and serves one thread, so each
 * thread opens its own on first use and keeps it. All are closed with the pool.
 */
final class StorePool implements AutoCloseable {
    private final String url;
    private final List<Store> opened = new ArrayList<>();
    private final ThreadLocal<Store> mine = new ThreadLocal<>();
    private boolean closed;

    /** Opens one store at once, so that a database that cannot be read is reported before the server starts. */
    StorePool(String url) {
        this.url = url;
        try (Store probe = Store.openReadOnly(url)) {
            probe.schemaVersion();
        }
    }

    /** Runs a read on this thread's store. */
    <T> T read(Function<Store, T> read) {
        Store store = mine.get();
        if (store == null) {
            store = Store.openReadOnly(url);
            synchronized (this) {
                if (closed) {
                    store.close();
                    throw new IllegalStateException("the server is stopping");
                }
                opened.add(store);
            }
            mine.set(store);
        }
        return read.apply(store);
    }

    @Override
    public synchronized void close() {
        closed = true;
        opened.forEach(Store::close);
        opened.clear();
    }
}
