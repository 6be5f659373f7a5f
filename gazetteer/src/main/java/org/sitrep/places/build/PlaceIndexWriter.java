package org.sitrep.places.build;

import org.sitrep.places.NameKeys;
import org.sitrep.places.PlaceIndex;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the gazetteer in the binary format {@link PlaceIndex#read} reads: the magic number; the entries (kind,
 * name, country, admin1 code, latitude, longitude, GeoNames id, population, capital flag); the exact-name key table
 * (each key with its entries, shifted left by one, the low bit set for an alternate name); the variant key table;
 * the demonyms.
 */
final class PlaceIndexWriter {

    void write(List<DraftPlace> places, Map<String, Integer> demonyms, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(PlaceIndex.MAGIC);
        out.writeInt(places.size());
        for (DraftPlace p : places) {
            out.writeByte(p.kind.ordinal());
            out.writeUTF(p.name);
            out.writeUTF(p.country == null ? "" : p.country);
            out.writeUTF(p.admin1 == null ? "" : p.admin1);
            out.writeFloat((float) p.lat);
            out.writeFloat((float) p.lon);
            out.writeInt((int) p.geonameId);
            out.writeLong(p.population);
            out.writeBoolean(p.capital);
        }
        writeTable(out, table(places, NameKeys::exact, true));
        writeTable(out, table(places, NameKeys::variant, false));
        Map<String, Integer> sorted = new TreeMap<>(demonyms);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.flush();
    }

    private static TreeMap<String, List<Integer>> table(List<DraftPlace> places, Function<String, String> key,
                                                        boolean markAlternates) {
        TreeMap<String, List<Integer>> table = new TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            DraftPlace p = places.get(i);
            for (String n : p.names) {
                add(table, key.apply(n), i, markAlternates ? i << 1 : i, markAlternates);
            }
            for (String n : p.alternates) {
                add(table, key.apply(n), i, markAlternates ? i << 1 | 1 : i, markAlternates);
            }
        }
        return table;
    }

    /** Adds one posting per entry and key: the first, so a name beats an alternate name of the same entry. */
    private static void add(TreeMap<String, List<Integer>> table, String key, int ref, int posting, boolean marked) {
        if (key.isEmpty()) {
            return;
        }
        List<Integer> list = table.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.isEmpty() && (marked ? list.get(list.size() - 1) >>> 1 : list.get(list.size() - 1)) == ref) {
            return;
        }
        list.add(posting);
    }

    private static void writeTable(DataOutputStream out, TreeMap<String, List<Integer>> table) throws IOException {
        out.writeInt(table.size());
        out.writeInt(table.values().stream().mapToInt(List::size).sum());
        for (Map.Entry<String, List<Integer>> e : table.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().size());
            for (int posting : e.getValue()) {
                out.writeInt(posting);
            }
        }
    }
}
