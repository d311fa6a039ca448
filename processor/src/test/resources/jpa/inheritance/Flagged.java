package com.example.inheritance;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@DiscriminatorColumn(name = "flag", discriminatorType = DiscriminatorType.CHAR)
public class Flagged {
  @Id private Long id;
}
