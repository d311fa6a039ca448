package org.example.tablekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Badge {
  @Id
  @GeneratedValue(generator = "badges")
  @TableGenerator(
      name = "badges",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "gen_val")
  private Long id;
}
