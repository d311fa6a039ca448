package com.example;

/** Takes the name of the migration Strata generates for good/create/ActiveUser.java. */
class V0001_CreateActiveUsers {}
