// Write a note
$pet_shop->notes->create_note(
    closers: "*/ --> ?> </script> \"\"\"",
    interpolated: "#{1 + 1} {\$x} %s %d {0}",
    quoted: "double \" single ' backtick ` back\\slash",
    shell: "\$HOME \${PATH} \$(whoami) `date` !! 100%",
    text: "line one\nline two\ttabbed\r\nEOF",
    unicode: "café 日本 😀 \u{2028} \x00 \e",
);

// ["echo" => "said \"hi\" at \$5 */ #{x}\nnext line"]
