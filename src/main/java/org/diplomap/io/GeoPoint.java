package org.diplomap.io;

/** A place on the globe in decimal degrees: east and north are positive. */
public record GeoPoint(double lon, double lat) {
}
