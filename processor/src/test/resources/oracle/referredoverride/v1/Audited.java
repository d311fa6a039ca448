package org.example.referredoverride;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Audited {
  @Id @GeneratedValue private Long id;

  @Column(name = "created_by", length = 50)
  private String createdBy;
}
