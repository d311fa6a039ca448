package org.example.renamedgenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Keys from a table generator whose segment, left unnamed, is the entity's table's name. */
@Entity
public class Bin {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bins")
  @TableGenerator(name = "bins", table = "id_gen")
  Long id;

  String label;
}
