package org.example.petclinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

@MappedSuperclass
public class Person extends BaseEntity {
  @Column
  @NotBlank
  private String firstName;

  @Column
  @NotBlank
  private String lastName;
}
