package com.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;

@Entity
@SecondaryTable(name = "details")
public class UnknownSecondaryTable {
  @Id private Long id;

  @Column(table = "extras")
  private String note;
}
