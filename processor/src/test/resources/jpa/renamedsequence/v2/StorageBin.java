package org.example.renamedsequence;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Renamed from Bin: Hibernate takes its keys from StorageBin_SEQ now, no longer Bin_SEQ. */
@Entity
@RenamedFrom("Bin")
public class StorageBin {
  @Id @GeneratedValue Long id;

  String label;
}
