package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
abstract class QuotedDescribed<D> {
  @Id protected Long id;

  @Embedded protected D details;
}

@Embeddable
class QuotedDetails {
  @Column(name = "`note`")
  private String note;
}

@Entity
public class QuotedGenericDetails extends QuotedDescribed<QuotedDetails> {
  private String name;
}
