package org.example.renamedunique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Member {
  @Id Long id;

  String email;

  @Column(length = 40)
  String nick;
}
