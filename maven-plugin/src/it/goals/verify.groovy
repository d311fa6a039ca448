// build.log holds the three invocations, in order
def log = new File(basedir, 'build.log').text
assert log.contains('The @View classes agree with the newest snapshot')
assert log.contains('Applied V1 "Create one" of set main')
assert log.contains('History agrees with the code: 1 applied, 0 pending.')
assert log =~ /main\s+1\s+Create one\s+APPLIED/
assert log.contains('DROP VIEW')
assert log.contains('Reverted V1 "Create one"')
assert log =~ /main\s+1\s+Create one\s+PENDING/
assert log.contains('The @View classes differ from the newest snapshot')
// a wrong password fails with the database's own message: the settings.xml login was used
assert log.contains('Wrong user name or password')
return true
