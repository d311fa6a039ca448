package org.example.jointableclassrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Specialty {
  @Id private Long id;
}
