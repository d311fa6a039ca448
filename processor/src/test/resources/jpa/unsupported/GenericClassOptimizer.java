package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** A parameter Strata does not read, on a class: optimizer none makes the increment 1. */
@Entity
@GenericGenerator(
    name = "optimized",
    strategy = "sequence",
    parameters = @Parameter(name = "optimizer", value = "none"))
public class GenericClassOptimizer {
  @Id
  @GeneratedValue(generator = "optimized")
  private Long id;
}
