/**
 * The gazetteer: {@link org.sitrep.places.PlaceIndex} reads the place index the build made and finds entries
 * ({@link org.sitrep.places.IndexedPlace}) by name ({@link org.sitrep.places.NameKeys}: exact and
 * transliteration keys), by demonym, by country code and by region code. Depends only on the JDK; core's
 * {@code PlaceResolver} is its one user.
 */
package org.sitrep.places;
