# Runs Ruby code samples against a stub client that records every SDK call.
# Protocol: see record_python.py.
require 'json'

$VERBOSE = nil

# A value the SDK could not send as JSON, or only by guessing (a Symbol, a Time).
class NotJson < StandardError; end

# The value, checked to be exactly JSON, with Symbol hash keys as strings.
def as_json(value, where)
  case value
  when nil, true, false, Integer then value
  when Float
    raise NotJson, "#{where}: #{value} is not a JSON number" unless value.finite?

    value
  when String
    raise NotJson, "#{where}: string is not valid #{value.encoding}" unless value.valid_encoding?

    value.encode('UTF-8')
  when Array then value.each_with_index.map { |item, index| as_json(item, "#{where}[#{index}]") }
  when Hash
    value.to_h do |key, item|
      raise NotJson, "#{where}: key #{key.inspect} is not a string or symbol" unless key.is_a?(String) || key.is_a?(Symbol)

      [key.to_s, as_json(item, "#{where}.#{key}")]
    end
  else raise NotJson, "#{where}: #{value.class} #{value.inspect} is not a JSON value"
  end
end

# `seam.acs.users.add_to_access_group(acs_user_id: "...")` is four method calls: every step is
# recorded, and a step later chained from (`acs`, `users`) is a namespace unless it had arguments.
class SampleRecorder < BasicObject
  def initialize(path, events, parent_event)
    @path = path
    @events = events
    @parent_event = parent_event
  end

  def method_missing(name, *args, **keywords)
    @parent_event[:chained] = true if @parent_event
    event = { path: @path + [name.to_s], args: args, keywords: keywords, chained: false }
    @events << event
    ::SampleRecorder.new(event[:path], @events, event)
  end
end

# A fresh binding per snippet, so one snippet's local variables never reach the next.
module SampleSandbox
  def self.fresh_binding
    binding
  end
end

def calls_from(events)
  events.reject { |event| event[:chained] && event[:args].empty? && event[:keywords].empty? }.map do |event|
    {
      'path' => event[:path],
      'args' => event[:args].each_with_index.map { |arg, index| as_json(arg, "args[#{index}]") },
      'keywords' => event[:keywords].to_h { |name, value| [name.to_s, as_json(value, name.to_s)] },
    }
  end
end

def run(snippet, client_variable)
  events = []
  sandbox = SampleSandbox.fresh_binding
  sandbox.local_variable_set(client_variable.to_sym, SampleRecorder.new([], events, nil))
  begin
    $stdout = $stderr
    sandbox.eval(snippet['code'], "(#{snippet['id']})", 1)
  ensure
    $stdout = STDOUT
  end
  { 'id' => snippet['id'], 'calls' => calls_from(events) }
rescue Exception => e # rubocop:disable Lint/RescueException -- a snippet's exit is its failure too
  { 'id' => snippet['id'], 'calls' => [], 'error' => "#{e.class}: #{e.message}" }
end

request = JSON.parse($stdin.read)
results = IO.new(3, 'w')
results.sync = true
results.puts('{"ready": true}')
request['snippets'].each do |snippet|
  $stderr.write("\n@@sample-start@@\n")
  results.puts(JSON.generate(run(snippet, request['clientVariable']), ascii_only: true))
end
