/**
 * The records that travel down Sitrep's flow: an {@link org.sitrep.model.Article} (the clean body, the one
 * source of truth) and the immutable facts that point into it by {@link org.sitrep.model.Span}.
 * Depends on nothing but the JDK.
 */
package org.sitrep.model;
