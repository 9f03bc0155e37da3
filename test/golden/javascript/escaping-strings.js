// Write a note
await petShop.notes.createNote({
  closers: '*/ --> ?> </script> """',
  interpolated: "#{1 + 1} {$x} %s %d {0}",
  quoted: "double \" single ' backtick ` back\\slash",
  shell: "$HOME ${PATH} $(whoami) `date` !! 100%",
  text: "line one\nline two\ttabbed\r\nEOF",
  unicode: "café 日本 😀 \u2028 \x00 \x1B",
});

// { echo: 'said "hi" at $5 */ #{x}\nnext line' }
