def log = new File(basedir, 'build.log').text
assert log.contains('The @View classes agree with the newest snapshot')
assert log.contains('Applied V1 "Create one" of set main')
assert log =~ /main\s+1\s+Create one\s+APPLIED/
assert log.contains('The @View classes differ from the newest snapshot')
return true
