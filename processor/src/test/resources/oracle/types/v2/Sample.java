package org.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
public class Sample {
  @Id private UUID id;
  private boolean active;
  private Boolean flag;
  private LocalDate since;
  private LocalDateTime moment;
  private LocalTime clock;
  private Instant instant;
  private OffsetDateTime offsetAt;
  private byte[] data;
  private BigDecimal amount;
  private BigInteger big;
  private double ratio;
  private Float weight;
  private short small;
  private Byte tiny;
  private Long total;
  private long count;
  private Integer number;
}
