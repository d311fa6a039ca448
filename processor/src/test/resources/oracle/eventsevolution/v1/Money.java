package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public record Money(
    @Column(precision = 10, scale = 2) BigDecimal amount, @Column(length = 3) String currency) {}
