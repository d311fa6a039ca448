package org.example.repeatedgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.SequenceGenerators;

/** Sequence generators in their container on the class. */
@Entity
@SequenceGenerators({
  @SequenceGenerator(name = "lots", sequenceName = "lot_numbers", allocationSize = 5),
  @SequenceGenerator(name = "batches", sequenceName = "batch_numbers", allocationSize = 6)
})
public class Batch {
  @Id
  @GeneratedValue(generator = "batches")
  private Long id;
}
