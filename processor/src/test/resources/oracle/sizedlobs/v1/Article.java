package org.example.sizedlobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Strings and bytes longer than some database's varchar or varbinary holds, which Hibernate makes
 * the large object that holds them there: on MariaDB past 16383 characters or 65535 bytes, on H2
 * past 1048576, on PostgreSQL past 10485760 characters.
 */
@Entity
public class Article {
  @Id private Long id;

  @Column(length = 4000)
  private String summary;

  @Column(length = 16384)
  private String body;

  @Column(length = 70000)
  private String chapter;

  @Column(length = 2000000)
  private String pastH2;

  @Column(length = 20000000)
  private String pastPostgres;

  @Column(length = 65536)
  private byte[] pastMariadb;

  @Column(length = 2000000)
  private byte[] bigBytes;
}
