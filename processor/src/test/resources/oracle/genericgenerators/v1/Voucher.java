package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** Under GenerationType.TABLE too: a table of the generator's name. */
@Entity
@GenericGenerator(name = "vouchers", strategy = "identity")
public class Voucher {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "vouchers")
  private Long id;
}
