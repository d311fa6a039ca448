package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.GenericGenerators;
import org.hibernate.annotations.Parameter;

/**
 * Generic generators in their container on the class: a sequence named after the generator, and
 * the nearest taken by a @GeneratedValue that names none.
 */
@Entity
@GenericGenerators({
  @GenericGenerator(
      name = "receipts",
      strategy = "enhanced-sequence",
      parameters = @Parameter(name = "increment_size", value = "1")),
  @GenericGenerator(name = "unused", strategy = "identity")
})
public class Receipt {
  @Id @GeneratedValue private Integer id;
}
