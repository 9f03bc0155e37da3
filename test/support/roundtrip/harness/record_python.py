"""Runs Python code samples against a stub client that records every SDK call.

Protocol (shared by the Ruby and PHP harnesses): standard input holds
{"clientVariable": "seam", "snippets": [{"id": ..., "code": ...}]}. File descriptor 3 gets
one JSON line {"ready": true} once loaded, then one line per snippet, in order:
{"id": ..., "calls": [{"path": [...], "args": [...], "keywords": {...}}], "error": "..."?}.
Whatever a snippet prints goes to standard error, so it cannot corrupt the results; a line
"@@sample-start@@" on standard error before each snippet lets the driver tell which output is
whose when a snippet kills the interpreter.
"""
import contextlib
import json
import math
import os
import sys
import traceback


class NotJson(Exception):
    """A value the SDK could not send as JSON, or could only send by guessing (a tuple, a set)."""


def as_json(value, where):
    """The value, checked to be exactly JSON: no tuples, no non-string keys, no NaN."""
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return value
    if kind is float:
        if math.isnan(value) or math.isinf(value):
            raise NotJson(f"{where}: {value!r} is not a JSON number")
        return value
    if kind is list:
        return [as_json(item, f"{where}[{index}]") for index, item in enumerate(value)]
    if kind is dict:
        for key in value:
            if type(key) is not str:
                raise NotJson(f"{where}: key {key!r} is not a string")
        return {key: as_json(item, f"{where}.{key}") for key, item in value.items()}
    raise NotJson(f"{where}: {kind.__name__} {value!r} is not a JSON value")


class Recorder:
    """Any attribute is a deeper recorder; calling one records the call and returns None."""

    __slots__ = ("_path", "_calls")

    def __init__(self, path, calls):
        self._path = path
        self._calls = calls

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return Recorder(self._path + [name], self._calls)

    def __call__(self, /, *args, **keywords):
        self._calls.append(
            {
                "path": self._path,
                "args": [as_json(arg, f"args[{index}]") for index, arg in enumerate(args)],
                "keywords": {name: as_json(value, name) for name, value in keywords.items()},
            }
        )
        return None


def run(snippet, client_variable):
    calls = []
    namespace = {"__name__": "__sample__", client_variable: Recorder([], calls)}
    try:
        code = compile(snippet["code"], f"<{snippet['id']}>", "exec", dont_inherit=True)
        with contextlib.redirect_stdout(sys.stderr):
            exec(code, namespace)
    except BaseException as error:  # a snippet's SystemExit is its failure too
        message = "".join(traceback.format_exception_only(type(error), error)).strip()
        return {"id": snippet["id"], "calls": calls, "error": message}
    return {"id": snippet["id"], "calls": calls}


def main():
    request = json.load(sys.stdin)
    with os.fdopen(3, "w", encoding="utf-8") as results:
        results.write('{"ready": true}\n')
        results.flush()
        for snippet in request["snippets"]:
            sys.stderr.write("\n@@sample-start@@\n")
            sys.stderr.flush()
            outcome = run(snippet, request["clientVariable"])
            results.write(json.dumps(outcome, allow_nan=False) + "\n")
            results.flush()


main()
