package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

@Entity
public class Parcel {
  @Id private Long id;

  @Embedded private Contents contents;
}

@Embeddable
class Contents {
  private String label;

  @ElementCollection private Set<String> items;
}
