/**
 * Resolve: facts of many articles in, the same real-world things across articles out. Plain functions over
 * plain records, no database: {@link org.sitrep.resolve.ActorResolver} groups the entities of many articles
 * into actors (one per real actor), {@link org.sitrep.resolve.StatementResolver} groups the quotes of many
 * articles into statements (one quote carried by several outlets). The store calls them and keeps their output;
 * this package depends only on {@code org.sitrep.model}. Events will be merged here too, once they exist.
 */
package org.sitrep.resolve;
