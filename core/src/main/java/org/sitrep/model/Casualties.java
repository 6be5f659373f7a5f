package org.sitrep.model;

/**
 * The figures of an incident: people killed and injured, munitions launched and intercepted ("87 drones ... 51
 * were shot down"). A figure the article does not give is null.
 *
 * @param fatalities  people killed, or null
 * @param qualifier   how {@code fatalities} is qualified; null exactly when {@code fatalities} is
 * @param injured     people injured, or null
 * @param launched    drones, missiles or rockets launched, or null
 * @param intercepted of those, the ones shot down or intercepted, or null
 */
public record Casualties(Integer fatalities, FatalityQualifier qualifier, Integer injured, Integer launched,
                         Integer intercepted) {
    /** No figures at all. */
    public static final Casualties NONE = new Casualties(null, null, null, null, null);

    public Casualties {
        if ((fatalities == null) != (qualifier == null)) {
            throw new IllegalArgumentException("fatalities " + fatalities + " and qualifier " + qualifier
                    + " must be given together");
        }
        for (Integer n : new Integer[]{fatalities, injured, launched, intercepted}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("casualty figure " + n + " is negative");
            }
        }
        if (launched != null && intercepted != null && intercepted > launched) {
            throw new IllegalArgumentException("intercepted " + intercepted + " is more than launched " + launched);
        }
    }
}
