package org.example.joindefinitions;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "dog_tag")
public class Dog extends Pet {
  String breed;
}
