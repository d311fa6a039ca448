package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class SharedKeys {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "keys")
  @TableGenerator(name = "keys", table = "id_gen")
  private Long id;
}

@Entity
class OtherKeys {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "other")
  @TableGenerator(name = "other", table = "id_gen", valueColumnName = "next_id")
  private Long otherId;
}
