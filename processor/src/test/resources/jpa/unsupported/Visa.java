package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.io.Serializable;

@Entity
public class Visa {
  @EmbeddedId private VisaId id;

  @MapsId("holderId")
  @ManyToOne
  private Traveller traveller;
}

@Embeddable
class VisaId implements Serializable {
  String country;
  Long travellerId;
}

@Entity
class Traveller {
  @Id private Long id;
}
