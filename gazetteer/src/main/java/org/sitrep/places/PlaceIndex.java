package org.sitrep.places;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer: countries, their first-level regions, populated places, continents and seats of government, with
 * coordinates, looked up by name. It is read from {@value #RESOURCE}, which the build writes (see
 * {@code org.sitrep.places.build.PlaceIndexBuilder}); load it once per process and share it: it is immutable.
 * Names are kept as two sorted key tables ({@link NameKeys#exact} and {@link NameKeys#variant}) with the entries
 * they name, searched by bisection.
 */
public final class PlaceIndex {
    /** The classpath resource holding the index. */
    public static final String RESOURCE = "org/sitrep/places/places.bin";
    /** The first four bytes of the resource, "SGZ" and the format version. */
    public static final int MAGIC = 0x53475A01;

    private static final int MIN_VARIANT_LENGTH = 4;

    private final IndexedPlace[] places;
    private final KeyTable names;
    private final KeyTable variants;
    private final Map<String, IndexedPlace> demonyms;
    private final Map<String, IndexedPlace> countries = new HashMap<>();
    private final Map<String, IndexedPlace> regions = new HashMap<>();
    /** Each country's first-level regions, in the order of their admin1 codes. */
    private final Map<String, List<IndexedPlace>> regionsByCountry = new HashMap<>();
    private final Map<String, IndexedPlace> capitals = new HashMap<>();
    /** Exact keys that name a seat of government: the few a text is scanned for word by word. */
    private final java.util.Set<String> seatKeys = new java.util.HashSet<>();
    /** The first words of those keys, with the abbreviations {@link NameKeys#exact} spells out. */
    private final java.util.Set<String> seatFirstWords = new java.util.HashSet<>();

    private PlaceIndex(IndexedPlace[] places, KeyTable names, KeyTable variants, Map<String, IndexedPlace> demonyms) {
        this.places = places;
        this.names = names;
        this.variants = variants;
        this.demonyms = demonyms;
        for (IndexedPlace p : places) {
            switch (p.kind()) {
                case COUNTRY -> countries.put(p.country(), p);
                case REGION -> {
                    regions.put(p.country() + "." + p.admin1(), p);
                    regionsByCountry.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p);
                }
                default -> {
                    if (p.capital()) {
                        capitals.putIfAbsent(p.country(), p);
                    }
                }
            }
        }
        regionsByCountry.replaceAll((country, list) -> list.stream()
                .sorted(Comparator.comparing(IndexedPlace::admin1)).toList());
        for (int k = 0; k < names.keys().length; k++) {
            for (int i = names.start()[k]; i < names.start()[k + 1]; i++) {
                if (places[names.postings()[i] >>> 1].kind() == FeatureKind.SEAT) {
                    seatKeys.add(names.keys()[k]);
                    break;
                }
            }
        }
        for (String key : seatKeys) {
            String word = key.split(" ")[0];
            seatFirstWords.add(word);
            switch (word) {
                case "saint" -> seatFirstWords.add("st");
                case "mount" -> seatFirstWords.add("mt");
                case "fort" -> seatFirstWords.add("ft");
                default -> { }
            }
        }
    }

    /** Reads the index shipped on the classpath; throws, naming the resource, when the build did not make it. */
    public static PlaceIndex load() {
        InputStream in = PlaceIndex.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the classpath: build the "
                    + "gazetteer module (mvn package) first");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    /** Reads an index in the format {@code PlaceIndexWriter} writes. */
    public static PlaceIndex read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a Sitrep gazetteer: magic " + Integer.toHexString(magic) + " instead of "
                    + Integer.toHexString(MAGIC));
        }
        FeatureKind[] kinds = FeatureKind.values();
        IndexedPlace[] places = new IndexedPlace[in.readInt()];
        for (int i = 0; i < places.length; i++) {
            FeatureKind kind = kinds[in.readByte()];
            String name = in.readUTF();
            String country = emptyToNull(in.readUTF());
            String admin1 = emptyToNull(in.readUTF());
            float lat = in.readFloat();
            float lon = in.readFloat();
            long id = in.readInt() & 0xFFFFFFFFL;
            long population = in.readLong();
            boolean capital = in.readBoolean();
            places[i] = new IndexedPlace(i, kind, name, country, admin1, lat, lon, id, population, capital);
        }
        KeyTable names = KeyTable.read(in);
        KeyTable variants = KeyTable.read(in);
        int n = in.readInt();
        Map<String, IndexedPlace> demonyms = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            demonyms.put(key, places[in.readInt()]);
        }
        return new PlaceIndex(places, names, variants, demonyms);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Number of entries. */
    public int size() {
        return places.length;
    }

    /**
     * The entries a name may refer to, each once with its closest match: by name or alternate name, else (for names
     * of {@value #MIN_VARIANT_LENGTH} letters or more) by transliteration variant; by variant too when the name is
     * only that of counties or raions. Empty when the gazetteer does not know the name.
     */
    public List<NameMatch> find(String name) {
        String exact = NameKeys.exact(name);
        if (exact.isEmpty()) {
            return List.of();
        }
        Map<Integer, NameMatch> found = new LinkedHashMap<>();
        names.forEach(exact, posting -> found.putIfAbsent(posting >>> 1, new NameMatch(places[posting >>> 1],
                (posting & 1) == 0 ? NameMatch.Quality.NAME : NameMatch.Quality.ALTERNATE)));
        // A county or raion named after its town ("Kupiansk Raion", known as Kupiansk) leaves the town's variants in.
        if (found.values().stream().allMatch(m -> m.place().kind() == FeatureKind.DISTRICT)
                && exact.length() >= MIN_VARIANT_LENGTH) {
            variants.forEach(NameKeys.variant(name),
                    ref -> found.putIfAbsent(ref, new NameMatch(places[ref], NameMatch.Quality.VARIANT)));
        }
        return new ArrayList<>(found.values());
    }

    /** Whether a name is that of a seat of government ("the Kremlin", "Downing Street"); cheaper than {@link #find}. */
    public boolean isSeatName(String name) {
        return seatKeys.contains(NameKeys.exact(name));
    }

    /**
     * Whether a word may begin the name of a seat of government: a quick test before {@link #isSeatName}, which
     * keys the whole name. A word with letters beyond ASCII is let through to the full test.
     */
    public boolean mayStartSeatName(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 127) {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return seatFirstWords.contains(folded.toString()) || folded.toString().equals("the");
    }

    /** The country a demonym names ("Russian", "North Korean", "Dutch"), or a continent ("European"). */
    public Optional<IndexedPlace> findDemonym(String word) {
        return Optional.ofNullable(demonyms.get(NameKeys.exact(word)));
    }

    /** The country with this ISO 3166-1 alpha-2 code. */
    public Optional<IndexedPlace> findCountry(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** The first-level region with this code in this country ("UA", "21": Sumy oblast). */
    public Optional<IndexedPlace> findRegion(String iso2, String admin1) {
        return Optional.ofNullable(regions.get(iso2 + "." + admin1));
    }

    /** The first-level regions of a country (ISO 3166-1 alpha-2) in the order of their codes; empty if unknown. */
    public List<IndexedPlace> regionsOf(String iso2) {
        return regionsByCountry.getOrDefault(iso2, List.of());
    }

    /** The capital city of a country. */
    public Optional<IndexedPlace> findCapital(String iso2) {
        return Optional.ofNullable(capitals.get(iso2));
    }

    /** A sorted table of keys, each with the entries it names: keys[i] names postings[start[i]..start[i+1]). */
    private record KeyTable(String[] keys, int[] start, int[] postings) {
        static KeyTable read(DataInputStream in) throws IOException {
            int n = in.readInt();
            String[] keys = new String[n];
            int[] start = new int[n + 1];
            int[] postings = new int[in.readInt()];
            int p = 0;
            for (int i = 0; i < n; i++) {
                keys[i] = in.readUTF();
                start[i] = p;
                int count = in.readInt();
                for (int j = 0; j < count; j++) {
                    postings[p++] = in.readInt();
                }
            }
            start[n] = p;
            return new KeyTable(keys, start, postings);
        }

        void forEach(String key, java.util.function.IntConsumer action) {
            int i = Arrays.binarySearch(keys, key);
            if (i >= 0) {
                for (int p = start[i]; p < start[i + 1]; p++) {
                    action.accept(postings[p]);
                }
            }
        }
    }
}
