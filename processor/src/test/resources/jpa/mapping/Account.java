package com.example.mapping;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(
    name = "accounts",
    indexes = @Index(name = "accounts_opened_idx", columnList = "opened ASC, status"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"owner", "opened"}))
public class Account extends Audited {
  @Id private UUID id;

  private String owner;

  private LocalDate opened;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated private Status previousStatus;

  @Embedded private Address address;

  @Transient private String scratch;

  private static final long serialVersionUID = 1L;
}
