package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
abstract class Described<D> {
  @Id protected Long id;

  @Embedded protected D details;
}

@Embeddable
class Details {
  private String note;
}

@Entity
public class GenericDetails extends Described<Details> {
  private String name;
}
