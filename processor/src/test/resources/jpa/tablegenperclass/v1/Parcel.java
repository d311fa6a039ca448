package org.example.tablegenperclass;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Shipment {}
