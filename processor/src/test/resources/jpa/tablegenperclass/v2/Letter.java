package org.example.tablegenperclass;

import jakarta.persistence.Entity;

@Entity
public class Letter extends Shipment {}
