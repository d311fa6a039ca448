package org.example.jsonevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The text column typed as JSON, read as the object it holds, and a JSON column added. */
@Entity
public class Note {
  @Id private Long id;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> body;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> meta;
}
