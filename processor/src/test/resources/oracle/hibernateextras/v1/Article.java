package org.example.hibernateextras;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Nationalized;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.TenantId;

/**
 * Hibernate's annotations that shape a table only a little: a soft-delete flag, a tenant column
 * that is NOT NULL, and nationalized strings, which Hibernate 7 types as the plain ones.
 */
@Entity
@SoftDelete
public class Article {
  @Id private Long id;

  @TenantId private String tenant;

  @Nationalized private String title;

  @Nationalized
  @Column(length = 40)
  private String subtitle;

  @Nationalized private char initial;
}
