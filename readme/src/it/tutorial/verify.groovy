// What the README promises of the tutorial project, checked on the builds' log.
def log = new File(basedir, 'build.log').text

// step 3: the output the README quotes, its lines joined, "..." standing for the absolute path
def quoted = new File(basedir, 'readme-output.txt').readLines()*.trim().findAll { it }.join(' ')
def pattern = quoted.split(/\.\.\./, -1).collect { java.util.regex.Pattern.quote(it) }.join('\\S*')
assert log =~ pattern : "the first build did not print what README.md quotes in step 3:\n${quoted}"
def generated = (quoted =~ /generated (V\d{4}_\w+)/)[0][1]
assert new File(basedir, "target/classes/com/example/shop/${generated}.class").isFile()

// Testing your migrations: both tests of the pasted MigrationsTest ran, and passed
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed') : \
    'the README\'s MigrationsTest did not run its two tests'

// step 6: the CI guard passes on the project as committed
assert log.contains('The views, tables and steps of the code agree with the newest snapshot')
return true
