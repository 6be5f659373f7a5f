package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.extract.EventWords.Weapon;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The weapons a report names ("drone", "artillery", "IED"), by class, and the word that names the main one. */
final class WeaponReader {
    private static final Set<String> NOT_WEAPON_VERBS = WordLists.set("not-weapon-verbs");
    private static final Set<String> AIR_ATTACKS = WordLists.set("air-attacks");

    private WeaponReader() {
    }

    /**
     * Adds to {@code r} the weapon classes named in its scope and, as {@code r.weapon}, the word naming the main
     * one (a class more telling than firearms when there are several); "tear gas", "rubber bullets", "air defence"
     * name none.
     */
    static void read(AnnotatedArticle doc, IncidentReport r) {
        List<Token> tokens = doc.tokens();
        for (int i = r.from; i < r.to; i++) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Weapon weapon = EventWords.WEAPONS.get(lemma);
            if (weapon == null) {
                weapon = EventWords.WEAPONS.get(w);
            }
            if (t.isVerb() && (lemma.equals("shell") || lemma.equals("bombard"))) {
                r.weapons.add(Weapon.SHELLING); // "shelled the city": the class of weapon, though no weapon is named
                continue;
            }
            if (weapon == null || t.isPronoun()
                    || (t.isVerb() && NOT_WEAPON_VERBS
                    .contains(lemma))) {
                continue;
            }
            String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (prev.equals("gas") || prev.equals("tear") || prev.equals("rubber") || next.equals("defence")
                    || next.equals("defense") || next.equals("defences") || next.equals("defenses")
                    || next.equals("technology") || next.equals("programme") || next.equals("program")) {
                continue;
            }
            if (w.equals("air") && !AIR_ATTACKS.contains(next)) {
                continue;
            }
            if ((w.equals("shot") || w.equals("mine")) && !t.isNoun()) {
                continue;
            }
            if (w.equals("explosive") && !next.startsWith("device")) {
                continue;
            }
            r.weapons.add(weapon);
            if (r.weapon == null || (weapon != Weapon.FIREARM && weapon != Weapon.BOMB
                    && EventWords.WEAPONS.get(r.weapon.text().toLowerCase(Locale.ROOT)) == Weapon.FIREARM)) {
                r.weapon = new Mention(t.span(), t.word());
            }
        }
    }
}
