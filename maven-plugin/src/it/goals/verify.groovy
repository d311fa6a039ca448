// build.log holds the ten invocations, in order
def log = new File(basedir, 'build.log').text
assert log.contains('The views, tables and steps of the code agree with the newest snapshot')
assert log =~ /Applied V0001 "[^"]+" of set main/
// once in each of the two builds that apply it (the first and the seventh), as the goal reports
// it: the runtime's own line of it goes to -X only
def applied = log.readLines().findAll { it.contains('Applied V0001') }
assert applied.size() == 2 : "the runtime logged the migration beside the goal: ${applied}"
assert log.contains('History agrees with the code: 1 applied, 0 pending.')
assert log =~ /main\s+1\s+.+\s+APPLIED/
// without allowDataLoss, a downgrade that drops the table stops before reverting anything
def refused = log.indexOf('Nothing was reverted: the downgrade to version 0 drops the data')
assert refused >= 0 : 'strata:downgrade reverted a table without -Dstrata.allowDataLoss=true'
assert log.substring(0, refused).contains('drops table items and its rows')
assert log.indexOf('Reverted V0001') > refused
assert log.contains('DROP VIEW')
assert log =~ /main\s+1\s+.+\s+PENDING/
assert log.contains('The views, tables or steps of the code differ from the newest snapshot')
// a wrong password fails with the database's own message: the settings.xml login was used
assert log.contains('Wrong user name or password')
// -Dstrata.set without -Dstrata.to: an unknown set is refused, a known one applied alone
def unknown = log.indexOf('No migration set nosuchset is loaded')
assert unknown > log.indexOf('Wrong user name or password') : 'strata:upgrade ignored -Dstrata.set'
assert log.indexOf('Applied V0001', unknown) > unknown
// -Dstrata.outputFile: the script in a file of its own, without the log's prefixes
def script = new File(basedir, 'target/sql/downgrade.sql').text
assert script.contains('DROP VIEW') && !script.contains('[INFO]')
assert log.contains('Wrote the SQL to ')
// strata:repair and strata:baseline, in the goals' words rather than the Java API's
assert log.contains('Nothing to repair: every run in the history finished')
assert log.contains('Cannot baseline set main at version 1')
assert log.contains('needs mvn strata:upgrade, mvn strata:downgrade or mvn strata:repair instead')
assert !log.contains('needs upgrade(), downgrade() or repair() instead') : 'the Java API named too'
// strata.lockTimeout counts in strata:status too, which ignored it
assert log.contains("strata.lockTimeout 'soon' is not a duration") : 'strata:status ignored it'
return true
