CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL, active BOOLEAN NOT NULL);
INSERT INTO accounts VALUES (1, 'ada@example.com', TRUE), (2, 'bob@example.com', FALSE);
