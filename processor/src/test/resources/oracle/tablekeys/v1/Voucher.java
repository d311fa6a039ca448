package org.example.tablekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Voucher {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "vouchers")
  @TableGenerator(
      name = "vouchers",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "gen_val",
      pkColumnValue = "voucher",
      initialValue = 100,
      allocationSize = 10)
  private Long id;
}
