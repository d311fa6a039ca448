package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
public class Payment {
  @Id UUID id;

  @MapsId @OneToOne Booking booking;

  @Column(precision = 10, scale = 2)
  BigDecimal amount;
}
