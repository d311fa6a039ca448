package org.example.snakecaserename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * ShopClient renamed, and two of its fields: each @RenamedFrom names what the code called it, which
 * Spring Boot's naming made shop_client, last_name and home_city.
 */
@Entity
@RenamedFrom("ShopClient")
public class Customer {
  @Id Long id;

  @RenamedFrom("lastName")
  @Column(nullable = false, length = 80)
  String familyName;

  @RenamedFrom("homeCity")
  String town;
}
