package org.example.springshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import java.util.Set;

@Entity
public class Tag {
  @Id
  @GeneratedValue(generator = "tag_seq")
  @SequenceGenerator(name = "tag_seq", sequenceName = "tag_sequence", allocationSize = 10)
  Integer id;

  @Column(unique = true, nullable = false, length = 60)
  String label;

  @ManyToMany(mappedBy = "tags")
  Set<Product> products;
}
