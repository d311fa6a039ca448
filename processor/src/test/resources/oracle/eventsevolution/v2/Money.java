package org.example.eventsevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public record Money(
    @Column(precision = 14, scale = 2) BigDecimal amount, @Column(length = 3) @RenamedFrom("currency") String code) {}
