package org.example.sizedlobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.Size;

/**
 * Large objects of each size MariaDB tells apart, by {@code @Column(length)} or {@code @Size(max)},
 * and without one: Hibernate's default length, also where {@code @Column} gives none.
 */
@Entity
public class Document {
  @Id private Long id;

  @Lob private String plain;

  @Lob
  @Column(nullable = false)
  private String required;

  @Lob
  @Column(length = 200)
  private String tiny;

  @Lob
  @Column(length = 255)
  private String tinyest;

  @Lob
  @Column(length = 256)
  private String small;

  @Lob
  @Size(max = 1000)
  private String sized;

  @Lob
  @Column(length = 65536)
  private String medium;

  @Lob
  @Column(length = 16777216)
  private String huge;

  @Lob private byte[] bytes;

  @Lob
  @Column(length = 200)
  private byte[] tinyBytes;

  @Lob
  @Column(length = 100000)
  private byte[] mediumBytes;
}
