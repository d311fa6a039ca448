package org.example.binaryconverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fields converted to byte[]: the columns Hibernate gives a byte[], sized by @Column. */
@Entity
public class Badge {
  @Id private Long id;

  @Convert(converter = TokenConverter.class)
  private Token token;

  @Convert(converter = TokenConverter.class)
  @Column(name = "short_token", length = 16, nullable = false)
  private Token shortToken;
}
