package org.example.associationrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(HerdKey.class)
public class Herd {
  @Id String farm;

  @Id int pen;
}
