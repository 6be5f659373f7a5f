/**
 * The store's facts in the shapes Sitrep hands out, shared by the command line and the web server: an article's
 * facts as JSON ({@link org.sitrep.export.FactsJson}), incidents as JSON, ACLED-style CSV and GeoJSON
 * ({@link org.sitrep.export.IncidentExports}), actors and relations as GraphML
 * ({@link org.sitrep.export.GraphmlWriter}). Each writer streams from the store.
 */
package org.sitrep.export;
