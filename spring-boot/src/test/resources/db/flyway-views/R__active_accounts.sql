-- the repeatable script a Flyway team keeps its view in before moving it to Strata's @View
CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE active = TRUE;
