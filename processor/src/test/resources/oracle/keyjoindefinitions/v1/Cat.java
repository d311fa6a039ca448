package org.example.keyjoindefinitions;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "cat_id", columnDefinition = "integer")
public class Cat extends Animal {
  String name;
}
