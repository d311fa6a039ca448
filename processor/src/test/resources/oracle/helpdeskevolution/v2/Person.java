package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn
@Table(
    name = "people",
    uniqueConstraints = @UniqueConstraint(name = "uk_people_email", columnNames = "email"),
    indexes = @Index(name = "ix_people_name", columnList = "fullName"))
public abstract class Person {
  @Id @GeneratedValue Long id;

  @Version int version;

  @Column(nullable = false, length = 100)
  String fullName;

  @Column(length = 120)
  String email;

  @Enumerated(EnumType.STRING)
  PersonStatus status;

  @Formula("upper(email)")
  String shoutedName;
}
