package org.example.warehouseevolution;

public record TrackingCode(String carrier, String number) {}
