package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/** A sequence of the field's @GenericGenerator, by its class, with its start and increment. */
@Entity
public class Invoice {
  @Id
  @GeneratedValue(generator = "invoices")
  @GenericGenerator(
      name = "invoices",
      type = SequenceStyleGenerator.class,
      parameters = {
        @Parameter(name = "sequence_name", value = "invoice_numbers"),
        @Parameter(name = "initial_value", value = "100"),
        @Parameter(name = "increment_size", value = "5")
      })
  private Long id;
}
