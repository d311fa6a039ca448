package com.example;

public class Application {}
