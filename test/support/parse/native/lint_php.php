<?php
// Compiles PHP files without running them, many in one process: each file's code is compiled
// by eval() behind a leading `return;`, so nothing in it executes. That is php -l's check
// (parse and compile, so a positional argument after a named one is caught too) at a fraction
// of the cost of a process per file.
//
// Usage: php lint_php.php FILE... ; for each file prints its errors as
// "path<TAB>line<TAB>column<TAB>message" lines, then "path" alone once it is checked. A
// compile error is fatal in PHP and ends the process; the caller reads it from standard error
// and starts again after that file.
foreach (array_slice($argv, 1) as $path) {
    // `<?php` becomes `return;` on the same line, so line numbers stay the file's.
    $code = preg_replace('/^<\?php\b/', 'return;', file_get_contents($path), 1, $replaced);
    if ($replaced === 1) {
        try {
            eval($code);
        } catch (ParseError $error) {
            echo $path, "\t", $error->getLine(), "\t0\t", str_replace(["\t", "\n"], ' ', $error->getMessage()), "\n";
        }
    } else {
        echo $path, "\t0\t0\tmissing <?php open tag\n";
    }
    echo $path, "\n";
}
