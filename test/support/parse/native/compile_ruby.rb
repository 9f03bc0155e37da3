# Compiles Ruby files to instruction sequences without running them: the same check as
# `ruby -c`, in one process for many files.
#
# Usage: ruby compile_ruby.rb FILE... ; prints one line per error,
# "path<TAB>line<TAB>column<TAB>message", and exits 0 whether or not there were errors.
$VERBOSE = nil # warnings (e.g. an unused literal) are not syntax errors

ARGV.each do |path|
  source = File.read(path, encoding: 'UTF-8')
  begin
    RubyVM::InstructionSequence.compile(source, path, path, 1)
  rescue SyntaxError => e
    # The message is "path:LINE: message", then the offending line and a caret under the
    # column; a message may hold several such groups.
    lines = e.message.lines.map(&:chomp)
    lines.each_with_index do |text, index|
      match = text.match(/\A#{Regexp.escape(path)}:(\d+): (.*)\z/)
      next unless match

      caret = lines[index + 2]
      column = caret&.match?(/\A *\^~*\z/) ? caret.index('^') + 1 : 0
      puts [path, match[1], column, match[2]].join("\t")
    end
  end
end
