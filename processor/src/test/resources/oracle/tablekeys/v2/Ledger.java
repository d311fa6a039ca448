package org.example.tablekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Ledger {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledgers")
  @TableGenerator(
      name = "ledgers",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "gen_val")
  private Long id;
}
