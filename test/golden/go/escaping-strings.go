// Write a note
result, err := petShop.Notes.CreateNote(
	context.Background(), &api.NotesCreateNoteRequest{
		Closers:      `*/ --> ?> </script> """`,
		Interpolated: "#{1 + 1} {$x} %s %d {0}",
		Quoted:       "double \" single ' backtick ` back\\slash",
		Shell:        "$HOME ${PATH} $(whoami) `date` !! 100%",
		Text:         "line one\nline two\ttabbed\r\nEOF",
		Unicode:      "café 日本 😀 \u2028 \x00 \x1b",
	},
)

// {
//   "echo": "said \"hi\" at $5 */ #{x}\nnext line"
// }
