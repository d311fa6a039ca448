package org.example.renamedgenerator;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Bin renamed: Hibernate reads its keys from the segment of the new table's name. */
@Entity
@RenamedFrom("Bin")
public class StorageBin {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bins")
  @TableGenerator(name = "bins", table = "id_gen")
  Long id;

  String label;
}
