"""Compiles Python files to bytecode without running them, so a code sample is judged by
CPython's own parser and compiler (which also rejects a repeated keyword argument or a
positional argument after a keyword one) while its names stay unresolved.

Usage: python3 compile_python.py FILE... ; prints one line per error,
"path<TAB>line<TAB>column<TAB>message", and exits 0 whether or not there were errors.
"""
import sys


def main() -> None:
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as source_file:
            source = source_file.read()
        try:
            compile(source, path, "exec", dont_inherit=True)
        except SyntaxError as error:
            report(path, error.lineno or 0, error.offset or 0, error.msg)
        except ValueError as error:  # e.g. "source code string cannot contain null bytes"
            report(path, 0, 0, str(error))


def report(path: str, line: int, column: int, message: str) -> None:
    flat = " ".join(message.split())
    sys.stdout.write(f"{path}\t{line}\t{column}\t{flat}\n")


main()
