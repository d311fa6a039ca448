package org.example.json;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Fields of several types that Hibernate stores as JSON. */
@Entity
public class Document {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> attributes;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> tags;

  @JdbcTypeCode(SqlTypes.JSON)
  private Dimensions dimensions;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private String raw;

  @Embedded
  @JdbcTypeCode(SqlTypes.JSON)
  private Margins margins;
}
