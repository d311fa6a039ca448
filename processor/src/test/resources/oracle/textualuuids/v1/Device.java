package org.example.textualuuids;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** UUIDs kept as text, as teams on MySQL and MariaDB map them. */
@Entity
public class Device {

  @Id @GeneratedValue @JdbcTypeCode(SqlTypes.CHAR) UUID id;

  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, unique = true)
  UUID serial = UUID.fromString("00000000-0000-0000-0000-000000000007");

  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 40)
  UUID batch;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  UUID firmware;

  @JdbcTypeCode(SqlTypes.CHAR) @ElementCollection List<UUID> paired = new ArrayList<>();

  @ManyToOne Device gateway;
}
