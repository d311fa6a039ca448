package org.example.naturalid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.NaturalId;

@Entity
public class Shelf {
  @Id private Long id;

  @NaturalId
  @Column(name = "shelfCode")
  private String code;
}
