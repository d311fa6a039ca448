package com.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;

@Entity
public class Server {
  @Id private Long id;
  private String name;
  private InetAddress address;
}
