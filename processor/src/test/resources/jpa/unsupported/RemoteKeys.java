package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class RemoteKeys {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
  @TableGenerator(name = "keys", schema = "ids")
  private Long id;
}
