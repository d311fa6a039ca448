package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record PriceTier(@Column(length = 30) String label, Money price) {}
