package org.example.uniqueadded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Member {
  @Id private Long id;

  private String email;

  private String nick;
}
