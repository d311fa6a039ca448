package com.example.tablegen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tickets")
  @TableGenerator(name = "tickets", table = "id_gen", initialValue = 1000)
  private Long id;
}
