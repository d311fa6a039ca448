package org.example.blogevolution;

import jakarta.persistence.Embeddable;

@Embeddable
public record GeoPoint(double lat, double lon) {}
