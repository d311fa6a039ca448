package com.example.types;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;

@Entity
@jakarta.persistence.Table(name = "server_addresses")
@View(name = "server_addresses", sql = "SELECT id, address FROM Server WHERE address IS NOT NULL")
public class ServerAddress {
  @Id private Long id;
  private InetAddress address;
}
