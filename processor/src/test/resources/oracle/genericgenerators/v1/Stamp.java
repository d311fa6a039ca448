package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/**
 * Under GenerationType.SEQUENCE Hibernate ignores the @GenericGenerator of that name: the sequence
 * is named after the generator, at increment 50.
 */
@Entity
@GenericGenerator(
    name = "stamps",
    strategy = "sequence",
    parameters = @Parameter(name = "sequence_name", value = "ignored_numbers"))
public class Stamp {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stamps")
  private Long id;
}
