package org.example.renamedkeygenerated;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Renamed from Crate, whose keys the application assigned: they come from Box_SEQ now. */
@Entity
@RenamedFrom("Crate")
public class Box {
  @Id @GeneratedValue Long id;

  String label;
}
