package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

@Entity
public class GenericKey {
  @Id
  @GeneratedValue(generator = "numbers")
  @GenericGenerator(
      name = "numbers",
      type = SequenceStyleGenerator.class,
      parameters = @Parameter(name = "sequence_name", value = "generic_numbers"))
  private Long id;
}
