<?php
// Runs PHP code samples against a stub client that records every SDK call.
// Protocol: see record_python.py. A compile error in a snippet (say, a positional argument
// after a named one) is fatal in PHP and ends this process; the driver then reports that
// snippet and starts again after it.
declare(strict_types=1);

final class NotJson extends Exception {}

/** The value, checked to be exactly JSON: scalars, arrays and stdClass objects. */
function sample_as_json(mixed $value, string $where): mixed
{
    if ($value === null || is_bool($value) || is_int($value) || is_string($value)) return $value;
    if (is_float($value)) {
        if (!is_finite($value)) throw new NotJson("$where: $value is not a JSON number");
        return $value;
    }
    if (is_array($value)) {
        $checked = [];
        foreach ($value as $key => $item) $checked[$key] = sample_as_json($item, "{$where}[{$key}]");
        return $checked;
    }
    if ($value instanceof stdClass) {
        $checked = new stdClass();
        foreach (get_object_vars($value) as $key => $item) $checked->$key = sample_as_json($item, "$where.$key");
        return $checked;
    }
    throw new NotJson("$where: " . get_debug_type($value) . ' is not a JSON value');
}

final class SampleCallLog
{
    public array $calls = [];
}

/** `->name` is a deeper recorder; `->name(...)` records the call (PHP 8 hands named arguments to __call as string keys). */
final class SampleRecorder
{
    public function __construct(private array $path, private SampleCallLog $log) {}

    public function __get(string $name): SampleRecorder
    {
        return new SampleRecorder([...$this->path, $name], $this->log);
    }

    public function __call(string $name, array $arguments): mixed
    {
        $positional = [];
        $named = new stdClass();
        foreach ($arguments as $key => $value) {
            if (is_int($key)) $positional[] = sample_as_json($value, 'args[' . count($positional) . ']');
            else $named->$key = sample_as_json($value, $key);
        }
        $this->log->calls[] = ['path' => [...$this->path, $name], 'args' => $positional, 'keywords' => $named];
        return null;
    }
}

/** Each snippet runs in this function's own scope, so its variables never reach the next. */
function sample_run(string $sampleCode, string $sampleClientVariable, SampleRecorder $sampleRecorder): void
{
    $$sampleClientVariable = $sampleRecorder;
    eval(preg_replace('/^\s*<\?php\b/', '', $sampleCode));
}

set_error_handler(function (int $severity, string $message, string $file, int $line): bool {
    // A warning such as "Undefined variable $HOME" means the sample does not say what it meant.
    throw new ErrorException($message, 0, $severity, $file, $line);
});

$request = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
$results = fopen('php://fd/3', 'w');
fwrite($results, "{\"ready\": true}\n");
foreach ($request['snippets'] as $snippet) {
    $log = new SampleCallLog();
    $outcome = ['id' => $snippet['id']];
    fwrite(STDERR, "\n@@sample-start@@\n");
    ob_start();
    try {
        sample_run($snippet['code'], $request['clientVariable'], new SampleRecorder([], $log));
    } catch (Throwable $error) {
        $outcome['error'] = get_class($error) . ': ' . $error->getMessage() . ' on line ' . $error->getLine();
    }
    fwrite(STDERR, (string) ob_get_clean());
    $outcome['calls'] = $log->calls;
    $flags = JSON_THROW_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
    fwrite($results, json_encode($outcome, $flags) . "\n");
    fflush($results);
}
