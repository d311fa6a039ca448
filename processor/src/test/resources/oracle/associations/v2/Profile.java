package org.example.associations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Profile {
  @Id private Long id;

  @Column(nullable = false)
  private String bio;

  @OneToOne(mappedBy = "profile")
  private Author author;
}
