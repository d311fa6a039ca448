package org.example.aggregates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A column of each type whose aggregates PostgreSQL and H2 may take differently. */
@Entity
@Table(name = "readings")
public class Reading {
  @Id private Long id;

  private Boolean flag;

  private UUID token;

  private byte[] payload;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> doc;

  private LocalDate born;

  private LocalTime opens;

  private LocalDateTime seen;

  private OffsetDateTime stamped;

  private String label;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private Integer qty;

  private Double ratio;
}
