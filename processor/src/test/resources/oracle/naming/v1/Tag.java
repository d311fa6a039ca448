package org.example.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "TagLabel")
public class Tag {
  @Id
  @Column(name = "tagId")
  private Long id;

  @Column(name = "labelText", unique = true)
  private String label;
}
