package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class CodedCouriers {
  @Id private Long id;

  @Column(unique = true)
  private String code;
}

@Entity
class Stamp {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "courier_code", referencedColumnName = "code")
  private CodedCouriers courier;
}
